// SPDX-License-Identifier: GPL-3.0-or-later
// GeoJSON: territory shapes with their metrics out, named polygons in.
#include "core/geo/geometrics.h"
#include "core/interchange/geojson.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Tessera;

namespace {

// Nevada by its state unit, one rule putting two Nevada accounts there, and a
// drawn square for a second territory.
WorkspaceData nevadaWorkspace()
{
    WorkspaceData d;
    d.models.push_back(
        {1, QStringLiteral("Plan"), QStringLiteral("Plan"), {}, ModelState::Planning});
    Territory west;
    west.id = 2;
    west.modelId = 1;
    west.name = QStringLiteral("West");
    west.apiName = QStringLiteral("West");
    Territory nevada = west;
    nevada.id = 3;
    nevada.parentId = 2;
    nevada.name = QStringLiteral("Nevada & Tahoe");
    nevada.apiName = QStringLiteral("Nevada");
    nevada.colour = 0x3366cc;
    Territory square = west;
    square.id = 4;
    square.parentId = 2;
    square.name = square.apiName = QStringLiteral("Square");
    d.territories = {west, nevada, square};
    AssignmentRule rule;
    rule.id = 5;
    rule.modelId = 1;
    rule.apiName = rule.label = QStringLiteral("NV");
    rule.items = {
        {QStringLiteral("Account.BillingState"), QStringLiteral("equals"), QStringLiteral("NV")}};
    d.rules = {rule};
    d.ruleAssociations = {{5, 3, false}};
    const double places[][2] = {{-119.8138, 39.5296}, {-115.1398, 36.1699}}; // Reno, Las Vegas
    for (int i = 0; i < 2; ++i) {
        const std::size_t row = d.accounts.appendRow();
        d.accounts.setText(row, AccountStore::IdField, i ? "a2" : "a1");
        d.accounts.setText(row, AccountStore::BillingStateField, "NV");
        d.accounts.setNumber(row, AccountStore::BillingLongitudeField, places[i][0]);
        d.accounts.setNumber(row, AccountStore::BillingLatitudeField, places[i][1]);
    }
    d.nextId = 10;
    return d;
}

GeoMultiPolygon square(double x, double y, double size)
{
    GeoMultiPolygon s;
    s.resize(1);
    s[0].outer() = {{x, y}, {x, y + size}, {x + size, y + size}, {x + size, y}, {x, y}};
    return s;
}

// Twice the signed area of a GeoJSON ring: positive when counter-clockwise.
double signedArea(const QJsonArray &ring)
{
    double a = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QJsonArray p = ring[i].toArray(), q = ring[i + 1].toArray();
        a += p[0].toDouble() * q[1].toDouble() - q[0].toDouble() * p[1].toDouble();
    }
    return a;
}

} // namespace

TEST(GeoJsonExport, TerritoryShapesWithTheirMetrics)
{
    const WorkspaceData d = nevadaWorkspace();
    const std::vector<GeoRules::TerritoryGeo> geography{{3, {{UnitKind::State, "32"}}, {}},
                                                        {4, {}, {square(-100, 40, 1)}}};
    Result<QByteArray> json = GeoJson::territoryCollection(d, 1, geography);
    ASSERT_TRUE(json.ok()) << json.error().toString().toStdString();
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    EXPECT_EQ(root.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    ASSERT_EQ(features.size(), 2);

    const QJsonObject nv = features[0].toObject().value(QStringLiteral("properties")).toObject();
    EXPECT_EQ(nv.value(QStringLiteral("name")).toString(), QStringLiteral("Nevada & Tahoe"));
    EXPECT_EQ(nv.value(QStringLiteral("apiName")).toString(), QStringLiteral("Nevada"));
    EXPECT_EQ(nv.value(QStringLiteral("path")).toString(), QStringLiteral("West/Nevada"));
    EXPECT_EQ(nv.value(QStringLiteral("colour")).toString(), QStringLiteral("#3366cc"));
    // Nevada is about 286,000 km² (Census, land and water), in one piece.
    EXPECT_NEAR(nv.value(QStringLiteral("areaKm2")).toDouble(), 286'380, 286'380 * 0.03);
    EXPECT_EQ(nv.value(QStringLiteral("parts")).toInt(), 1);
    EXPECT_GT(nv.value(QStringLiteral("polsbyPopper")).toDouble(), 0.3);
    EXPECT_LT(nv.value(QStringLiteral("polsbyPopper")).toDouble(), 1.0);
    EXPECT_GT(nv.value(QStringLiteral("convexHullRatio")).toDouble(), 0.8);
    const QJsonArray centroid = nv.value(QStringLiteral("centroid")).toArray();
    EXPECT_NEAR(centroid[0].toDouble(), -116.65, 0.5);
    EXPECT_NEAR(centroid[1].toDouble(), 39.3, 0.5);
    EXPECT_EQ(nv.value(QStringLiteral("accounts")).toInt(), 2);
    // Spread: the mean distance of Reno and Las Vegas to the centroid (weight 1 each).
    const double expected =
        (greatCircleKm(-119.8138, 39.5296, centroid[0].toDouble(), centroid[1].toDouble()) +
         greatCircleKm(-115.1398, 36.1699, centroid[0].toDouble(), centroid[1].toDouble())) /
        2;
    EXPECT_NEAR(nv.value(QStringLiteral("spreadKm")).toDouble(), expected, 0.05);

    // The drawn square: 1° x 1° at 40° N is about 111.2 x 85.2 km; RFC 7946 orientation.
    const QJsonObject sq = features[1].toObject();
    const QJsonObject sqProps = sq.value(QStringLiteral("properties")).toObject();
    EXPECT_NEAR(sqProps.value(QStringLiteral("areaKm2")).toDouble(), 9'480, 9'480 * 0.01);
    EXPECT_NEAR(sqProps.value(QStringLiteral("polsbyPopper")).toDouble(), 3.14159 / 4, 0.03);
    EXPECT_EQ(sqProps.value(QStringLiteral("accounts")).toInt(), 0);
    const QJsonObject geometry = sq.value(QStringLiteral("geometry")).toObject();
    EXPECT_EQ(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("MultiPolygon"));
    const QJsonArray outer =
        geometry.value(QStringLiteral("coordinates")).toArray()[0].toArray()[0].toArray();
    EXPECT_EQ(outer.size(), 5);
    EXPECT_GT(signedArea(outer), 0);
}

TEST(GeoJsonImport, NamedPolygonsAreReadAndRepairedOthersRefusedByName)
{
    const QByteArray file = R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"territory": "North"},
       "geometry": {"type": "Polygon", "coordinates": [[[0,0],[0,1],[1,1],[1,0]]]}},
      {"type": "Feature", "properties": {"territory": "Islands"},
       "geometry": {"type": "MultiPolygon", "coordinates": [
          [[[10,10],[11,10],[11,11],[10,11],[10,10]]],
          [[[20,20],[21,20],[21,21],[20,21],[20,20]],[[20.2,20.2],[20.2,20.8],[20.8,20.8],[20.8,20.2],[20.2,20.2]]]]}},
      {"type": "Feature", "properties": {"territory": "Road"},
       "geometry": {"type": "LineString", "coordinates": [[0,0],[1,1]]}},
      {"type": "Feature", "properties": {"name": "Unnamed here"},
       "geometry": {"type": "Polygon", "coordinates": [[[0,0],[0,1],[1,1],[0,0]]]}},
      {"type": "Feature", "properties": {"territory": "Bowtie"},
       "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,1],[1,0],[0,1],[0,0]]]}},
      {"type": "Feature", "properties": {"territory": "Mars"},
       "geometry": {"type": "Polygon", "coordinates": [[[0,0],[0,100],[1,1],[0,0]]]}},
      {"type": "Feature", "properties": {"territory": "Text"},
       "geometry": {"type": "Polygon", "coordinates": [[["a","b"]]]}}
    ]})";
    Result<GeoJson::ReadReport> r =
        GeoJson::read(file, QStringLiteral("territory"), QStringLiteral("shapes.geojson"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(r->features.size(), 2u);
    EXPECT_EQ(r->features[0].name, QStringLiteral("North"));
    EXPECT_EQ(r->features[0].index, 1);
    // The open ring was closed and turned clockwise, Tessera's orientation.
    EXPECT_EQ(r->features[0].shape[0].outer().size(), 5u);
    EXPECT_EQ(r->features[1].shape.size(), 2u);
    EXPECT_EQ(r->features[1].shape[1].inners().size(), 1u);

    ASSERT_EQ(r->refused.size(), 5) << r->refused.join(u'\n').toStdString();
    EXPECT_TRUE(r->refused[0].startsWith(
        QStringLiteral("feature 3 (\"Road\"): its geometry is LineString")));
    EXPECT_TRUE(
        r->refused[1].startsWith(QStringLiteral("feature 4: it has no \"territory\" property")));
    EXPECT_TRUE(r->refused[2].startsWith(
        QStringLiteral("feature 5 (\"Bowtie\"): The shape is not a valid polygon")));
    EXPECT_TRUE(r->refused[3].startsWith(QStringLiteral(
        "feature 6 (\"Mars\"): A ring has fewer than three points or leaves the globe")));
    EXPECT_TRUE(r->refused[4].startsWith(QStringLiteral("feature 7 (\"Text\"): its coordinates")));

    // Not GeoJSON at all.
    Result<GeoJson::ReadReport> bad =
        GeoJson::read("name,lat\nx,1\n", QStringLiteral("name"), QStringLiteral("a.csv"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("a.csv")));
    bad =
        GeoJson::read(R"({"type": "Topology"})", QStringLiteral("name"), QStringLiteral("t.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("Topology")));
}
