// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/metricsengine.h"
#include "core/balance/metricsstatistics.h"
#include "core/store/autosave.h"
#include "core/store/workspacefile.h"
#include "tests/ui/sessiontest.h"
#include "tests/ui/test_ruledata.h"
#include "ui/charts/balancedashboard.h"
#include "ui/charts/balancesettingsdialog.h"
#include "ui/charts/dashboardimage.h"
#include "ui/charts/measureeditor.h"
#include "ui/commands/editor.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/balanceservice.h"
#include "ui/mainwindow.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;
using namespace Tessera::Test::Sample;

namespace {

// The rule sample with a workload per account: 10 hours plus one per row.
WorkspaceData balanceSampleData()
{
    WorkspaceData d = ruleSampleData();
    const int f = *d.accounts.addField(QStringLiteral("Workload__c"), {}, FieldType::Number);
    for (std::size_t r = 0; r < d.accounts.rowCount(); ++r)
        d.accounts.setNumber(r, f, 10.0 + double(r));
    d.repAssignments = {{Ann, SanFrancisco, {}}, {Bob, LosAngeles, {}}};
    return d;
}

class BalanceDashboardTest : public SessionTest<&balanceSampleData>
{
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        assignment = std::make_unique<AssignmentService>(&doc());
        assignment->setModelId(Plan);
        balance = std::make_unique<BalanceService>(assignment.get());
        dashboard.setOrder(BalanceDashboard::Order::Hierarchy);
        dashboard.setService(balance.get(), &doc());
        dashboard.resize(1000, 800);
    }
    void TearDown() override
    {
        dashboard.setService(nullptr, nullptr);
        balance.reset();
        assignment.reset();
    }
    void settle() { assignment->flush(); }

    // The bars show exactly what the metrics say, each in one of the two sets.
    void expectBarsMatchMetrics()
    {
        const BalanceMetrics *metrics = balance->metrics();
        ASSERT_NE(metrics, nullptr);
        const BalanceReport fresh = metrics->report(dashboard.scope());
        const std::size_t k = std::size_t(dashboard.measure());
        ASSERT_EQ(dashboard.barTerritories().size(), fresh.territories.size());
        ASSERT_EQ(dashboard.insideSet()->count(), qsizetype(fresh.territories.size()));
        const QList<QPointF> target = dashboard.targetLine()->points();
        ASSERT_EQ(target.size(), qsizetype(2 * fresh.territories.size()));
        for (std::size_t i = 0; i < fresh.territories.size(); ++i) {
            // Bars may be in another order than the report: match by id.
            auto it = std::find_if(fresh.territories.begin(), fresh.territories.end(),
                                   [&](const ScopedTerritory &t) {
                                       return t.metrics.id == dashboard.barTerritories()[i];
                                   });
            ASSERT_NE(it, fresh.territories.end());
            const ScopedTerritory &t = *it;
            const double scale = dashboard.valueScale();
            const double in = dashboard.insideSet()->at(qsizetype(i)) * scale;
            const double out = dashboard.outsideSet()->at(qsizetype(i)) * scale;
            EXPECT_NEAR(in + out, t.metrics.value[k], 1e-9 * t.metrics.value[k]) << "bar " << i;
            EXPECT_EQ(out != 0, t.outside[k] && t.metrics.value[k] != 0) << "bar " << i;
            EXPECT_NEAR(target[qsizetype(2 * i)].x() * scale, t.target[k], 1e-9 * t.target[k]);
        }
    }

    // The bar of a territory (bars run from the bottom up).
    qsizetype barOf(Id id)
    {
        const std::vector<Id> &bars = dashboard.barTerritories();
        return qsizetype(std::find(bars.begin(), bars.end(), id) - bars.begin());
    }
    double barValue(Id id)
    {
        return dashboard.insideSet()->at(barOf(id)) + dashboard.outsideSet()->at(barOf(id));
    }

    std::unique_ptr<AssignmentService> assignment;
    std::unique_ptr<BalanceService> balance;
    BalanceDashboard dashboard;
};

} // namespace

TEST_F(BalanceDashboardTest, SeriesEqualTheMetricsForEachMeasure)
{
    dashboard.setCurrentTerritory(Pacific); // children: San Francisco, Los Angeles
    // In hierarchy order, the first on top: the last bar.
    ASSERT_EQ(dashboard.barTerritories(), (std::vector<Id>{LosAngeles, SanFrancisco}));
    const TerritoryMetrics *sf = balance->metrics()->territory(SanFrancisco);
    ASSERT_NE(sf, nullptr);
    EXPECT_GT(sf->workload(), 0);
    expectBarsMatchMetrics();
    for (Measure m : {Measure::Potential, Measure::Accounts, Measure::Workload}) {
        dashboard.setMeasure(m);
        expectBarsMatchMetrics();
    }
    // The summary shows the level's statistics.
    const LevelStatistics &w = dashboard.report().statistics[std::size_t(Measure::Workload)];
    EXPECT_EQ(dashboard.summaryTable()->item(6, 1)->text(),
              QStringLiteral("%1 of %2").arg(w.outside).arg(w.count));
    // A leaf shows its siblings; the top level shows the regions.
    dashboard.setCurrentTerritory(LosAngeles);
    EXPECT_EQ(dashboard.barTerritories(), (std::vector<Id>{LosAngeles, SanFrancisco}));
    dashboard.setCurrentTerritory(NoId);
    EXPECT_EQ(dashboard.barTerritories(), (std::vector<Id>{East, West}));
    expectBarsMatchMetrics();
}

TEST_F(BalanceDashboardTest, AnEditUpdatesTheBarsInPlaceAndUndoRestoresThem)
{
    dashboard.setCurrentTerritory(Pacific);
    const double before = barValue(LosAngeles);
    const int rebuilds = dashboard.rebuildCount();
    // 001C (NV, workload 12) goes to Los Angeles by hand.
    ASSERT_TRUE(Editor::assignAccountManually(session, QStringLiteral("001C"), LosAngeles).ok());
    settle();
    const double after = barValue(LosAngeles);
    EXPECT_DOUBLE_EQ(after, before + 12);
    expectBarsMatchMetrics();
    EXPECT_EQ(dashboard.rebuildCount(), rebuilds); // same territories: values replaced in place
    // Only Los Angeles and its ancestors were recomputed.
    EXPECT_EQ(balance->lastRecomputed(), 3u);
    stack().undo();
    settle();
    EXPECT_DOUBLE_EQ(barValue(LosAngeles), before);
    expectBarsMatchMetrics();
    stack().redo();
    settle();
    EXPECT_DOUBLE_EQ(barValue(LosAngeles), after);
}

TEST_F(BalanceDashboardTest, BalanceSettingsAreUndoableAndChangeTheCharts)
{
    dashboard.setCurrentTerritory(Pacific);
    const WorkspaceData original = snap();
    BalanceSettings s;
    s.workload.kind = MeasureDefinition::Kind::Formula;
    s.workload.segmentField = QStringLiteral("BillingState");
    s.workload.segments = {{QStringLiteral("CA"), NAN, NAN, QStringLiteral("12 * 1.5")}};
    s.workload.otherFormula = QStringLiteral("2");
    s.tolerancePercent = 1000;
    ASSERT_TRUE(Editor::setBalanceSettings(session, Plan, s).ok());
    checkUndoRedo(original, snap());
    settle();
    EXPECT_EQ(doc().model(Plan)->balance, s);
    EXPECT_EQ(balance->settings(), s);
    EXPECT_EQ(dashboard.report().tolerancePercent, 1000);
    // Every Californian account weighs 18 hours now.
    const TerritoryMetrics *sf = balance->metrics()->territory(SanFrancisco);
    EXPECT_DOUBLE_EQ(sf->workload(), 18 * sf->accounts());
    for (qsizetype i = 0; i < dashboard.outsideSet()->count(); ++i)
        EXPECT_EQ(dashboard.outsideSet()->at(i), 0); // all within ±1000 %
    expectBarsMatchMetrics();
    stack().undo();
    settle();
    EXPECT_EQ(balance->settings(), BalanceSettings{});
    expectBarsMatchMetrics();
}

TEST_F(BalanceDashboardTest, SettingsThatDoNotEvaluateAreShownNotUsed)
{
    dashboard.setCurrentTerritory(Pacific);
    const double before = balance->metrics()->territory(SanFrancisco)->workload();
    TerritoryModel m = *doc().model(Plan);
    m.balance.workload.kind = MeasureDefinition::Kind::Field;
    m.balance.workload.field = QStringLiteral("Name"); // text: cannot be summed
    m.balance.tolerancePercent = 20;
    ASSERT_TRUE(Editor::editModel(session, m).ok());
    settle();
    EXPECT_FALSE(balance->settingsError().isEmpty());
    EXPECT_DOUBLE_EQ(balance->metrics()->territory(SanFrancisco)->workload(), before);
    EXPECT_EQ(dashboard.report().tolerancePercent, 20);
}

TEST_F(BalanceDashboardTest, SettingsDialogRefusesBadFormulasAndReturnsGoodOnes)
{
    BalanceSettingsDialog dialog(doc().accounts(), BalanceSettings{});
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    MeasureEditor *w = dialog.workloadEditor();
    w->formulaButton()->setChecked(true);
    w->otherFormulaEdit()->setText(QStringLiteral("4 * "));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(dialog.problem().isEmpty());
    w->otherFormulaEdit()->setText(QStringLiteral("4 * 1.5"));
    EXPECT_TRUE(ok->isEnabled());
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("toleranceSpin"))->setValue(2.5);
    const BalanceSettings s = dialog.settings();
    EXPECT_EQ(s.workload.kind, MeasureDefinition::Kind::Formula);
    EXPECT_EQ(s.workload.otherFormula, QStringLiteral("4 * 1.5"));
    EXPECT_EQ(s.tolerancePercent, 2.5);
    // What the dialog shows comes back unchanged.
    BalanceSettingsDialog again(doc().accounts(), s);
    EXPECT_EQ(again.settings(), s);
}

// Settings typed in the dialog are in the file after Save, come back on
// Open, and are in the recovery file of unsaved work.
TEST_F(BalanceDashboardTest, SettingsFromTheDialogSurviveSaveReopenAndRecovery)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    BalanceSettingsDialog dialog(doc().accounts(), doc().model(Plan)->balance);
    MeasureEditor *w = dialog.workloadEditor();
    w->formulaButton()->setChecked(true);
    QComboBox *segmentField = w->segmentFieldCombo();
    segmentField->setCurrentIndex(segmentField->findData(QStringLiteral("Workload__c")));
    QPushButton *add = nullptr;
    for (QPushButton *b : w->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Add Segment"))
            add = b;
    }
    ASSERT_NE(add, nullptr);
    add->click();
    add->click();
    QTableWidget *table = w->segmentTable();
    ASSERT_EQ(table->rowCount(), 2);
    // Columns: value, from, to, formula. The first band is open below.
    table->item(0, 1)->setText(QString());
    table->item(0, 2)->setText(QStringLiteral("12.5"));
    table->item(0, 3)->setText(QStringLiteral("Workload__c * 2"));
    table->item(1, 1)->setText(QStringLiteral("12.5"));
    table->item(1, 2)->setText(QString());
    table->item(1, 3)->setText(QStringLiteral("30"));
    w->otherFormulaEdit()->setText(QStringLiteral("1.5"));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("toleranceSpin"))->setValue(7.5);
    auto *target = dialog.findChild<QComboBox *>(QStringLiteral("targetModeCombo"));
    target->setCurrentIndex(target->findData(int(TargetMode::Capacity)));
    ASSERT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    const BalanceSettings typed = dialog.settings();
    ASSERT_EQ(typed.workload.segments.size(), 2u);
    EXPECT_TRUE(std::isnan(typed.workload.segments[0].lower));
    EXPECT_TRUE(std::isnan(typed.workload.segments[1].upper));
    ASSERT_TRUE(Editor::setBalanceSettings(session, Plan, typed).ok());

    // Unsaved: the recovery file carries them.
    Autosave::setDirectory(dir.filePath(QStringLiteral("autosave")));
    ASSERT_TRUE(session.autosaveNow().ok());
    const auto entries = Autosave::entries();
    ASSERT_EQ(entries.size(), 1u);
    const Result<WorkspaceData> recovered = WorkspaceFile::load(entries.front().recoveryPath);
    session.discardAutosave();
    Autosave::setDirectory(QString());
    ASSERT_TRUE(recovered.ok()) << recovered.error().toString().toStdString();
    const TerritoryModel *recoveredPlan = nullptr;
    for (const TerritoryModel &m : recovered->models) {
        if (m.id == Plan)
            recoveredPlan = &m;
    }
    ASSERT_NE(recoveredPlan, nullptr);
    EXPECT_EQ(recoveredPlan->balance, typed);

    // Saved and opened again in a new session.
    const QString path = dir.filePath(QStringLiteral("plan.tessera"));
    std::optional<Status> saved, loaded;
    QObject::connect(&session, &DocumentSession::saveFinished, [&](const Status &s) { saved = s; });
    ASSERT_TRUE(session.startSave(path));
    session.waitForWorker();
    ASSERT_TRUE(saved && saved->ok());
    DocumentSession reopened;
    reopened.setAutosaveInterval(0);
    QObject::connect(&reopened, &DocumentSession::loadFinished,
                     [&](const Status &s) { loaded = s; });
    ASSERT_TRUE(reopened.startLoad(path));
    reopened.waitForWorker();
    ASSERT_TRUE(loaded && loaded->ok());
    ASSERT_NE(reopened.document()->model(Plan), nullptr);
    EXPECT_EQ(reopened.document()->model(Plan)->balance, typed);
    // And the dialog shows them as they were typed.
    BalanceSettingsDialog again(reopened.document()->accounts(),
                                reopened.document()->model(Plan)->balance);
    EXPECT_EQ(again.settings(), typed);
}

TEST(BalanceDashboardWindow, ClickingABarSelectsTheTerritory)
{
    MainWindow window;
    ASSERT_TRUE(window.openDemo());
    window.assignmentService()->waitForRun();
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    BalanceDashboard *dashboard = window.balanceDashboard();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("territoryTabs"));
    tabs->setCurrentWidget(dashboard);
    const std::vector<Id> bars = dashboard->barTerritories();
    ASSERT_GE(bars.size(), 2u);
    // Click the middle of the last bar.
    auto *view = dashboard->findChild<QChartView *>(QStringLiteral("territoryChartView"));
    QChart *chart = dashboard->territoryChart();
    const std::size_t last = bars.size() - 1;
    const double value =
        dashboard->insideSet()->at(qsizetype(last)) + dashboard->outsideSet()->at(qsizetype(last));
    ASSERT_GT(value, 0);
    // Horizontal bars: value along x, the bar's index along y.
    const QPointF inScene = chart->mapToScene(
        chart->mapToPosition(QPointF(value / 2, double(last)), dashboard->territoryBars()));
    const QPoint inView = view->mapFromScene(inScene);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
    EXPECT_EQ(window.currentTerritoryId(), bars[last]);
    // The dashboard keeps showing the same territories, with that one highlighted.
    EXPECT_EQ(dashboard->barTerritories(), bars);
}

namespace {

// 40 territories with long names, geographic, and 60 reps: a report built
// by hand, as the dashboard receives it.
struct LargeReport
{
    WorkspaceData data;
    BalanceReport report;

    LargeReport()
    {
        for (int i = 0; i < 40; ++i) {
            Territory t;
            t.id = 100 + i;
            t.modelId = 1;
            t.name = QStringLiteral("Territory %1 – Northern Sales").arg(i + 1, 2, 10, QChar(u'0'));
            data.territories.push_back(t);
            ScopedTerritory st;
            st.metrics.id = t.id;
            const double workload = 1000 + 37.0 * ((i * 7) % 40);
            st.metrics.value = {double(10 + i), workload, 1e6 * (i + 1)};
            st.target = {30, 1700, 2e7};
            for (std::size_t k = 0; k < MeasureCount; ++k) {
                st.deviationPercent[k] = deviationPercent(st.metrics.value[k], st.target[k]);
                st.outside[k] = std::abs(st.deviationPercent[k]) > 5;
            }
            st.metrics.compactness = 0.2 + 0.01 * i;
            st.metrics.contiguousParts = i % 10 == 0 ? 2 : 1;
            report.territories.push_back(st);
        }
        for (int r = 0; r < 60; ++r) {
            Rep rep;
            rep.id = 1000 + r;
            rep.name = QStringLiteral("Representative Number %1").arg(r + 1);
            data.reps.push_back(rep);
            report.reps.push_back({rep.id, 1600, 1600 * (0.5 + 0.01 * r), 0.5 + 0.01 * r});
        }
        report.geography.territories = 40;
        report.geography.contiguous = 36;
        report.geography.mostParts = 2;
        report.geography.meanCompactness = 0.395;
        report.geography.minCompactness = 0.2;
    }
};

} // namespace

TEST(BalanceDashboardLarge, WorstFirstPutsTheLargestDeviationOnTop)
{
    const LargeReport large;
    BalanceDashboard dashboard;
    dashboard.showReport(large.report, large.data, QStringLiteral("leaf territories"));
    dashboard.resize(1200, dashboard.heightToShowAll());
    dashboard.show();
    QCoreApplication::processEvents();
    ASSERT_EQ(dashboard.order(), BalanceDashboard::Order::WorstFirst);
    const std::vector<Id> &bars = dashboard.barTerritories();
    ASSERT_EQ(bars.size(), 40u);
    auto deviation = [&](Id id) {
        for (const ScopedTerritory &t : large.report.territories) {
            if (t.metrics.id == id)
                return std::abs(t.deviationPercent[std::size_t(Measure::Workload)]);
        }
        return -1.0;
    };
    // From the bottom up, deviations grow: the worst is the top bar.
    for (std::size_t i = 1; i < bars.size(); ++i)
        EXPECT_LE(deviation(bars[i - 1]), deviation(bars[i])) << "bar " << i;
    // The set values follow the same order.
    const double top = dashboard.insideSet()->at(39) + dashboard.outsideSet()->at(39);
    for (const ScopedTerritory &t : large.report.territories) {
        if (t.metrics.id == bars[39]) {
            EXPECT_DOUBLE_EQ(top, t.metrics.workload());
        }
    }
    // The top bar is drawn above the bottom one.
    QChart *chart = dashboard.territoryChart();
    EXPECT_LT(chart->mapToPosition(QPointF(1, 39), dashboard.territoryBars()).y(),
              chart->mapToPosition(QPointF(1, 0), dashboard.territoryBars()).y());
    dashboard.setOrder(BalanceDashboard::Order::Hierarchy);
    EXPECT_EQ(dashboard.barTerritories().back(), 100); // the first, on top
    EXPECT_EQ(dashboard.barTerritories().front(), 139);
}

TEST(BalanceDashboardLarge, FortyTerritoriesAndSixtyRepsKeepEveryNameReadable)
{
    const LargeReport large;
    BalanceDashboard dashboard;
    dashboard.showReport(large.report, large.data, QStringLiteral("leaf territories"));
    dashboard.resize(1200, 800);
    dashboard.show();
    QCoreApplication::processEvents();
    // Every bar has its name, whole (they are short enough) and its
    // geography; the axes show every label.
    auto *names =
        qobject_cast<QBarCategoryAxis *>(dashboard.territoryChart()->axes(Qt::Vertical).front());
    ASSERT_NE(names, nullptr);
    EXPECT_TRUE(names->labelsVisible());
    ASSERT_EQ(names->count(), 40);
    for (std::size_t i = 0; i < 40; ++i) {
        const QString label = dashboard.barLabel(i);
        EXPECT_TRUE(label.startsWith(QStringLiteral("Territory "))) << label.toStdString();
        EXPECT_FALSE(label.contains(QChar(0x2026))) << label.toStdString();
        EXPECT_TRUE(label.endsWith(QStringLiteral("part")) ||
                    label.endsWith(QStringLiteral("parts")))
            << label.toStdString();
    }
    auto *reps = qobject_cast<QBarCategoryAxis *>(dashboard.repChart()->axes(Qt::Vertical).front());
    ASSERT_NE(reps, nullptr);
    EXPECT_TRUE(reps->labelsVisible());
    EXPECT_EQ(reps->count(), 60);

    // Shown at the height it asks for, each bar gets a line of text.
    const int height = dashboard.heightToShowAll();
    EXPECT_GT(height, 40 * 20);
    dashboard.resize(1200, height);
    QCoreApplication::processEvents();
    const int line = QFontMetrics(names->labelsFont()).height();
    EXPECT_GE(dashboard.territoryChart()->plotArea().height() / 40, line);
    EXPECT_GE(dashboard.repChart()->plotArea().height() / 60,
              QFontMetrics(reps->labelsFont()).height());
    // Qt Charts would elide a label to "..." where it lacks room.
    EXPECT_FALSE(names->labelsTruncated());
    EXPECT_FALSE(reps->labelsTruncated());

    // The histogram counts territories: its ticks are whole numbers and the
    // axis holds the highest bin.
    auto *histView = dashboard.findChild<QChartView *>(QStringLiteral("histogramChartView"));
    ASSERT_NE(histView, nullptr);
    auto *counts = qobject_cast<QValueAxis *>(histView->chart()->axes(Qt::Vertical).front());
    ASSERT_NE(counts, nullptr);
    ASSERT_GE(counts->tickCount(), 2);
    const double step = (counts->max() - counts->min()) / (counts->tickCount() - 1);
    EXPECT_EQ(step, std::round(step)) << counts->max() << " / " << counts->tickCount();
    EXPECT_GE(step, 1.0);
    double highest = 0;
    for (QAbstractSeries *series : histView->chart()->series()) {
        auto *stacked = qobject_cast<QStackedBarSeries *>(series);
        if (!stacked || stacked->barSets().isEmpty())
            continue;
        for (int b = 0; b < stacked->barSets().front()->count(); ++b) {
            double sum = 0;
            for (QBarSet *set : stacked->barSets())
                sum += set->at(b);
            highest = std::max(highest, sum);
        }
    }
    EXPECT_GT(highest, 0);
    EXPECT_GE(counts->max(), highest);

    // The summary says how many territories are contiguous.
    QTableWidget *summary = dashboard.summaryTable();
    EXPECT_FALSE(summary->isRowHidden(8));
    EXPECT_EQ(summary->item(8, 0)->text(), QStringLiteral("36 of 40 in one piece; up to 2 parts"));
}

TEST(BalanceDashboardLarge, TheRenderedImageGrowsToShowEveryName)
{
    const LargeReport large;
    const QImage image =
        renderDashboardImage(large.report, large.data, QStringLiteral("Plan"), QSize(1600, 1000));
    EXPECT_EQ(image.width(), 1600);
    EXPECT_GT(image.height(), 1000);
}
