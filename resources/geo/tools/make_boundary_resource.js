#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Builds resources/geo/boundaries.bin, the bundled boundaries of world
// countries, US states and US counties, from npm packages installed at
// development time:
//
//   us-atlas@3.0.1            (ISC) Census cartographic boundaries 2017, 1:10m
//   world-atlas@2.0.2         (ISC) Natural Earth admin-0 countries, 1:50m
//   i18n-iso-countries@7.14.0 (MIT) ISO 3166-1 numeric -> alpha-2 / alpha-3
//
// Usage (see ../README.md):
//   npm install --prefix SCRATCH us-atlas@3.0.1 world-atlas@2.0.2 i18n-iso-countries@7.14.0
//   node make_boundary_resource.js --modules SCRATCH/node_modules --out ../boundaries.bin
//
// The TopoJSON arcs are decoded here into plain polygons (outer ring first,
// then holes) so that the C++ loader stays a simple reader; adjacency comes
// from the topology itself (two units are neighbours when they share an arc),
// which is exact and free here but would need a costly geometric search later.
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
const outPath = path.resolve(option('--out', path.join(__dirname, '..', 'boundaries.bin')));

const usAtlas = JSON.parse(fs.readFileSync(path.join(modules, 'us-atlas', 'counties-10m.json')));
const worldAtlas =
    JSON.parse(fs.readFileSync(path.join(modules, 'world-atlas', 'countries-50m.json')));
const isoCodes = JSON.parse(fs.readFileSync(path.join(modules, 'i18n-iso-countries', 'codes.json')));

// USPS codes of the state FIPS codes in us-atlas (facts from the Census
// Bureau's FIPS state code table).
const usps = {
    '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT',
    '10': 'DE', '11': 'DC', '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL',
    '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME', '24': 'MD',
    '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE',
    '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND',
    '39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD',
    '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV',
    '55': 'WI', '56': 'WY', '60': 'AS', '66': 'GU', '69': 'MP', '72': 'PR', '78': 'VI',
};

// --- TopoJSON decoding -------------------------------------------------------
// Arcs are delta-encoded quantised positions; a reference ~i means arc i
// reversed. A ring is its arcs joined, each arc after the first dropping the
// point it shares with the previous one.
function decodeArcs(topology) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    return topology.arcs.map((arc) => {
        let x = 0;
        let y = 0;
        return arc.map(([dx, dy]) => {
            x += dx;
            y += dy;
            // Microdegrees: a shared vertex gives the same integers in every
            // unit that uses it, so shared boundaries stay exactly shared.
            return [Math.round((x * sx + tx) * 1e6), Math.round((y * sy + ty) * 1e6)];
        });
    });
}

function ringOf(arcs, refs) {
    const ring = [];
    for (const ref of refs) {
        const arc = ref >= 0 ? arcs[ref] : arcs[~ref].slice().reverse();
        ring.push(...(ring.length ? arc.slice(1) : arc));
    }
    // Stored open: the loader closes each ring.
    const [fx, fy] = ring[0];
    const [lx, ly] = ring[ring.length - 1];
    if (fx === lx && fy === ly)
        ring.pop();
    // Consecutive duplicates (from quantisation) carry nothing.
    return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

function polygonsOf(arcs, geometry) {
    const list = geometry.type === 'Polygon' ? [geometry.arcs]
        : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    return list.map((rings) => rings.map((refs) => ringOf(arcs, refs)).filter((r) => r.length >= 3))
        .filter((rings) => rings.length > 0);
}

function arcIdsOf(geometry) {
    const list = geometry.type === 'Polygon' ? [geometry.arcs]
        : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    const ids = new Set();
    for (const rings of list)
        for (const refs of rings)
            for (const ref of refs)
                ids.add(ref >= 0 ? ref : ~ref);
    return ids;
}

// --- units -------------------------------------------------------------------
const Kind = { Country: 0, State: 1, County: 2 };
const units = []; // { kind, id, code, code3, name, parent, polygons }
const adjacency = new Set();

function addLayer(topology, arcs, geometries, make) {
    const first = units.length;
    const arcUsers = new Map();
    geometries.forEach((g, i) => {
        units.push({ ...make(g), polygons: polygonsOf(arcs, g) });
        for (const a of arcIdsOf(g)) {
            if (!arcUsers.has(a))
                arcUsers.set(a, []);
            arcUsers.get(a).push(first + i);
        }
    });
    for (const users of arcUsers.values())
        for (let i = 0; i < users.length; ++i)
            for (let j = i + 1; j < users.length; ++j)
                if (users[i] !== users[j])
                    adjacency.add(Math.min(users[i], users[j]) * 65536 + Math.max(users[i], users[j]));
}

// Countries, sorted by ISO numeric code. Natural Earth has a few entities
// without one (Kosovo, Somaliland, ...): they get codes from ISO's
// user-assigned range 900-999, in name order, so they stay locatable.
const byNumeric = new Map(isoCodes.map(([a2, a3, num]) => [num, { a2, a3 }]));
const worldArcs = decodeArcs(worldAtlas);
const countryGeoms = worldAtlas.objects.countries.geometries.slice();
let userAssigned = 900;
for (const g of countryGeoms.filter((c) => !c.id).sort((a, b) => a.properties.name.localeCompare(b.properties.name)))
    g.id = String(userAssigned++);
// Natural Earth files a few dependencies apart under their sovereign's code
// (Ashmore and Cartier Is. under Australia, 036): one unit per code, named
// after its largest feature.
const merged = new Map();
for (const g of countryGeoms) {
    const parts = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    const size = parts.reduce((n, rings) => n + rings[0].length, 0);
    const m = merged.get(g.id);
    if (!m) {
        merged.set(g.id, { type: 'MultiPolygon', id: g.id, arcs: parts.slice(), properties: g.properties, size });
    } else {
        m.arcs.push(...parts);
        if (size > m.size) {
            m.properties = g.properties;
            m.size = size;
        }
    }
}
countryGeoms.length = 0;
countryGeoms.push(...[...merged.values()].sort((a, b) => a.id.localeCompare(b.id)));
addLayer(worldAtlas, worldArcs, countryGeoms, (g) => {
    const iso = byNumeric.get(g.id) || { a2: '', a3: '' };
    return { kind: Kind.Country, id: g.id, code: iso.a2, code3: iso.a3, name: g.properties.name, parent: -1 };
});
const usIndex = units.findIndex((u) => u.id === '840');
if (usIndex < 0)
    throw new Error('no United States in world-atlas');

// States (50, DC and five territories), by FIPS code; all under the US.
const usArcs = decodeArcs(usAtlas);
const stateGeoms = usAtlas.objects.states.geometries.slice().sort((a, b) => a.id.localeCompare(b.id));
const stateFirst = units.length;
addLayer(usAtlas, usArcs, stateGeoms, (g) => {
    if (!usps[g.id])
        throw new Error(`no USPS code for state ${g.id}`);
    return { kind: Kind.State, id: g.id, code: usps[g.id], code3: '', name: g.properties.name, parent: usIndex };
});
const stateIndex = new Map(stateGeoms.map((g, i) => [g.id, stateFirst + i]));

// Counties (and county equivalents), by 5-digit FIPS code, under their state.
const countyGeoms = usAtlas.objects.counties.geometries.slice().sort((a, b) => a.id.localeCompare(b.id));
addLayer(usAtlas, usArcs, countyGeoms, (g) => {
    const parent = stateIndex.get(g.id.slice(0, 2));
    if (parent === undefined || !/^\d{5}$/.test(g.id))
        throw new Error(`county ${g.id} has no state`);
    return { kind: Kind.County, id: g.id, code: '', code3: '', name: g.properties.name, parent };
});
if (units.length > 65535)
    throw new Error('too many units for the format');

// --- payloads ------------------------------------------------------------------
function shortString(s) {
    const b = Buffer.from(s, 'utf8');
    if (b.length > 255)
        throw new Error(`string too long: ${s}`);
    return Buffer.concat([Buffer.from([b.length]), b]);
}

const unitParts = [];
const count = Buffer.alloc(4);
count.writeUInt32LE(units.length, 0);
unitParts.push(count);
for (const u of units) {
    const parent = Buffer.alloc(4);
    parent.writeInt32LE(u.parent, 0);
    unitParts.push(Buffer.from([u.kind]), shortString(u.id), shortString(u.code),
                   shortString(u.code3), shortString(u.name), parent);
}
const unitPayload = Buffer.concat(unitParts);

// Geometry: varints (LEB128), coordinates as zigzag deltas from the previous
// point of the whole section, so neighbouring vertices cost a byte or two.
const geomBytes = [];
function varint(v) {
    if (v < 0 || !Number.isSafeInteger(v))
        throw new Error(`bad varint ${v}`);
    while (v >= 0x80) {
        geomBytes.push((v % 0x80) | 0x80);
        v = Math.floor(v / 0x80);
    }
    geomBytes.push(v);
}
function zigzag(v) {
    return v >= 0 ? 2 * v : -2 * v - 1;
}
let px = 0;
let py = 0;
let pointCount = 0;
varint(units.length);
for (const u of units) {
    varint(u.polygons.length);
    for (const rings of u.polygons) {
        varint(rings.length);
        for (const ring of rings) {
            varint(ring.length);
            for (const [x, y] of ring) {
                varint(zigzag(x - px));
                varint(zigzag(y - py));
                px = x;
                py = y;
                ++pointCount;
            }
        }
    }
}
const geomPayload = Buffer.from(geomBytes);

const pairs = [...adjacency].sort((a, b) => a - b);
const adjPayload = Buffer.alloc(4 + 4 * pairs.length);
adjPayload.writeUInt32LE(pairs.length, 0);
pairs.forEach((p, i) => {
    adjPayload.writeUInt16LE(Math.floor(p / 65536), 4 + 4 * i);
    adjPayload.writeUInt16LE(p % 65536, 6 + 4 * i);
});

// --- the container (same as us-zips.bin, see ../README.md) --------------------
function section(tag, payload) {
    const deflated = zlib.deflateSync(payload, { level: 9 });
    const h = Buffer.alloc(16);
    h.write(tag, 0, 4, 'ascii');
    h.writeUInt32LE(1, 4); // encoding 1: zlib stream
    h.writeUInt32LE(payload.length, 8);
    h.writeUInt32LE(deflated.length, 12);
    return Buffer.concat([h, deflated]);
}

const sections = [section('UNIT', unitPayload), section('GEOM', geomPayload), section('ADJC', adjPayload)];
const header = Buffer.alloc(8);
header.write('TGEO', 0, 4, 'ascii');
header.writeUInt16LE(1, 4);
header.writeUInt16LE(sections.length, 6);
const out = Buffer.concat([header, ...sections]);
fs.writeFileSync(outPath, out);

const kinds = [0, 1, 2].map((k) => units.filter((u) => u.kind === k).length);
console.log(`${kinds[0]} countries, ${kinds[1]} states, ${kinds[2]} counties; ${pointCount} points, ` +
            `${pairs.length} adjacent pairs; ${out.length} bytes written`);
