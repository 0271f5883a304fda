// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/interchange/exporter.h"
#include "core/interchange/salesforcemetadata.h"
#include "core/store/workspacefile.h"

#include <QFileInfo>

namespace Tessera::Cli {

namespace {

QString formatNames()
{
    QStringList names;
    for (const Export::FormatInfo &f : Export::formats())
        names.append(QLatin1String(f.name));
    return names.join(u'|');
}

} // namespace

int runImportSalesforce(QStringList args)
{
    const QString into = takeOption(args, QStringLiteral("--into"));
    const bool replace = takeFlag(args, QStringLiteral("--replace"));
    if (args.size() != 1 || into.isEmpty())
        return usage(
            QStringLiteral("usage: tessera-cli import-salesforce DIR --into WS [--replace]"));
    const QString dir = args.front();

    WorkspaceData data;
    if (QFileInfo::exists(into)) {
        Result<WorkspaceData> loaded = openWorkspace(into);
        if (!loaded)
            return fail(loaded.error(), into);
        data = std::move(loaded.value());
    }
    SalesforceMetadata::ImportOptions options;
    options.replace = replace;
    Result<SalesforceMetadata::ImportReport> report =
        SalesforceMetadata::importFolder(dir, data, options);
    if (!report)
        return fail(report.error(), dir);
    for (const QString &w : report->warnings)
        err() << "warning: " << w << "\n";
    if (Status s = WorkspaceFile::save(data, into); !s)
        return fail(s.error(), into);
    QTextStream &o = out();
    o << "format: " << SalesforceMetadata::formatName(report->format) << "\n";
    if (!report->apiVersion.isEmpty())
        o << "api version: " << report->apiVersion << "\n";
    o << "models: " << report->models.join(QStringLiteral(", ")) << "\n";
    o << "territory types: " << report->types << "\n";
    o << "territories: " << report->territories << "\n";
    o << "rules: " << report->rules << "\n";
    o << "warnings: " << report->warnings.size() << "\n";
    o << "saved " << into << "\n";
    return 0;
}

int runExport(QStringList args)
{
    const QString format = takeOption(args, QStringLiteral("--format"));
    const QString outDir = takeOption(args, QStringLiteral("--out"));
    const QString modelName = takeOption(args, QStringLiteral("--model"));
    const bool allAsManual = takeFlag(args, QStringLiteral("--all-as-manual"));
    const QString geoRules = takeOption(args, QStringLiteral("--geo-rules"));
    if (args.size() != 1 || format.isEmpty() || outDir.isEmpty())
        return usage(QStringLiteral("usage: tessera-cli export WS --format %1 --out DIR "
                                    "[--model NAME] [--all-as-manual] [--geo-rules zip|region]")
                         .arg(formatNames()));
    const std::optional<Export::Format> chosen = Export::formatFromName(format);
    if (!chosen)
        return usage(QStringLiteral("unknown format \"%1\"; known: %2").arg(format, formatNames()));
    if (allAsManual && *chosen != Export::Format::DataLoader)
        return usage(QStringLiteral("--all-as-manual goes with --format dataloader"));
    GeoRules::Mode geoMode = GeoRules::Mode::None;
    if (!geoRules.isEmpty()) {
        if (!GeoRules::modeFromName(geoRules, &geoMode))
            return usage(
                QStringLiteral("--geo-rules takes zip or region, not \"%1\"").arg(geoRules));
        if (!Export::info(*chosen).salesforce || allAsManual)
            return usage(QStringLiteral("--geo-rules goes with a Salesforce format and rules"));
    }

    const QString path = args.front();
    Result<WorkspaceData> loaded = openWorkspace(path);
    if (!loaded)
        return fail(loaded.error(), path);
    Export::Request request;
    request.format = *chosen;
    request.allAsManual = allAsManual;
    request.geoRules = geoMode;
    if (!modelName.isEmpty() || Export::info(*chosen).oneModel) {
        Result<Id> model = pickModel(*loaded, modelName);
        if (!model)
            return fail(model.error(), path);
        request.models.push_back(*model);
    }

    // The checks first, so that every problem is listed, not only the first.
    const std::vector<ExportIssue> issues = Export::check(*loaded, request);
    const QStringList errors = messages(issues, ExportIssue::Error);
    for (const QString &e : errors)
        err() << "error: " << e << "\n";
    if (!errors.isEmpty()) {
        err() << "tessera-cli: " << path << ": the export is blocked (problems: " << errors.size()
              << "); nothing was written\n";
        return static_cast<int>(ErrorCode::Failed);
    }
    Result<Export::Report> report = Export::run(*loaded, request, outDir);
    if (!report)
        return fail(report.error(), outDir);
    for (const QString &w : report->warnings)
        err() << "warning: " << w << "\n";
    out() << "wrote " << report->files.size() << " files to " << outDir << "\n";
    out() << "warnings: " << report->warnings.size() << "\n";
    if (geoMode != GeoRules::Mode::None)
        out() << "geographic rules: " << report->geoRules << " for " << report->geoTerritories
              << " territories\n";
    return 0;
}

} // namespace Tessera::Cli
