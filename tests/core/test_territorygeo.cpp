// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/workspacedocument.h"

#include <gtest/gtest.h>

using namespace Tessera;

namespace {

// Model M with West -> {Bay, South}, and model Other with East.
struct GeoDoc
{
    WorkspaceDocument doc;
    Id model = NoId, other = NoId, west = NoId, bay = NoId, south = NoId, east = NoId;

    GeoDoc()
    {
        model = *doc.addModel(
            {NoId, QStringLiteral("M"), QStringLiteral("M"), {}, ModelState::Planning});
        other = *doc.addModel(
            {NoId, QStringLiteral("Other"), QStringLiteral("Other"), {}, ModelState::Planning});
        west = add(model, NoId, "West");
        bay = add(model, west, "Bay");
        south = add(model, west, "South");
        east = add(other, NoId, "East");
    }
    Id add(Id m, Id parent, const char *name)
    {
        Territory t;
        t.modelId = m;
        t.parentId = parent;
        t.name = t.apiName = QString::fromLatin1(name);
        return *doc.addTerritory(t);
    }
};

const UnitRef SantaClara{UnitKind::County, "06085"};
const UnitRef Alameda{UnitKind::County, "06001"};
const UnitRef California{UnitKind::State, "06"};
const UnitRef Zip94105{UnitKind::Zip, "94105"};

GeoMultiPolygon square(double x, double y, double size, bool clockwise = true)
{
    GeoPolygon p;
    if (clockwise)
        p.outer() = {{x, y}, {x, y + size}, {x + size, y + size}, {x + size, y}, {x, y}};
    else
        p.outer() = {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}};
    return {p};
}

} // namespace

TEST(TerritoryGeo, SetUnitOwnersMovesUnitsAndReportsPreviousOwners)
{
    GeoDoc g;
    std::vector<std::vector<Id>> changed; // territories of each signal
    QObject::connect(&g.doc, &WorkspaceDocument::territoryUnitsChanged,
                     [&](Id, const std::vector<Id> &ids) { changed.push_back(ids); });
    auto first = g.doc.setUnitOwners(g.model, {{SantaClara, g.bay}, {California, g.west}});
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(*first, (std::vector<UnitOwner>{{SantaClara, NoId}, {California, NoId}}));
    EXPECT_EQ(g.doc.unitOwner(g.model, SantaClara), g.bay);
    EXPECT_EQ(g.doc.unitsOf(g.west), (std::vector<UnitRef>{California}));
    EXPECT_TRUE(g.doc.hasGeography(g.model));
    EXPECT_FALSE(g.doc.hasGeography(g.other));
    ASSERT_EQ(changed.size(), 1u);

    // Moving Santa Clara to South takes it from Bay; the result inverts the change.
    const WorkspaceData before = g.doc.snapshot();
    auto moved = g.doc.setUnitOwners(g.model, {{SantaClara, g.south}, {Zip94105, g.bay}});
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(*moved, (std::vector<UnitOwner>{{SantaClara, g.bay}, {Zip94105, NoId}}));
    EXPECT_EQ(g.doc.unitOwner(g.model, SantaClara), g.south);
    EXPECT_TRUE(g.doc.unitsOf(g.bay) == (std::vector<UnitRef>{Zip94105}));
    EXPECT_EQ(changed.back(), (std::vector<Id>{g.bay, g.south}));
    ASSERT_TRUE(g.doc.setUnitOwners(g.model, *moved).ok());
    EXPECT_EQ(g.doc.snapshot().territoryUnits, before.territoryUnits);

    // The same unit may belong to a territory of another model.
    ASSERT_TRUE(g.doc.setUnitOwners(g.other, {{SantaClara, g.east}}).ok());
    EXPECT_EQ(g.doc.unitOwner(g.other, SantaClara), g.east);
    EXPECT_EQ(g.doc.unitOwner(g.model, SantaClara), g.bay);
    EXPECT_TRUE(WorkspaceDocument::validate(g.doc.snapshot()).ok());

    // Setting what is already there changes nothing and says nothing.
    const std::size_t emitted = changed.size();
    ASSERT_TRUE(g.doc.setUnitOwners(g.model, {{SantaClara, g.bay}}).ok());
    EXPECT_EQ(changed.size(), emitted);
}

TEST(TerritoryGeo, BadUnitsAndTerritoriesAreRefused)
{
    GeoDoc g;
    const auto unknown = g.doc.setUnitOwners(g.model, {{{UnitKind::County, "99999"}, g.bay}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("99999")));
    const auto badZip = g.doc.setUnitOwners(g.model, {{{UnitKind::Zip, "00000"}, g.bay}});
    EXPECT_EQ(badZip.error().code, ErrorCode::NotFound);
    const auto otherModel = g.doc.setUnitOwners(g.model, {{SantaClara, g.east}});
    EXPECT_EQ(otherModel.error().code, ErrorCode::Invalid);
    const auto twice = g.doc.setUnitOwners(g.model, {{SantaClara, g.bay}, {SantaClara, g.south}});
    EXPECT_EQ(twice.error().code, ErrorCode::Invalid);
    const auto noTerritory = g.doc.setUnitOwners(g.model, {{SantaClara, 999}});
    EXPECT_EQ(noTerritory.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(g.doc.territoryUnits().empty());

    WorkspaceData d = g.doc.snapshot();
    d.territoryUnits = {{g.bay, SantaClara}, {g.south, SantaClara}};
    Status twoOwners = WorkspaceDocument::validate(d);
    EXPECT_FALSE(twoOwners.ok());
    EXPECT_TRUE(twoOwners.error().message.contains(QStringLiteral("two territories")));
    d.territoryUnits = {{12345, SantaClara}};
    EXPECT_EQ(WorkspaceDocument::validate(d).error().code, ErrorCode::Corrupt);
    d.territoryUnits = {{g.bay, {UnitKind::State, "CA"}}}; // states go by FIPS code
    EXPECT_TRUE(
        WorkspaceDocument::validate(d).error().message.contains(QStringLiteral("state CA")));
}

TEST(TerritoryGeo, DrawnShapesAreRepairedOrRefused)
{
    GeoDoc g;
    int added = 0;
    QObject::connect(&g.doc, &WorkspaceDocument::drawnShapeAdded, [&] { ++added; });
    // Counter-clockwise and open: repaired.
    auto id = g.doc.addDrawnShape(
        {NoId, g.bay, QStringLiteral("Downtown"), square(-122.42, 37.77, 0.02, false)});
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    EXPECT_EQ(added, 1);
    const DrawnShape *s = g.doc.drawnShape(*id);
    ASSERT_TRUE(s);
    EXPECT_TRUE(sameShape(s->shape, square(-122.42, 37.77, 0.02)));
    EXPECT_EQ(g.doc.shapesOf(g.bay).size(), 1u);

    // A bow tie cannot be repaired: refused with the reason.
    GeoPolygon bowtie;
    bowtie.outer() = {{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}};
    auto bad = g.doc.addDrawnShape({NoId, g.bay, QStringLiteral("Bow tie"), {bowtie}});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("Bow tie")));
    EXPECT_FALSE(bad.error().detail.isEmpty());
    EXPECT_FALSE(g.doc.addDrawnShape({NoId, g.bay, QStringLiteral("Empty"), {}}).ok());
    EXPECT_FALSE(g.doc.addDrawnShape({NoId, 999, QStringLiteral("Lost"), square(0, 0, 1)}).ok());
    EXPECT_FALSE(
        g.doc.addDrawnShape({NoId, g.bay, QStringLiteral("Off the globe"), square(179.5, 0, 1)})
            .ok());

    DrawnShape edited = *s;
    edited.name = QStringLiteral("Downtown SF");
    edited.territoryId = g.south;
    std::vector<unsigned> masks;
    QObject::connect(&g.doc, &WorkspaceDocument::drawnShapeChanged,
                     [&](Id, unsigned mask) { masks.push_back(mask); });
    ASSERT_TRUE(g.doc.updateDrawnShape(edited).ok());
    EXPECT_EQ(masks, (std::vector<unsigned>{DrawnShape::NameField | DrawnShape::TerritoryField}));
    edited.territoryId = g.east;
    EXPECT_FALSE(g.doc.updateDrawnShape(edited).ok()); // another model

    const DrawnShape kept = *g.doc.drawnShape(*id);
    ASSERT_TRUE(g.doc.removeDrawnShape(*id).ok());
    EXPECT_FALSE(g.doc.drawnShape(*id));
    ASSERT_TRUE(g.doc.restoreDrawnShape(kept).ok());
    EXPECT_TRUE(*g.doc.drawnShape(*id) == kept);
    EXPECT_FALSE(g.doc.restoreDrawnShape(kept).ok()); // the id is taken again
}

TEST(TerritoryGeo, GeographyGoesAndComesBackWithItsTerritory)
{
    GeoDoc g;
    ASSERT_TRUE(
        g.doc
            .setUnitOwners(g.model, {{SantaClara, g.bay}, {California, g.west}, {Alameda, g.south}})
            .ok());
    const Id shape =
        *g.doc.addDrawnShape({NoId, g.bay, QStringLiteral("Loop"), square(-122, 37, 0.1)});
    const WorkspaceData before = g.doc.snapshot();

    // What the undo of a removal keeps: the subtree and its geography.
    std::vector<Territory> subtree = {*g.doc.territory(g.west), *g.doc.territory(g.bay),
                                      *g.doc.territory(g.south)};
    TerritoryLinks links;
    links.units = g.doc.territoryUnits();
    links.shapes = {*g.doc.drawnShape(shape)};
    ASSERT_TRUE(g.doc.removeTerritory(g.west).ok());
    EXPECT_TRUE(g.doc.territoryUnits().empty());
    EXPECT_TRUE(g.doc.drawnShapes().empty());
    EXPECT_EQ(g.doc.unitOwner(g.model, SantaClara), NoId);
    EXPECT_FALSE(g.doc.hasGeography(g.model));

    ASSERT_TRUE(g.doc.restoreTerritories(subtree, 0, links).ok());
    const WorkspaceData after = g.doc.snapshot();
    EXPECT_EQ(after.territoryUnits, before.territoryUnits);
    EXPECT_TRUE(after.drawnShapes == before.drawnShapes);
    EXPECT_EQ(g.doc.unitOwner(g.model, SantaClara), g.bay);

    // Clones copy the geography to the new territories.
    auto clone = g.doc.cloneModel(g.model, QStringLiteral("Copy"), QStringLiteral("Copy"));
    ASSERT_TRUE(clone.ok());
    const Id cloneBay = g.doc.unitOwner(*clone, SantaClara);
    ASSERT_NE(cloneBay, NoId);
    EXPECT_NE(cloneBay, g.bay);
    EXPECT_EQ(g.doc.territory(cloneBay)->apiName, QStringLiteral("Bay"));
    EXPECT_EQ(g.doc.shapesOf(cloneBay).size(), 1u);
    EXPECT_EQ(g.doc.territoryUnits().size(), 6u);
    EXPECT_TRUE(WorkspaceDocument::validate(g.doc.snapshot()).ok());

    // Removing the model takes its geography and leaves the clone's.
    ASSERT_TRUE(g.doc.removeModel(g.model).ok());
    EXPECT_EQ(g.doc.territoryUnits().size(), 3u);
    EXPECT_EQ(g.doc.drawnShapes().size(), 1u);
}

TEST(TerritoryGeo, ParsesUnitsTheWayAdminsWriteThem)
{
    UnitRef u;
    QString message;
    ASSERT_TRUE(parseUnit(QStringLiteral("state:CA"), &u, &message));
    EXPECT_EQ(u, California);
    ASSERT_TRUE(parseUnit(QStringLiteral("county:06085"), &u, &message));
    EXPECT_EQ(u, SantaClara);
    ASSERT_TRUE(parseUnit(QStringLiteral("country:US"), &u, &message));
    EXPECT_EQ(u, (UnitRef{UnitKind::Country, "840"}));
    ASSERT_TRUE(parseUnit(QStringLiteral("zip:94105"), &u, &message));
    EXPECT_EQ(unitName(u), QStringLiteral("San Francisco, CA"));
    EXPECT_EQ(unitName(SantaClara), QStringLiteral("Santa Clara, CA"));
    EXPECT_FALSE(parseUnit(QStringLiteral("county:99999"), &u, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("99999")));
    EXPECT_FALSE(parseUnit(QStringLiteral("city:Boston"), &u, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("KIND:ID")));
}
