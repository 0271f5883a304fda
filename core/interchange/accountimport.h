// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/csvreader.h"
#include "core/interchange/tableimport.h"
#include "core/model/accountstore.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <QStringList>

#include <vector>

namespace Tessera {

// Import of accounts from CSV (see docs/csv-import.md).
namespace AccountImport {

// A column for each header cell: Salesforce API names ("BillingState") and
// report/export labels ("Billing State/Province") go to the standard fields;
// a column named like a custom field of existing (by API name or label) goes
// there with that field's type; every other column becomes a new custom
// field ("Customer Since" -> Customer_Since__c) whose type is inferred.
std::vector<ColumnMapping> suggestMapping(const QStringList &header,
                                          const AccountStore &existing = {});

// Applies one "Column=Field[:type]" override (see parseMappingSpec).
Status applyOverride(std::vector<ColumnMapping> &mapping, const QString &spec,
                     const AccountStore &existing = {});
// Sets the target of one column: a standard or existing field (its type is
// then fixed), or a new custom field of the given type (typeKnown false:
// inferred). An empty field leaves the column out.
Status setTarget(ColumnMapping &mapping, const QString &field, const AccountStore &existing);

// Checks a mapping before the import: the account Id is mapped, no field is
// the target of two columns, new field names are valid and free.
Status checkMapping(const std::vector<ColumnMapping> &mapping, const AccountStore &existing = {});

struct Options
{
    bool skipBadRows = false;
    // Without skipBadRows: stop reading once this many rows had problems (the
    // import fails anyway). 0: read on, to list every problem (the wizard).
    std::size_t stopAfterBadRows = 0;
};

struct Imported
{
    AccountStore accounts;              // the good rows, in file order; custom fields as mapped
    std::vector<ColumnMapping> mapping; // with the types found for inferred columns
    ImportProblems problems;
    std::size_t rowsRead = 0;
    bool stoppedEarly = false;
    char delimiter = ',';
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// Reads every data row of the file into a new account store with the fields
// of existing (so a refresh can merge) plus the new custom fields of the
// mapping. Rows with a problem (a value that is not of its field's type, a
// blank or duplicate Id, a wrong number of cells) are left out and listed;
// whether that is acceptable is the caller's choice (Options::skipBadRows,
// problemsError). Errors: the mapping is wrong, the file cannot be split (a
// quote never closed), a limit, or cancelled.
Result<Imported> read(CsvReader &reader, const std::vector<ColumnMapping> &mapping,
                      const AccountStore &existing = {}, const Options &options = {},
                      const Progress &progress = {});

// Re-import of accounts into a workspace that has accounts: rows of the file
// update the accounts with the same Id (only the fields mapped from the file;
// the others keep their values), new Ids are added at the end, and accounts
// that are not in the file are listed and kept, or removed with removeMissing.
struct Refresh
{
    AccountStore accounts;
    std::size_t updated = 0;
    std::size_t added = 0;
    QStringList missing; // ids of existing accounts that are not in the file
    bool missingRemoved = false;
};
Result<Refresh> refresh(const AccountStore &existing, const Imported &imported,
                        bool removeMissing = false, const Progress &progress = {});

// A copy of store with only the rows for which keep is true.
AccountStore keepRows(const AccountStore &store, const std::vector<bool> &keep);

} // namespace AccountImport
} // namespace Tessera
