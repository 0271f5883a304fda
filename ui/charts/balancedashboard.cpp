// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/balancedashboard.h"

#include "core/balance/metricsanalysis.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/balanceservice.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Tessera {

namespace {

const QColor InsideColour(0x4e, 0x79, 0xa7);
const QColor OutsideColour(0xe1, 0x57, 0x59);
const QColor UnderColour(0xf2, 0x8e, 0x2b);
const QColor TargetColour(0x33, 0x33, 0x33);
const QColor BandColour(0x59, 0xa1, 0x4f, 60);

// Above this many bars the category labels would overlap: hover shows names.
constexpr int MaxLabelledBars = 40;

QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // live updates must not flicker
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    return chart;
}

QBarSet *makeSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    set->setSelectedColor(colour.darker(160));
    return set;
}

// Replaces a set's values in place when the count is unchanged.
bool assign(QBarSet *set, const std::vector<double> &values)
{
    if (set->count() == static_cast<qsizetype>(values.size())) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (set->at(static_cast<qsizetype>(i)) != values[i])
                set->replace(static_cast<qsizetype>(i), values[i]);
        }
        return false;
    }
    set->remove(0, set->count());
    QList<qreal> list(values.begin(), values.end());
    set->append(list);
    return true;
}

void setCategories(QBarCategoryAxis *axis, const QStringList &names)
{
    if (axis->categories() != names) {
        axis->clear();
        axis->append(names);
    }
    axis->setLabelsVisible(names.size() <= MaxLabelledBars);
    axis->setLabelsAngle(names.size() > 8 ? -60 : 0);
}

// An upper bound for an axis: 5 % above the largest value, never 0.
double axisTop(double largest)
{
    return largest > 0 ? largest * 1.05 : 1.0;
}

// A power of a thousand that keeps the largest value below 10,000 units.
struct Scale
{
    double divisor = 1;
    QString suffix;      // for axis titles: "millions"
    QString shortSuffix; // where room is short: "M"
};
Scale scaleFor(double largest)
{
    if (largest >= 1e10)
        return {1e9, QCoreApplication::translate("Tessera::BalanceDashboard", "billions"),
                QStringLiteral("B")};
    if (largest >= 1e7)
        return {1e6, QCoreApplication::translate("Tessera::BalanceDashboard", "millions"),
                QStringLiteral("M")};
    if (largest >= 1e5)
        return {1e3, QCoreApplication::translate("Tessera::BalanceDashboard", "thousands"),
                QStringLiteral("K")};
    return {};
}

// "26.8 M" for large amounts, plain numbers below a hundred thousand.
QString compact(double v)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    const double a = std::abs(v);
    if (a >= 1e9)
        return QLocale().toString(v / 1e9, 'f', 1) + QStringLiteral(" B");
    if (a >= 1e6)
        return QLocale().toString(v / 1e6, 'f', 1) + QStringLiteral(" M");
    if (a >= 1e5)
        return QLocale().toString(v / 1e3, 'f', 0) + QStringLiteral(" K");
    return QLocale().toString(v, 'f', 0);
}

void niceRange(QValueAxis *axis, double largest)
{
    axis->setRange(0, axisTop(largest));
    axis->setTickCount(5);
    axis->applyNiceNumbers();
}

QString formatValue(double v, int decimals = 0)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    return QLocale().toString(v, 'f', decimals);
}

QString formatPercent(double v, bool sign = true)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    const QString text = QLocale().toString(v, 'f', 1) + QStringLiteral(" %");
    return sign && v > 0 ? QStringLiteral("+") + text : text;
}

} // namespace

BalanceDashboard::BalanceDashboard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("balanceDashboard"));
    buildUi();
}

BalanceDashboard::~BalanceDashboard() = default;

void BalanceDashboard::buildUi()
{
    auto *top = new QHBoxLayout;
    m_scopeLabel = new QLabel;
    m_scopeLabel->setObjectName(QStringLiteral("balanceScopeLabel"));
    QFont bold = m_scopeLabel->font();
    bold.setBold(true);
    m_scopeLabel->setFont(bold);
    m_measureCombo = new QComboBox;
    m_measureCombo->setObjectName(QStringLiteral("measureCombo"));
    m_measureCombo->addItem(tr("Workload"), int(Measure::Workload));
    m_measureCombo->addItem(tr("Potential"), int(Measure::Potential));
    m_measureCombo->addItem(tr("Accounts"), int(Measure::Accounts));
    m_measureLabel = new QLabel(tr("&Balance of:"));
    m_measureLabel->setBuddy(m_measureCombo);
    connect(m_measureCombo, &QComboBox::currentIndexChanged, this, [this](int) {
        setMeasure(static_cast<Measure>(m_measureCombo->currentData().toInt()));
    });
    m_settingsButton = new QPushButton(tr("Balance &Settings…"));
    m_settingsButton->setObjectName(QStringLiteral("balanceSettingsButton"));
    connect(m_settingsButton, &QPushButton::clicked, this, &BalanceDashboard::settingsRequested);
    m_optimizeButton = new QPushButton(tr("&Optimize…"));
    m_optimizeButton->setObjectName(QStringLiteral("balanceOptimizeButton"));
    m_optimizeButton->setToolTip(tr("Rebalance these territories with the optimizer"));
    connect(m_optimizeButton, &QPushButton::clicked, this, &BalanceDashboard::optimizeRequested);
    top->addWidget(m_scopeLabel, 1);
    top->addWidget(m_measureLabel);
    top->addWidget(m_measureCombo);
    top->addWidget(m_settingsButton);
    top->addWidget(m_optimizeButton);

    m_noteLabel = new QLabel;
    m_noteLabel->setObjectName(QStringLiteral("balanceNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setVisible(false);

    // Territories against target and band.
    m_barChart = makeChart(tr("Workload per territory"));
    m_bandUpper = new QLineSeries(this);
    m_bandLower = new QLineSeries(this);
    m_band = new QAreaSeries(m_bandUpper, m_bandLower);
    m_band->setName(tr("Tolerance"));
    m_band->setColor(BandColour);
    m_band->setBorderColor(Qt::transparent);
    m_inside = makeSet(tr("Within tolerance"), InsideColour);
    m_outside = makeSet(tr("Outside tolerance"), OutsideColour);
    m_bars = new QStackedBarSeries;
    m_bars->append(m_inside);
    m_bars->append(m_outside);
    m_bars->setBarWidth(0.7);
    m_target = new QLineSeries;
    m_target->setName(tr("Target"));
    QPen targetPen(TargetColour, 2, Qt::DashLine);
    m_target->setPen(targetPen);
    m_barChart->addSeries(m_band);
    m_barChart->addSeries(m_bars);
    m_barChart->addSeries(m_target);
    for (QLegendMarker *marker : m_barChart->legend()->markers(m_band))
        marker->setBrush(QColor(BandColour.red(), BandColour.green(), BandColour.blue(), 150));
    m_barAxisX = new QBarCategoryAxis;
    m_barAxisY = new QValueAxis;
    m_barAxisY->setLabelFormat(QStringLiteral("%.0f"));
    m_barChart->addAxis(m_barAxisX, Qt::AlignBottom);
    m_barChart->addAxis(m_barAxisY, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_bars),
          static_cast<QAbstractSeries *>(m_target)}) {
        s->attachAxis(m_barAxisX);
        s->attachAxis(m_barAxisY);
    }
    connect(m_bars, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && static_cast<std::size_t>(index) < m_ids.size())
            activate(m_ids[static_cast<std::size_t>(index)]);
    });
    connect(m_bars, &QStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (!on || index < 0 || static_cast<std::size_t>(index) >= m_report.territories.size()) {
            QToolTip::hideText();
            return;
        }
        const ScopedTerritory &t = m_report.territories[static_cast<std::size_t>(index)];
        const std::size_t k = static_cast<std::size_t>(m_measure);
        QToolTip::showText(QCursor::pos(),
                           tr("%1\n%2: %3\nTarget: %4\nDeviation: %5")
                               .arg(m_names[static_cast<std::size_t>(index)],
                                    measureName(m_measure), formatValue(t.metrics.value[k]),
                                    formatValue(t.target[k]),
                                    formatPercent(t.deviationPercent[k])));
    });

    // Reps.
    m_repChart = makeChart(tr("Utilisation per rep"));
    m_repWithin = makeSet(tr("Within"), InsideColour);
    m_repOver = makeSet(tr("Over"), OutsideColour);
    m_repUnder = makeSet(tr("Under"), UnderColour);
    m_repBars = new QHorizontalStackedBarSeries;
    m_repBars->append(m_repWithin);
    m_repBars->append(m_repOver);
    m_repBars->append(m_repUnder);
    m_repBars->setBarWidth(0.8);
    m_repFull = new QLineSeries;
    m_repFull->setName(tr("Capacity"));
    m_repFull->setPen(targetPen);
    m_repChart->addSeries(m_repBars);
    m_repChart->addSeries(m_repFull);
    m_repAxisX = new QBarCategoryAxis;
    m_repAxisY = new QValueAxis;
    m_repAxisY->setLabelFormat(QStringLiteral("%.0f %%"));
    // Names on the left, where they have room; the value axis below.
    QFont small = m_repAxisX->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 2));
    m_repAxisX->setLabelsFont(small);
    m_repChart->addAxis(m_repAxisX, Qt::AlignLeft);
    m_repChart->addAxis(m_repAxisY, Qt::AlignBottom);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_repBars), static_cast<QAbstractSeries *>(m_repFull)}) {
        s->attachAxis(m_repAxisX);
        s->attachAxis(m_repAxisY);
    }
    connect(m_repBars, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool on, int index, QBarSet *) {
                if (!on || index < 0 || static_cast<std::size_t>(index) >= m_repNames.size()) {
                    QToolTip::hideText();
                    return;
                }
                const RepMetrics &r = m_report.reps[static_cast<std::size_t>(index)];
                QToolTip::showText(QCursor::pos(),
                                   tr("%1\nWorkload: %2 h of %3 h\nUtilisation: %4")
                                       .arg(m_repNames[static_cast<std::size_t>(index)],
                                            formatValue(r.workload), formatValue(r.capacity),
                                            formatPercent(r.utilisation * 100, false)));
            });

    // Workload against potential.
    m_scatterChart = makeChart(tr("Workload against potential"));
    m_scatterIn = new QScatterSeries;
    m_scatterIn->setName(tr("Within tolerance"));
    m_scatterIn->setColor(InsideColour);
    m_scatterIn->setMarkerSize(9);
    m_scatterOut = new QScatterSeries;
    m_scatterOut->setName(tr("Outside tolerance"));
    m_scatterOut->setColor(OutsideColour);
    m_scatterOut->setMarkerSize(9);
    m_scatterChart->addSeries(m_scatterIn);
    m_scatterChart->addSeries(m_scatterOut);
    m_scatterX = new QValueAxis;
    m_scatterX->setTitleText(tr("Workload (h)"));
    m_scatterX->setLabelFormat(QStringLiteral("%.0f"));
    m_scatterY = new QValueAxis;
    m_scatterY->setLabelFormat(QStringLiteral("%.3g"));
    m_scatterY->setTitleText(tr("Potential"));
    m_scatterChart->addAxis(m_scatterX, Qt::AlignBottom);
    m_scatterChart->addAxis(m_scatterY, Qt::AlignLeft);
    for (QScatterSeries *s : {m_scatterIn, m_scatterOut}) {
        s->attachAxis(m_scatterX);
        s->attachAxis(m_scatterY);
        connect(s, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            // The territory nearest the point clicked, in axis-relative units.
            const double sx = std::max(1e-9, m_scatterX->max() - m_scatterX->min());
            const double sy = std::max(1e-9, m_scatterY->max() - m_scatterY->min());
            double best = 1e300;
            Id id = NoId;
            for (const ScopedTerritory &t : m_report.territories) {
                const double dx = (t.metrics.workload() - p.x()) / sx;
                const double dy = (t.metrics.potential() / m_scatterScale - p.y()) / sy;
                if (dx * dx + dy * dy < best) {
                    best = dx * dx + dy * dy;
                    id = t.metrics.id;
                }
            }
            if (id != NoId)
                activate(id);
        });
    }

    // Deviations.
    m_histChart = makeChart(tr("Deviation from target"));
    m_histIn = makeSet(tr("Within tolerance"), InsideColour);
    m_histOut = makeSet(tr("Outside tolerance"), OutsideColour);
    m_histBars = new QStackedBarSeries;
    m_histBars->append(m_histIn);
    m_histBars->append(m_histOut);
    m_histBars->setBarWidth(0.95);
    m_histChart->addSeries(m_histBars);
    m_histAxisX = new QBarCategoryAxis;
    m_histAxisX->setTitleText(tr("Deviation (%)"));
    m_histAxisY = new QValueAxis;
    m_histAxisY->setLabelFormat(QStringLiteral("%.0f"));
    m_histAxisY->setTitleText(tr("Territories"));
    m_histChart->addAxis(m_histAxisX, Qt::AlignBottom);
    m_histChart->addAxis(m_histAxisY, Qt::AlignLeft);
    m_histBars->attachAxis(m_histAxisX);
    m_histBars->attachAxis(m_histAxisY);

    m_summary = new QTableWidget(7, 4);
    m_summary->setObjectName(QStringLiteral("balanceSummary"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_summary->setHorizontalHeaderLabels(
        {tr("Accounts"), tr("Workload"), tr("Potential"), tr("Utilisation")});
    m_summary->setVerticalHeaderLabels({tr("Mean"), tr("Coefficient of variation"), tr("Minimum"),
                                        tr("Maximum"), tr("Largest deviation"), tr("Gini"),
                                        tr("Outside tolerance")});
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setAlternatingRowColors(true);

    auto view = [this](QChart *chart, const char *name) {
        auto *v = new QChartView(chart);
        v->setObjectName(QLatin1String(name));
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(240, 200);
        m_views.push_back(v);
        return v;
    };
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(view(m_barChart, "territoryChartView"), 0, 0, 1, 2);
    grid->addWidget(view(m_repChart, "repChartView"), 1, 0);
    grid->addWidget(view(m_scatterChart, "scatterChartView"), 1, 1);
    grid->addWidget(view(m_histChart, "histogramChartView"), 2, 0);
    grid->addWidget(m_summary, 2, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_noteLabel);
    layout->addLayout(grid, 1);
}

void BalanceDashboard::setService(BalanceService *service, const WorkspaceDocument *document)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_document = document;
    m_current = NoId;
    m_scope = BalanceScope::children(NoId);
    if (m_service) {
        connect(m_service, &BalanceService::metricsChanged, this, &BalanceDashboard::refresh);
        connect(m_service, &QObject::destroyed, this, [this] {
            m_service = nullptr;
            m_document = nullptr;
        });
    }
    refresh();
}

void BalanceDashboard::activate(Id territoryId)
{
    // The selection comes back through setCurrentTerritory(); the territories
    // shown stay, so that one can click through them.
    m_pinned = true;
    emit territoryActivated(territoryId);
    m_pinned = false;
    m_current = territoryId;
    highlight();
}

void BalanceDashboard::setCurrentTerritory(Id territoryId)
{
    m_current = territoryId;
    if (m_pinned && std::find(m_ids.begin(), m_ids.end(), territoryId) != m_ids.end()) {
        highlight();
        return;
    }
    BalanceScope scope = BalanceScope::children(NoId);
    const Territory *t = m_document ? m_document->territory(territoryId) : nullptr;
    if (t) {
        const bool hasChildren = !m_document->children(t->modelId, t->id).empty();
        scope = BalanceScope::children(hasChildren ? t->id : t->parentId);
    }
    if (scope.kind != m_scope.kind || scope.parentId != m_scope.parentId) {
        m_scope = scope;
        refresh();
    } else {
        highlight();
    }
}

void BalanceDashboard::setScope(const BalanceScope &scope)
{
    m_scope = scope;
    refresh();
}

void BalanceDashboard::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    {
        const QSignalBlocker block(m_measureCombo);
        m_measureCombo->setCurrentIndex(m_measureCombo->findData(int(measure)));
    }
    present(m_scopeLabel->text());
}

void BalanceDashboard::setControlsVisible(bool visible)
{
    m_measureLabel->setVisible(visible);
    m_measureCombo->setVisible(visible);
    m_settingsButton->setVisible(visible);
    m_optimizeButton->setVisible(visible);
}

void BalanceDashboard::refresh()
{
    const BalanceMetrics *metrics = m_service ? m_service->metrics() : nullptr;
    if (!metrics || !m_document) {
        m_report = BalanceReport{};
        m_ids.clear();
        m_names.clear();
        m_repNames.clear();
        present(m_service ? tr("Assigning accounts…") : QString());
        return;
    }
    QString note = m_service->settingsError();
    if (!note.isEmpty())
        note = tr("The model's balance settings cannot be used: %1").arg(note);
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
    const WorkspaceData &data = m_service->assignment()->data();
    showReport(metrics->report(m_scope), data, describeScope(data, m_scope));
}

void BalanceDashboard::showReport(const BalanceReport &report, const WorkspaceData &data,
                                  const QString &scopeName)
{
    m_report = report;
    m_ids.clear();
    m_names.clear();
    std::unordered_map<Id, QString> territoryNames;
    for (const Territory &t : data.territories)
        territoryNames.emplace(t.id, t.name);
    for (const ScopedTerritory &t : m_report.territories) {
        m_ids.push_back(t.metrics.id);
        m_names.push_back(territoryNames[t.metrics.id]);
    }
    std::unordered_map<Id, QString> repNames;
    for (const Rep &r : data.reps)
        repNames.emplace(r.id, r.name);
    std::stable_sort(m_report.reps.begin(), m_report.reps.end(),
                     [](const RepMetrics &a, const RepMetrics &b) {
                         const double ua = std::isnan(a.utilisation) ? -1 : a.utilisation;
                         const double ub = std::isnan(b.utilisation) ? -1 : b.utilisation;
                         return ua < ub; // bottom to top: the busiest on top
                     });
    m_repNames.clear();
    for (const RepMetrics &r : m_report.reps)
        m_repNames.push_back(repNames[r.repId]);
    present(scopeName);
}

void BalanceDashboard::present(const QString &scopeName)
{
    m_scopeLabel->setText(scopeName);
    updateTerritoryChart();
    updateRepChart();
    updateScatter();
    updateHistogram();
    updateSummary();
    highlight();
}

void BalanceDashboard::updateTerritoryChart()
{
    const std::size_t k = static_cast<std::size_t>(m_measure);
    const std::size_t n = m_report.territories.size();
    const double tol = m_report.tolerancePercent / 100.0;
    double top = 0;
    for (const ScopedTerritory &t : m_report.territories)
        top = std::max({top, t.metrics.value[k], t.target[k] * (1 + tol)});
    const Scale scale = m_measure == Measure::Potential ? scaleFor(top) : Scale{};
    m_scale = scale.divisor;
    std::vector<double> inside(n), outside(n);
    QList<QPointF> target, upper, lower;
    for (std::size_t i = 0; i < n; ++i) {
        const ScopedTerritory &t = m_report.territories[i];
        const double v = t.metrics.value[k] / m_scale;
        (t.outside[k] ? outside : inside)[i] = v;
        const double x0 = double(i) - 0.5, x1 = double(i) + 0.5;
        const double tv = t.target[k] / m_scale;
        target << QPointF(x0, tv) << QPointF(x1, tv);
        upper << QPointF(x0, tv * (1 + tol)) << QPointF(x1, tv * (1 + tol));
        lower << QPointF(x0, tv * (1 - tol)) << QPointF(x1, tv * (1 - tol));
    }
    QStringList names;
    for (const QString &name : m_names)
        names << name;
    bool rebuilt = assign(m_inside, inside);
    rebuilt = assign(m_outside, outside) || rebuilt;
    if (rebuilt)
        ++m_rebuilds;
    setCategories(m_barAxisX, names);
    m_target->replace(target);
    m_bandUpper->replace(upper);
    m_bandLower->replace(lower);
    niceRange(m_barAxisY, top / m_scale);
    m_barAxisY->setLabelFormat(m_scale > 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_barAxisY->setTitleText(scale.suffix);
    const QString tolerance = QLocale().toString(m_report.tolerancePercent, 'g', 4);
    m_band->setName(tr("Tolerance ±%1 %").arg(tolerance));
    m_inside->setLabel(tr("Within ±%1 %").arg(tolerance));
    m_outside->setLabel(tr("Outside ±%1 %").arg(tolerance));
    QString target_;
    switch (m_report.targetMode) {
    case TargetMode::EqualShare:
        target_ = tr("target: equal share");
        break;
    case TargetMode::Capacity:
        target_ = tr("target: by capacity");
        break;
    case TargetMode::TerritoryTargets:
        target_ = tr("target: territory targets");
        break;
    }
    const QString what = m_measure == Measure::Workload    ? tr("Workload (h) per territory")
                         : m_measure == Measure::Potential ? tr("Potential per territory")
                                                           : tr("Accounts per territory");
    m_barChart->setTitle(QStringLiteral("%1 — %2").arg(what, target_));
}

void BalanceDashboard::updateRepChart()
{
    const std::size_t n = m_report.reps.size();
    const double tol = m_report.tolerancePercent;
    std::vector<double> within(n), over(n), under(n);
    double top = 100 + tol;
    for (std::size_t i = 0; i < n; ++i) {
        const double u =
            std::isnan(m_report.reps[i].utilisation) ? 0 : m_report.reps[i].utilisation * 100;
        if (u > 100 + tol)
            over[i] = u;
        else if (u < 100 - tol)
            under[i] = u;
        else
            within[i] = u;
        top = std::max(top, u);
    }
    bool rebuilt = assign(m_repWithin, within);
    rebuilt = assign(m_repOver, over) || rebuilt;
    rebuilt = assign(m_repUnder, under) || rebuilt;
    if (rebuilt)
        ++m_rebuilds;
    QStringList names;
    for (const QString &name : m_repNames)
        names << name;
    setCategories(m_repAxisX, names);
    m_repFull->replace({QPointF(100, -0.5), QPointF(100, double(n) - 0.5)});
    m_repAxisX->setLabelsAngle(0);
    m_repAxisX->setLabelsVisible(n <= 24);
    niceRange(m_repAxisY, top);
    m_repChart->setTitle(n ? tr("Utilisation per rep (%L1 reps)").arg(n)
                           : tr("Utilisation per rep: no reps on these territories"));
}

void BalanceDashboard::updateScatter()
{
    QList<QPointF> in, out;
    double maxX = 0, maxY = 0;
    const std::size_t k = static_cast<std::size_t>(m_measure);
    for (const ScopedTerritory &t : m_report.territories) {
        maxX = std::max(maxX, t.metrics.workload());
        maxY = std::max(maxY, t.metrics.potential());
    }
    const Scale scale = scaleFor(maxY);
    m_scatterScale = scale.divisor;
    for (const ScopedTerritory &t : m_report.territories)
        (t.outside[k] ? out : in) << QPointF(t.metrics.workload(),
                                             t.metrics.potential() / m_scatterScale);
    m_scatterIn->replace(in);
    m_scatterOut->replace(out);
    niceRange(m_scatterX, maxX);
    niceRange(m_scatterY, maxY / m_scatterScale);
    m_scatterY->setLabelFormat(m_scatterScale > 1 ? QStringLiteral("%.1f")
                                                  : QStringLiteral("%.0f"));
    m_scatterY->setTitleText(scale.suffix.isEmpty() ? tr("Potential")
                                                    : tr("Potential (%1)").arg(scale.shortSuffix));
}

void BalanceDashboard::updateHistogram()
{
    const std::size_t k = static_cast<std::size_t>(m_measure);
    const double tol = m_report.tolerancePercent;
    double width = tol > 0 ? tol : 5;
    double lo = 0, hi = 0;
    bool any = false;
    for (const ScopedTerritory &t : m_report.territories) {
        const double d = t.deviationPercent[k];
        if (std::isnan(d))
            continue;
        lo = any ? std::min(lo, d) : d;
        hi = any ? std::max(hi, d) : d;
        any = true;
    }
    lo = std::min(lo, -width);
    hi = std::max(hi, width);
    // At most 12 bins, aligned on multiples of the width so that the
    // tolerance band falls on bin edges.
    while ((std::ceil(hi / width) - std::floor(lo / width)) > 12)
        width *= 2;
    const double first = std::floor(lo / width) * width;
    const int bins = std::max(1, int(std::ceil(hi / width) - std::floor(lo / width)));
    std::vector<double> in(std::size_t(bins), 0), out(std::size_t(bins), 0);
    for (const ScopedTerritory &t : m_report.territories) {
        const double d = t.deviationPercent[k];
        if (std::isnan(d))
            continue;
        const int b = std::clamp(int(std::floor((d - first) / width)), 0, bins - 1);
        (t.outside[k] ? out : in)[std::size_t(b)] += 1;
    }
    // Few bins: "-5…0"; more: the lower edge alone, which still fits.
    const bool ranges = bins <= 4;
    QStringList labels;
    for (int b = 0; b < bins; ++b) {
        const double a = first + b * width;
        labels << (ranges ? QStringLiteral("%1…%2").arg(QLocale().toString(a, 'g', 4),
                                                        QLocale().toString(a + width, 'g', 4))
                          : QLocale().toString(a, 'g', 4));
    }
    m_histAxisX->setTitleText(
        ranges ? tr("Deviation (%)")
               : tr("Deviation (%), bins of %1 from").arg(QLocale().toString(width, 'g', 4)));
    bool rebuilt = assign(m_histIn, in);
    rebuilt = assign(m_histOut, out) || rebuilt;
    if (rebuilt)
        ++m_rebuilds;
    if (m_histAxisX->categories() != labels) {
        m_histAxisX->clear();
        m_histAxisX->append(labels);
    }
    m_histAxisX->setLabelsAngle(0);
    double most = 0;
    for (int b = 0; b < bins; ++b)
        most = std::max(most, in[std::size_t(b)] + out[std::size_t(b)]);
    m_histAxisY->setRange(0, std::max(1.0, most));
    m_histAxisY->setTickCount(std::min(6, int(std::max(1.0, most)) + 1));
    m_histChart->setTitle(tr("Deviation of %1 from target").arg(measureName(m_measure).toLower()));
}

void BalanceDashboard::updateSummary()
{
    auto set = [this](int row, int column, const QString &text, bool alarm = false) {
        QTableWidgetItem *item = m_summary->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summary->setItem(row, column, item);
        }
        item->setText(text);
        item->setForeground(alarm ? OutsideColour.darker(120) : palette().text().color());
    };
    const int decimals[] = {0, 0, 0};
    for (int c = 0; c < 4; ++c) {
        const LevelStatistics &s =
            c < 3 ? m_report.statistics[std::size_t(c)] : m_report.utilisation;
        const bool percent = c == 3;
        const int d = c < 3 ? decimals[c] : 1;
        auto value = [&](double v) {
            return percent ? formatPercent(v, false) : c == 2 ? compact(v) : formatValue(v, d);
        };
        const bool empty = s.count == 0;
        set(0, c, empty ? QStringLiteral("–") : value(s.mean));
        set(1, c, empty ? QStringLiteral("–") : formatValue(s.cv, 3));
        set(2, c, empty ? QStringLiteral("–") : value(s.min));
        set(3, c, empty ? QStringLiteral("–") : value(s.max));
        set(4, c, empty ? QStringLiteral("–") : formatPercent(s.maxDeviationPercent),
            std::abs(s.maxDeviationPercent) > m_report.tolerancePercent);
        set(5, c, empty ? QStringLiteral("–") : formatValue(s.gini, 3));
        set(6, c, empty ? QStringLiteral("–") : tr("%L1 of %L2").arg(s.outside).arg(s.count),
            s.outside > 0);
    }
    const QString tolerance = QLocale().toString(m_report.tolerancePercent, 'g', 4);
    m_summary->setVerticalHeaderItem(6, new QTableWidgetItem(tr("Outside ±%1 %").arg(tolerance)));
    m_summary->setHorizontalHeaderItem(3, new QTableWidgetItem(tr("Utilisation")));
}

void BalanceDashboard::highlight()
{
    for (QBarSet *set : {m_inside, m_outside})
        set->deselectAllBars();
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        if (m_ids[i] == m_current) {
            m_inside->selectBar(int(i));
            m_outside->selectBar(int(i));
        }
    }
}

} // namespace Tessera
