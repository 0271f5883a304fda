// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/metricsengine.h"

#include <QImage>
#include <QSize>

namespace Tessera {

// The balance dashboard of a report drawn into an image, as the GUI shows it
// but without its controls (headless rendering: tessera-cli render --charts).
// The image is taller than asked when the territories or reps need the room.
// Needs a QApplication; the offscreen platform will do.
QImage renderDashboardImage(const BalanceReport &report, const WorkspaceData &data,
                            const QString &title, QSize size, Measure measure = Measure::Workload);

} // namespace Tessera
