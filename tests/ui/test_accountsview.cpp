// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/assignmentengine.h"
#include "core/rules/explain.h"
#include "tests/ui/test_ruledata.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/documentsession.h"
#include "ui/rules/explanationpresenter.h"
#include "ui/rules/territoryaccountsmodel.h"
#include "ui/rules/territoryaccountsview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace Tessera;
using namespace Tessera::Test;
using namespace Tessera::Test::Sample;

namespace {

// Records explanations instead of opening a window.
class RecordingPresenter : public ExplanationPresenter
{
public:
    struct Shown
    {
        QString title;
        QString text;
    };
    explicit RecordingPresenter(std::vector<Shown> *into)
        : m_into(into)
    {}
    void showExplanation(QWidget *, const QString &title, const QString &text) override
    {
        m_into->push_back({title, text});
    }

private:
    std::vector<Shown> *m_into;
};

class AccountsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session.setAutosaveInterval(0);
        session.setErrorReporter(&reporter);
        ASSERT_TRUE(session.adopt(ruleSampleData()).ok());
        service = std::make_unique<AssignmentService>(session.document());
        service->setModelId(Plan);
        view = std::make_unique<TerritoryAccountsView>();
        view->setExplanationPresenter(std::make_unique<RecordingPresenter>(&shown));
        view->setSession(&session, service.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void TearDown() override
    {
        tester.reset();
        view.reset();
        service.reset();
    }
    std::uint32_t row(const char *accountId)
    {
        return static_cast<std::uint32_t>(session.document()->accounts().rowOf(accountId));
    }
    int modelRow(const char *accountId) { return view->model()->rowOfAccount(row(accountId)); }
    template<typename T>
    T *child(const char *name)
    {
        T *w = view->findChild<T *>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    RecordingReporter reporter;
    DocumentSession session;
    std::unique_ptr<AssignmentService> service;
    std::unique_ptr<TerritoryAccountsView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::vector<RecordingPresenter::Shown> shown;
};

TEST_F(AccountsViewTest, ListsTheTerritorysAccountsWithTheirCause)
{
    view->setTerritory(LosAngeles);
    TerritoryAccountsModel *model = view->model();
    const RowSet &expected = service->engine()->accountsOf(LosAngeles);
    EXPECT_EQ(model->territoryCount(), expected.count());
    EXPECT_EQ(static_cast<std::size_t>(model->rowCount()), expected.count());
    const int a = modelRow("001A");
    ASSERT_GE(a, 0);
    EXPECT_EQ(model->index(a, TerritoryAccountsModel::NameColumn).data().toString(),
              QStringLiteral("Acme Outfitters"));
    EXPECT_EQ(model->index(a, TerritoryAccountsModel::StateColumn).data().toString(),
              QStringLiteral("CA"));
    EXPECT_EQ(model->index(a, TerritoryAccountsModel::PostalCodeColumn).data().toString(),
              QStringLiteral("94105"));
    EXPECT_EQ(model->index(a, TerritoryAccountsModel::RevenueColumn).data().toString(),
              QLocale().toString(5'000'000.0, 'f', 0));
    // By hand, and by the rule inherited from Pacific.
    const QString cause = model->index(a, TerritoryAccountsModel::CauseColumn).data().toString();
    EXPECT_TRUE(cause.contains(QStringLiteral("Manual"))) << cause.toStdString();
    EXPECT_TRUE(cause.contains(QStringLiteral("Rule Pacific states (from Pacific)")))
        << cause.toStdString();

    view->setTerritory(SanFrancisco);
    EXPECT_LT(modelRow("001B"), 0);   // excluded
    const int c = modelRow("002100"); // CA, caught by both rules
    ASSERT_GE(c, 0);
    const QString both = model->index(c, TerritoryAccountsModel::CauseColumn).data().toString();
    EXPECT_TRUE(both.contains(QStringLiteral("Rule California"))) << both.toStdString();
    EXPECT_TRUE(both.contains(QStringLiteral("(from Pacific)"))) << both.toStdString();
    EXPECT_FALSE(both.contains(QStringLiteral("Manual")));
}

TEST_F(AccountsViewTest, FilterKeepsMatchingIdsAndNames)
{
    view->setTerritory(SanFrancisco);
    const std::size_t all = view->model()->territoryCount();
    view->model()->setFilterText(QStringLiteral("acme"));
    EXPECT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->accountId(0), QStringLiteral("001A"));
    EXPECT_EQ(view->model()->territoryCount(), all);
    view->model()->setFilterText(QStringLiteral("0021"));
    EXPECT_GT(view->model()->rowCount(), 1);
    EXPECT_TRUE(child<QLabel>("accountsSummaryLabel")->text().contains(u"of"));
}

TEST_F(AccountsViewTest, WhyHereShowsTheEnginesExplanation)
{
    view->setTerritory(LosAngeles);
    view->selectAccount(row("001A"));
    ASSERT_TRUE(child<QPushButton>("whyHereButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("whyHereButton"), Qt::LeftButton);
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(shown[0].title, QStringLiteral("Why is 001A in Los Angeles?"));
    const Explanation e = explain(*service->engine(), service->data(), row("001A"), LosAngeles);
    EXPECT_EQ(shown[0].text, e.toText(session.document()->data()));
    EXPECT_FALSE(shown[0].text.isEmpty());
}

TEST_F(AccountsViewTest, WhyNotHereForATypedAccount)
{
    view->setTerritory(SanFrancisco);
    auto *search = child<QLineEdit>("accountSearchEdit");
    QTest::keyClicks(search, QStringLiteral("001B"));
    ASSERT_TRUE(child<QPushButton>("whyNotHereButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("whyNotHereButton"), Qt::LeftButton);
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(shown[0].title, QStringLiteral("Why is 001B not in San Francisco?"));
    const Explanation e = explain(*service->engine(), service->data(), row("001B"), SanFrancisco);
    EXPECT_TRUE(e.excluded);
    EXPECT_EQ(shown[0].text, e.toText(session.document()->data()));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("nobody"));
    EXPECT_FALSE(child<QPushButton>("whyNotHereButton")->isEnabled());
}

TEST_F(AccountsViewTest, AssignHereAndExcludeAreUndoable)
{
    view->setTerritory(SanFrancisco);
    ASSERT_LT(modelRow("001C"), 0); // NV
    QTest::keyClicks(child<QLineEdit>("accountSearchEdit"), QStringLiteral("001C"));
    QTest::mouseClick(child<QPushButton>("assignHereButton"), Qt::LeftButton);
    const int c = modelRow("001C");
    ASSERT_GE(c, 0);
    EXPECT_EQ(view->model()->causeText(c), QStringLiteral("Manual"));
    EXPECT_EQ(view->selectedAccount(), row("001C"));

    view->selectAccount(row("001A"));
    QTest::mouseClick(child<QPushButton>("excludeAccountButton"), Qt::LeftButton);
    EXPECT_LT(modelRow("001A"), 0);

    session.undoStack()->undo();
    service->flush();
    EXPECT_GE(modelRow("001A"), 0);
    session.undoStack()->undo();
    service->flush();
    EXPECT_LT(modelRow("001C"), 0);
    EXPECT_TRUE(reporter.errors.empty());
}

TEST_F(AccountsViewTest, ManyAccountsArriveInChunks)
{
    TerritoryAccountsModel model(service.get());
    AccountStore accounts = session.document()->accounts();
    for (int i = 0; i < TerritoryAccountsModel::ChunkSize * 2 + 500; ++i) {
        const std::size_t r = accounts.appendRow();
        accounts.setText(r, AccountStore::IdField, "003" + std::to_string(i));
        accounts.setText(r, AccountStore::BillingStateField, "CA");
    }
    session.document()->setAccounts(accounts);
    service->flush();
    model.setTerritory(Pacific);
    // The tester comes after the reset: on a reset it calls fetchMore() before
    // its own handler has seen the reset end, and then reports the inserted
    // rows as a change inside the reset.
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GE(model.rowCount(), TerritoryAccountsModel::ChunkSize);
    ASSERT_GT(model.matchingCount(),
              static_cast<std::size_t>(2 * TerritoryAccountsModel::ChunkSize));
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(static_cast<std::size_t>(model.rowCount()), model.matchingCount());
    EXPECT_EQ(model.matchingCount(), service->engine()->accountsOf(Pacific).count());
}

} // namespace
