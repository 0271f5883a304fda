// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/optimizationchart.h"

#include "ui/charts/chartstyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Tessera {

namespace {

const QColor BeforeColour(0xba, 0xb0, 0xac);
const QColor AfterColour(0x4e, 0x79, 0xa7);
const QColor TargetColour(0x33, 0x33, 0x33);
const QColor BandColour(0x59, 0xa1, 0x4f, 60);

// Above this many territories the category labels would overlap.
constexpr int MaxLabelledBars = 40;

} // namespace

OptimizationChart::OptimizationChart(QWidget *parent)
    : QWidget(parent)
{
    m_chart = makeChart();

    m_bandUpper = new QLineSeries(this);
    m_bandLower = new QLineSeries(this);
    m_band = new QAreaSeries(m_bandUpper, m_bandLower);
    m_band->setColor(BandColour);
    m_band->setBorderColor(Qt::transparent);
    m_before = makeBarSet(tr("Before"), BeforeColour);
    m_after = makeBarSet(tr("After"), AfterColour);
    m_bars = new QBarSeries;
    m_bars->append(m_before);
    m_bars->append(m_after);
    m_bars->setBarWidth(0.8);
    m_target = new QLineSeries;
    m_target->setName(tr("Target"));
    m_target->setPen(QPen(TargetColour, 2, Qt::DashLine));
    m_chart->addSeries(m_band);
    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_target);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_band))
        marker->setBrush(QColor(BandColour.red(), BandColour.green(), BandColour.blue(), 150));
    m_axisX = new QBarCategoryAxis;
    m_axisY = new QValueAxis;
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_bars),
          static_cast<QAbstractSeries *>(m_target)}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_view = new QChartView(m_chart);
    m_view->setObjectName(QStringLiteral("optimizationChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void OptimizationChart::setComparison(const QString &title, const std::vector<QString> &names,
                                      const std::vector<double> &before,
                                      const std::vector<double> &after,
                                      const std::vector<double> &targets, double tolerance)
{
    const std::size_t n = after.size();
    const double tol = std::max(tolerance, 0.0);
    auto targetOf = [&](std::size_t i) {
        return i < targets.size() ? targets[i] : 0.0;
    };
    double top = 0;
    for (std::size_t i = 0; i < n; ++i)
        top = std::max(top, targetOf(i) * (1 + tol));
    for (double v : before)
        top = std::max(top, v);
    for (double v : after)
        top = std::max(top, v);
    QString suffix;
    m_scale = 1;
    if (top >= 1e10) {
        m_scale = 1e9;
        suffix = tr("billions");
    } else if (top >= 1e7) {
        m_scale = 1e6;
        suffix = tr("millions");
    } else if (top >= 1e5) {
        m_scale = 1e3;
        suffix = tr("thousands");
    }
    m_before->remove(0, m_before->count());
    m_after->remove(0, m_after->count());
    QList<QPointF> line, upper, lower;
    QStringList categories;
    for (std::size_t i = 0; i < n; ++i) {
        m_before->append(i < before.size() ? before[i] / m_scale : 0.0);
        m_after->append(after[i] / m_scale);
        const double x0 = double(i) - 0.5, x1 = double(i) + 0.5;
        const double tv = targetOf(i) / m_scale;
        line << QPointF(x0, tv) << QPointF(x1, tv);
        upper << QPointF(x0, tv * (1 + tol)) << QPointF(x1, tv * (1 + tol));
        lower << QPointF(x0, tv * (1 - tol)) << QPointF(x1, tv * (1 - tol));
        categories << (i < names.size() ? names[i] : QString::number(i + 1));
    }
    // Categories must be unique for the axis: number repeated names.
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (categories.indexOf(categories[i]) != i)
            categories[i] += QStringLiteral(" (%1)").arg(i + 1);
    }
    m_before->setLabel(before.empty() ? tr("Before (none)") : tr("Before"));
    m_axisX->clear();
    m_axisX->append(categories);
    m_axisX->setLabelsVisible(categories.size() <= MaxLabelledBars);
    fitLabels();
    m_target->replace(line);
    m_bandUpper->replace(upper);
    m_bandLower->replace(lower);
    m_band->setVisible(tolerance >= 0);
    m_band->setName(tolerance >= 0
                        ? tr("Tolerance ±%1 %").arg(QLocale().toString(100 * tolerance, 'g', 4))
                        : tr("Tolerance"));
    setNiceRange(m_axisY, top / m_scale);
    m_axisY->setTitleText(suffix);
    m_chart->setTitle(title);
}

void OptimizationChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

// Names slanted when they would not fit side by side under their bars.
void OptimizationChart::fitLabels()
{
    const QStringList names = m_axisX->categories();
    if (names.isEmpty())
        return;
    const QFontMetrics metrics(m_axisX->labelsFont());
    int widest = 0;
    for (const QString &name : names)
        widest = std::max(widest, metrics.horizontalAdvance(name));
    const double room = 0.85 * width() / double(names.size());
    m_axisX->setLabelsAngle(widest + 8 > room ? -30 : 0);
}

} // namespace Tessera
