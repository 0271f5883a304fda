// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/boundaries.h"
#include "core/geo/pointlocator.h"
#include "core/geo/zipcentroids.h"

#include "core/geo/boostgeometry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace Tessera;
namespace bg = boost::geometry;

namespace {

const Boundaries &bounds()
{
    auto b = Boundaries::bundled();
    if (!b.ok())
        ADD_FAILURE() << b.error().toString().toStdString();
    return **b;
}

std::string countyAt(double lat, double lon)
{
    const int u = bounds().locate(UnitKind::County, lon, lat);
    return u < 0 ? std::string("none") : bounds().unit(static_cast<std::size_t>(u)).id;
}

} // namespace

TEST(GeoBoundaries, LoadsEveryKind)
{
    const Boundaries &b = bounds();
    EXPECT_GE(b.unitsOf(UnitKind::Country).size(), 200u);
    EXPECT_EQ(b.unitsOf(UnitKind::State).size(), 56u); // 50, DC and 5 territories
    EXPECT_GT(b.unitsOf(UnitKind::County).size(), 3100u);
    const int sf = b.find(UnitKind::County, "06075");
    ASSERT_GE(sf, 0);
    EXPECT_EQ(b.unit(static_cast<std::size_t>(sf)).name, "San Francisco");
    const int ca = b.unit(static_cast<std::size_t>(sf)).parent;
    ASSERT_GE(ca, 0);
    EXPECT_EQ(b.unit(static_cast<std::size_t>(ca)).code, "CA");
    EXPECT_EQ(b.unit(static_cast<std::size_t>(ca)).id, "06");
    const int us = b.unit(static_cast<std::size_t>(ca)).parent;
    ASSERT_GE(us, 0);
    EXPECT_EQ(b.unit(static_cast<std::size_t>(us)).id, "840");
    EXPECT_EQ(b.unit(static_cast<std::size_t>(us)).code, "US");
    EXPECT_EQ(b.unit(static_cast<std::size_t>(us)).code3, "USA");
    EXPECT_EQ(b.findCountry("USA"), us);
    EXPECT_EQ(b.findCountry("United States"), us);
    EXPECT_EQ(b.findCountry("us"), us);
    EXPECT_EQ(b.findState("California"), ca);
    EXPECT_EQ(b.findState("ca"), ca);
    EXPECT_EQ(b.find(UnitKind::County, "99999"), -1);
}

TEST(GeoBoundaries, KnownCountiesContainKnownPoints)
{
    EXPECT_EQ(countyAt(37.77, -122.42), "06075");    // San Francisco
    EXPECT_EQ(countyAt(41.8789, -87.6359), "17031"); // Chicago's Loop, Cook County
    EXPECT_EQ(countyAt(40.7831, -73.9712), "36061"); // Manhattan
    EXPECT_EQ(countyAt(34.05, -118.25), "06037");    // Los Angeles
    EXPECT_EQ(countyAt(47.61, -122.33), "53033");    // Seattle, King County
    EXPECT_EQ(countyAt(61.22, -149.90), "02020");    // Anchorage
    EXPECT_EQ(countyAt(21.31, -157.86), "15003");    // Honolulu
    EXPECT_EQ(countyAt(37.40, -122.10), "06085");    // Santa Clara
    EXPECT_EQ(countyAt(0.0, -30.0), "none");         // the Atlantic
    const Boundaries &b = bounds();
    auto stateAt = [&](double lat, double lon) {
        const int u = b.locate(UnitKind::State, lon, lat);
        return u < 0 ? std::string("none") : b.unit(static_cast<std::size_t>(u)).code;
    };
    EXPECT_EQ(stateAt(39.74, -104.99), "CO");
    EXPECT_EQ(stateAt(30.27, -97.74), "TX");
    auto countryAt = [&](double lat, double lon) {
        const int u = b.locate(UnitKind::Country, lon, lat);
        return u < 0 ? std::string("none") : b.unit(static_cast<std::size_t>(u)).code;
    };
    EXPECT_EQ(countryAt(48.86, 2.35), "FR");
    EXPECT_EQ(countryAt(52.52, 13.40), "DE");
    EXPECT_EQ(countryAt(-33.87, 151.21), "AU");
    EXPECT_EQ(countryAt(39.74, -104.99), "US");
}

TEST(GeoBoundaries, Adjacency)
{
    const Boundaries &b = bounds();
    auto isNeighbour = [&](const char *a, const char *c) {
        const int x = b.find(UnitKind::County, a);
        const int y = b.find(UnitKind::County, c);
        const auto n = b.neighbours(x);
        return std::find(n.begin(), n.end(), y) != n.end();
    };
    EXPECT_TRUE(isNeighbour("06075", "06081")); // San Francisco - San Mateo
    EXPECT_TRUE(isNeighbour("06081", "06075"));
    EXPECT_TRUE(isNeighbour("06081", "06085")); // San Mateo - Santa Clara
    EXPECT_FALSE(isNeighbour("06075", "06085"));
    EXPECT_TRUE(isNeighbour("17031", "17043")); // Cook - DuPage
    const int ca = b.find(UnitKind::State, "06");
    const int nv = b.find(UnitKind::State, "32");
    const int ny = b.find(UnitKind::State, "36");
    const auto n = b.neighbours(ca);
    EXPECT_NE(std::find(n.begin(), n.end(), nv), n.end());
    EXPECT_EQ(std::find(n.begin(), n.end(), ny), n.end());
}

// Every vertex of San Francisco's boundary that San Mateo shares lies on both
// outlines; each must land in exactly one county, whatever the order asked.
TEST(GeoBoundaries, PointOnSharedBoundaryLandsInExactlyOneUnit)
{
    const Boundaries &b = bounds();
    const auto counties = b.unitsOf(UnitKind::County);
    const PointLocator &loc = b.locator(UnitKind::County);
    const int sf = b.find(UnitKind::County, "06075");
    const int sm = b.find(UnitKind::County, "06081");
    const auto pos = [&](int unit) {
        return static_cast<int>(std::lower_bound(counties.begin(), counties.end(), unit) -
                                counties.begin());
    };
    std::set<std::pair<double, double>> smVertices;
    for (const GeoPolygon &p : b.unit(static_cast<std::size_t>(sm)).shape)
        for (const GeoPoint &v : p.outer())
            smVertices.emplace(v.x(), v.y());
    int shared = 0, exactlyOne = 0;
    for (const GeoPolygon &p : b.unit(static_cast<std::size_t>(sf)).shape) {
        for (const GeoPoint &v : p.outer()) {
            if (!smVertices.count({v.x(), v.y()}))
                continue;
            ++shared;
            const bool inSf = loc.contains(pos(sf), v.x(), v.y());
            const bool inSm = loc.contains(pos(sm), v.x(), v.y());
            // Never both; neither only where the shared stretch meets the
            // coast (the step east may land in the bay).
            EXPECT_FALSE(inSf && inSm) << v.x() << "," << v.y();
            exactlyOne += inSf != inSm;
            const int found = loc.locate(v.x(), v.y());
            EXPECT_EQ(found, inSf ? pos(sf) : inSm ? pos(sm) : -1);
        }
    }
    EXPECT_GT(shared, 2);
    EXPECT_GE(exactlyOne, shared - 2);
    const PointLocator two(
        {&b.unit(static_cast<std::size_t>(sf)).shape, &b.unit(static_cast<std::size_t>(sm)).shape});
    int both = 0;
    for (const auto &[x, y] : smVertices) {
        const bool a = two.contains(0, x, y);
        const bool c = two.contains(1, x, y);
        both += a && c;
    }
    EXPECT_EQ(both, 0);
}

TEST(GeoBoundaries, SquaresSharingAnEdge)
{
    // Four unit squares: the edge x = 1 goes east, y = 1 north, the middle
    // corner to the north-east square.
    GeoMultiPolygon sw, se, nw, ne;
    for (auto *m : {&sw, &se, &nw, &ne})
        m->resize(1);
    bg::read_wkt("POLYGON((0 0,0 1,1 1,1 0,0 0))", sw[0]);
    bg::read_wkt("POLYGON((1 0,1 1,2 1,2 0,1 0))", se[0]);
    bg::read_wkt("POLYGON((0 1,0 2,1 2,1 1,0 1))", nw[0]);
    bg::read_wkt("POLYGON((1 1,1 2,2 2,2 1,1 1))", ne[0]);
    const PointLocator loc({&sw, &se, &nw, &ne}, {0.25});
    EXPECT_EQ(loc.locate(0.5, 0.5), 0);
    EXPECT_EQ(loc.locate(1.5, 0.5), 1);
    EXPECT_EQ(loc.locate(1.0, 0.5), 1); // on the sw/se edge: east
    EXPECT_EQ(loc.locate(0.5, 1.0), 2); // on the sw/nw edge: north
    EXPECT_EQ(loc.locate(1.0, 1.0), 3); // the corner of all four
    EXPECT_EQ(loc.locate(-0.5, 0.5), -1);
    EXPECT_EQ(loc.locate(2.0, 0.5), -1); // the outer east edge
    EXPECT_EQ(loc.locate(0.0, 0.5), 0);  // the outer west edge
    EXPECT_EQ(loc.locate(0.5, 2.0), -1); // the outer north edge
    EXPECT_EQ(loc.locate(0.5, 0.0), 0);  // the outer south edge
    for (double x = 0.125; x < 2; x += 0.125)
        for (double y = 0.125; y < 2; y += 0.125) {
            int owners = 0;
            for (int s = 0; s < 4; ++s)
                owners += loc.contains(s, x, y);
            EXPECT_EQ(owners, 1) << x << "," << y;
        }
}

// The grid answers the same as Boost.Geometry's own point-in-polygon for
// random points (which almost surely miss every boundary).
TEST(GeoBoundaries, LocatorAgreesWithBoostGeometry)
{
    const Boundaries &b = bounds();
    const auto counties = b.unitsOf(UnitKind::County);
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lon(-125, -66), lat(24, 50);
    int located = 0;
    for (int i = 0; i < 3000; ++i) {
        const GeoPoint p(lon(rng), lat(rng));
        const int u = b.locate(UnitKind::County, p.x(), p.y());
        if (u >= 0) {
            ++located;
            EXPECT_TRUE(bg::covered_by(p, b.unit(static_cast<std::size_t>(u)).shape))
                << p.x() << "," << p.y();
        } else {
            for (int c : counties)
                EXPECT_FALSE(bg::covered_by(p, b.unit(static_cast<std::size_t>(c)).shape))
                    << b.unit(static_cast<std::size_t>(c)).id;
        }
    }
    EXPECT_GT(located, 1500);
}

TEST(GeoBoundaries, ZipsLinkToTheirCounty)
{
    const Boundaries &b = bounds();
    auto zips = ZipCentroids::bundled();
    ASSERT_TRUE(zips.ok());
    const auto &links = b.zipCounties();
    ASSERT_EQ(links.size(), (*zips)->size());
    auto countyOf = [&](const char *zip) {
        const auto row = (*zips)->find(zip);
        const int c = row ? links[*row] : -1;
        return c < 0 ? std::string("none") : b.unit(static_cast<std::size_t>(c)).id;
    };
    EXPECT_EQ(countyOf("94105"), "06075");
    EXPECT_EQ(countyOf("60601"), "17031");
    EXPECT_EQ(countyOf("10001"), "36061");
    std::size_t linked = 0, sameState = 0;
    for (std::size_t row = 0; row < links.size(); ++row) {
        if (links[row] < 0)
            continue;
        ++linked;
        const int state = b.unit(static_cast<std::size_t>(links[row])).parent;
        sameState += b.unit(static_cast<std::size_t>(state)).code == (*zips)->state(row);
    }
    EXPECT_GT(linked, links.size() * 99 / 100);
    EXPECT_GT(sameState, linked * 99 / 100);
}

TEST(GeoBoundaries, DamagedResourcesAreRefused)
{
    EXPECT_FALSE(Boundaries::fromBytes(QByteArray("TGEO")).ok());
    EXPECT_FALSE(Boundaries::fromBytes(QByteArray("nope nope nope")).ok());
    QByteArray noSections("TGEO\x01\x00\x00\x00", 8);
    auto r = Boundaries::fromBytes(noSections);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Corrupt);
}

TEST(GeoBoundaries, BundledUnitsAreMostlyValid)
{
    // Simplification may leave a few self-touching rings; they must stay rare
    // because unions of units depend on valid input (territorygeography repairs).
    const Boundaries &b = bounds();
    std::size_t invalid = 0;
    for (int c : b.unitsOf(UnitKind::County))
        invalid += !bg::is_valid(b.unit(static_cast<std::size_t>(c)).shape);
    EXPECT_LT(invalid, b.unitsOf(UnitKind::County).size() / 20);
}
