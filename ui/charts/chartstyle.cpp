// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartstyle.h"

#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace Tessera {

QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    return chart;
}

QBarSet *makeBarSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    set->setSelectedColor(colour.darker(160));
    return set;
}

void setNiceRange(QValueAxis *axis, double largest, const QString &unit)
{
    axis->setRange(0, largest > 0 ? largest * 1.05 : 1.0);
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int decimals = step >= 1 ? 0 : std::min(3, int(std::ceil(-std::log10(step) - 1e-9)));
    // With localised numbers the text after the number is taken as it is
    // ("%" stays "%").
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f") +
                         unit);
}

} // namespace Tessera
