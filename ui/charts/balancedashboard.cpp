// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/balancedashboard.h"

#include "ui/charts/chartstyle.h"

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
#include <QFontMetrics>
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
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace Tessera {

namespace {

const QColor InsideColour(0x4e, 0x79, 0xa7);
const QColor OutsideColour(0xe1, 0x57, 0x59);
const QColor UnderColour(0xf2, 0x8e, 0x2b);
const QColor TargetColour(0x33, 0x33, 0x33);
const QColor BandColour(0x59, 0xa1, 0x4f, 60);

// Room per bar beyond a line of its label font, so that every name gets a
// line of its own: Qt Charts lays a label out with margins around its text.
// The charts grow (and the dashboard scrolls) rather than hide or squeeze names.
constexpr int RowPaddingPixels = 10;
// Title, legend and value axis of a chart, around its bars.
constexpr int ChartOverheadPixels = 120;
// Longer names are shortened on the axis; tooltips show them whole.
constexpr qsizetype MaxLabelCharacters = 30;

QString shortened(const QString &name)
{
    return name.size() > MaxLabelCharacters ? name.left(MaxLabelCharacters - 1) + QChar(0x2026)
                                            : name;
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
    auto *top = new QGridLayout;
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
    m_orderCombo = new QComboBox;
    m_orderCombo->setObjectName(QStringLiteral("orderCombo"));
    m_orderCombo->addItem(tr("Worst first"), int(Order::WorstFirst));
    m_orderCombo->addItem(tr("Hierarchy"), int(Order::Hierarchy));
    m_orderLabel = new QLabel(tr("&Order:"));
    m_orderLabel->setBuddy(m_orderCombo);
    connect(m_orderCombo, &QComboBox::currentIndexChanged, this,
            [this](int) { setOrder(static_cast<Order>(m_orderCombo->currentData().toInt())); });
    m_controls = new QWidget;
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_measureLabel);
    controls->addWidget(m_measureCombo);
    controls->addWidget(m_orderLabel);
    controls->addWidget(m_orderCombo);
    m_actions = new QWidget;
    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_settingsButton);
    actions->addWidget(m_optimizeButton);
    top->setColumnStretch(0, 1);
    m_topLayout = top;
    arrangeHeader();

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
    m_inside = makeBarSet(tr("Within tolerance"), InsideColour);
    m_outside = makeBarSet(tr("Outside tolerance"), OutsideColour);
    m_bars = new QHorizontalStackedBarSeries;
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
    // Names down the left, one line each; values below.
    m_barAxisX = new QBarCategoryAxis;
    m_barAxisX->setTruncateLabels(false); // names are shortened here, and given room
    m_barAxisY = new QValueAxis;
    m_barAxisY->setLabelFormat(QStringLiteral("%.0f"));
    m_barChart->addAxis(m_barAxisX, Qt::AlignLeft);
    m_barChart->addAxis(m_barAxisY, Qt::AlignBottom);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_bars),
          static_cast<QAbstractSeries *>(m_target)}) {
        s->attachAxis(m_barAxisX);
        s->attachAxis(m_barAxisY);
    }
    connect(m_bars, &QHorizontalStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && static_cast<std::size_t>(index) < m_ids.size())
            activate(m_ids[static_cast<std::size_t>(index)]);
    });
    connect(m_bars, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool on, int index, QBarSet *) {
                if (!on || index < 0 || static_cast<std::size_t>(index) >= m_rows.size()) {
                    QToolTip::hideText();
                    return;
                }
                const std::size_t row = m_rows[static_cast<std::size_t>(index)];
                const ScopedTerritory &t = m_report.territories[row];
                const std::size_t k = static_cast<std::size_t>(m_measure);
                QString text =
                    tr("%1\n%2: %3\nTarget: %4\nDeviation: %5")
                        .arg(m_names[row], measureName(m_measure), formatValue(t.metrics.value[k]),
                             formatValue(t.target[k]), formatPercent(t.deviationPercent[k]));
                if (t.metrics.geographic())
                    text += tr("\nCompactness: %1\nConnected parts: %2")
                                .arg(formatValue(t.metrics.compactness, 2))
                                .arg(t.metrics.contiguousParts);
                QToolTip::showText(QCursor::pos(), text);
            });

    // Reps.
    m_repChart = makeChart(tr("Utilisation per rep"));
    m_repWithin = makeBarSet(tr("Within"), InsideColour);
    m_repOver = makeBarSet(tr("Over"), OutsideColour);
    m_repUnder = makeBarSet(tr("Under"), UnderColour);
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
    m_repAxisX->setTruncateLabels(false);
    m_repAxisY = new QValueAxis;
    m_repAxisY->setLabelFormat(QStringLiteral("%.0f %"));
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
    m_histIn = makeBarSet(tr("Within tolerance"), InsideColour);
    m_histOut = makeBarSet(tr("Outside tolerance"), OutsideColour);
    m_histBars = new QStackedBarSeries;
    m_histBars->append(m_histIn);
    m_histBars->append(m_histOut);
    m_histBars->setBarWidth(0.95);
    m_histChart->addSeries(m_histBars);
    m_histAxisX = new QBarCategoryAxis;
    m_histAxisX->setTitleText(tr("Deviation (%)"));
    // Up to 12 bins in half the width: bin edges in a smaller font, whole.
    m_histAxisX->setLabelsFont(small);
    m_histAxisX->setTruncateLabels(false);
    m_histAxisY = new QValueAxis;
    m_histAxisY->setLabelFormat(QStringLiteral("%.0f"));
    m_histAxisY->setTitleText(tr("Territories"));
    m_histChart->addAxis(m_histAxisX, Qt::AlignBottom);
    m_histChart->addAxis(m_histAxisY, Qt::AlignLeft);
    m_histBars->attachAxis(m_histAxisX);
    m_histBars->attachAxis(m_histAxisY);

    m_summary = new QTableWidget(9, 4);
    m_summary->setObjectName(QStringLiteral("balanceSummary"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_summary->setHorizontalHeaderLabels(
        {tr("Accounts"), tr("Workload"), tr("Potential"), tr("Utilisation")});
    m_summary->setVerticalHeaderLabels({tr("Mean"), tr("Coefficient of variation"), tr("Minimum"),
                                        tr("Maximum"), tr("Largest deviation"), tr("Gini"),
                                        tr("Outside tolerance"), tr("Compactness (mean, lowest)"),
                                        tr("Contiguous territories")});
    // The geography rows read across the table.
    m_summary->setSpan(7, 0, 1, 4);
    m_summary->setSpan(8, 0, 1, 4);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setAlternatingRowColors(true);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto view = [this](QChart *chart, const char *name) {
        auto *v = new QChartView(chart);
        v->setObjectName(QLatin1String(name));
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(240, 200);
        m_views.push_back(v);
        return v;
    };
    // Territories across the top; reps down the left beside the scatter and
    // the histogram, so that a long list of reps has room; the statistics
    // below. The territory and rep charts grow with their bars.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("balanceContent"));
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    m_barView = view(m_barChart, "territoryChartView");
    m_repView = view(m_repChart, "repChartView");
    grid->addWidget(m_barView, 0, 0, 1, 2);
    grid->addWidget(m_repView, 1, 0, 2, 1);
    // Tall enough for their axis titles beside a long list of reps.
    grid->addWidget(view(m_scatterChart, "scatterChartView"), 1, 1);
    grid->addWidget(view(m_histChart, "histogramChartView"), 2, 1);
    for (QChartView *v : {m_views[2], m_views[3]})
        v->setMinimumHeight(240);
    grid->addWidget(m_summary, 3, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 2);
    grid->setRowStretch(3, 0);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("balanceScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);
    connect(m_barChart, &QChart::plotAreaChanged, this, &BalanceDashboard::fitBars);
    connect(m_repChart, &QChart::plotAreaChanged, this, &BalanceDashboard::fitBars);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_scroll, 1);
}

void BalanceDashboard::arrangeHeader()
{
    // One row where it fits; on a narrow dashboard (a long scope name, a
    // language with long labels) the choices go to a second row instead of
    // being cut off.
    const int spacing = std::max(0, m_topLayout->spacing());
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const int oneRow = m_scopeLabel->sizeHint().width() + m_controls->sizeHint().width() +
                       m_actions->sizeHint().width() + 2 * spacing + margins.left() +
                       margins.right();
    const int rows = width() >= oneRow ? 1 : 2;
    if (rows == m_headerRows)
        return;
    m_headerRows = rows;
    m_topLayout->removeWidget(m_scopeLabel);
    m_topLayout->removeWidget(m_controls);
    m_topLayout->removeWidget(m_actions);
    m_topLayout->addWidget(m_scopeLabel, 0, 0);
    if (rows == 1) {
        m_topLayout->addWidget(m_controls, 0, 1);
        m_topLayout->addWidget(m_actions, 0, 2);
    } else {
        m_topLayout->addWidget(m_actions, 0, 2);
        m_topLayout->addWidget(m_controls, 1, 0, 1, 3, Qt::AlignLeft);
    }
}

void BalanceDashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeHeader();
}

int BalanceDashboard::heightToShowAll() const
{
    const QMargins margins = layout()->contentsMargins();
    int height = margins.top() + margins.bottom() + m_topLayout->sizeHint().height() +
                 layout()->spacing() + m_content->minimumSizeHint().height() +
                 2 * m_scroll->frameWidth();
    if (!m_noteLabel->text().isEmpty())
        height += m_noteLabel->sizeHint().height() + layout()->spacing();
    return height;
}

QString BalanceDashboard::barLabel(std::size_t bar) const
{
    return bar < m_labels.size() ? m_labels[bar] : QString();
}

// Bars of a steady thickness, whatever the height of the chart.
void BalanceDashboard::fitBars()
{
    auto fit = [](QChart *chart, QAbstractBarSeries *series, std::size_t count, double pixels) {
        if (count == 0)
            return;
        const double category = chart->plotArea().height() / double(count);
        const double width = std::clamp(pixels / std::max(1.0, category), 0.3, 0.8);
        if (std::abs(series->barWidth() - width) > 1e-3)
            series->setBarWidth(width);
    };
    fit(m_barChart, m_bars, m_ids.size(), 30);
    fit(m_repChart, m_repBars, m_repNames.size(), 22);
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

void BalanceDashboard::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    {
        const QSignalBlocker block(m_orderCombo);
        m_orderCombo->setCurrentIndex(m_orderCombo->findData(int(order)));
    }
    present(m_scopeLabel->text());
}

void BalanceDashboard::setControlsVisible(bool visible)
{
    m_measureLabel->setVisible(visible);
    m_measureCombo->setVisible(visible);
    m_orderLabel->setVisible(visible);
    m_orderCombo->setVisible(visible);
    m_settingsButton->setVisible(visible);
    m_optimizeButton->setVisible(visible);
}

void BalanceDashboard::refresh()
{
    const BalanceMetrics *metrics = m_service ? m_service->metrics() : nullptr;
    if (!metrics || !m_document) {
        m_report = BalanceReport{};
        m_ids.clear();
        m_rows.clear();
        m_labels.clear();
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
    m_names.clear();
    std::unordered_map<Id, QString> territoryNames;
    for (const Territory &t : data.territories)
        territoryNames.emplace(t.id, t.name);
    for (const ScopedTerritory &t : m_report.territories)
        m_names.push_back(territoryNames[t.metrics.id]);
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
    arrangeHeader();
    // Bar order: by the size of the deviation of the measure shown (an
    // undefined deviation counts as the largest), or as in the hierarchy.
    const std::size_t n = m_report.territories.size();
    const std::size_t k = static_cast<std::size_t>(m_measure);
    m_rows.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        m_rows[i] = i;
    if (m_order == Order::WorstFirst) {
        auto size = [&](std::size_t row) {
            const double d = m_report.territories[row].deviationPercent[k];
            return std::isnan(d) ? std::numeric_limits<double>::infinity() : std::abs(d);
        };
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](std::size_t a, std::size_t b) { return size(a) > size(b); });
    }
    // Bar 0 is drawn at the bottom: the first from the top is the last bar.
    std::reverse(m_rows.begin(), m_rows.end());
    m_ids.clear();
    m_labels.clear();
    for (std::size_t row : m_rows) {
        const TerritoryMetrics &m = m_report.territories[row].metrics;
        m_ids.push_back(m.id);
        QString label = row < m_names.size() ? shortened(m_names[row]) : QString();
        if (m.geographic())
            label += QStringLiteral("  ·  %1 · %2")
                         .arg(formatValue(m.compactness, 2),
                              m.contiguousParts == 1 ? tr("1 part")
                                                     : tr("%1 parts").arg(m.contiguousParts));
        m_labels.push_back(label);
    }
    const int territoryRow = QFontMetrics(m_barAxisX->labelsFont()).height() + RowPaddingPixels;
    const int repRow = QFontMetrics(m_repAxisX->labelsFont()).height() + RowPaddingPixels;
    m_barView->setMinimumHeight(std::max(240, ChartOverheadPixels + int(n) * territoryRow));
    m_repView->setMinimumHeight(
        std::max(300, ChartOverheadPixels + int(m_report.reps.size()) * repRow));
    updateTerritoryChart();
    updateRepChart();
    updateScatter();
    updateHistogram();
    updateSummary();
    highlight();
    fitBars();
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
    // Per bar, the target is a vertical step across its row and the band a
    // rectangle: the band's two edges run down the rows, the low edge as the
    // area's "upper" line and the high edge as its "lower" one.
    QList<QPointF> target, upper, lower;
    for (std::size_t i = 0; i < n; ++i) {
        const ScopedTerritory &t = m_report.territories[m_rows[i]];
        const double v = t.metrics.value[k] / m_scale;
        (t.outside[k] ? outside : inside)[i] = v;
        const double y0 = double(i) - 0.5, y1 = double(i) + 0.5;
        const double tv = t.target[k] / m_scale;
        target << QPointF(tv, y0) << QPointF(tv, y1);
        upper << QPointF(tv * (1 - tol), y0) << QPointF(tv * (1 - tol), y1);
        lower << QPointF(tv * (1 + tol), y0) << QPointF(tv * (1 + tol), y1);
    }
    QStringList names;
    for (const QString &label : m_labels)
        names << label;
    bool rebuilt = assign(m_inside, inside);
    rebuilt = assign(m_outside, outside) || rebuilt;
    if (rebuilt)
        ++m_rebuilds;
    setCategories(m_barAxisX, names);
    m_target->replace(target);
    m_bandUpper->replace(upper);
    m_bandLower->replace(lower);
    setNiceRange(m_barAxisY, top / m_scale);
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
    QString title = QStringLiteral("%1 — %2").arg(what, target_);
    if (m_order == Order::WorstFirst && n > 1)
        title += tr(", largest deviation first");
    // The key to the labels on a line of its own, so that the title is not
    // cut off on a narrow dashboard.
    if (m_report.geography.territories > 0)
        title = title.toHtmlEscaped() + QStringLiteral("<br><span style=\"font-weight:normal\">") +
                tr("after each name: compactness · connected parts").toHtmlEscaped() +
                QStringLiteral("</span>");
    m_barChart->setTitle(title);
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
        names << shortened(name);
    setCategories(m_repAxisX, names);
    m_repFull->replace({QPointF(100, -0.5), QPointF(100, double(n) - 0.5)});
    setNiceRange(m_repAxisY, top, QStringLiteral(" %"));
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
    setNiceRange(m_scatterX, maxX);
    setNiceRange(m_scatterY, maxY / m_scatterScale);
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
    m_histAxisX->setTitleText(ranges ? tr("Deviation (%)")
                                     : tr("Deviation (%), %1 wide bins starting at their label")
                                           .arg(QLocale().toString(width, 'g', 4)));
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
    // Counts of territories: whole-number ticks, at most six of them.
    const int highest = std::max(1, int(std::ceil(most)));
    const int step = (highest + 4) / 5;
    const int top = (highest + step - 1) / step * step;
    m_histAxisY->setRange(0, top);
    m_histAxisY->setTickCount(top / step + 1);
    // Whole sentences per measure: languages inflect the noun (and German
    // writes it with a capital).
    m_histChart->setTitle(m_measure == Measure::Workload ? tr("Deviation of workload from target")
                          : m_measure == Measure::Potential
                              ? tr("Deviation of potential from target")
                              : tr("Deviation of accounts from target"));
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

    // Geography, when the territories have it.
    const GeographySummary &g = m_report.geography;
    const bool geographic = g.territories > 0;
    m_summary->setRowHidden(7, !geographic);
    m_summary->setRowHidden(8, !geographic);
    if (geographic) {
        set(7, 0,
            tr("%1 mean, %2 lowest (Polsby–Popper: 1 for a disc, 0.79 for a square)")
                .arg(formatValue(g.meanCompactness, 2), formatValue(g.minCompactness, 2)));
        set(8, 0,
            g.contiguous == g.territories
                ? tr("%L1 of %L2 in one piece").arg(g.contiguous).arg(g.territories)
                : tr("%L1 of %L2 in one piece; up to %3 parts")
                      .arg(g.contiguous)
                      .arg(g.territories)
                      .arg(g.mostParts),
            g.contiguous < g.territories);
        for (int row : {7, 8})
            m_summary->item(row, 0)->setTextAlignment(Qt::AlignCenter);
    }
    int rows = 0;
    for (int r = 0; r < m_summary->rowCount(); ++r)
        rows += m_summary->isRowHidden(r) ? 0 : 1;
    const int rowHeight = m_summary->fontMetrics().height() + 8;
    m_summary->setMinimumHeight(m_summary->horizontalHeader()->sizeHint().height() +
                                rows * rowHeight + 2 * m_summary->frameWidth());
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
