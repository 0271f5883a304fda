// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/accountlocation.h"
#include "core/geo/boundaries.h"
#include "core/geo/geometrics.h"
#include "core/geo/territorygeography.h"
#include "core/geo/unitaccounts.h"
#include "core/geo/zipcentroids.h"

#include "core/geo/boostgeometry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>

using namespace Tessera;
namespace bg = boost::geometry;

namespace {

const Boundaries &bounds()
{
    return **Boundaries::bundled();
}

GeoMultiPolygon wkt(const char *text)
{
    GeoMultiPolygon m;
    bg::read_wkt(text, m);
    return m;
}

} // namespace

TEST(GeoMetrics, SquareAtTheEquator)
{
    const ShapeMetrics m = shapeMetrics(wkt("MULTIPOLYGON(((0 0,0 0.1,0.1 0.1,0.1 0,0 0)))"));
    // 0.1 degree is 11.12 km on the mean sphere.
    const double side = EarthRadiusKm * 0.1 * std::numbers::pi / 180;
    EXPECT_NEAR(m.areaKm2, side * side, side * side * 1e-4);
    EXPECT_NEAR(m.perimeterKm, 4 * side, 4 * side * 1e-4);
    EXPECT_NEAR(m.polsbyPopper, std::numbers::pi / 4, 1e-3);
    EXPECT_NEAR(m.convexHullRatio, 1.0, 1e-9);
    EXPECT_NEAR(m.centroid.x(), 0.05, 1e-6);
    EXPECT_NEAR(m.centroid.y(), 0.05, 1e-6);
    EXPECT_EQ(m.parts, 1);
}

TEST(GeoMetrics, LShapeAndHoles)
{
    // Three of four small squares: hull ratio 3/3.5 (the hull cuts the notch diagonally).
    const ShapeMetrics l =
        shapeMetrics(wkt("MULTIPOLYGON(((0 0,0 0.2,0.1 0.2,0.1 0.1,0.2 0.1,0.2 0,0 0)))"));
    EXPECT_NEAR(l.convexHullRatio, 3.0 / 3.5, 1e-3);
    EXPECT_LT(l.polsbyPopper, std::numbers::pi / 4);
    // A hole takes its area away and adds its rim to the perimeter.
    const ShapeMetrics full = shapeMetrics(wkt("MULTIPOLYGON(((0 0,0 0.3,0.3 0.3,0.3 0,0 0)))"));
    const ShapeMetrics holed = shapeMetrics(
        wkt("MULTIPOLYGON(((0 0,0 0.3,0.3 0.3,0.3 0,0 0),(0.1 0.1,0.2 0.1,0.2 0.2,0.1 0.2,0.1 "
            "0.1)))"));
    EXPECT_NEAR(holed.areaKm2, full.areaKm2 * 8 / 9, full.areaKm2 * 1e-3);
    EXPECT_NEAR(holed.perimeterKm, full.perimeterKm * 4 / 3, full.perimeterKm * 1e-3);
}

TEST(GeoMetrics, GreatCircleAndSpread)
{
    // San Francisco - New York, about 4,130 km.
    EXPECT_NEAR(greatCircleKm(-122.42, 37.77, -74.0, 40.71), 4130, 15);
    EXPECT_DOUBLE_EQ(greatCircleKm(10, 20, 10, 20), 0);
    const std::vector<double> lon = {0, 0, 0, NAN}, lat = {0, 1, -1, 0}, w = {1, 1, 2, 5};
    const std::vector<std::uint32_t> rows = {0, 1, 2, 3};
    const double deg = EarthRadiusKm * std::numbers::pi / 180;
    // (0 + 1 deg + 2 * 1 deg) / 4, the NaN row skipped.
    EXPECT_NEAR(spreadKm(GeoPoint(0, 0), lon, lat, w, rows), 3 * deg / 4, 1e-6);
}

TEST(GeoMetrics, Contiguity)
{
    const Boundaries &b = bounds();
    const int sf = b.find(UnitKind::County, "06075");
    const int sm = b.find(UnitKind::County, "06081");
    const int sc = b.find(UnitKind::County, "06085");
    EXPECT_EQ(contiguousParts(b, std::vector<int>{sf, sm, sc}), 1);
    EXPECT_EQ(contiguousParts(b, std::vector<int>{sf, sc}), 2);
    EXPECT_EQ(contiguousParts(b, std::vector<int>{}), 0);
}

TEST(GeoMetrics, UnitUnionWithoutAPolygonUnion)
{
    const Boundaries &b = bounds();
    auto county = [&](const char *id) {
        return b.find(UnitKind::County, id);
    };
    // San Francisco and San Mateo: as the polygon union measures them.
    const std::vector<int> pair = {county("06075"), county("06081")};
    const ShapeMetrics byUnits = unitUnionMetrics(b, pair);
    auto united = TerritoryGeography::shape(
        b, {{UnitKind::County, "06075"}, {UnitKind::County, "06081"}}, {});
    ASSERT_TRUE(united.ok());
    const ShapeMetrics byUnion = shapeMetrics(*united);
    EXPECT_NEAR(byUnits.areaKm2, byUnion.areaKm2, 1e-6 * byUnion.areaKm2);
    EXPECT_NEAR(byUnits.perimeterKm, byUnion.perimeterKm, 1e-6 * byUnion.perimeterKm);
    EXPECT_NEAR(byUnits.polsbyPopper, byUnion.polsbyPopper, 1e-6);
    EXPECT_EQ(byUnits.parts, 1);
    // The shared border is not perimeter: less than the two perimeters.
    const double apart = shapeMetrics(b.unit(std::size_t(pair[0])).shape).perimeterKm +
                         shapeMetrics(b.unit(std::size_t(pair[1])).shape).perimeterKm;
    EXPECT_LT(byUnits.perimeterKm, apart - 10);

    // The nine Bay Area counties and two neighbours: the area is the sum of
    // theirs (the polygon union of these simplified boundaries loses most
    // of it), in one piece.
    std::vector<int> bay;
    double sum = 0;
    for (const char *id : {"06001", "06013", "06019", "06053", "06055", "06069", "06075", "06081",
                           "06085", "06087", "06095"}) {
        bay.push_back(county(id));
        sum += shapeMetrics(b.unit(std::size_t(bay.back())).shape).areaKm2;
    }
    const ShapeMetrics region = unitUnionMetrics(b, bay);
    EXPECT_NEAR(region.areaKm2, sum, 1e-6 * sum);
    EXPECT_EQ(region.parts, 1);
    EXPECT_GT(region.polsbyPopper, 0.05);
    EXPECT_LT(region.polsbyPopper, std::numbers::pi / 4);
    EXPECT_EQ(unitUnionMetrics(b, std::vector<int>{}).areaKm2, 0);
}

TEST(GeoTerritory, UnionOfUnitsIsValid)
{
    const Boundaries &b = bounds();
    auto shape = TerritoryGeography::shape(
        b, {{UnitKind::County, "06075"}, {UnitKind::County, "06081"}, {UnitKind::County, "06085"}},
        {});
    ASSERT_TRUE(shape.ok()) << shape.error().toString().toStdString();
    EXPECT_TRUE(bg::is_valid(*shape));
    double sum = 0;
    for (const char *id : {"06075", "06081", "06085"})
        sum += shapeMetrics(b.unit(static_cast<std::size_t>(b.find(UnitKind::County, id))).shape)
                   .areaKm2;
    EXPECT_NEAR(shapeMetrics(*shape).areaKm2, sum, sum * 1e-3);
    // Santa Clara County is about 3,380 km^2 of land and water.
    EXPECT_NEAR(
        shapeMetrics(b.unit(static_cast<std::size_t>(b.find(UnitKind::County, "06085"))).shape)
            .areaKm2,
        3380, 250);

    auto unknown = TerritoryGeography::shape(b, {{UnitKind::County, "99999"}}, {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST(GeoTerritory, UnionOfManyCountiesKeepsTheirWholeArea)
{
    // The Bay Area counties: the pairwise polygon union of these simplified
    // boundaries lost most of the area; the union of tiles keeps it all and
    // measures like the unit-based metrics.
    const Boundaries &b = bounds();
    std::vector<UnitRef> refs;
    std::vector<int> rows;
    double sum = 0;
    for (const char *id : {"06001", "06013", "06019", "06053", "06055", "06069", "06075", "06081",
                           "06085", "06087", "06095"}) {
        refs.push_back({UnitKind::County, id});
        rows.push_back(b.find(UnitKind::County, id));
        sum += shapeMetrics(b.unit(std::size_t(rows.back())).shape).areaKm2;
    }
    auto shape = TerritoryGeography::shape(b, refs, {});
    ASSERT_TRUE(shape.ok()) << shape.error().toString().toStdString();
    std::string why;
    EXPECT_TRUE(bg::is_valid(*shape, why)) << why;
    const ShapeMetrics united = shapeMetrics(*shape);
    const ShapeMetrics byUnits = unitUnionMetrics(b, rows);
    EXPECT_NEAR(united.areaKm2, sum, 1e-6 * sum);
    // The unit-based perimeter also counts, twice, the short runs where one
    // county has a vertex on its neighbour's edge; the union drops them.
    EXPECT_NEAR(united.perimeterKm, byUnits.perimeterKm, 1e-3 * byUnits.perimeterKm);
    EXPECT_LE(united.perimeterKm, byUnits.perimeterKm);
    EXPECT_EQ(united.parts, byUnits.parts);

    // Shapes that overlap are no tiling: the polygon union takes over.
    auto shapeOf = [](const char *wkt) {
        GeoMultiPolygon m;
        m.resize(1);
        bg::read_wkt(wkt, m[0]);
        return m;
    };
    const GeoMultiPolygon both = uniteShapes(
        {shapeOf("POLYGON((0 0,0 2,2 2,2 0,0 0))"), shapeOf("POLYGON((1 1,1 3,3 3,3 1,1 1))")});
    EXPECT_NEAR(bg::area(both), 7.0, 1e-12);
    // Two squares sharing an edge, and a frame of four around a hole.
    const GeoMultiPolygon pair = uniteShapes(
        {shapeOf("POLYGON((0 0,0 1,1 1,1 0,0 0))"), shapeOf("POLYGON((1 0,1 1,2 1,2 0,1 0))")});
    ASSERT_EQ(pair.size(), 1u);
    EXPECT_NEAR(bg::area(pair), 2.0, 1e-12);
    const GeoMultiPolygon ring = uniteShapes({shapeOf("POLYGON((0 0,0 3,1 3,1 2,1 1,1 0,0 0))"),
                                              shapeOf("POLYGON((2 0,2 1,2 2,2 3,3 3,3 0,2 0))"),
                                              shapeOf("POLYGON((1 0,1 1,2 1,2 0,1 0))"),
                                              shapeOf("POLYGON((1 2,1 3,2 3,2 2,1 2))")});
    ASSERT_EQ(ring.size(), 1u);
    ASSERT_EQ(ring[0].inners().size(), 1u);
    EXPECT_NEAR(bg::area(ring), 8.0, 1e-12);
    EXPECT_TRUE(bg::is_valid(ring, why)) << why;
}

TEST(GeoTerritory, DrawnShapesAreRepairedOrRefused)
{
    // Counter-clockwise outer ring, left open: repaired.
    GeoMultiPolygon ccw;
    ccw.resize(1);
    ccw[0].outer() = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    auto fixed = TerritoryGeography::repair(ccw);
    ASSERT_TRUE(fixed.ok()) << fixed.error().toString().toStdString();
    EXPECT_TRUE(bg::is_valid(*fixed));
    // A bow tie crosses itself: refused, saying why.
    auto bowTie = TerritoryGeography::repair(wkt("MULTIPOLYGON(((0 0,1 1,1 0,0 1,0 0)))"));
    ASSERT_FALSE(bowTie.ok());
    EXPECT_EQ(bowTie.error().code, ErrorCode::Invalid);
    EXPECT_FALSE(bowTie.error().detail.isEmpty());
    // Off the globe.
    EXPECT_FALSE(TerritoryGeography::repair(wkt("MULTIPOLYGON(((0 0,0 100,1 100,0 0)))")).ok());
    // A drawn square joins a county.
    auto both = TerritoryGeography::shape(
        bounds(), {{UnitKind::County, "06075"}},
        {wkt("MULTIPOLYGON(((-123.5 37,-123.5 37.2,-123.3 37.2,-123.3 37,-123.5 37)))")});
    ASSERT_TRUE(both.ok());
    EXPECT_EQ(shapeMetrics(*both).parts, static_cast<int>(both->size()));
    EXPECT_GE(both->size(), 2u);
}

TEST(GeoLocation, PrecisionCounts)
{
    AccountStore a;
    auto add = [&](const char *id, double lat, double lon, const char *zip, const char *state,
                   const char *country) {
        const std::size_t r = a.appendRow();
        a.setText(r, AccountStore::IdField, id);
        if (!std::isnan(lat)) {
            a.setNumber(r, AccountStore::BillingLatitudeField, lat);
            a.setNumber(r, AccountStore::BillingLongitudeField, lon);
        }
        a.setText(r, AccountStore::BillingPostalCodeField, zip);
        a.setText(r, AccountStore::BillingStateField, state);
        a.setText(r, AccountStore::BillingCountryField, country);
    };
    add("exact", 37.77, -122.42, "10001", "NY", "US");
    add("zip", NAN, 0, "94105-1234", "CA", "US");
    add("zip5", NAN, 0, "60601", "", "");
    add("state", NAN, 0, "", "Colorado", "US");
    add("stateCode", NAN, 0, "nonsense", "tx", "");
    add("country", NAN, 0, "", "", "France");
    add("none", NAN, 0, "", "", "Atlantis");
    add("zeroes", 0, 0, "", "", "");
    const AccountLocations loc = locateAccounts(a, bounds(), **ZipCentroids::bundled());
    EXPECT_EQ(loc.count(LocationPrecision::Exact), 1u);
    EXPECT_EQ(loc.count(LocationPrecision::Zip), 2u);
    EXPECT_EQ(loc.count(LocationPrecision::State), 2u);
    EXPECT_EQ(loc.count(LocationPrecision::Country), 1u);
    EXPECT_EQ(loc.count(LocationPrecision::None), 2u);
    EXPECT_NEAR(loc.lat[0], 37.77, 1e-5); // coordinates may be held as floats
    EXPECT_EQ(bounds()
                  .unit(static_cast<std::size_t>(
                      bounds().locate(UnitKind::County, loc.lon[1], loc.lat[1])))
                  .id,
              "06075");
    EXPECT_EQ(bounds()
                  .unit(static_cast<std::size_t>(
                      bounds().locate(UnitKind::State, loc.lon[3], loc.lat[3])))
                  .code,
              "CO");
    EXPECT_EQ(bounds()
                  .unit(static_cast<std::size_t>(
                      bounds().locate(UnitKind::Country, loc.lon[5], loc.lat[5])))
                  .code,
              "FR");
    EXPECT_TRUE(std::isnan(loc.lat[6]));
    EXPECT_EQ(loc.precision[7], LocationPrecision::None);
}

// Moving a county between two territories by row-set arithmetic gives the
// same accounts as building both territories again from their units.
TEST(GeoAssignment, UnitMoveIncrementalEqualsFullRun)
{
    const Boundaries &b = bounds();
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lon(-123.2, -121.5), lat(37.0, 38.2);
    std::vector<double> xs(20000), ys(20000);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        xs[i] = lon(rng);
        ys[i] = lat(rng);
    }
    const UnitAccounts ua(b, xs, ys, 2);
    const std::vector<const char *> ids = {"06001", "06013", "06075", "06081", "06085"};
    std::vector<int> units;
    for (const char *id : ids)
        units.push_back(b.find(UnitKind::County, id));
    auto build = [&](const std::vector<int> &us) {
        RowSet s = RowSet::none(xs.size());
        for (int u : us)
            s = s | ua.accountsOf(u);
        return s;
    };
    std::vector<int> a = {units[0], units[1], units[2]}, c = {units[3], units[4]};
    RowSet ra = build(a), rc = build(c);
    // Move San Francisco from a to c.
    const RowSet &moved = ua.accountsOf(units[2]);
    EXPECT_GT(moved.count(), 0u);
    ra = ra.minus(moved);
    rc = rc | moved;
    a.pop_back();
    c.push_back(units[2]);
    EXPECT_TRUE(ra == build(a));
    EXPECT_TRUE(rc == build(c));
    // Each located account is in its county's set and in its state's.
    for (std::uint32_t r = 0; r < xs.size(); ++r) {
        if (ua.countyOf(r) < 0)
            continue;
        EXPECT_TRUE(ua.accountsOf(ua.countyOf(r)).contains(r));
        EXPECT_EQ(b.unit(static_cast<std::size_t>(ua.stateOf(r))).code, "CA");
    }
}
