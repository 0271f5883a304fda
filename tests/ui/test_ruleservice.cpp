// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/assignmentengine.h"
#include "tests/ui/sessiontest.h"
#include "tests/ui/test_ruledata.h"
#include "ui/commands/editor.h"
#include "ui/document/assignmentservice.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;
using namespace Tessera::Test::Sample;

namespace {

class RuleService : public SessionTest<&ruleSampleData>
{
protected:
    void expectCurrent(AssignmentService &service)
    {
        service.flush();
        ASSERT_NE(service.engine(), nullptr);
        expectSameAssignment(*service.engine(), doc().data(), Plan);
    }
};

TEST_F(RuleService, FollowsEveryKindOfEdit)
{
    AssignmentService service(&doc());
    QSignalSpy results(&service, &AssignmentService::resultsChanged);
    service.setModelId(Plan);
    ASSERT_NE(service.engine(), nullptr); // small: assigned at once
    EXPECT_EQ(results.count(), 1);
    expectCurrent(service);

    AssignmentRule rule = *doc().rule(CaliforniaRule);
    rule.items[0].value = QStringLiteral("CA,NV");
    ASSERT_TRUE(Editor::editRule(session, rule).ok());
    expectCurrent(service);
    ASSERT_TRUE(Editor::setRuleActive(session, PacificRule, false).ok());
    expectCurrent(service);
    ASSERT_TRUE(Editor::linkRule(session, CaliforniaRule, NewYork, false).ok());
    expectCurrent(service);
    ASSERT_TRUE(Editor::setApplyToChildren(session, CaliforniaRule, SanFrancisco, true).ok());
    expectCurrent(service);
    ASSERT_TRUE(Editor::addTerritory(session, Plan, SanFrancisco, QStringLiteral("Oakland")).ok());
    expectCurrent(service);
    ASSERT_TRUE(Editor::excludeAccount(session, QStringLiteral("001C"), NewYork).ok());
    expectCurrent(service);
    ASSERT_TRUE(Editor::moveTerritory(session, LosAngeles, East, -1).ok());
    expectCurrent(service);
    ASSERT_TRUE(Editor::removeRule(session, CaliforniaRule).ok());
    expectCurrent(service);
    ASSERT_TRUE(Editor::removeTerritory(session, West).ok());
    expectCurrent(service);
    // And all the way back.
    while (session.undoStack()->canUndo()) {
        session.undoStack()->undo();
        expectCurrent(service);
    }
    EXPECT_TRUE(reporter.errors.empty());
}

TEST_F(RuleService, CoalescesTheSignalsOfOneCommand)
{
    AssignmentService service(&doc());
    service.setModelId(Plan);
    QSignalSpy results(&service, &AssignmentService::resultsChanged);
    // Removing a subtree emits for territories and each kind of link.
    ASSERT_TRUE(Editor::removeTerritory(session, Pacific).ok());
    EXPECT_EQ(results.count(), 0); // not yet: on the event loop
    QCoreApplication::processEvents();
    EXPECT_EQ(results.count(), 1);
    expectCurrent(service);
}

TEST_F(RuleService, LargeRunsGoToAWorkerAndKeepEditsMadeMeanwhile)
{
    AssignmentService service(&doc());
    service.setBackgroundThreshold(0); // every run counts as large
    QSignalSpy started(&service, &AssignmentService::runStarted);
    service.setModelId(Plan);
    EXPECT_EQ(started.count(), 1);
    // Until the result is delivered on this thread, there is no engine to read.
    EXPECT_TRUE(service.isRunning());
    EXPECT_EQ(service.engine(), nullptr);
    AssignmentRule rule = *doc().rule(CaliforniaRule);
    rule.items[0].value = QStringLiteral("NV");
    ASSERT_TRUE(Editor::editRule(session, rule).ok());
    ASSERT_TRUE(Editor::assignAccountManually(session, QStringLiteral("002100"), NewYork).ok());
    service.waitForRun();
    EXPECT_FALSE(service.isRunning());
    expectCurrent(service);

    // New accounts ask for a new run, which restarts one under way.
    AccountStore accounts = doc().accounts();
    accounts.setText(accounts.appendRow(), AccountStore::IdField, "009999");
    doc().setAccounts(accounts);
    service.flush();
    EXPECT_TRUE(service.isRunning());
    service.waitForRun();
    EXPECT_EQ(service.engine()->accountCount(), 101u);
    expectCurrent(service);
}

TEST_F(RuleService, ModelSwitchAndRemoval)
{
    AssignmentService service(&doc());
    service.setModelId(Draft);
    ASSERT_NE(service.engine(), nullptr);
    EXPECT_EQ(service.engine()->modelId(), Draft);
    service.setModelId(Plan);
    EXPECT_EQ(service.engine()->modelId(), Plan);
    ASSERT_TRUE(Editor::removeModel(session, Plan).ok());
    service.flush();
    EXPECT_EQ(service.engine(), nullptr);
    session.undoStack()->undo();
    service.flush();
    ASSERT_NE(service.engine(), nullptr);
    expectCurrent(service);
}

} // namespace
