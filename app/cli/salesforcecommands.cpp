// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/interchange/salesforcemetadata.h"
#include "core/store/workspacefile.h"

#include <QFileInfo>

#include <functional>

namespace Tessera::Cli {

namespace {

// One entry per export format; formats added later go into this table.
struct ExportFormat
{
    const char *name;
    std::function<Result<QStringList>(const WorkspaceData &, const QString &, std::vector<Id>)> run;
};

Result<QStringList> exportSalesforce(SalesforceMetadata::Format format, const WorkspaceData &data,
                                     const QString &out, std::vector<Id> models)
{
    SalesforceMetadata::ExportOptions options;
    options.format = format;
    options.models = std::move(models);
    Result<SalesforceMetadata::ExportReport> report =
        SalesforceMetadata::exportFolder(data, out, options);
    if (!report)
        return report.error();
    for (const QString &w : report->warnings)
        err() << "warning: " << w << "\n";
    return report->files;
}

const ExportFormat ExportFormats[] = {
    {"salesforce-metadata",
     [](const WorkspaceData &d, const QString &out, std::vector<Id> models) {
         return exportSalesforce(SalesforceMetadata::Format::MetadataApi, d, out,
                                 std::move(models));
     }},
    {"salesforce-source",
     [](const WorkspaceData &d, const QString &out, std::vector<Id> models) {
         return exportSalesforce(SalesforceMetadata::Format::Source, d, out, std::move(models));
     }},
};

QString formatNames()
{
    QStringList names;
    for (const ExportFormat &f : ExportFormats)
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
    if (args.size() != 1 || format.isEmpty() || outDir.isEmpty())
        return usage(QStringLiteral("usage: tessera-cli export WS --format %1 --out DIR "
                                    "[--model NAME]")
                         .arg(formatNames()));
    const ExportFormat *chosen = nullptr;
    for (const ExportFormat &f : ExportFormats) {
        if (format == QLatin1String(f.name))
            chosen = &f;
    }
    if (!chosen)
        return usage(QStringLiteral("unknown format \"%1\"; known: %2").arg(format, formatNames()));

    const QString path = args.front();
    Result<WorkspaceData> loaded = openWorkspace(path);
    if (!loaded)
        return fail(loaded.error(), path);
    std::vector<Id> models;
    if (!modelName.isEmpty()) {
        Result<Id> model = pickModel(*loaded, modelName);
        if (!model)
            return fail(model.error(), path);
        models.push_back(*model);
    }
    Result<QStringList> files = chosen->run(*loaded, outDir, std::move(models));
    if (!files)
        return fail(files.error(), outDir);
    out() << "wrote " << files->size() << " files to " << outDir << "\n";
    return 0;
}

} // namespace Tessera::Cli
