// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/metricsengine.h"

#include <QWidget>

#include <vector>

class QAreaSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QScrollArea;
class QHorizontalStackedBarSeries;
class QStackedBarSeries;
class QTableWidget;
class QValueAxis;

namespace Tessera {

class BalanceService;

// The balance dashboard of a set of territories (the children of one parent,
// a level, or the leaves): horizontal bars of workload, potential or accounts
// per territory against the target line and the tolerance band, with the bars
// outside the band in another colour, the worst on top (or in hierarchy
// order); utilisation per rep; workload against potential; a histogram of the
// deviations; and the level statistics, with compactness and contiguity when
// the territories are geographic. Charts grow with the number of territories
// and reps so that every name stays readable; the dashboard scrolls.
//
// Bound to a BalanceService it follows edits live, updating the series in
// place (no rebuild while the territories stay the same). It can also show a
// fixed report (headless rendering). Clicking a bar or a point asks for that
// territory to be selected (territoryActivated) and keeps the territories
// shown, highlighting the one clicked.
class BalanceDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceDashboard(QWidget *parent = nullptr);
    ~BalanceDashboard() override;

    // Live data; null detaches. The document gives the names.
    void setService(BalanceService *service, const WorkspaceDocument *document);
    // The territory selected elsewhere: the dashboard shows its children, or
    // its siblings when it has none, and highlights it.
    void setCurrentTerritory(Id territoryId);
    void setScope(const BalanceScope &scope);
    BalanceScope scope() const { return m_scope; }
    void setMeasure(Measure measure);
    // Bars from the largest deviation from target down, or in hierarchy order.
    enum class Order { WorstFirst, Hierarchy };
    void setOrder(Order order);
    Order order() const { return m_order; }
    // Hides the measure chooser and the settings button (pictures for print).
    void setControlsVisible(bool visible);
    Measure measure() const { return m_measure; }

    // Shows a fixed report; names come from data (read now, not kept).
    void showReport(const BalanceReport &report, const WorkspaceData &data,
                    const QString &scopeName);
    const BalanceReport &report() const { return m_report; }
    // The height that shows every bar and name without scrolling, at the
    // current width (headless rendering sizes its image with it).
    int heightToShowAll() const;

    // For tests and rendering.
    QChart *territoryChart() const { return m_barChart; }
    QChart *repChart() const { return m_repChart; }
    QChart *scatterChart() const { return m_scatterChart; }
    QChart *histogramChart() const { return m_histChart; }
    QHorizontalStackedBarSeries *territoryBars() const { return m_bars; }
    QBarSet *insideSet() const { return m_inside; }
    QBarSet *outsideSet() const { return m_outside; }
    QLineSeries *targetLine() const { return m_target; }
    QTableWidget *summaryTable() const { return m_summary; }
    // Bars, points and the value axis show a measure divided by this (1, a
    // thousand, a million or a billion), so that large potentials stay readable.
    double valueScale() const { return m_scale; }
    // Territory of a bar, in bar order: from the bottom up (the first in the
    // order chosen is the last bar, on top).
    const std::vector<Id> &barTerritories() const { return m_ids; }
    // The label of a bar (names are shortened; tooltips give them whole).
    QString barLabel(std::size_t bar) const;
    // How often the series were rebuilt rather than updated in place.
    int rebuildCount() const { return m_rebuilds; }

signals:
    void territoryActivated(Tessera::Id territoryId);
    void settingsRequested();
    void optimizeRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void arrangeHeader();
    void activate(Id territoryId);
    void refresh();
    void present(const QString &scopeName);
    void updateTerritoryChart();
    void updateRepChart();
    void updateScatter();
    void updateHistogram();
    void updateSummary();
    void highlight();
    void fitBars();

    BalanceService *m_service = nullptr;
    const WorkspaceDocument *m_document = nullptr;
    BalanceScope m_scope;
    Measure m_measure = Measure::Workload;
    Order m_order = Order::WorstFirst;
    Id m_current = NoId;
    bool m_pinned = false;
    BalanceReport m_report;
    std::vector<Id> m_ids;           // bar order
    std::vector<std::size_t> m_rows; // bar -> index in m_report.territories
    std::vector<QString> m_names;    // report order
    std::vector<QString> m_labels;   // bar order
    std::vector<QString> m_repNames;
    int m_rebuilds = 0;
    double m_scale = 1;
    double m_scatterScale = 1;

    QLabel *m_scopeLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_measureLabel = nullptr;
    QComboBox *m_measureCombo = nullptr;
    QLabel *m_orderLabel = nullptr;
    QComboBox *m_orderCombo = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QPushButton *m_optimizeButton = nullptr;

    QChart *m_barChart = nullptr;
    QHorizontalStackedBarSeries *m_bars = nullptr;
    QBarSet *m_inside = nullptr;
    QBarSet *m_outside = nullptr;
    QLineSeries *m_target = nullptr;
    QLineSeries *m_bandUpper = nullptr;
    QLineSeries *m_bandLower = nullptr;
    QAreaSeries *m_band = nullptr;
    QBarCategoryAxis *m_barAxisX = nullptr;
    QValueAxis *m_barAxisY = nullptr;

    QChart *m_repChart = nullptr;
    QHorizontalStackedBarSeries *m_repBars = nullptr;
    QBarSet *m_repWithin = nullptr;
    QBarSet *m_repOver = nullptr;
    QBarSet *m_repUnder = nullptr;
    QLineSeries *m_repFull = nullptr;
    QBarCategoryAxis *m_repAxisX = nullptr;
    QValueAxis *m_repAxisY = nullptr;

    QChart *m_scatterChart = nullptr;
    QScatterSeries *m_scatterIn = nullptr;
    QScatterSeries *m_scatterOut = nullptr;
    QValueAxis *m_scatterX = nullptr;
    QValueAxis *m_scatterY = nullptr;

    QChart *m_histChart = nullptr;
    QStackedBarSeries *m_histBars = nullptr;
    QBarSet *m_histIn = nullptr;
    QBarSet *m_histOut = nullptr;
    QBarCategoryAxis *m_histAxisX = nullptr;
    QValueAxis *m_histAxisY = nullptr;

    QTableWidget *m_summary = nullptr;
    std::vector<QChartView *> m_views;
    QChartView *m_barView = nullptr;
    QChartView *m_repView = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QGridLayout *m_topLayout = nullptr;
    QWidget *m_controls = nullptr; // what the charts show: measure and order
    QWidget *m_actions = nullptr;  // settings and optimize
    int m_headerRows = 0;
};

} // namespace Tessera
