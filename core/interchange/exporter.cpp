// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/exporter.h"

#include "core/interchange/csvexport.h"
#include "core/interchange/dataloaderexport.h"
#include "core/interchange/exportfolder.h"
#include "core/interchange/salesforcemetadata.h"

#include <QCoreApplication>

namespace Tessera::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tessera::Export", text);
}

// README.txt of a metadata export when the checks warned.
QString metadataReadme(const QStringList &warnings)
{
    QString t = tr("Warnings found when this export was checked\n"
                   "===========================================\n\n"
                   "This file is not part of the deploy; package.xml does not list it.\n\n");
    for (const QString &w : warnings)
        t += QStringLiteral("- ") + w + u'\n';
    return t;
}

} // namespace

const std::vector<FormatInfo> &formats()
{
    static const std::vector<FormatInfo> table{
        {Format::SalesforceMetadata, "salesforce-metadata",
         QT_TRANSLATE_NOOP("Tessera::Export", "Salesforce Metadata API (package.xml)"), true,
         false},
        {Format::SalesforceSource, "salesforce-source",
         QT_TRANSLATE_NOOP("Tessera::Export", "Salesforce sf CLI source format"), true, false},
        {Format::DataLoader, "dataloader",
         QT_TRANSLATE_NOOP("Tessera::Export", "Salesforce Data Loader CSVs"), true, true},
        {Format::Csv, "csv",
         QT_TRANSLATE_NOOP("Tessera::Export", "CSV: accounts and reps with their territories"),
         false, true},
    };
    return table;
}

const FormatInfo &info(Format format)
{
    for (const FormatInfo &f : formats()) {
        if (f.format == format)
            return f;
    }
    return formats().front();
}

std::optional<Format> formatFromName(QStringView name)
{
    for (const FormatInfo &f : formats()) {
        if (name == QLatin1String(f.name))
            return f.format;
    }
    return std::nullopt;
}

Id exportedModel(const WorkspaceData &data, const Request &request)
{
    if (!request.models.empty())
        return request.models.front();
    for (const TerritoryModel &m : data.models) {
        if (m.state == ModelState::Active)
            return m.id;
    }
    return data.models.empty() ? NoId : data.models.front().id;
}

std::vector<ExportIssue> check(const WorkspaceData &data, const Request &request)
{
    const FormatInfo &f = info(request.format);
    std::vector<Id> models = request.models;
    if (f.oneModel)
        models = {exportedModel(data, request)};
    if (f.salesforce) {
        ExportCheckOptions options;
        options.models = models;
        options.dataLoader = request.format == Format::DataLoader;
        options.rules = !(options.dataLoader && request.allAsManual);
        return checkSalesforceExport(data, options);
    }
    std::vector<ExportIssue> issues;
    if (Status s = WorkspaceDocument::validate(data); !s)
        issues.push_back({ExportIssue::Error, s.error().message});
    else if (models.front() == NoId)
        issues.push_back({ExportIssue::Error, tr("There is no territory model to export.")});
    return issues;
}

Result<Report> run(const WorkspaceData &data, const Request &request, const QString &outDir,
                   const Progress &progress)
{
    const std::vector<ExportIssue> issues = check(data, request);
    if (hasErrors(issues)) {
        const QStringList errors = messages(issues, ExportIssue::Error);
        return makeError(ErrorCode::Failed, tr("The export is blocked (problems: %1):\n- %2")
                                                .arg(errors.size())
                                                .arg(errors.join(QStringLiteral("\n- "))));
    }
    Report report;
    report.warnings = messages(issues, ExportIssue::Warning);

    if (request.format == Format::SalesforceMetadata ||
        request.format == Format::SalesforceSource) {
        SalesforceMetadata::ExportOptions options;
        options.format = request.format == Format::SalesforceSource
                             ? SalesforceMetadata::Format::Source
                             : SalesforceMetadata::Format::MetadataApi;
        options.models = request.models;
        if (!report.warnings.isEmpty())
            options.readme = metadataReadme(report.warnings);
        Result<SalesforceMetadata::ExportReport> written =
            SalesforceMetadata::exportFolder(data, outDir, options);
        if (!written)
            return written.error();
        report.files = written->files;
        report.warnings += written->warnings;
        progress.update(1.0);
        return report;
    }

    Result<ExportFolder> folder = ExportFolder::begin(outDir);
    if (!folder)
        return folder.error();
    const Id model = exportedModel(data, request);
    Status written;
    if (request.format == Format::DataLoader) {
        DataLoader::Options options;
        options.modelId = model;
        options.allAsManual = request.allAsManual;
        options.warnings = report.warnings;
        written = DataLoader::write(data, options, *folder, progress);
    } else {
        written = CsvExport::write(data, model, *folder, progress);
    }
    if (!written)
        return written.error();
    if (Status s = folder->commit(); !s)
        return s.error();
    report.files = folder->files();
    progress.update(1.0);
    return report;
}

} // namespace Tessera::Export
