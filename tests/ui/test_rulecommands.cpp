// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/sessiontest.h"
#include "tests/ui/test_ruledata.h"
#include "ui/commands/editor.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;
using namespace Tessera::Test::Sample;

namespace {

class RuleCommands : public SessionTest<&ruleSampleData>
{
protected:
    bool linked(Id rule, Id territory, bool applyToChildren)
    {
        for (const RuleAssociation &a : doc().ruleAssociations()) {
            if (a.ruleId == rule && a.territoryId == territory)
                return a.applyToChildren == applyToChildren;
        }
        return false;
    }
    bool manual(const char *account, Id territory)
    {
        const AccountTerritoryLink l{QString::fromLatin1(account), territory};
        return std::find(doc().manualAssignments().begin(), doc().manualAssignments().end(), l) !=
               doc().manualAssignments().end();
    }
    bool excluded(const char *account, Id territory)
    {
        const AccountTerritoryLink l{QString::fromLatin1(account), territory};
        return std::find(doc().exclusions().begin(), doc().exclusions().end(), l) !=
               doc().exclusions().end();
    }
};

TEST_F(RuleCommands, AddRuleLinkedToATerritoryKeepsItsIdOnRedo)
{
    const WorkspaceData before = snap();
    Result<Id> id = Editor::addRule(session, Plan, Pacific, QStringLiteral("Oregon accounts"));
    ASSERT_TRUE(id.ok());
    const AssignmentRule *rule = doc().rule(*id);
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->apiName, QStringLiteral("Oregon_accounts"));
    EXPECT_TRUE(rule->items.empty());
    EXPECT_TRUE(linked(*id, Pacific, false));
    EXPECT_EQ(stack().count(), 1); // rule and link are one step
    checkUndoRedo(before, snap());
    EXPECT_NE(doc().rule(*id), nullptr);
    EXPECT_TRUE(linked(*id, Pacific, false));
    EXPECT_EQ(Editor::uniqueRuleApiName(doc(), Plan, QStringLiteral("Oregon accounts")),
              QStringLiteral("Oregon_accounts_2"));
}

TEST_F(RuleCommands, AddRuleWithATakenApiNameChangesNothing)
{
    AssignmentRule rule;
    rule.modelId = Plan;
    rule.label = QStringLiteral("Again");
    rule.apiName = QStringLiteral("California");
    const WorkspaceData before = snap();
    EXPECT_FALSE(Editor::addRule(session, rule, SanFrancisco).ok());
    ASSERT_EQ(reporter.errors.size(), 1u);
    EXPECT_FALSE(stack().canUndo());
    expectSameData(snap(), before);
}

TEST_F(RuleCommands, EditRuleItemsAndFilter)
{
    AssignmentRule rule = *doc().rule(CaliforniaRule);
    rule.items.push_back(
        {QStringLiteral("Account.Industry"), QStringLiteral("equals"), QStringLiteral("Retail")});
    rule.booleanFilter = QStringLiteral("1 OR 2");
    rule.label = QStringLiteral("California or retail");
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::editRule(session, rule).ok());
    EXPECT_EQ(*doc().rule(CaliforniaRule), rule);
    checkUndoRedo(before, snap());
    // Nothing changed: no undo step.
    const int steps = stack().count();
    ASSERT_TRUE(Editor::editRule(session, rule).ok());
    EXPECT_EQ(stack().count(), steps);
}

TEST_F(RuleCommands, SetActive)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::setRuleActive(session, PacificRule, false).ok());
    EXPECT_FALSE(doc().rule(PacificRule)->active);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Deactivate Rule \"Pacific states\""));
    checkUndoRedo(before, snap());
}

TEST_F(RuleCommands, RemoveRuleRestoresItsPositionIdAndLinks)
{
    ASSERT_TRUE(Editor::linkRule(session, PacificRule, NewYork, false).ok());
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::removeRule(session, PacificRule).ok());
    EXPECT_EQ(doc().rule(PacificRule), nullptr);
    EXPECT_FALSE(linked(PacificRule, Pacific, true));
    checkUndoRedo(before, snap());
    stack().undo();
    EXPECT_EQ(doc().indexOf(ListKind::Rules, PacificRule), 1);
    EXPECT_TRUE(linked(PacificRule, Pacific, true));
    EXPECT_TRUE(linked(PacificRule, NewYork, false));
}

TEST_F(RuleCommands, LinkAndUnlinkKeepTheSwitch)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::linkRule(session, CaliforniaRule, LosAngeles, true).ok());
    EXPECT_TRUE(linked(CaliforniaRule, LosAngeles, true));
    checkUndoRedo(before, snap());

    const WorkspaceData beforeUnlink = snap();
    ASSERT_TRUE(Editor::unlinkRule(session, PacificRule, Pacific).ok());
    EXPECT_FALSE(linked(PacificRule, Pacific, true));
    checkUndoRedo(beforeUnlink, snap());
    stack().undo();
    EXPECT_TRUE(linked(PacificRule, Pacific, true)); // with "apply to child territories"

    EXPECT_FALSE(Editor::linkRule(session, PacificRule, Pacific, false).ok()); // already linked
    EXPECT_EQ(reporter.errors.size(), 1u);
}

TEST_F(RuleCommands, ApplyToChildrenSwitch)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::setApplyToChildren(session, CaliforniaRule, SanFrancisco, true).ok());
    EXPECT_TRUE(linked(CaliforniaRule, SanFrancisco, true));
    checkUndoRedo(before, snap());
    const int steps = stack().count();
    ASSERT_TRUE(Editor::setApplyToChildren(session, CaliforniaRule, SanFrancisco, true).ok());
    EXPECT_EQ(stack().count(), steps); // already on
    EXPECT_FALSE(Editor::setApplyToChildren(session, CaliforniaRule, NewYork, true).ok());
}

TEST_F(RuleCommands, AssignManuallyDropsAnExclusionOfThePair)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::assignAccountManually(session, QStringLiteral("001B"), SanFrancisco).ok());
    EXPECT_TRUE(manual("001B", SanFrancisco));
    EXPECT_FALSE(excluded("001B", SanFrancisco));
    checkUndoRedo(before, snap());
    stack().undo();
    EXPECT_TRUE(excluded("001B", SanFrancisco));

    EXPECT_FALSE(Editor::assignAccountManually(session, QStringLiteral("001A"), LosAngeles).ok());
    EXPECT_EQ(reporter.errors.size(), 1u); // already there by hand
}

TEST_F(RuleCommands, ExcludeDropsAManualAssignmentOfThePair)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::excludeAccount(session, QStringLiteral("001A"), LosAngeles).ok());
    EXPECT_FALSE(manual("001A", LosAngeles));
    EXPECT_TRUE(excluded("001A", LosAngeles));
    checkUndoRedo(before, snap());
}

TEST_F(RuleCommands, RemoveManualAndExclusion)
{
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::removeManualAssignment(session, QStringLiteral("001A"), LosAngeles).ok());
    EXPECT_FALSE(manual("001A", LosAngeles));
    checkUndoRedo(before, snap());
    const WorkspaceData beforeExclusion = snap();
    ASSERT_TRUE(Editor::removeExclusion(session, QStringLiteral("001B"), SanFrancisco).ok());
    EXPECT_FALSE(excluded("001B", SanFrancisco));
    checkUndoRedo(beforeExclusion, snap());
    EXPECT_FALSE(Editor::removeExclusion(session, QStringLiteral("001C"), SanFrancisco).ok());
}

} // namespace
