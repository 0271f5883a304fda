// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Tessera {

// A problem found before a Salesforce export. Errors block the export:
// Salesforce would refuse the files. Warnings let it go ahead and are
// written into the export's README.
struct ExportIssue
{
    enum Severity { Error, Warning } severity = Error;
    QString message;

    bool operator==(const ExportIssue &) const = default;
};

// Salesforce's limits on the fields an export writes (object reference).
namespace SalesforceLimits {
constexpr int NameLength = 80;             // Name, MasterLabel
constexpr int DescriptionLength = 1000;    // Territory2.Description, Territory2Model.Description
constexpr int TypeDescriptionLength = 255; // Territory2Type.Description
constexpr int RoleLength = 255;            // UserTerritory2Association.RoleInTerritory2
} // namespace SalesforceLimits

struct ExportCheckOptions
{
    std::vector<Id> models;  // the models exported; empty: every model
    bool dataLoader = false; // CSVs load records by id: types and user ids must be there
    bool rules = true;       // rules are part of the export
};

// Checks what a Salesforce export (metadata, source or Data Loader) would
// write: the model's invariants, DeveloperName rules, field lengths, ETM's
// limits on rules (checkRules), and for Data Loader the ids it loads by.
std::vector<ExportIssue> checkSalesforceExport(const WorkspaceData &data,
                                               const ExportCheckOptions &options);

bool hasErrors(const std::vector<ExportIssue> &issues);
QStringList messages(const std::vector<ExportIssue> &issues, ExportIssue::Severity severity);

// Salesforce record ids: 15 or 18 letters and digits; a key prefix names the
// object ("001" Account, "005" User).
bool looksLikeSalesforceId(QStringView id, QStringView keyPrefix);

} // namespace Tessera
