// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/sessiontest.h"
#include "tests/ui/uitestsupport.h"
#include "ui/commands/editor.h"
#include "ui/territorydetailspanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;
using namespace Tessera::Test::Sample;

namespace {

using GeographyCommands = SessionTest<&sampleData>;

const UnitRef SanFranciscoCounty{UnitKind::County, "06075"};
const UnitRef LosAngelesCounty{UnitKind::County, "06037"};
const UnitRef California{UnitKind::State, "06"};
const UnitRef Zip94105{UnitKind::Zip, "94105"};

GeoMultiPolygon square(double x, double y, double size)
{
    GeoPolygon p;
    // Counter-clockwise and open: the document repairs it.
    p.outer() = {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}};
    return {p};
}

TEST_F(GeographyCommands, AssignTakesUnitsFromPreviousOwnersAndUndoGivesThemBack)
{
    const WorkspaceData empty = snap();
    ASSERT_TRUE(Editor::assignUnits(session, SanFrancisco, {SanFranciscoCounty, Zip94105}).ok());
    checkUndoRedo(empty, snap());
    ASSERT_TRUE(Editor::assignUnits(session, Pacific, {California}).ok());
    const WorkspaceData before = snap();
    // Los Angeles takes San Francisco county from San Francisco, and gets its own.
    ASSERT_TRUE(
        Editor::assignUnits(session, LosAngeles, {SanFranciscoCounty, LosAngelesCounty}).ok());
    EXPECT_EQ(doc().unitOwner(Plan, SanFranciscoCounty), LosAngeles);
    EXPECT_EQ(doc().unitsOf(SanFrancisco), (std::vector<UnitRef>{Zip94105}));
    EXPECT_EQ(stack().text(stack().index() - 1).toStdString(), "Give 2 Units to \"Los Angeles\"");
    checkUndoRedo(before, snap());
    stack().undo();
    EXPECT_EQ(doc().unitOwner(Plan, SanFranciscoCounty), SanFrancisco);
    EXPECT_EQ(doc().unitOwner(Plan, LosAngelesCounty), NoId);
    while (stack().canUndo())
        stack().undo();
    expectSameData(snap(), empty);
}

TEST_F(GeographyCommands, UnassignAndRefusals)
{
    ASSERT_TRUE(Editor::assignUnits(session, Pacific, {California, LosAngelesCounty}).ok());
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::unassignUnits(session, Plan, {California}).ok());
    EXPECT_EQ(doc().unitsOf(Pacific), (std::vector<UnitRef>{LosAngelesCounty}));
    checkUndoRedo(before, snap());

    const int steps = stack().count();
    EXPECT_FALSE(Editor::assignUnits(session, Pacific, {{UnitKind::County, "99999"}}).ok());
    EXPECT_FALSE(Editor::assignUnits(session, 4242, {California}).ok());
    EXPECT_EQ(stack().count(), steps); // refused: nothing pushed
    EXPECT_EQ(reporter.errors.size(), 2u);
}

TEST_F(GeographyCommands, DrawnShapesAddEditRemove)
{
    const WorkspaceData empty = snap();
    Result<Id> id = Editor::addDrawnShape(
        session, {NoId, SanFrancisco, QStringLiteral("Downtown"), square(-122.42, 37.77, 0.03)});
    ASSERT_TRUE(id.ok());
    checkUndoRedo(empty, snap());
    EXPECT_NE(doc().drawnShape(*id), nullptr); // same id after redo

    const WorkspaceData drawn = snap();
    DrawnShape edited = *doc().drawnShape(*id);
    edited.name = QStringLiteral("Financial District");
    edited.shape.front().outer()[1] = GeoPoint(-122.41, 37.80); // a vertex moved
    ASSERT_TRUE(Editor::editDrawnShape(session, edited).ok());
    EXPECT_EQ(doc().drawnShape(*id)->name, QStringLiteral("Financial District"));
    checkUndoRedo(drawn, snap());

    const WorkspaceData beforeRemove = snap();
    ASSERT_TRUE(Editor::removeDrawnShape(session, *id).ok());
    EXPECT_EQ(doc().drawnShape(*id), nullptr);
    checkUndoRedo(beforeRemove, snap());

    // A self-intersecting shape is refused with the reason and not pushed.
    GeoPolygon bowtie;
    bowtie.outer() = {{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}};
    const int steps = stack().count();
    EXPECT_FALSE(
        Editor::addDrawnShape(session, {NoId, SanFrancisco, QStringLiteral("Bow"), {bowtie}}).ok());
    EXPECT_EQ(stack().count(), steps);
    ASSERT_EQ(reporter.errors.size(), 1u);
}

TEST_F(GeographyCommands, RemovingATerritoryTakesItsGeographyAndUndoRestoresIt)
{
    ASSERT_TRUE(Editor::assignUnits(session, SanFrancisco, {SanFranciscoCounty}).ok());
    ASSERT_TRUE(Editor::assignUnits(session, West, {California}).ok());
    ASSERT_TRUE(Editor::addDrawnShape(session, {NoId, LosAngeles, QStringLiteral("Harbor"),
                                                square(-118.3, 33.7, 0.1)})
                    .ok());
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::removeTerritory(session, West).ok());
    EXPECT_TRUE(doc().territoryUnits().empty());
    EXPECT_TRUE(doc().drawnShapes().empty());
    checkUndoRedo(before, snap());
}

TEST_F(GeographyCommands, DetailsPanelListsTheTerritorysUnits)
{
    ASSERT_TRUE(
        Editor::assignUnits(session, SanFrancisco, {SanFranciscoCounty, Zip94105, California})
            .ok());
    TerritoryDetailsPanel panel;
    panel.setSession(&session);
    panel.setTerritory(SanFrancisco);
    auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("detailGeography"));
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("detailGeographySummary"));
    auto *unassign = panel.findChild<QPushButton *>(QStringLiteral("unassignUnitsButton"));
    ASSERT_TRUE(list && summary && unassign);
    ASSERT_EQ(list->topLevelItemCount(), 3);
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        rows << item->text(0) + u'|' + item->text(1) + u'|' + item->text(2);
    }
    EXPECT_TRUE(rows.contains(QStringLiteral("county|06075|San Francisco, CA")))
        << rows.join(u',').toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("state|06|California")));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("1 county")));

    // Another territory takes the county: the list follows.
    ASSERT_TRUE(Editor::assignUnits(session, LosAngeles, {SanFranciscoCounty}).ok());
    EXPECT_EQ(list->topLevelItemCount(), 2);

    // Unassigning from the panel is one undoable step.
    list->selectAll();
    ASSERT_TRUE(unassign->isEnabled());
    unassign->click();
    EXPECT_TRUE(doc().unitsOf(SanFrancisco).empty());
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("None")));
    stack().undo();
    EXPECT_EQ(doc().unitsOf(SanFrancisco).size(), 2u);
    EXPECT_EQ(list->topLevelItemCount(), 2);
}

} // namespace
