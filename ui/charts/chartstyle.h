// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QBarSet;
class QChart;
class QValueAxis;

namespace Tessera {

// The look every chart of the application shares: bold title, legend below,
// no animation (live updates must not flicker), and numbers on the axes in
// the user's locale (group separators, decimal comma).
QChart *makeChart(const QString &title = {});

// A bar set in one colour, its border and selection a little darker.
QBarSet *makeBarSet(const QString &label, const QColor &colour);

// A value axis from 0 to a little above `largest`, at round ticks, with as
// many decimals as the ticks need (none from a step of 1 up), and `unit`
// after each number (" %" for percentages).
void setNiceRange(QValueAxis *axis, double largest, const QString &unit = {});

} // namespace Tessera
