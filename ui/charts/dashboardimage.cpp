// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/dashboardimage.h"

#include "ui/charts/balancedashboard.h"

#include <QCoreApplication>
#include <QPainter>

namespace Tessera {

QImage renderDashboardImage(const BalanceReport &report, const WorkspaceData &data,
                            const QString &title, QSize size, Measure measure)
{
    BalanceDashboard dashboard;
    dashboard.setAttribute(Qt::WA_DontShowOnScreen);
    dashboard.setControlsVisible(false);
    dashboard.setMeasure(measure);
    dashboard.showReport(report, data, title);
    dashboard.resize(size);
    dashboard.show(); // lays the charts out; nothing reaches a screen
    QCoreApplication::processEvents();
    // Many territories or reps: a taller image rather than hidden names.
    if (const int needed = dashboard.heightToShowAll(); needed > size.height()) {
        size.setHeight(needed);
        dashboard.resize(size);
        QCoreApplication::processEvents();
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(dashboard.palette().window().color());
    QPainter painter(&image);
    dashboard.render(&painter);
    painter.end();
    return image;
}

} // namespace Tessera
