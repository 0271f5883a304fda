// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

class QAreaSeries;
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace Tessera {

// Before and after bars of one metric per territory, for an optimizer's
// result, against the target line and the tolerance band.
class OptimizationChart : public QWidget
{
    Q_OBJECT

public:
    explicit OptimizationChart(QWidget *parent = nullptr);

    // before may be empty (a design from scratch); targets holds each
    // territory's target (equal shares, or by capacity); tolerance is a
    // fraction, negative when the metric is not constrained (no band).
    void setComparison(const QString &title, const std::vector<QString> &names,
                       const std::vector<double> &before, const std::vector<double> &after,
                       const std::vector<double> &targets, double tolerance);

    QChart *chart() const { return m_chart; }
    QBarSet *beforeSet() const { return m_before; }
    QBarSet *afterSet() const { return m_after; }
    QLineSeries *targetLine() const { return m_target; }
    // Bars and axis show values divided by this (1, 1e3, 1e6, 1e9).
    double valueScale() const { return m_scale; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLabels();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QBarSeries *m_bars = nullptr;
    QBarSet *m_before = nullptr;
    QBarSet *m_after = nullptr;
    QLineSeries *m_target = nullptr;
    QLineSeries *m_bandUpper = nullptr;
    QLineSeries *m_bandLower = nullptr;
    QAreaSeries *m_band = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    double m_scale = 1;
};

} // namespace Tessera
