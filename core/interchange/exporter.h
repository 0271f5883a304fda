// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/exportcheck.h"
#include "core/interchange/georules.h"
#include "core/model/workspacedocument.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace Tessera::Export {

// Every export the CLI and the GUI offer, in one table.
enum class Format { SalesforceMetadata, SalesforceSource, DataLoader, Csv, GeoJson };

struct FormatInfo
{
    Format format;
    const char *name;  // on the command line: "dataloader"
    const char *label; // shown to people (translated in the "Tessera::Export" context)
    bool salesforce;   // checked before export; errors block it
    bool oneModel;     // exports exactly one model
};

const std::vector<FormatInfo> &formats();
const FormatInfo &info(Format format);
std::optional<Format> formatFromName(QStringView name);

struct Request
{
    Format format = Format::SalesforceMetadata;
    // Metadata formats: the models (empty: every model). One-model formats:
    // the model (empty: the active model, else the first).
    std::vector<Id> models;
    bool allAsManual = false; // Data Loader: the previewed assignment as manual associations
    // Salesforce formats: geographic territories also as assignment rules.
    GeoRules::Mode geoRules = GeoRules::Mode::None;
};

// The model a one-model export writes, or NoId when the workspace has none.
Id exportedModel(const WorkspaceData &data, const Request &request);

// The checks run before the export: for Salesforce formats, see
// checkSalesforceExport; other formats only need a model.
std::vector<ExportIssue> check(const WorkspaceData &data, const Request &request);

struct Report
{
    QStringList files;      // relative paths written, sorted
    QStringList warnings;   // also in the export's README for Salesforce formats
    int geoRules = 0;       // rules made from geography
    int geoTerritories = 0; // territories they came from
};

// Checks, then writes into outDir (new or empty), all or nothing. Blocking
// problems give ErrorCode::Failed with every one of them in the message.
Result<Report> run(const WorkspaceData &data, const Request &request, const QString &outDir,
                   const Progress &progress = {});

} // namespace Tessera::Export
