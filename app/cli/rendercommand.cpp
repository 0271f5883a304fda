// SPDX-License-Identifier: GPL-3.0-or-later
// "render": pictures of a territory model drawn headless, as the GUI draws them.
#include "app/cli/cli.h"

#include "core/rules/assignmentengine.h"
#include "ui/charts/dashboardimage.h"
#include "ui/map/mapimage.h"

#include <QFileInfo>
#include <QImage>
#include <QImageWriter>

namespace Tessera::Cli {

namespace {

Result<int> sizeOption(QStringList &args, const QString &name, int def)
{
    const QString text = takeOption(args, name);
    if (text.isEmpty())
        return def;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 16 || value > 16'384)
        return makeError(ErrorCode::Usage,
                         QStringLiteral("%1 wants a number of pixels from 16 to 16384, not \"%2\"")
                             .arg(name, text));
    return value;
}

Status writeImage(const QImage &image, const QString &path)
{
    QImageWriter writer(path);
    if (writer.format().isEmpty())
        writer.setFormat("png");
    if (!writer.write(image))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write the image"),
                         writer.errorString());
    return {};
}

} // namespace

int runRender(QStringList args)
{
    const QString mapPath = takeOption(args, QStringLiteral("--map"));
    const QString chartsPath = takeOption(args, QStringLiteral("--charts"));
    const QString measureName =
        takeOption(args, QStringLiteral("--measure"), QStringLiteral("workload"));
    Result<BalanceOptions> balance = takeBalanceOptions(args);
    if (!balance)
        return usage(balance.error().message);
    Result<int> width = sizeOption(args, QStringLiteral("--width"), 1600);
    Result<int> height = sizeOption(args, QStringLiteral("--height"), 1000);
    if (!width)
        return usage(width.error().message);
    if (!height)
        return usage(height.error().message);
    Measure measure = Measure::Workload;
    if (measureName == u"potential")
        measure = Measure::Potential;
    else if (measureName == u"accounts")
        measure = Measure::Accounts;
    else if (measureName != u"workload")
        return usage(QStringLiteral("--measure takes workload, potential or accounts"));
    if (args.size() != 1 || (mapPath.isEmpty() && chartsPath.isEmpty()))
        return usage(QStringLiteral(
            "usage: tessera-cli render FILE [--map PNG] [--charts PNG] [--width W] [--height H] "
            "[--model NAME] [--parent API_NAME | --level N] [--tolerance PERCENT] "
            "[--target equal|capacity|targets] [--measure workload|potential|accounts]"));
    const QString path = args.front();
    Result<WorkspaceData> loaded = openWorkspace(path);
    if (!loaded)
        return fail(loaded.error(), path);
    const WorkspaceData &data = *loaded;
    Result<Id> model = pickModel(data, balance->model);
    if (!model)
        return fail(model.error(), path);
    QString modelTitle;
    for (const TerritoryModel &m : data.models) {
        if (m.id == *model)
            modelTitle = m.name;
    }

    if (!mapPath.isEmpty()) {
        AssignmentEngine engine(data, *model);
        if (Status s = engine.run(); !s)
            return fail(s.error(), path);
        MapImageOptions options;
        options.size = QSize(*width, *height);
        options.modelId = *model;
        options.title = modelTitle;
        Result<QImage> image = renderMapImage(data, &engine, options);
        if (!image)
            return fail(image.error(), path);
        if (Status s = writeImage(*image, mapPath); !s)
            return fail(s.error(), mapPath);
        out() << "map: " << mapPath << " (" << image->width() << " x " << image->height() << ")\n";
    }
    if (!chartsPath.isEmpty()) {
        Result<BalanceSummary> result = computeBalance(data, *balance);
        if (!result)
            return fail(result.error(), path);
        const QString title = QStringLiteral("%1: %2").arg(modelTitle, result->scopeName);
        const QImage image =
            renderDashboardImage(result->report, data, title, QSize(*width, *height), measure);
        if (Status s = writeImage(image, chartsPath); !s)
            return fail(s.error(), chartsPath);
        out() << "charts: " << chartsPath << " (" << image.width() << " x " << image.height()
              << ", " << result->report.territories.size() << " territories)\n";
    }
    return 0;
}

} // namespace Tessera::Cli
