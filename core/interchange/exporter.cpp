// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/exporter.h"

#include "core/interchange/csvexport.h"
#include "core/interchange/dataloaderexport.h"
#include "core/interchange/exportfolder.h"
#include "core/interchange/geojson.h"
#include "core/interchange/salesforcemetadata.h"

#include <QCoreApplication>

namespace Tessera::Export {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Export)
};

// README.txt of a metadata export when there is something to say.
QString metadataReadme(const QStringList &notes, const QStringList &warnings)
{
    QString t = Tr::tr("About this export\n"
                       "=================\n\n"
                       "This file is not part of the deploy; package.xml does not list it.\n\n");
    for (const QString &n : notes)
        t += n + u'\n';
    t += Tr::tr("\nWarnings found when this export was checked\n"
                "-------------------------------------------\n");
    if (warnings.isEmpty())
        t += Tr::tr("None.\n");
    for (const QString &w : warnings)
        t += QStringLiteral("- ") + w + u'\n';
    return t;
}

// The models a request exports.
std::vector<Id> modelsOf(const WorkspaceData &data, const Request &request)
{
    if (info(request.format).oneModel)
        return {exportedModel(data, request)};
    if (!request.models.empty())
        return request.models;
    std::vector<Id> all;
    for (const TerritoryModel &m : data.models)
        all.push_back(m.id);
    return all;
}

bool wantsGeoRules(const Request &request)
{
    return info(request.format).salesforce && request.geoRules != GeoRules::Mode::None &&
           !(request.format == Format::DataLoader && request.allAsManual);
}

// A copy of the data with the geographic rules added, when asked for.
Result<std::optional<WorkspaceData>> withGeoRules(const WorkspaceData &data, const Request &request,
                                                  GeoRules::Generated &generated)
{
    if (!wantsGeoRules(request))
        return std::optional<WorkspaceData>();
    WorkspaceData copy = data;
    for (Id model : modelsOf(data, request)) {
        if (Status s = GeoRules::addRules(copy, model, request.geoRules,
                                          GeoRules::geographyOf(data, model), generated);
            !s)
            return s.error();
    }
    return std::optional<WorkspaceData>(std::move(copy));
}

std::vector<ExportIssue> checkPrepared(const WorkspaceData &data, const Request &request)
{
    const FormatInfo &f = info(request.format);
    if (f.salesforce) {
        ExportCheckOptions options;
        options.models = f.oneModel ? modelsOf(data, request) : request.models;
        options.dataLoader = request.format == Format::DataLoader;
        options.rules = !(options.dataLoader && request.allAsManual);
        return checkSalesforceExport(data, options);
    }
    std::vector<ExportIssue> issues;
    if (Status s = WorkspaceDocument::validate(data); !s)
        issues.push_back({ExportIssue::Error, s.error().message});
    else if (modelsOf(data, request).front() == NoId)
        issues.push_back({ExportIssue::Error, Tr::tr("There is no territory model to export.")});
    else if (request.format == Format::GeoJson &&
             GeoRules::geographyOf(data, modelsOf(data, request).front()).empty())
        issues.push_back({ExportIssue::Warning,
                          Tr::tr("No territory of the model has geography: the file will have no "
                                 "features.")});
    return issues;
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
        {Format::GeoJson, "geojson",
         QT_TRANSLATE_NOOP("Tessera::Export", "GeoJSON: territory shapes with their metrics"),
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
    GeoRules::Generated generated;
    Result<std::optional<WorkspaceData>> prepared = withGeoRules(data, request, generated);
    if (!prepared)
        return {{ExportIssue::Error, prepared.error().message}};
    std::vector<ExportIssue> issues =
        checkPrepared(prepared->has_value() ? **prepared : data, request);
    for (const QString &note : generated.notes)
        issues.push_back({ExportIssue::Warning, note});
    return issues;
}

Result<Report> run(const WorkspaceData &data, const Request &request, const QString &outDir,
                   const Progress &progress)
{
    GeoRules::Generated generated;
    Result<std::optional<WorkspaceData>> prepared = withGeoRules(data, request, generated);
    if (!prepared)
        return prepared.error();
    const WorkspaceData &d = prepared->has_value() ? **prepared : data;
    std::vector<ExportIssue> issues = checkPrepared(d, request);
    for (const QString &note : generated.notes)
        issues.push_back({ExportIssue::Warning, note});
    if (hasErrors(issues)) {
        const QStringList errors = messages(issues, ExportIssue::Error);
        return makeError(ErrorCode::Failed, Tr::tr("The export is blocked (problems: %1):\n- %2")
                                                .arg(errors.size())
                                                .arg(errors.join(QStringLiteral("\n- "))));
    }
    Report report;
    report.warnings = messages(issues, ExportIssue::Warning);
    report.geoRules = static_cast<int>(generated.rules.size());
    report.geoTerritories = generated.territories;
    QStringList notes;
    if (wantsGeoRules(request))
        notes << Tr::tr("Geographic territories written as assignment rules (%1): %2 rules for %3 "
                        "territories.")
                     .arg(request.geoRules == GeoRules::Mode::Zip
                              ? Tr::tr("ZIP codes")
                              : Tr::tr("whole states and countries, else ZIP codes"))
                     .arg(report.geoRules)
                     .arg(report.geoTerritories);

    if (request.format == Format::SalesforceMetadata ||
        request.format == Format::SalesforceSource) {
        SalesforceMetadata::ExportOptions options;
        options.format = request.format == Format::SalesforceSource
                             ? SalesforceMetadata::Format::Source
                             : SalesforceMetadata::Format::MetadataApi;
        options.models = request.models;
        if (!report.warnings.isEmpty() || !notes.isEmpty())
            options.readme = metadataReadme(notes, report.warnings);
        Result<SalesforceMetadata::ExportReport> written =
            SalesforceMetadata::exportFolder(d, outDir, options);
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
    const Id model = exportedModel(d, request);
    Status written;
    if (request.format == Format::DataLoader) {
        DataLoader::Options options;
        options.modelId = model;
        options.allAsManual = request.allAsManual;
        options.warnings = report.warnings;
        options.notes = notes;
        written = DataLoader::write(d, options, *folder, progress);
    } else if (request.format == Format::GeoJson) {
        Result<QByteArray> json =
            GeoJson::territoryCollection(d, model, GeoRules::geographyOf(d, model), progress);
        written = json ? folder->write(QStringLiteral("territories.geojson"), *json)
                       : Status(json.error());
    } else {
        written = CsvExport::write(d, model, *folder, progress);
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
