// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/sessiontest.h"
#include "tests/ui/uitestsupport.h"
#include "ui/commands/editor.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;
using namespace Tessera::Test::Sample;

namespace {

using Commands = SessionTest<&sampleData>;

TEST_F(Commands, AddTerritoryKeepsItsIdOnRedo)
{
    const WorkspaceData before = snap();
    Result<Id> id = Editor::addTerritory(session, Plan, Pacific, QStringLiteral("San Diego"));
    ASSERT_TRUE(id.ok());
    const Territory *t = doc().territory(*id);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->apiName, QStringLiteral("San_Diego"));
    EXPECT_EQ(t->typeId, Leaf); // the type of its siblings
    EXPECT_EQ(doc().children(Plan, Pacific).back(), *id);
    const WorkspaceData after = snap();
    checkUndoRedo(before, after);
    EXPECT_NE(doc().territory(*id), nullptr); // same id after redo
}

TEST_F(Commands, AddTerritoryAtRowAndUniqueApiName)
{
    Territory t;
    t.modelId = Plan;
    t.parentId = West;
    t.name = QStringLiteral("Coast");
    t.apiName = QStringLiteral("Coast");
    const WorkspaceData before = snap();
    Result<Id> id = Editor::addTerritory(session, t, 0);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(doc().rowOf(*id), 0);
    checkUndoRedo(before, snap());
    EXPECT_EQ(doc().rowOf(*id), 0);
    EXPECT_EQ(Editor::uniqueTerritoryApiName(doc(), Plan, QStringLiteral("Coast")),
              QStringLiteral("Coast_2"));
}

TEST_F(Commands, RemoveSubtreeRestoresTerritoriesAndLinks)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::removeTerritory(session, West).ok());
    for (Id gone : {West, Pacific, Mountain, SanFrancisco, LosAngeles})
        EXPECT_EQ(doc().territory(gone), nullptr);
    EXPECT_TRUE(doc().ruleAssociations().empty());
    EXPECT_EQ(doc().repAssignments().size(), 1u); // Cid on New York stays
    EXPECT_TRUE(doc().manualAssignments().empty());
    EXPECT_TRUE(doc().exclusions().empty());
    const WorkspaceData after = snap();
    checkUndoRedo(before, after);

    stack().undo();
    // Same ids, same places, same links.
    EXPECT_EQ(doc().rowOf(West), 0);
    EXPECT_EQ(doc().children(Plan, West), (std::vector<Id>{Pacific, Mountain}));
    EXPECT_EQ(doc().children(Plan, Pacific), (std::vector<Id>{SanFrancisco, LosAngeles}));
    EXPECT_EQ(doc().territory(SanFrancisco)->forecastManagerId, Ann);
}

TEST_F(Commands, RemoveMiddleSiblingGoesBackToItsRow)
{
    Result<Id> extra = Editor::addTerritory(session, Plan, Pacific, QStringLiteral("San Diego"));
    ASSERT_TRUE(extra.ok());
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::removeTerritory(session, LosAngeles).ok());
    checkUndoRedo(before, snap());
    stack().undo();
    EXPECT_EQ(doc().children(Plan, Pacific), (std::vector<Id>{SanFrancisco, LosAngeles, *extra}));
}

TEST_F(Commands, RenameAndDescription)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::renameTerritory(session, Pacific, QStringLiteral("Pacific Coast")).ok());
    EXPECT_EQ(doc().territory(Pacific)->name, QStringLiteral("Pacific Coast"));
    checkUndoRedo(before, snap());

    const WorkspaceData beforeDescription = snap();
    ASSERT_TRUE(
        Editor::setTerritoryDescription(session, East, QStringLiteral("Atlantic states")).ok());
    EXPECT_EQ(doc().territory(East)->description, QStringLiteral("Atlantic states"));
    checkUndoRedo(beforeDescription, snap());
}

TEST_F(Commands, EditTerritoryFields)
{
    Territory t = *doc().territory(NewYork);
    t.forecastManagerId = Cid;
    t.typeId = Area;
    t.opportunityAccess = AccessLevel::Edit;
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::editTerritory(session, t).ok());
    EXPECT_EQ(*doc().territory(NewYork), t);
    checkUndoRedo(before, snap());
}

TEST_F(Commands, MoveAcrossParents)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::moveTerritory(session, SanFrancisco, Mountain, 0).ok());
    EXPECT_EQ(doc().territory(SanFrancisco)->parentId, Mountain);
    EXPECT_EQ(doc().children(Plan, Pacific), (std::vector<Id>{LosAngeles}));
    checkUndoRedo(before, snap());
}

TEST_F(Commands, MoveWithinParentBothDirections)
{
    const WorkspaceData before = snap();
    // Down: West goes below East (row counted before the move).
    ASSERT_TRUE(Editor::moveTerritory(session, West, NoId, 2).ok());
    EXPECT_EQ(doc().children(Plan, NoId), (std::vector<Id>{East, West}));
    checkUndoRedo(before, snap());
    stack().undo();
    // Up: Los Angeles goes above San Francisco.
    ASSERT_TRUE(Editor::moveTerritory(session, LosAngeles, Pacific, 0).ok());
    EXPECT_EQ(doc().children(Plan, Pacific), (std::vector<Id>{LosAngeles, SanFrancisco}));
    checkUndoRedo(before, snap());
}

TEST_F(Commands, MoveOntoOwnPlaceIsNoUndoStep)
{
    ASSERT_TRUE(Editor::moveTerritory(session, SanFrancisco, Pacific, 0).ok());
    ASSERT_TRUE(Editor::moveTerritory(session, SanFrancisco, Pacific, 1).ok());
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(Commands, RefusedChangeIsReportedAndNotPushed)
{
    const WorkspaceData before = snap();
    const Status s = Editor::renameTerritory(session, Pacific, QString());
    EXPECT_FALSE(s.ok());
    ASSERT_EQ(reporter.errors.size(), 1u);
    EXPECT_EQ(reporter.errors.front().code, ErrorCode::Invalid);
    EXPECT_FALSE(reporter.errors.front().message.isEmpty());
    EXPECT_EQ(stack().count(), 0);
    expectSameData(snap(), before);

    // Moving a territory under its own descendant is refused the same way.
    EXPECT_FALSE(Editor::moveTerritory(session, West, SanFrancisco, 0).ok());
    EXPECT_EQ(reporter.errors.size(), 2u);
    EXPECT_EQ(stack().count(), 0);
    expectSameData(snap(), before);
}

TEST_F(Commands, AddEditModel)
{
    const WorkspaceData before = snap();
    TerritoryModel m;
    m.name = QStringLiteral("FY27 Idea");
    m.apiName = QStringLiteral("FY27_Idea");
    Result<Id> id = Editor::addModel(session, m);
    ASSERT_TRUE(id.ok());
    checkUndoRedo(before, snap());
    EXPECT_NE(doc().model(*id), nullptr);

    const WorkspaceData beforeEdit = snap();
    TerritoryModel edited = *doc().model(*id);
    edited.description = QStringLiteral("What if the East split?");
    ASSERT_TRUE(Editor::editModel(session, edited).ok());
    checkUndoRedo(beforeEdit, snap());

    // A second active model is refused and reported.
    edited.state = ModelState::Active;
    EXPECT_FALSE(Editor::editModel(session, edited).ok());
    EXPECT_EQ(reporter.errors.size(), 1u);
}

TEST_F(Commands, CloneModelKeepsIdsOnRedo)
{
    const WorkspaceData before = snap();
    Result<Id> id = Editor::cloneModel(session, Plan, QStringLiteral("FY25 Plan B"));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(doc().model(*id)->apiName, QStringLiteral("FY25_Plan_B"));
    EXPECT_EQ(doc().model(*id)->state, ModelState::Planning);
    EXPECT_EQ(doc().children(*id, NoId).size(), 2u);
    const WorkspaceData after = snap();
    EXPECT_EQ(after.territories.size(), before.territories.size() + 7);
    EXPECT_EQ(after.rules.size(), before.rules.size() + 2);
    EXPECT_EQ(after.ruleAssociations.size(), before.ruleAssociations.size() * 2);
    checkUndoRedo(before, after);
}

TEST_F(Commands, RemoveModelRestoresEverything)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::removeModel(session, Plan).ok());
    EXPECT_EQ(doc().model(Plan), nullptr);
    EXPECT_TRUE(doc().rules().empty());
    EXPECT_TRUE(doc().repAssignments().empty());
    checkUndoRedo(before, snap());
}

TEST_F(Commands, Types)
{
    const WorkspaceData before = snap();
    TerritoryType t;
    t.name = QStringLiteral("District");
    t.apiName = QStringLiteral("District");
    t.priority = 4;
    Result<Id> id = Editor::addType(session, t);
    ASSERT_TRUE(id.ok());
    checkUndoRedo(before, snap());

    const WorkspaceData beforeEdit = snap();
    TerritoryType edited = *doc().type(*id);
    edited.priority = 9;
    ASSERT_TRUE(Editor::editType(session, edited).ok());
    checkUndoRedo(beforeEdit, snap());

    const WorkspaceData beforeRemove = snap();
    ASSERT_TRUE(Editor::removeType(session, *id).ok());
    checkUndoRedo(beforeRemove, snap());

    // A type in use stays, and the refusal is reported.
    EXPECT_FALSE(Editor::removeType(session, Region).ok());
    EXPECT_EQ(reporter.errors.size(), 1u);
}

TEST_F(Commands, ModifiedFollowsTheCleanState)
{
    EXPECT_FALSE(session.isModified());
    ASSERT_TRUE(Editor::renameTerritory(session, East, QStringLiteral("Eastern")).ok());
    EXPECT_TRUE(session.isModified());
    stack().undo();
    EXPECT_FALSE(session.isModified());
    stack().redo();
    EXPECT_TRUE(session.isModified());
}

TEST(RestoreTerritories, RefusesWhatWouldBreakTheModel)
{
    WorkspaceDocument doc;
    ASSERT_TRUE(doc.reset(sampleData()).ok());
    Territory t = *doc.territory(NewYork);
    // An id still in use.
    EXPECT_FALSE(doc.restoreTerritories({t}, 0).ok());
    // An id this document never issued.
    t.id = 1000;
    EXPECT_FALSE(doc.restoreTerritories({t}, 0).ok());
    // A child before its parent.
    Territory parent = t;
    parent.id = 25;
    parent.apiName = QStringLiteral("Parent");
    Territory child = t;
    child.id = 26;
    child.parentId = 25;
    child.apiName = QStringLiteral("Child");
    EXPECT_FALSE(doc.restoreTerritories({child, parent}, 0).ok());
    // A link to a territory outside the subtree.
    TerritoryLinks links;
    links.repAssignments.push_back({Ann, NewYork, {}});
    EXPECT_FALSE(doc.restoreTerritories({parent, child}, 0, links).ok());
    // A taken API name.
    parent.apiName = QStringLiteral("West");
    EXPECT_FALSE(doc.restoreTerritories({parent, child}, 0).ok());
    const WorkspaceData untouched = doc.snapshot();
    parent.apiName = QStringLiteral("Parent");
    links.repAssignments = {{Ann, 26, QStringLiteral("Sales Rep")}};
    ASSERT_TRUE(doc.restoreTerritories({parent, child}, 1, links).ok());
    EXPECT_EQ(doc.rowOf(25), 1);
    EXPECT_EQ(doc.territory(26)->parentId, 25);
    EXPECT_EQ(doc.repAssignments().size(), untouched.repAssignments.size() + 1);
}

} // namespace
