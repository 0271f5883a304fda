// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/metricsengine.h"
#include "core/gen/workspacegenerator.h"
#include "core/rules/assignmentengine.h"
#include "core/store/autosave.h"
#include "core/store/workspacefile.h"
#include "tests/ui/optimizetestsupport.h"
#include "tests/ui/sessiontest.h"
#include "ui/charts/optimizationchart.h"
#include "ui/commands/editor.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/balanceservice.h"
#include "ui/document/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/optimize/optimizedialog.h"

#include <QAction>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <map>
#include <numeric>
#include <set>
#include <thread>

using namespace Tessera;
using namespace Tessera::Test;

namespace {

// A small generated workspace: regions, areas and 12 leaf territories.
WorkspaceData generated()
{
    GeneratorOptions g;
    g.accounts = 3000;
    g.territories = 24;
    g.reps = 26;
    g.seed = 7;
    Result<WorkspaceData> data = generateWorkspace(g);
    EXPECT_TRUE(data.ok());
    return data ? std::move(*data) : WorkspaceData{};
}

// The accounts of every territory of a model, as the rules and links say.
std::map<Id, std::vector<std::uint32_t>> accountsByTerritory(const WorkspaceData &data, Id model);

// The accounts of every territory of a model, as the rules and links say.
std::map<Id, std::vector<std::uint32_t>> accountsByTerritory(const WorkspaceData &data, Id model)
{
    AssignmentEngine engine(data, model);
    EXPECT_TRUE(engine.run().ok());
    std::map<Id, std::vector<std::uint32_t>> out;
    for (Id t : engine.territories())
        out[t] = engine.accountsOf(t).toVector();
    return out;
}

QByteArray savedBytes(const WorkspaceData &data, const QString &path)
{
    EXPECT_TRUE(WorkspaceFile::save(data, path).ok());
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Holds a run on its worker thread at the first progress report of at least
// `at` until a cancel is requested, so that tests cancel at a known point.
class Gate
{
public:
    Gate(OptimizationRun *run, double at)
    {
        m_reachedFuture = m_reached.get_future();
        run->setWorkerHook([this, run, at](double fraction) {
            if (fraction < at || !m_armed.exchange(false))
                return;
            m_reached.set_value();
            while (!run->isCancelRequested())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
    }
    void waitUntilReached() { m_reachedFuture.wait(); }

private:
    std::atomic_bool m_armed{true};
    std::promise<void> m_reached;
    std::future<void> m_reachedFuture;
};

// Workload of every child of `parent` as the window's Balance tab measures it.
std::map<Id, double> childWorkloads(MainWindow &window, Id parent)
{
    window.assignmentService()->flush();
    const BalanceMetrics *metrics = window.balanceService()->metrics();
    EXPECT_NE(metrics, nullptr);
    std::map<Id, double> out;
    if (!metrics)
        return out;
    for (const ScopedTerritory &t : metrics->report(BalanceScope::children(parent)).territories)
        out[t.metrics.id] = t.metrics.value[std::size_t(Measure::Workload)];
    return out;
}

class OptimizeDialogTest : public SessionTest<&generated>
{
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        parent = busiestParent(doc());
        ASSERT_NE(parent, NoId);
        model = doc().territory(parent)->modelId;
        // Out of balance: the first child's accounts carry more than twice the workload.
        const Id first = doc().children(model, parent).front();
        AccountStore accounts = doc().accounts();
        const int workload = accounts.fieldIndex(QStringLiteral("Workload__c"));
        ASSERT_GE(workload, 0);
        const auto byTerritory = accountsByTerritory(snap(), model);
        ASSERT_TRUE(byTerritory.count(first));
        for (std::uint32_t row : byTerritory.at(first))
            accounts.setNumber(row, workload, 2.5 * accounts.number(row, workload) + 1);
        doc().setAccounts(std::move(accounts));
        dialog = std::make_unique<OptimizeDialog>(&session, model, parent);
        // Short and reproducible: workload only, single accounts.
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("timeBudgetSpin"))->setValue(1);
        dialog->findChild<QCheckBox *>(QStringLiteral("potentialCheck"))->setChecked(false);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("workloadToleranceSpin"))->setValue(2);
        auto *pieces = dialog->findChild<QComboBox *>(QStringLiteral("piecesCombo"));
        pieces->setCurrentIndex(pieces->findData(int(PieceKind::Account)));
    }
    void TearDown() override { dialog.reset(); }

    // Runs to the result page.
    void runToResult()
    {
        ASSERT_TRUE(dialog->run()) << dialog->blocker().toStdString();
        EXPECT_EQ(dialog->page(), OptimizeDialog::Page::Running);
        dialog->waitForRun();
        ASSERT_NE(dialog->outcome(), nullptr) << dialog->lastError().toStdString();
        EXPECT_EQ(dialog->page(), OptimizeDialog::Page::Result);
    }

    Id parent = NoId;
    Id model = NoId;
    std::unique_ptr<OptimizeDialog> dialog;
};

} // namespace

TEST_F(OptimizeDialogTest, StartsOnTheSelectedTerritoryOrItsParent)
{
    EXPECT_EQ(dialog->modelId(), model);
    EXPECT_EQ(dialog->parentTerritoryId(), parent);
    const ScopeOptions o = dialog->options();
    EXPECT_EQ(o.parentId, parent);
    EXPECT_DOUBLE_EQ(o.workloadTolerance, 0.02);
    EXPECT_LT(o.potentialTolerance, 0);
    EXPECT_EQ(o.designTerritories, 0);
    EXPECT_DOUBLE_EQ(o.maxMovedAccountsShare, 1.0);
    EXPECT_DOUBLE_EQ(o.maxMovedPotentialShare, 1.0);
    // The caps on accounts and potential moved reach the options.
    auto *capPotential = dialog->findChild<QCheckBox *>(QStringLiteral("capMovedPotentialCheck"));
    auto *potentialSpin =
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("capMovedPotentialSpin"));
    ASSERT_TRUE(capPotential && potentialSpin);
    EXPECT_FALSE(potentialSpin->isEnabled());
    capPotential->setChecked(true);
    EXPECT_TRUE(potentialSpin->isEnabled());
    potentialSpin->setValue(7.5);
    EXPECT_DOUBLE_EQ(dialog->options().maxMovedPotentialShare, 0.075);
    EXPECT_DOUBLE_EQ(dialog->options().maxMovedAccountsShare, 1.0);
    capPotential->setChecked(false);
    EXPECT_EQ(dialog->lockList()->count(), int(doc().children(model, parent).size()));

    // From a leaf, the scope is its parent.
    const Id leaf = doc().children(model, parent).front();
    ASSERT_TRUE(doc().children(model, leaf).empty());
    OptimizeDialog fromLeaf(&session, model, leaf);
    EXPECT_EQ(fromLeaf.parentTerritoryId(), parent);
    // The model's tolerance is the default for workload and potential.
    const double tol = doc().model(model)->balance.tolerancePercent / 100;
    EXPECT_DOUBLE_EQ(fromLeaf.options().workloadTolerance, tol);
    EXPECT_DOUBLE_EQ(fromLeaf.options().potentialTolerance, tol);
}

TEST_F(OptimizeDialogTest, AdoptImprovesTheBalanceAsOneStepThatUndoTakesBack)
{
    const WorkspaceData before = snap();
    runToResult();
    const OptimizationOutcome &o = *dialog->outcome();
    ASSERT_TRUE(o.hasBefore);
    EXPECT_GT(o.before.maxDeviation[0], 0.02); // the generated plan is out of balance
    EXPECT_LE(o.after.maxDeviation[0], 0.02 + 1e-9);
    ASSERT_FALSE(o.plan.moves.empty());
    // Nothing changes before Adopt.
    EXPECT_EQ(stack().count(), 0);
    expectSameData(snap(), before);
    // The result page shows the run.
    EXPECT_EQ(dialog->movesTable()->rowCount(), int(o.plan.moves.size()));
    EXPECT_EQ(dialog->summaryTable()->rowCount(), 3);
    EXPECT_EQ(dialog->chart()->afterSet()->count(), qsizetype(o.scope.territories.size()));
    EXPECT_EQ(dialog->chart()->beforeSet()->count(), qsizetype(o.scope.territories.size()));
    EXPECT_DOUBLE_EQ(dialog->chart()->afterSet()->at(0) * dialog->chart()->valueScale(),
                     o.after.totals[0][0]);

    const std::vector<int> planned = o.after.assignment;
    const ScopeOptions options = o.options;
    ASSERT_TRUE(dialog->adopt().ok());
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    ASSERT_EQ(stack().count(), 1);
    const WorkspaceData after = snap();

    // The original model now assigns every account where the optimizer put it.
    Result<ScopeProblem> again = buildScopeProblem(after, options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->pieces.problem.current, planned);
    const BalanceResult now = evaluateBalance(again->pieces.problem, again->pieces.problem.current);
    EXPECT_LE(now.maxDeviation[0], 0.02 + 1e-9);
    EXPECT_EQ(doc().models().size(), before.models.size()); // no new model

    // Undo gives back exactly the links there were, redo the adopted ones.
    stack().undo();
    expectSameData(snap(), before);
    EXPECT_EQ(accountsByTerritory(snap(), model), accountsByTerritory(before, model));
    stack().redo();
    expectSameData(snap(), after);
}

TEST_F(OptimizeDialogTest, AWholeLevelIsAdoptedAcrossParentsAndUndone)
{
    const WorkspaceData before = snap();
    auto *level = dialog->findChild<QRadioButton *>(QStringLiteral("levelRadio"));
    ASSERT_NE(level, nullptr);
    level->setChecked(true);
    // The scope is every territory of the model at the level of the chosen
    // one's children, under any parent.
    auto depthOf = [this](Id id) {
        int depth = 0;
        for (const Territory *t = doc().territory(id); t->parentId != NoId;
             t = doc().territory(t->parentId))
            ++depth;
        return depth;
    };
    std::set<Id> parents;
    std::size_t atLevel = 0;
    for (const Territory &t : doc().territories()) {
        if (t.modelId == model && depthOf(t.id) == depthOf(parent) + 1) {
            ++atLevel;
            parents.insert(t.parentId);
        }
    }
    ASSERT_GE(parents.size(), 2u);
    EXPECT_EQ(dialog->lockList()->count(), int(atLevel));
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("scopeInfoLabel"))
                    ->text()
                    .contains(QString::number(atLevel)));
    dialog->show();
    QCoreApplication::processEvents();
    saveScreenshot(*dialog, "optimize-level-setup");

    runToResult();
    const OptimizationOutcome &o = *dialog->outcome();
    EXPECT_EQ(o.scope.territories.size(), atLevel);
    EXPECT_GE(o.options.level, 1);
    EXPECT_LE(o.after.maxDeviation[0], 0.02 + 1e-9);
    ASSERT_FALSE(o.plan.moves.empty());
    const std::vector<int> planned = o.after.assignment;
    const ScopeOptions options = o.options;
    ASSERT_TRUE(dialog->adopt().ok());
    Result<ScopeProblem> again = buildScopeProblem(snap(), options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->pieces.problem.current, planned);
    stack().undo();
    expectSameData(snap(), before);
}

TEST_F(OptimizeDialogTest, KeepAsScenarioAddsAModelThatUndoRemoves)
{
    const WorkspaceData before = snap();
    runToResult();
    const std::size_t moves = dialog->outcome()->plan.moves.size();
    QSignalSpy added(dialog.get(), &OptimizeDialog::scenarioAdded);
    dialog->findChild<QLineEdit *>(QStringLiteral("scenarioNameEdit"))
        ->setText(QStringLiteral("What if"));
    Result<Id> id = dialog->keepAsScenario();
    ASSERT_TRUE(id.ok());
    ASSERT_EQ(added.count(), 1);
    EXPECT_EQ(added.front().front().value<Id>(), *id);
    ASSERT_EQ(stack().count(), 1);
    ASSERT_NE(doc().model(*id), nullptr);
    EXPECT_EQ(doc().model(*id)->name, QStringLiteral("What if"));
    EXPECT_EQ(doc().models().size(), before.models.size() + 1);
    // The original model is untouched.
    EXPECT_EQ(accountsByTerritory(snap(), model), accountsByTerritory(before, model));
    // The scenario holds the moves as manual assignments to its territories.
    std::size_t manualInScenario = 0, manualBefore = 0;
    for (const AccountTerritoryLink &l : doc().manualAssignments())
        manualInScenario += doc().territory(l.territoryId)->modelId == *id ? 1 : 0;
    for (const AccountTerritoryLink &l : before.manualAssignments) {
        for (const Territory &t : before.territories)
            manualBefore += t.id == l.territoryId && t.modelId == model ? 1 : 0;
    }
    EXPECT_GE(manualInScenario, moves);
    EXPECT_LE(manualInScenario, manualBefore + moves);

    const WorkspaceData after = snap();
    stack().undo();
    expectSameData(snap(), before);
    EXPECT_EQ(doc().model(*id), nullptr);
    stack().redo();
    expectSameData(snap(), after);
    EXPECT_NE(doc().model(*id), nullptr); // the same id again
}

TEST_F(OptimizeDialogTest, DiscardLeavesTheDocumentByteIdentical)
{
    QTemporaryDir dir;
    const QByteArray before = savedBytes(snap(), dir.filePath(QStringLiteral("a.tessera")));
    runToResult();
    dialog->discard();
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_FALSE(session.isModified());
    EXPECT_EQ(savedBytes(snap(), dir.filePath(QStringLiteral("b.tessera"))), before);
}

TEST_F(OptimizeDialogTest, ALockedTerritoryKeepsExactlyItsAccounts)
{
    const auto accountsBefore = accountsByTerritory(snap(), model);
    // Lock the territory with the most accounts: the one the optimizer would
    // most like to take from.
    Id locked = NoId;
    std::size_t most = 0;
    int row = -1;
    for (int i = 0; i < dialog->lockList()->count(); ++i) {
        const Id id = Id(dialog->lockList()->item(i)->data(Qt::UserRole).toLongLong());
        const std::size_t n = accountsBefore.count(id) ? accountsBefore.at(id).size() : 0;
        if (n > most) {
            most = n;
            locked = id;
            row = i;
        }
    }
    ASSERT_GE(row, 0);
    dialog->lockList()->item(row)->setCheckState(Qt::Checked);
    ASSERT_EQ(dialog->options().lockedTerritories, std::vector<Id>{locked});
    runToResult();
    const OptimizationOutcome &o = *dialog->outcome();
    EXPECT_EQ(std::count(o.scope.territories.begin(), o.scope.territories.end(), locked), 0);
    EXPECT_EQ(o.scope.territories.size() + 1, doc().children(model, parent).size());
    ASSERT_FALSE(o.plan.moves.empty());
    for (const AccountMove &m : o.plan.moves) {
        EXPECT_NE(m.from, locked);
        EXPECT_NE(m.to, locked);
    }
    ASSERT_TRUE(dialog->adopt().ok());
    const auto accountsAfter = accountsByTerritory(snap(), model);
    EXPECT_EQ(accountsAfter.at(locked), accountsBefore.at(locked));
    EXPECT_NE(accountsAfter, accountsBefore);
}

TEST_F(OptimizeDialogTest, CancelReturnsToTheSettingsWithoutAResult)
{
    const WorkspaceData before = snap();
    Gate gate(dialog->optimizationRun(), 0);
    ASSERT_TRUE(dialog->run());
    gate.waitUntilReached();
    QCoreApplication::processEvents(); // the window is live while it runs
    EXPECT_EQ(dialog->page(), OptimizeDialog::Page::Running);
    dialog->findChild<QPushButton *>(QStringLiteral("cancelRunButton"))->click();
    dialog->waitForRun();
    EXPECT_EQ(dialog->outcome(), nullptr);
    EXPECT_EQ(dialog->page(), OptimizeDialog::Page::Setup);
    EXPECT_FALSE(dialog->optimizationRun()->isRunning());
    EXPECT_TRUE(dialog->lastError().contains(QStringLiteral("cancelled")))
        << dialog->lastError().toStdString();
    EXPECT_EQ(stack().count(), 0);
    expectSameData(snap(), before);
    // It runs again after a cancel.
    dialog->optimizationRun()->setWorkerHook({});
    runToResult();
}

TEST_F(OptimizeDialogTest, ClosingTheDialogCancelsTheRun)
{
    Gate gate(dialog->optimizationRun(), 0);
    ASSERT_TRUE(dialog->run());
    gate.waitUntilReached();
    dialog->reject();
    EXPECT_FALSE(dialog->optimizationRun()->isRunning());
    EXPECT_EQ(dialog->outcome(), nullptr);
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(OptimizeDialogTest, ADesignKeptAsAScenarioLeavesTheModelAlone)
{
    const WorkspaceData before = snap();
    const std::vector<Id> children = doc().children(model, parent);
    dialog->findChild<QRadioButton *>(QStringLiteral("designRadio"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("designCountSpin"))->setValue(3);
    EXPECT_FALSE(dialog->lockList()->isEnabled());
    runToResult();
    const OptimizationOutcome &o = *dialog->outcome();
    EXPECT_FALSE(o.hasBefore);
    EXPECT_EQ(o.districtNames.size(), 3u);
    Result<Id> id = dialog->keepAsScenario();
    ASSERT_TRUE(id.ok());
    // The scenario's copy of the parent has the three designed territories.
    Id copy = NoId;
    for (const Territory &t : doc().territories()) {
        if (t.modelId == *id && t.apiName == doc().territory(parent)->apiName)
            copy = t.id;
    }
    ASSERT_NE(copy, NoId);
    EXPECT_EQ(doc().children(*id, copy).size(), 3u);
    // The model itself keeps its territories and accounts.
    EXPECT_EQ(doc().children(model, parent), children);
    EXPECT_EQ(accountsByTerritory(snap(), model), accountsByTerritory(before, model));
}

// Adopting a design replaces the parent's children in the model itself,
// after a question, as one step; undo brings back the old children with
// everything that named them.
TEST_F(OptimizeDialogTest, AdoptingADesignReplacesTheChildrenAsOneStep)
{
    // Give the subtree some of everything undo must bring back: a grandchild
    // with a rep and a rule, a drawn shape, an exclusion, a manual
    // assignment, object access and a description.
    const std::vector<Id> oldChildren = doc().children(model, parent);
    ASSERT_GE(oldChildren.size(), 2u);
    {
        Territory edited = *doc().territory(oldChildren[1]);
        edited.description = QStringLiteral("North coast");
        edited.caseAccess = AccessLevel::Edit;
        edited.colour = 0x336699;
        ASSERT_TRUE(doc().updateTerritory(edited).ok());
        Territory grandchild;
        grandchild.modelId = model;
        grandchild.parentId = oldChildren[0];
        grandchild.name = QStringLiteral("Key accounts");
        grandchild.apiName = QStringLiteral("Key_accounts_under_test");
        Result<Id> added = doc().addTerritory(grandchild);
        ASSERT_TRUE(added.ok());
        ASSERT_FALSE(doc().reps().empty());
        ASSERT_FALSE(doc().rules().empty());
        ASSERT_TRUE(
            doc()
                .addLink(RepAssignment{doc().reps().front().id, *added, QStringLiteral("Owner")})
                .ok());
        const Id rule = [&] {
            for (const AssignmentRule &r : doc().rules())
                if (r.modelId == model)
                    return r.id;
            return NoId;
        }();
        ASSERT_NE(rule, NoId);
        ASSERT_TRUE(doc().addLink(RuleAssociation{rule, *added, false}).ok());
        GeoPolygon square;
        square.outer() = {{-100, 40}, {-99.9, 40}, {-99.9, 40.1}, {-100, 40.1}};
        ASSERT_TRUE(
            doc().addDrawnShape({NoId, oldChildren[1], QStringLiteral("Patch"), {square}}).ok());
        const QString a0 = doc().accounts().accountId(0), a1 = doc().accounts().accountId(1);
        ASSERT_TRUE(doc().addExclusion({a0, oldChildren[0]}).ok());
        ASSERT_TRUE(doc().addManualAssignment({a1, oldChildren[1]}).ok());
    }
    const WorkspaceData before = snap();
    // What the question must count: every territory under the parent and
    // the rep and rule links naming them.
    std::set<Id> under;
    for (const Territory &t : before.territories) {
        for (Id up = t.parentId; up != NoId; up = doc().territory(up)->parentId) {
            if (up == parent) {
                under.insert(t.id);
                break;
            }
        }
    }
    auto naming = [&under](const auto &links) {
        return std::count_if(links.begin(), links.end(),
                             [&under](const auto &l) { return under.count(l.territoryId) > 0; });
    };
    const long reps = naming(before.repAssignments), rules = naming(before.ruleAssociations);
    ASSERT_GT(reps, 0);
    ASSERT_GT(rules, 0);

    dialog->findChild<QRadioButton *>(QStringLiteral("designRadio"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("designCountSpin"))->setValue(3);
    runToResult();
    const OptimizationOutcome &o = *dialog->outcome();
    auto *adopt = dialog->findChild<QPushButton *>(QStringLiteral("adoptButton"));
    EXPECT_TRUE(adopt->isEnabled());
    EXPECT_TRUE(adopt->toolTip().contains(QStringLiteral("Undo")))
        << adopt->toolTip().toStdString();

    // What Keep as Scenario would make, in a copy of the workspace.
    WorkspaceDocument expectedDoc;
    ASSERT_TRUE(expectedDoc.reset(before).ok());
    Result<Scenario> scenario =
        applyScenario(expectedDoc, o.scope, o.options, o.after, QStringLiteral("Expected"));
    ASSERT_TRUE(scenario.ok());
    ASSERT_EQ(scenario->territories.size(), 3u);
    const WorkspaceData expected = expectedDoc.snapshot();
    const auto expectedAccounts = accountsByTerritory(expected, scenario->modelId);

    // Declined: nothing changes and the dialog stays on its result.
    QString question, details;
    int asked = 0;
    dialog->setConfirmHook([&](QMessageBox &box) {
        ++asked;
        question = box.text();
        details = box.informativeText();
        return false;
    });
    Status declined = dialog->adopt();
    ASSERT_FALSE(declined.ok());
    EXPECT_EQ(declined.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(dialog->page(), OptimizeDialog::Page::Result);
    expectSameData(snap(), before);
    EXPECT_TRUE(question.contains(doc().territory(parent)->name)) << question.toStdString();
    const QString counts = QStringLiteral("%1 territories, %2 rep links, %3 rule links")
                               .arg(under.size())
                               .arg(reps)
                               .arg(rules);
    EXPECT_TRUE(details.contains(counts)) << details.toStdString() << " / " << counts.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Undo"))) << details.toStdString();
    EXPECT_TRUE(
        details.contains(QStringLiteral("The %1 accounts")
                             .arg(QLocale().toString(qlonglong(o.scope.pieces.rows.size())))))
        << details.toStdString();

    // Confirmed: one step.
    dialog->setConfirmHook([&](QMessageBox &) {
        ++asked;
        return true;
    });
    QSignalSpy adopted(dialog.get(), &OptimizeDialog::designAdopted);
    ASSERT_TRUE(dialog->adopt().ok());
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(adopted.count(), 1);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    ASSERT_EQ(stack().count(), 1);
    EXPECT_TRUE(reporter.errors.empty());
    EXPECT_EQ(doc().models().size(), before.models.size()); // no new model
    const WorkspaceData after = snap();

    // The parent has the designed territories, as in the scenario: same
    // names, api names and accounts, by hand and as the rules and links say.
    const std::vector<Id> designed = doc().children(model, parent);
    ASSERT_EQ(designed.size(), 3u);
    const auto accounts = accountsByTerritory(after, model);
    auto manualOf = [](const WorkspaceData &data, Id territory) {
        std::set<QString> out;
        for (const AccountTerritoryLink &l : data.manualAssignments)
            if (l.territoryId == territory)
                out.insert(l.accountId);
        return out;
    };
    std::size_t assigned = 0;
    for (std::size_t k = 0; k < 3; ++k) {
        const Territory &mine = *doc().territory(designed[k]);
        const Territory &theirs = *expectedDoc.territory(scenario->territories[k]);
        EXPECT_EQ(mine.name, theirs.name);
        EXPECT_EQ(mine.apiName, theirs.apiName);
        EXPECT_EQ(mine.name, o.districtNames[k]);
        EXPECT_EQ(manualOf(after, designed[k]), manualOf(expected, scenario->territories[k]));
        ASSERT_TRUE(accounts.count(designed[k]));
        ASSERT_TRUE(expectedAccounts.count(scenario->territories[k]));
        EXPECT_EQ(accounts.at(designed[k]), expectedAccounts.at(scenario->territories[k]));
        assigned += accounts.at(designed[k]).size();
        EXPECT_TRUE(doc().children(model, designed[k]).empty());
    }
    EXPECT_EQ(assigned, o.scope.scopeRows.size());
    // Every piece's accounts are where the optimizer put the piece.
    std::map<std::uint32_t, Id> territoryOf;
    for (Id t : designed)
        for (std::uint32_t row : accounts.at(t))
            territoryOf[row] = t;
    const AccountPieces &pieces = o.scope.pieces;
    for (std::size_t i = 0; i < pieces.problem.x.size(); ++i)
        for (std::uint32_t e = pieces.rowStart[i]; e < pieces.rowStart[i + 1]; ++e)
            EXPECT_EQ(territoryOf[pieces.rows[e]], designed[std::size_t(o.after.assignment[i])]);
    // The old children are gone with what named them; the rest is as it was.
    for (Id old : under)
        EXPECT_EQ(doc().territory(old), nullptr);
    EXPECT_EQ(naming(after.repAssignments), 0);
    EXPECT_EQ(naming(after.ruleAssociations), 0);
    EXPECT_EQ(after.drawnShapes.size(), before.drawnShapes.size() - 1);
    for (const auto &[t, rows] : accountsByTerritory(before, model)) {
        if (!under.count(t) && t != parent && !doc().isAncestor(t, parent)) {
            ASSERT_TRUE(accounts.count(t)) << "territory " << t;
            EXPECT_EQ(accounts.at(t), rows) << "territory " << t;
        }
    }

    // Undo brings back the old children exactly, redo the design with the
    // same ids, twice.
    for (int i = 0; i < 2; ++i) {
        stack().undo();
        expectSameData(snap(), before);
        EXPECT_EQ(doc().children(model, parent), oldChildren);
        EXPECT_EQ(accountsByTerritory(snap(), model), accountsByTerritory(before, model));
        stack().redo();
        expectSameData(snap(), after);
        EXPECT_EQ(doc().children(model, parent), designed);
    }

    // The workspace saves and reopens with the design.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("adopted.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(snap(), path).ok());
    Result<WorkspaceData> reopened = WorkspaceFile::load(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    expectSameData(*reopened, after);
    EXPECT_EQ(accountsByTerritory(*reopened, model), accounts);
}

// A design that fails halfway (here: a district the problem does not have,
// found only after the children made way) leaves the model as it was and
// nothing on the undo stack.
TEST_F(OptimizeDialogTest, ADesignThatFailsHalfwayChangesNothing)
{
    const WorkspaceData before = snap();
    const std::vector<Id> children = doc().children(model, parent);
    dialog->findChild<QRadioButton *>(QStringLiteral("designRadio"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("designCountSpin"))->setValue(3);
    runToResult();
    const OptimizationOutcome &o = *dialog->outcome();
    BalanceResult broken = o.after;
    ASSERT_FALSE(broken.assignment.empty());
    broken.assignment.back() = 7;
    const std::size_t nextId = std::size_t(snap().nextId);
    std::shared_ptr<const ScopeProblem> scope(std::make_shared<ScopeProblem>(o.scope));
    Status s = Editor::adoptDesign(session, scope, o.options, broken, QStringLiteral("Broken"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(reporter.errors.size(), 1u);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_GT(std::size_t(snap().nextId), nextId); // it did get as far as adding territories
    expectSameData(snap(), before);
    EXPECT_EQ(doc().children(model, parent), children);
    EXPECT_EQ(accountsByTerritory(snap(), model), accountsByTerritory(before, model));
}

TEST_F(OptimizeDialogTest, MovesSortByNumberAndTheChartSwitchesMetric)
{
    runToResult();
    QTableWidget *moves = dialog->movesTable();
    ASSERT_GT(moves->rowCount(), 2);
    moves->sortItems(4, Qt::DescendingOrder);
    for (int r = 1; r < moves->rowCount(); ++r)
        EXPECT_GE(moves->item(r - 1, 4)->data(Qt::UserRole).toDouble(),
                  moves->item(r, 4)->data(Qt::UserRole).toDouble());
    dialog->chartMeasureCombo()->setCurrentIndex(2); // accounts
    const OptimizationOutcome &o = *dialog->outcome();
    for (qsizetype i = 0; i < dialog->chart()->afterSet()->count(); ++i)
        EXPECT_DOUBLE_EQ(dialog->chart()->afterSet()->at(i) * dialog->chart()->valueScale(),
                         o.after.totals[2][std::size_t(i)]);
}

TEST_F(OptimizeDialogTest, TargetsByCapacityWhenTheModelSetsThem)
{
    // Reps of unequal capacity and a model whose targets follow capacity.
    std::vector<Rep> reps = doc().reps();
    for (std::size_t i = 0; i < reps.size(); ++i) {
        reps[i].capacityHours = 600.0 + 300.0 * double(i % 4);
        ASSERT_TRUE(doc().updateRep(reps[i]).ok());
    }
    TerritoryModel m = *doc().model(model);
    m.balance.targetMode = TargetMode::Capacity;
    ASSERT_TRUE(doc().updateModel(m).ok());
    runToResult();
    const OptimizationOutcome &o = *dialog->outcome();
    const BalanceProblem &p = o.scope.pieces.problem;
    ASSERT_EQ(p.targetShare.size(), o.after.totals[0].size());
    // The chart's target line steps to each territory's own target.
    const QList<QPointF> line = dialog->chart()->targetLine()->points();
    ASSERT_EQ(std::size_t(line.size()), 2 * p.targetShare.size());
    const double total = std::accumulate(o.after.totals[0].begin(), o.after.totals[0].end(), 0.0);
    double lowest = 1e300, highest = 0;
    for (std::size_t k = 0; k < p.targetShare.size(); ++k) {
        const double target = total * p.targetShare[k];
        EXPECT_NEAR(line[qsizetype(2 * k)].y() * dialog->chart()->valueScale(), target,
                    1e-6 * target);
        EXPECT_NEAR(o.after.totals[0][k] / target, 1.0, 0.02 + 1e-9);
        lowest = std::min(lowest, target);
        highest = std::max(highest, target);
    }
    EXPECT_GT(highest, 1.05 * lowest);
    dialog->resize(1000, 760);
    dialog->show();
    QCoreApplication::processEvents();
    saveScreenshot(*dialog, "optimize-capacity-targets");
}

TEST(OptimizeDialogWindow, MenuAndBalanceTabOpenItOnTheSelectedScope)
{
    QTemporaryDir dir;
    Autosave::setDirectory(dir.filePath(QStringLiteral("autosave")));
    QSettings().clear();
    {
        MainWindow window;
        window.setErrorReporter(std::make_unique<RecordingReporter>());
        ASSERT_TRUE(window.openDemo());
        const WorkspaceDocument &doc = *window.session()->document();
        const Id model = window.currentModelId();
        // The demo's territory with the most leaves under it.
        const Id parent = busiestParent(doc);
        ASSERT_NE(parent, NoId);
        ASSERT_EQ(doc.territory(parent)->modelId, model);
        window.selectTerritory(doc.children(model, parent).front());
        OptimizeDialog *shown = nullptr;
        window.setOptimizeDialogHook([&](OptimizeDialog *d) { shown = d; });
        QAction *action = window.findChild<QAction *>(QStringLiteral("optimizeBalanceAction"));
        ASSERT_NE(action, nullptr);
        ASSERT_TRUE(action->isEnabled());
        action->trigger();
        ASSERT_NE(shown, nullptr);
        EXPECT_EQ(shown->modelId(), model);
        EXPECT_EQ(shown->parentTerritoryId(), parent);

        // Adopt: the balance service, and with it the dashboard, follows, and
        // measures workload as the optimizer did.
        auto workloads = [&] {
            return childWorkloads(window, parent);
        };
        const std::map<Id, double> before = workloads();
        ASSERT_TRUE(runBriefly(*shown));
        const OptimizationOutcome outcome = *shown->outcome();
        ASSERT_FALSE(outcome.plan.moves.empty());
        ASSERT_TRUE(shown->adopt().ok());
        const std::map<Id, double> adopted = workloads();
        ASSERT_EQ(adopted.size(), outcome.scope.territories.size());
        for (std::size_t k = 0; k < outcome.scope.territories.size(); ++k)
            EXPECT_NEAR(adopted.at(outcome.scope.territories[k]), outcome.after.totals[0][k],
                        1e-6 * (1 + outcome.after.totals[0][k]));
        EXPECT_NE(adopted, before);
        window.session()->undoStack()->undo();
        EXPECT_EQ(workloads(), before);

        // Keep as scenario: the window shows the new model.
        shown = nullptr;
        action->trigger();
        ASSERT_NE(shown, nullptr);
        EXPECT_EQ(shown->parentTerritoryId(), parent);
        ASSERT_TRUE(runBriefly(*shown));
        Result<Id> id = shown->keepAsScenario();
        ASSERT_TRUE(id.ok());
        EXPECT_EQ(window.currentModelId(), *id);
        EXPECT_EQ(window.assignmentService()->modelId(), *id);

        // The Balance tab's button opens it too.
        shown = nullptr;
        auto *button = window.findChild<QPushButton *>(QStringLiteral("balanceOptimizeButton"));
        ASSERT_NE(button, nullptr);
        button->click();
        ASSERT_NE(shown, nullptr);
        EXPECT_EQ(shown->modelId(), *id);
        shown->reject();
    }
    Autosave::setDirectory(QString());
}

// A design adopted in the window: the views and the balance service follow
// the replaced territories, through undo and redo.
TEST(OptimizeDialogWindow, AnAdoptedDesignIsWhatTheBalanceTabShows)
{
    QTemporaryDir dir;
    Autosave::setDirectory(dir.filePath(QStringLiteral("autosave")));
    QSettings().clear();
    {
        MainWindow window;
        window.setErrorReporter(std::make_unique<RecordingReporter>());
        ASSERT_TRUE(window.openDemo());
        window.show();
        const WorkspaceDocument &doc = *window.session()->document();
        const Id model = window.currentModelId();
        const Id parent = busiestParent(doc);
        ASSERT_NE(parent, NoId);
        const std::vector<Id> oldChildren = doc.children(model, parent);
        window.selectTerritory(oldChildren.front());
        OptimizeDialog *shown = nullptr;
        window.setOptimizeDialogHook([&](OptimizeDialog *d) { shown = d; });
        window.findChild<QAction *>(QStringLiteral("optimizeBalanceAction"))->trigger();
        ASSERT_NE(shown, nullptr);
        ASSERT_EQ(shown->parentTerritoryId(), parent);

        auto workloads = [&] {
            return childWorkloads(window, parent);
        };
        const std::map<Id, double> before = workloads();
        ASSERT_EQ(before.size(), oldChildren.size());
        shown->findChild<QRadioButton *>(QStringLiteral("designRadio"))->setChecked(true);
        shown->findChild<QSpinBox *>(QStringLiteral("designCountSpin"))->setValue(4);
        ASSERT_TRUE(runBriefly(*shown));
        const OptimizationOutcome outcome = *shown->outcome();
        shown->setConfirmHook([](QMessageBox &) { return true; });
        ASSERT_TRUE(shown->adopt().ok());
        EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Design")))
            << window.statusBar()->currentMessage().toStdString();

        // The balance tab measures each new territory as the optimizer did.
        auto expectDesign = [&] {
            const std::vector<Id> designed = doc.children(model, parent);
            ASSERT_EQ(designed.size(), 4u);
            const std::map<Id, double> adopted = workloads();
            ASSERT_EQ(adopted.size(), 4u);
            for (std::size_t k = 0; k < designed.size(); ++k) {
                ASSERT_TRUE(adopted.count(designed[k]));
                EXPECT_NEAR(adopted.at(designed[k]), outcome.after.totals[0][k],
                            1e-6 * (1 + outcome.after.totals[0][k]));
            }
        };
        expectDesign();
        for (int i = 0; i < 2; ++i) {
            window.session()->undoStack()->undo();
            EXPECT_EQ(doc.children(model, parent), oldChildren);
            EXPECT_EQ(workloads(), before);
            window.session()->undoStack()->redo();
            expectDesign();
        }
    }
    Autosave::setDirectory(QString());
}

// The three pages on the demo render at the dialog's size with every summary
// row visible. With TESSERA_SCREENSHOTS set, the pictures are saved there
// to be looked at.
TEST(OptimizeDialogPictures, PagesRenderOnTheDemoWithNothingCut)
{
    DemoSession demo;
    ASSERT_NE(demo.parent, NoId);
    DocumentSession &session = demo.session;
    const WorkspaceDocument &doc = demo.doc();
    const Id parent = demo.parent;
    const Id model = demo.model;
    auto shoot = [](QWidget &w, const char *name) {
        QCoreApplication::processEvents(); // the charts lay out their titles late
        const QPixmap picture = w.grab();
        EXPECT_FALSE(picture.isNull());
        EXPECT_EQ(picture.size(), w.size());
        saveScreenshot(w, name);
    };

    OptimizeDialog dialog(&session, model, doc.children(model, parent).front());
    dialog.show();
    EXPECT_EQ(dialog.parentTerritoryId(), parent);
    dialog.lockList()->item(0)->setCheckState(Qt::Checked);
    shoot(dialog, "optimize-setup");

    {
        Gate gate(dialog.optimizationRun(), 0.1);
        ASSERT_TRUE(dialog.run());
        gate.waitUntilReached();
        QCoreApplication::processEvents(); // deliver the progress so far
        shoot(dialog, "optimize-progress");
        dialog.findChild<QPushButton *>(QStringLiteral("cancelRunButton"))->click();
        dialog.waitForRun();
        ASSERT_EQ(dialog.outcome(), nullptr);
    }
    dialog.optimizationRun()->setWorkerHook({});
    dialog.lockList()->item(0)->setCheckState(Qt::Unchecked);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("timeBudgetSpin"))->setValue(3);
    ASSERT_TRUE(dialog.run());
    dialog.waitForRun();
    ASSERT_NE(dialog.outcome(), nullptr) << dialog.lastError().toStdString();
    QTableWidget *summary = dialog.summaryTable();
    int rows = 0;
    for (int r = 0; r < summary->rowCount(); ++r)
        rows += summary->rowHeight(r);
    EXPECT_GE(summary->viewport()->height(), rows);
    // The demo's Mid-Atlantic has a customer worth more than a territory's
    // potential share: the page says how close potential can come and what
    // the run aimed at instead.
    const BalanceResult &after = dialog.outcome()->after;
    ASSERT_EQ(after.widenedTolerance.size(), after.maxDeviation.size());
    EXPECT_GE(after.widenedTolerance[1], after.leastDeviation[1]);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("verdictLabel"))
                    ->text()
                    .contains(QStringLiteral("aimed at")));
    shoot(dialog, "optimize-result");
    dialog.findChild<QTabWidget *>(QStringLiteral("resultTabs"))->setCurrentIndex(1);
    shoot(dialog, "optimize-moves");
    dialog.findChild<QTabWidget *>(QStringLiteral("resultTabs"))->setCurrentIndex(0);
    dialog.chartMeasureCombo()->setCurrentIndex(1);
    shoot(dialog, "optimize-potential");
    dialog.chartMeasureCombo()->setCurrentIndex(0);

    // With caps on the accounts and the potential moved: the result keeps
    // them and says how much of each moved.
    dialog.findChild<QPushButton *>(QStringLiteral("backButton"))->click();
    dialog.findChild<QCheckBox *>(QStringLiteral("capMovedAccountsCheck"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("capMovedPotentialCheck"))->setChecked(true);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("capMovedPotentialSpin"))->setValue(5);
    shoot(dialog, "optimize-setup-caps");
    ASSERT_TRUE(dialog.run());
    dialog.waitForRun();
    ASSERT_NE(dialog.outcome(), nullptr) << dialog.lastError().toStdString();
    const BalanceResult &capped = dialog.outcome()->after;
    EXPECT_TRUE(capped.withinMoveCaps);
    EXPECT_LE(capped.movedShare[1], 0.05);
    EXPECT_LE(capped.movedShare[2], 0.10);
    shoot(dialog, "optimize-result-caps");
    dialog.findChild<QCheckBox *>(QStringLiteral("capMovedAccountsCheck"))->setChecked(false);
    dialog.findChild<QCheckBox *>(QStringLiteral("capMovedPotentialCheck"))->setChecked(false);

    // A design: Adopt is offered, after a question that says what goes.
    dialog.findChild<QPushButton *>(QStringLiteral("backButton"))->click();
    dialog.findChild<QRadioButton *>(QStringLiteral("designRadio"))->setChecked(true);
    dialog.findChild<QSpinBox *>(QStringLiteral("designCountSpin"))->setValue(4);
    ASSERT_TRUE(dialog.run()) << dialog.blocker().toStdString();
    dialog.waitForRun();
    ASSERT_NE(dialog.outcome(), nullptr) << dialog.lastError().toStdString();
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("adoptButton"))->isEnabled());
    shoot(dialog, "optimize-design-result");
    bool asked = false;
    dialog.setConfirmHook([&](QMessageBox &box) {
        asked = true;
        box.show();
        shoot(box, "optimize-design-confirm");
        EXPECT_NE(box.findChild<QPushButton *>(QStringLiteral("replaceTerritoriesButton")),
                  nullptr);
        box.hide();
        return false;
    });
    EXPECT_FALSE(dialog.adopt().ok());
    EXPECT_TRUE(asked);
    EXPECT_EQ(session.undoStack()->count(), 0);
    dialog.discard();
}
