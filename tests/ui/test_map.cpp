// SPDX-License-Identifier: GPL-3.0-or-later
// The map: projections, unit geometry, hit-testing, account selection, and
// the image that the render command writes.
#include "core/geo/accountlocation.h"
#include "core/geo/boundaries.h"
#include "core/geo/zipcentroids.h"
#include "core/rules/assignmentengine.h"
#include "core/store/workspacefile.h"
#include "tests/ui/sessiontest.h"
#include "ui/commands/geographycommands.h"
#include "ui/document/assignmentservice.h"
#include "ui/map/mapcontent.h"
#include "ui/map/mapgeometry.h"
#include "ui/map/mapimage.h"
#include "ui/map/mapprojection.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapview.h"
#include "ui/rules/territoryaccountsmodel.h"
#include "ui/rules/territoryaccountsview.h"

#include <QAbstractItemModelTester>

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QProcess>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace Tessera {
namespace {

using Part = MapProjection::Part;

constexpr Id Plan = 1, Region = 2, Red = 3, Blue = 4;

struct Place
{
    const char *prefix;
    double lon, lat;
    Id territory;
    int count;
};
// Accounts around Sacramento (red territory), Dallas (blue) and Denver (none).
const Place Places[] = {{"SAC", -121.49, 38.58, Red, 30},
                        {"DAL", -96.80, 32.78, Blue, 40},
                        {"DEN", -104.99, 39.74, NoId, 10}};

WorkspaceData mapData()
{
    WorkspaceData d;
    d.models = {
        {Plan, QStringLiteral("Map Plan"), QStringLiteral("Map_Plan"), {}, ModelState::Active}};
    d.types = {{Region, QStringLiteral("Region"), QStringLiteral("Region"), {}, 1}};
    auto territory = [](Id id, const char *name, std::uint32_t colour) {
        Territory t;
        t.id = id;
        t.modelId = Plan;
        t.typeId = Region;
        t.name = QString::fromLatin1(name);
        t.apiName = t.name;
        t.colour = colour;
        return t;
    };
    d.territories = {territory(Red, "Red", 0xd01010), territory(Blue, "Blue", 0x1030d0)};
    const int workload = *d.accounts.addField(QStringLiteral("Workload__c"),
                                              QStringLiteral("Workload"), FieldType::Number);
    for (const Place &p : Places) {
        for (int i = 0; i < p.count; ++i) {
            const std::size_t row = d.accounts.appendRow();
            const QString id = QStringLiteral("%1%2").arg(QLatin1String(p.prefix)).arg(i);
            d.accounts.setText(row, AccountStore::IdField, id.toStdString());
            // A small spiral around the centre, well inside one county.
            const double a = i * 2.399963, r = 0.004 * std::sqrt(i + 1.0);
            d.accounts.setNumber(row, AccountStore::BillingLongitudeField, p.lon + r * std::cos(a));
            d.accounts.setNumber(row, AccountStore::BillingLatitudeField, p.lat + r * std::sin(a));
            d.accounts.setNumber(row, AccountStore::AnnualRevenueField, 1000.0 * (i + 1));
            d.accounts.setNumber(row, workload, 10.0);
            if (p.territory != NoId)
                d.manualAssignments.push_back({id, p.territory});
        }
    }
    d.nextId = 10;
    return d;
}

// --- projection ------------------------------------------------------------------

TEST(MapProjection, RoundTripsEveryPart)
{
    struct Case
    {
        MapProjection::Kind kind;
        double lon, lat;
        Part part;
    };
    const Case cases[] = {
        {MapProjection::Kind::UnitedStates, -122.42, 37.77, Part::Main},
        {MapProjection::Kind::UnitedStates, -71.06, 42.36, Part::Main},
        {MapProjection::Kind::UnitedStates, -80.19, 25.76, Part::Main},
        {MapProjection::Kind::UnitedStates, -149.90, 61.22, Part::Alaska},
        {MapProjection::Kind::UnitedStates, -134.42, 58.30, Part::Alaska}, // Juneau, the panhandle
        {MapProjection::Kind::UnitedStates, 173.20, 52.90, Part::Alaska},  // Attu, past 180°
        {MapProjection::Kind::UnitedStates, -157.86, 21.31, Part::Hawaii},
        {MapProjection::Kind::World, 2.35, 48.86, Part::Main},
        {MapProjection::Kind::World, 151.21, -33.87, Part::Main},
        {MapProjection::Kind::World, -179.5, 71.0, Part::Main},
    };
    for (const Case &c : cases) {
        const MapProjection projection(c.kind);
        EXPECT_EQ(projection.partOf(c.lon, c.lat), c.part) << c.lon << " " << c.lat;
        const QPointF xy = projection.project(c.lon, c.lat);
        const std::optional<QPointF> back = projection.unproject(xy);
        ASSERT_TRUE(back.has_value()) << c.lon << " " << c.lat;
        EXPECT_NEAR(back->x(), c.lon, 1e-7);
        EXPECT_NEAR(back->y(), c.lat, 1e-7);
    }
}

TEST(MapProjection, InsetsLieInTheirFrames)
{
    const MapProjection us(MapProjection::Kind::UnitedStates);
    EXPECT_TRUE(us.insetFrame(Part::Alaska).contains(us.project(-149.90, 61.22)));
    EXPECT_TRUE(us.insetFrame(Part::Hawaii).contains(us.project(-157.86, 21.31)));
    EXPECT_FALSE(us.insetFrame(Part::Alaska).contains(us.project(-98.0, 39.0)));
    EXPECT_TRUE(us.homeExtent().contains(us.project(-98.0, 39.0)));
    EXPECT_DOUBLE_EQ(us.partScale(Part::Alaska), 0.35);
}

// Equal area: a one-degree cell covers the same projected area as on the sphere.
TEST(MapProjection, KeepsAreas)
{
    const double deg = std::numbers::pi / 180;
    for (const auto kind : {MapProjection::Kind::UnitedStates, MapProjection::Kind::World}) {
        const MapProjection projection(kind);
        for (double lat : {26.0, 38.0, 47.0}) {
            const double lon = -100;
            const QPolygonF cell{projection.project(lon, lat), projection.project(lon + 1, lat),
                                 projection.project(lon + 1, lat + 1),
                                 projection.project(lon, lat + 1)};
            double area = 0;
            for (int i = 0; i < 4; ++i)
                area += cell[i].x() * cell[(i + 1) % 4].y() - cell[(i + 1) % 4].x() * cell[i].y();
            area = std::abs(area) / 2;
            const double sphere = EarthRadiusKm * EarthRadiusKm * deg *
                                  (std::sin((lat + 1) * deg) - std::sin(lat * deg));
            // Edges are straight in the plane and curved on the sphere: within 0.1 %.
            EXPECT_NEAR(area / sphere, 1.0, 1e-3) << lat;
        }
    }
}

// --- geometry --------------------------------------------------------------------

TEST(MapGeometry, SimplifiesPerBandAndKeepsUnitsWhereTheyBelong)
{
    std::shared_ptr<const MapGeometry> geometry =
        MapGeometry::shared(MapProjection::Kind::UnitedStates);
    ASSERT_TRUE(geometry);
    std::shared_ptr<const Boundaries> b = *Boundaries::bundled();
    const MapGeometry::Shape *california = geometry->shapeOf(b->find(UnitKind::State, "06"));
    ASSERT_NE(california, nullptr);
    EXPECT_EQ(california->part, Part::Main);
    EXPECT_LT(california->paths.front().elementCount(), california->paths.back().elementCount());
    const MapGeometry::Shape *alaska = geometry->shapeOf(b->find(UnitKind::State, "02"));
    ASSERT_NE(alaska, nullptr);
    EXPECT_EQ(alaska->part, Part::Alaska);
    EXPECT_TRUE(geometry->projection().insetFrame(Part::Alaska).intersects(alaska->bounds));
    // The US map draws the states, not the country; the world map draws the country.
    EXPECT_EQ(geometry->shapeOf(b->find(UnitKind::Country, "840")), nullptr);
    EXPECT_NE(
        MapGeometry::shared(MapProjection::Kind::World)->shapeOf(b->find(UnitKind::Country, "840")),
        nullptr);
    EXPECT_EQ(MapGeometry::bandFor(0.01), 0);
    EXPECT_EQ(MapGeometry::bandFor(100.0), int(MapGeometry::BandTolerancesKm.size()) - 1);
}

// --- the view --------------------------------------------------------------------

class MapViewTest : public Test::SessionTest<mapData>
{
protected:
    void SetUp() override
    {
        Tessera::Test::SessionTest<mapData>::SetUp();
        service = std::make_unique<AssignmentService>(session.document());
        service->setModelId(Plan);
        service->waitForRun();
        view.resize(900, 600);
        view.setSession(&session, service.get());
        view.refresh();
    }
    QPointF screenOf(double lon, double lat) const
    {
        const MapProjection projection(view.projectionKind());
        return view.viewport().toScreen(projection.project(lon, lat));
    }
    std::string unitIdAt(QPointF pos) const
    {
        const int unit = view.unitAt(pos);
        return unit < 0 ? std::string() : (*Boundaries::bundled())->unit(std::size_t(unit)).id;
    }

    std::unique_ptr<AssignmentService> service;
    MapView view;
};

TEST_F(MapViewTest, HitTestsStatesAndCountiesAtKnownPoints)
{
    const MapProjection projection(view.projectionKind());
    // Zoomed out: states.
    view.setViewport(projection.project(-104.99, 39.74), 0.3);
    EXPECT_EQ(view.unitKindAtZoom(), UnitKind::State);
    EXPECT_EQ(unitIdAt(screenOf(-104.99, 39.74)), "08"); // Colorado
    EXPECT_EQ(unitIdAt(screenOf(-121.49, 38.58)), "06"); // California
    EXPECT_EQ(unitIdAt(screenOf(-149.90, 61.22)), "02"); // Alaska, in its inset
    EXPECT_EQ(unitIdAt(screenOf(-157.86, 21.31)), "15"); // Hawaii, in its inset
    EXPECT_EQ(unitIdAt(screenOf(-140.0, 30.0)), "");     // the Pacific
    // Zoomed in: counties, unless states are asked for.
    view.setViewport(projection.project(-104.99, 39.74), 2.0);
    EXPECT_EQ(view.unitKindAtZoom(), UnitKind::County);
    EXPECT_EQ(unitIdAt(screenOf(-104.99, 39.74)), "08031"); // Denver
    view.setUnitLevel(MapView::UnitLevel::States);
    EXPECT_EQ(unitIdAt(screenOf(-104.99, 39.74)), "08");
}

TEST_F(MapViewTest, HoverSummaryGivesTheUnitsTotals)
{
    std::shared_ptr<const Boundaries> b = *Boundaries::bundled();
    const int colorado = b->find(UnitKind::State, "08");
    const TerritoryTotals totals = view.content().unitTotals(colorado);
    EXPECT_EQ(totals.accounts, 10u);
    EXPECT_DOUBLE_EQ(totals.workload, 100.0);
    EXPECT_DOUBLE_EQ(totals.potential, 55'000.0); // 1000 * (1 + ... + 10)
    const QString text = view.unitSummary(colorado);
    EXPECT_EQ(text, QStringLiteral("<b>Colorado</b><br>State CO<br>10 accounts<br>Workload: 100 "
                                   "h<br>Potential: 55 K"));
    EXPECT_EQ(view.unitSummary(b->find(UnitKind::County, "08031")),
              QStringLiteral("<b>Denver, CO</b><br>County 08031<br>10 accounts<br>Workload: 100 "
                             "h<br>Potential: 55 K"));
    const int sacramento = b->find(UnitKind::County, "06067");
    EXPECT_EQ(view.content().unitTotals(sacramento).accounts, 30u);
}

TEST_F(MapViewTest, ColoursAccountsByTerritoryAndPicksThem)
{
    const MapContent &content = view.content();
    ASSERT_EQ(content.accountCount(), 80u);
    EXPECT_EQ(content.locatedCount(), 80u);
    const int red = content.legendIndexOf(Red), blue = content.legendIndexOf(Blue);
    ASSERT_GT(red, 0);
    ASSERT_GT(blue, 0);
    EXPECT_EQ(content.colourIndex()[0], std::uint32_t(red));
    EXPECT_EQ(content.colourIndex()[30], std::uint32_t(blue));
    EXPECT_EQ(content.colourIndex()[79], 0u);
    EXPECT_EQ(content.legend()[std::size_t(red)].accounts, 30u);
    EXPECT_EQ(content.legend().front().accounts, 10u); // Denver's, unassigned
    EXPECT_EQ(content.legend()[std::size_t(red)].colour, QColor(0xd0, 0x10, 0x10));

    view.fitToMap();
    EXPECT_EQ(view.territoryAt(screenOf(-121.49, 38.58)), Red);
    EXPECT_EQ(view.territoryAt(screenOf(-96.80, 32.78)), Blue);
    EXPECT_EQ(view.territoryAt(screenOf(-87.6, 41.9)), NoId); // Chicago: no account near
}

TEST_F(MapViewTest, SelectsTheAccountsInsideALasso)
{
    view.fitToMap();
    std::vector<std::uint32_t> signalled;
    QObject::connect(&view, &MapView::accountsSelected,
                     [&](const std::vector<std::uint32_t> &rows) { signalled = rows; });
    const QPointF dallas = screenOf(-96.80, 32.78);
    const QPolygonF lasso{dallas + QPointF(-15, -15), dallas + QPointF(15, -15),
                          dallas + QPointF(15, 15), dallas + QPointF(-15, 15)};
    view.selectAccountsIn(lasso);
    ASSERT_EQ(view.selectedAccounts().size(), 40u);
    EXPECT_EQ(view.selectedAccounts().front(), 30u);
    EXPECT_EQ(view.selectedAccounts().back(), 69u);
    EXPECT_EQ(signalled, view.selectedAccounts());
    view.clearAccountSelection();
    EXPECT_TRUE(view.selectedAccounts().empty());
    EXPECT_TRUE(signalled.empty());
}

TEST_F(MapViewTest, LassoedAccountsAreListedInTheAccountsTab)
{
    TerritoryAccountsView accounts;
    accounts.setSession(&session, service.get());
    QAbstractItemModelTester tester(accounts.model());
    accounts.setTerritory(Red);
    ASSERT_EQ(accounts.model()->rowCount(), 30);
    QObject::connect(&view, &MapView::accountsSelected, &accounts,
                     &TerritoryAccountsView::showAccountSelection);
    view.fitToMap();
    const QPointF denver = screenOf(-104.99, 39.74), dallas = screenOf(-96.80, 32.78);
    // Around Denver (unassigned) and Dallas (blue), not Sacramento.
    const QRectF box = QRectF(denver, dallas).normalized().adjusted(-10, -10, 10, 10);
    view.selectAccountsIn(QPolygonF(box));
    ASSERT_EQ(accounts.model()->rowCount(), 50);
    EXPECT_TRUE(accounts.model()->showsSelection());
    EXPECT_EQ(accounts.model()->accountId(0), QStringLiteral("DAL0"));
    EXPECT_EQ(accounts.model()->causeText(0), QStringLiteral("In Blue"));
    EXPECT_EQ(accounts.model()->causeText(49), QStringLiteral("Unassigned"));
    // Choosing a territory goes back to its accounts.
    accounts.setTerritory(Blue);
    EXPECT_FALSE(accounts.model()->showsSelection());
    EXPECT_EQ(accounts.model()->rowCount(), 40);
    // So does an empty lasso.
    view.selectAccountsIn(
        QPolygonF{dallas + QPointF(-10, -10), dallas + QPointF(10, -10), dallas + QPointF(10, 10)});
    accounts.showAccountSelection({});
    EXPECT_FALSE(accounts.model()->showsSelection());
}

TEST(MapContent, SelectingARegionHighlightsItsWholeSubtree)
{
    WorkspaceData data = mapData();
    // Blue becomes a child of Red.
    data.territories[1].parentId = Red;
    AssignmentEngine engine(data, Plan);
    ASSERT_TRUE(engine.run().ok());
    MapContent content;
    content.setAccounts(data);
    content.setAssignment(data, &engine);
    const std::size_t red = std::size_t(content.legendIndexOf(Red));
    const std::size_t blue = std::size_t(content.legendIndexOf(Blue));
    std::vector<char> mask = content.subtreeMask(Red);
    EXPECT_TRUE(mask[red]);
    EXPECT_TRUE(mask[blue]);
    EXPECT_FALSE(mask[0]);
    mask = content.subtreeMask(Blue);
    EXPECT_FALSE(mask[red]);
    EXPECT_TRUE(mask[blue]);
    // Blue's accounts keep the leaf's colour, though the parent holds them too.
    EXPECT_EQ(content.colourIndex()[30], std::uint32_t(blue));
}

TEST_F(MapViewTest, ZoomKeepsThePointUnderTheCursor)
{
    view.fitToMap();
    const QPointF anchor(200, 150);
    const QPointF before = view.viewport().toMap(anchor);
    const double zoom = view.viewport().pixelsPerKm;
    view.zoomBy(2.0, anchor);
    EXPECT_NEAR(view.viewport().pixelsPerKm, 2 * zoom, 1e-9);
    const QPointF after = view.viewport().toMap(anchor);
    EXPECT_NEAR(after.x(), before.x(), 1e-6);
    EXPECT_NEAR(after.y(), before.y(), 1e-6);
    view.panBy(QPointF(100, 0));
    EXPECT_NEAR(view.viewport().toMap(anchor + QPointF(100, 0)).x(), before.x(), 1e-6);
}

// --- editing geography on the map ----------------------------------------------

template<typename Command>
bool topIs(const QUndoStack &stack)
{
    return stack.count() > 0 &&
           dynamic_cast<const Command *>(stack.command(stack.index() - 1)) != nullptr;
}

TEST_F(MapViewTest, ClickingAUnitGivesItToTheSelectedTerritoryInOneUndoStep)
{
    const MapProjection projection(view.projectionKind());
    view.setViewport(projection.project(-104.99, 39.74), 0.3); // states
    view.setTool(MapView::Tool::AssignUnits);
    const UnitRef colorado{UnitKind::State, "08"};
    // Nothing selected: nothing happens, and the user is told why.
    QString told;
    QObject::connect(&view, &MapView::message, [&](const QString &m) { told = m; });
    EXPECT_FALSE(view.clickUnit(screenOf(-104.99, 39.74)));
    EXPECT_FALSE(told.isEmpty());
    EXPECT_EQ(stack().count(), 0);

    view.setTerritory(Red);
    ASSERT_TRUE(view.clickUnit(screenOf(-104.99, 39.74)));
    EXPECT_TRUE(topIs<SetUnitOwnersCommand>(stack()));
    EXPECT_EQ(doc().unitOwner(Plan, colorado), Red);
    view.refresh();
    const int unit = (*Boundaries::bundled())->find(UnitKind::State, "08");
    EXPECT_EQ(view.geography().ownerOf(unit), Red);
    EXPECT_EQ(view.territoryAt(screenOf(-106.0, 39.0)), Red); // anywhere in Colorado
    // A second click takes it back, as a second step.
    ASSERT_TRUE(view.clickUnit(screenOf(-104.99, 39.74)));
    EXPECT_EQ(stack().count(), 2);
    EXPECT_EQ(doc().unitOwner(Plan, colorado), NoId);
    stack().undo();
    EXPECT_EQ(doc().unitOwner(Plan, colorado), Red);
    stack().undo();
    EXPECT_EQ(doc().unitOwner(Plan, colorado), NoId);

    // Zoomed in, a click gives the county.
    view.setViewport(projection.project(-104.99, 39.74), 2.0);
    ASSERT_TRUE(view.clickUnit(screenOf(-104.99, 39.74)));
    EXPECT_EQ(doc().unitOwner(Plan, {UnitKind::County, "08031"}), Red);
    EXPECT_EQ(doc().unitOwner(Plan, colorado), NoId);
}

TEST_F(MapViewTest, ALassoGivesEveryUnitWhoseCentreItHolds)
{
    const MapProjection projection(view.projectionKind());
    view.setViewport(projection.project(-100.0, 38.5), 0.3);
    view.setTool(MapView::Tool::AssignUnits);
    view.setTerritory(Blue);
    // Around the centres of Kansas and Colorado, short of Nebraska and Oklahoma.
    const QPolygonF lasso{screenOf(-107.0, 37.6), screenOf(-96.5, 37.6), screenOf(-96.5, 39.7),
                          screenOf(-107.0, 39.7)};
    ASSERT_TRUE(view.assignUnitsIn(lasso));
    EXPECT_EQ(stack().count(), 1);
    EXPECT_TRUE(topIs<SetUnitOwnersCommand>(stack()));
    EXPECT_EQ(doc().unitOwner(Plan, {UnitKind::State, "20"}), Blue);
    EXPECT_EQ(doc().unitOwner(Plan, {UnitKind::State, "08"}), Blue);
    EXPECT_EQ(doc().unitOwner(Plan, {UnitKind::State, "31"}), NoId);
    EXPECT_EQ(doc().unitOwner(Plan, {UnitKind::State, "40"}), NoId);
    stack().undo();
    EXPECT_EQ(doc().unitOwner(Plan, {UnitKind::State, "20"}), NoId);
    EXPECT_EQ(doc().unitOwner(Plan, {UnitKind::State, "08"}), NoId);
}

TEST_F(MapViewTest, DrawsAShapeAndEditsItsCornersUndoably)
{
    const MapProjection projection(view.projectionKind());
    view.setViewport(projection.project(-98.5, 38.5), 1.0);
    view.setTerritory(Blue);
    view.setTool(MapView::Tool::DrawShape);
    const QPointF corners[] = {screenOf(-99.5, 38.0), screenOf(-97.5, 38.0), screenOf(-97.5, 39.0),
                               screenOf(-99.5, 39.0)};
    for (const QPointF &c : corners)
        view.addDrawingVertex(c);
    ASSERT_EQ(view.drawing().size(), 4);
    ASSERT_TRUE(view.finishDrawing());
    EXPECT_TRUE(topIs<AddDrawnShapeCommand>(stack()));
    ASSERT_EQ(doc().drawnShapes().size(), 1u);
    const DrawnShape drawn = doc().drawnShapes().front();
    EXPECT_EQ(drawn.territoryId, Blue);
    ASSERT_EQ(drawn.shape.size(), 1u);
    EXPECT_EQ(drawn.shape.front().outer().size(), 5u); // closed
    EXPECT_TRUE(view.drawing().isEmpty());

    // Move the corner at 39.0 N, 97.5 W north by half a degree.
    view.refresh();
    view.setTool(MapView::Tool::EditShapes);
    const std::optional<MapView::VertexRef> corner = view.vertexAt(screenOf(-97.5, 39.0));
    ASSERT_TRUE(corner.has_value());
    ASSERT_TRUE(view.moveVertex(*corner, screenOf(-97.5, 39.5)));
    EXPECT_TRUE(topIs<EditDrawnShapeCommand>(stack()));
    const GeoRing &moved = doc().drawnShapes().front().shape.front().outer();
    bool found = false;
    for (const GeoPoint &p : moved)
        found = found || (std::abs(p.x() + 97.5) < 0.01 && std::abs(p.y() - 39.5) < 0.01);
    EXPECT_TRUE(found);
    stack().undo();
    EXPECT_TRUE(sameShape(doc().drawnShapes().front().shape, drawn.shape));
    stack().redo();

    // Delete a corner: a triangle is left; a triangle keeps its corners.
    view.refresh();
    const std::optional<MapView::VertexRef> first = view.vertexAt(screenOf(-99.5, 38.0));
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(view.deleteVertex(*first));
    EXPECT_EQ(doc().drawnShapes().front().shape.front().outer().size(), 4u);
    view.refresh();
    const std::optional<MapView::VertexRef> second = view.vertexAt(screenOf(-97.5, 38.0));
    ASSERT_TRUE(second.has_value());
    EXPECT_FALSE(view.deleteVertex(*second));
    EXPECT_EQ(doc().drawnShapes().front().shape.front().outer().size(), 4u);
    // Undo walks back the deletion, the move and the drawing.
    stack().undo();
    stack().undo();
    stack().undo();
    EXPECT_TRUE(doc().drawnShapes().empty());
}

// --- rendering -------------------------------------------------------------------

// The colour around a map position: the most saturated pixel within a few pixels.
QColor strongestNear(const QImage &image, QPointF at)
{
    QColor best(Qt::white);
    for (int dy = -3; dy <= 3; ++dy) {
        for (int dx = -3; dx <= 3; ++dx) {
            const QPoint p = at.toPoint() + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (c.hsvSaturation() > best.hsvSaturation())
                best = c;
        }
    }
    return best;
}

void expectTerritoryColours(const QImage &image, const MapViewport &view)
{
    const MapProjection projection(MapProjection::Kind::UnitedStates);
    const QColor sac = strongestNear(image, view.toScreen(projection.project(-121.49, 38.58)));
    const QColor dal = strongestNear(image, view.toScreen(projection.project(-96.80, 32.78)));
    EXPECT_GT(sac.red(), sac.blue() + 80) << sac.name().toStdString();
    EXPECT_GT(sac.red(), sac.green() + 80) << sac.name().toStdString();
    EXPECT_GT(dal.blue(), dal.red() + 80) << dal.name().toStdString();
    // Chicago has no account: land, unsaturated.
    const QColor chicago = strongestNear(image, view.toScreen(projection.project(-87.9, 41.6)));
    EXPECT_LT(chicago.hsvSaturation(), 40) << chicago.name().toStdString();
}

TEST(MapImage, DrawsTerritoryColoursWhereTheirAccountsAre)
{
    const WorkspaceData data = mapData();
    AssignmentEngine engine(data, Plan);
    ASSERT_TRUE(engine.run().ok());
    MapImageOptions options;
    options.size = QSize(1200, 800);
    Result<QImage> image = renderMapImage(data, &engine, options);
    ASSERT_TRUE(image.ok());
    ASSERT_EQ(image->size(), options.size);
    expectTerritoryColours(*image, mapImageViewport(data, &engine, options));
    MapImageOptions tiny;
    tiny.size = QSize(8, 8);
    EXPECT_FALSE(renderMapImage(data, &engine, tiny).ok());
}

TEST(MapRenderer, FillsUnitsAndDrawnShapesInTheirTerritorysColour)
{
    const WorkspaceData data = mapData();
    AssignmentEngine engine(data, Plan);
    ASSERT_TRUE(engine.run().ok());
    MapContent content;
    content.setAccounts(data);
    content.setAssignment(data, &engine);
    std::shared_ptr<const MapGeometry> geometry = MapGeometry::shared(content.projectionKind());
    std::shared_ptr<const Boundaries> b = *Boundaries::bundled();
    const MapProjection &projection = geometry->projection();
    // California to Red, then one of its counties (Fresno) to Blue: the finer unit shows.
    const std::vector<std::pair<int, Id>> units{{b->find(UnitKind::State, "06"), Red},
                                                {b->find(UnitKind::County, "06019"), Blue}};
    MapRenderer::Options options;
    options.unitTerritories = &units;
    options.legend = false;
    QPainterPath square;
    square.addPolygon(QPolygonF{projection.project(-99.5, 38.0), projection.project(-97.5, 38.0),
                                projection.project(-97.5, 39.5), projection.project(-99.5, 39.5)});
    options.drawnShapes.push_back({square, Blue});
    const QSize size(1000, 640);
    const MapViewport view = MapViewport::fitting(projection.homeExtent(), size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer(*geometry, content).paint(painter, view, options);
    painter.end();
    auto at = [&](double lon, double lat) {
        return image.pixelColor(view.toScreen(projection.project(lon, lat)).toPoint());
    };
    const QColor redding = at(-122.4, 40.6), fresno = at(-119.6, 36.75), kansas = at(-98.5, 38.7);
    const QColor nevada = at(-116.5, 39.0);
    EXPECT_GT(redding.red(), redding.blue() + 60) << redding.name().toStdString();
    EXPECT_GT(fresno.blue(), fresno.red() + 40) << fresno.name().toStdString();
    EXPECT_GT(kansas.blue(), kansas.red() + 40) << kansas.name().toStdString();
    EXPECT_LT(nevada.hsvSaturation(), 40) << nevada.name().toStdString();
}

TEST(MapImage, RenderCommandWritesThePngHeadless)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const WorkspaceData data = mapData();
    const QString workspace = dir.filePath(QStringLiteral("map.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(data, workspace).ok());
    const QString png = dir.filePath(QStringLiteral("map.png"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(TESSERA_CLI_PATH),
              {QStringLiteral("render"), workspace, QStringLiteral("--map"), png,
               QStringLiteral("--width"), QStringLiteral("1200"), QStringLiteral("--height"),
               QStringLiteral("800")});
    ASSERT_TRUE(cli.waitForFinished(120'000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    ASSERT_EQ(image.size(), QSize(1200, 800));
    AssignmentEngine engine(data, Plan);
    ASSERT_TRUE(engine.run().ok());
    MapImageOptions options;
    options.size = QSize(1200, 800);
    options.title = QStringLiteral("Map Plan");
    expectTerritoryColours(image, mapImageViewport(data, &engine, options));

    // Bad input: a size out of range, a missing file, an unwritable image.
    cli.start(QStringLiteral(TESSERA_CLI_PATH),
              {QStringLiteral("render"), workspace, QStringLiteral("--map"), png,
               QStringLiteral("--width"), QStringLiteral("0")});
    ASSERT_TRUE(cli.waitForFinished(120'000));
    EXPECT_EQ(cli.exitCode(), int(ErrorCode::Usage));
    cli.start(QStringLiteral(TESSERA_CLI_PATH),
              {QStringLiteral("render"), dir.filePath(QStringLiteral("none.tessera")),
               QStringLiteral("--map"), png});
    ASSERT_TRUE(cli.waitForFinished(120'000));
    EXPECT_EQ(cli.exitCode(), int(ErrorCode::Io));
    cli.start(QStringLiteral(TESSERA_CLI_PATH),
              {QStringLiteral("render"), workspace, QStringLiteral("--map"),
               dir.filePath(QStringLiteral("no/such/dir/map.png"))});
    ASSERT_TRUE(cli.waitForFinished(120'000));
    EXPECT_EQ(cli.exitCode(), int(ErrorCode::Io));
}

// A map view builds the world map's outlines on a thread of its own when it
// opens, so the first switch to the world map finds them ready. (CTest runs
// each test in a process of its own, where nothing built them before.)
TEST(MapViewGeometry, TheWorldOutlinesAreReadyBeforeTheFirstSwitch)
{
    MapView view;
    view.waitForWarmUp();
    EXPECT_TRUE(MapGeometry::isBuilt(MapProjection::Kind::World));
    EXPECT_TRUE(MapGeometry::isBuilt(MapProjection::Kind::UnitedStates));
}

// On a large workspace the assignment service runs on a worker thread and
// locates the accounts there: the map waits for that run instead of locating
// them on the GUI thread, projects them on a worker thread of its own, then
// shows them; after new accounts it does not take those of the old table.
TEST(MapViewAccounts, ComeFromTheServicesRunOffTheGuiThread)
{
    Tessera::Test::RecordingReporter reporter;
    DocumentSession session;
    session.setAutosaveInterval(0);
    session.setErrorReporter(&reporter);
    ASSERT_TRUE(session.adopt(mapData()).ok());
    AssignmentService service(session.document());
    service.setBackgroundThreshold(0); // as for a million accounts
    service.setModelId(Plan);
    ASSERT_TRUE(service.isRunning());
    EXPECT_EQ(service.accountLocations(), nullptr);

    MapView view;
    view.resize(900, 600);
    view.setSession(&session, &service);
    view.refresh();
    EXPECT_TRUE(view.waitingForAccounts());
    EXPECT_EQ(view.content().accountCount(), 0u);

    view.setBackgroundThreshold(0); // projected on the view's worker thread too
    service.waitForRun();           // delivers the run on this thread
    view.refresh();
    EXPECT_TRUE(view.waitingForAccounts()); // now projecting
    view.waitForAccounts();
    EXPECT_FALSE(view.waitingForAccounts());
    const AccountStore &accounts = session.document()->data().accounts;
    ASSERT_NE(service.accountLocations(), nullptr);
    ASSERT_EQ(view.content().accountCount(), accounts.rowCount());
    // What locating them here would have given.
    const AccountLocations expected =
        locateAccounts(accounts, **Boundaries::bundled(), **ZipCentroids::bundled());
    EXPECT_EQ(view.content().locations().counts, expected.counts);
    EXPECT_EQ(view.content().locatedCount(), accounts.rowCount());
    for (std::size_t r = 0; r < accounts.rowCount(); ++r) {
        EXPECT_DOUBLE_EQ(view.content().locations().lon[r], expected.lon[r]);
        EXPECT_DOUBLE_EQ(view.content().locations().lat[r], expected.lat[r]);
    }
    // And the run's assignment colours them.
    const std::vector<std::uint32_t> &colours = view.content().colourIndex();
    EXPECT_GT(std::count_if(colours.begin(), colours.end(), [](std::uint32_t c) { return c > 0; }),
              0);

    // The other map: the view switches at once, the accounts follow from
    // its worker thread, projected as on the GUI thread, and coloured again.
    const MapProjection::Kind other = view.projectionKind() == MapProjection::Kind::World
                                          ? MapProjection::Kind::UnitedStates
                                          : MapProjection::Kind::World;
    view.setProjectionKind(other);
    EXPECT_EQ(view.projectionKind(), other);
    EXPECT_TRUE(view.waitingForAccounts());
    EXPECT_EQ(view.content().accountCount(), 0u);
    view.waitForAccounts();
    EXPECT_FALSE(view.waitingForAccounts());
    EXPECT_EQ(view.projectionKind(), other);
    const MapContent::Projected there = MapContent::project(expected, other);
    ASSERT_EQ(view.content().accountCount(), accounts.rowCount());
    for (std::size_t r = 0; r < accounts.rowCount(); ++r) {
        EXPECT_FLOAT_EQ(view.content().xs()[r], there.x[r]);
        EXPECT_FLOAT_EQ(view.content().ys()[r], there.y[r]);
    }
    EXPECT_EQ(view.content().colourIndex(), colours);

    // New accounts, fewer of them: the old table's locations are not used.
    AccountStore fewer;
    for (int i = 0; i < 10; ++i) {
        const std::size_t row = fewer.appendRow();
        fewer.setText(row, AccountStore::IdField, "NEW" + std::to_string(i));
        fewer.setNumber(row, AccountStore::BillingLongitudeField, -121.49 + 0.01 * i);
        fewer.setNumber(row, AccountStore::BillingLatitudeField, 38.58);
    }
    session.document()->setAccounts(std::move(fewer));
    view.refresh();
    EXPECT_TRUE(view.waitingForAccounts());
    EXPECT_EQ(view.content().accountCount(), 0u);
    service.waitForRun();
    view.waitForAccounts();
    EXPECT_FALSE(view.waitingForAccounts());
    EXPECT_EQ(view.content().accountCount(), 10u);
    EXPECT_EQ(service.accountLocations()->lon.size(), 10u);
}

} // namespace
} // namespace Tessera
