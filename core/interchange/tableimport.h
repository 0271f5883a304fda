// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/csvreader.h"
#include "core/model/accountstore.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace Tessera {

// What the importers of accounts and reps share: how a column of the file is
// mapped, what was wrong with a row, and how a column's type is guessed.

// Where one column of a CSV file goes.
struct ColumnMapping
{
    int column = -1; // index in the file's header
    QString header;  // the header cell, as in the file
    QString field;   // API name of the target field; empty: the column is not imported
    FieldType type = FieldType::Text;
    bool typeKnown = false; // false: inferred from the column's values during the import
    bool newField = false;  // a custom field that the import adds to the accounts

    bool imported() const { return !field.isEmpty(); }
    bool operator==(const ColumnMapping &) const = default;
};

// One thing wrong with one row. Column is 1-based; 0 when the row as a whole.
struct RowProblem
{
    std::int64_t line = 0;
    int column = 0;
    QString columnName;
    QString value;
    QString reason;

    QString toString() const;
};

// Problems of an import: the first ones listed, all of them counted.
struct ImportProblems
{
    std::vector<RowProblem> listed;
    std::size_t rows = 0;  // rows left out because of a problem
    std::size_t total = 0; // problems found, listed or not
    std::size_t limit = 10'000;

    void add(RowProblem problem);
    bool empty() const { return total == 0; }
};

// The next data row of an import: counts it, reports progress every few
// thousand rows (fraction of the file times scale) and checks for a cancel.
// False at the end of the file; errors from the reader, or Cancelled.
Result<bool> nextRow(CsvReader &reader, CsvRecord &record, std::size_t &rowsRead,
                     const Progress &progress, double scale = 1.0);
// A record that cannot be read cell by cell: text after a closing quote, or
// another number of cells than the header. Adds the problem and returns true.
bool recordProblem(const CsvRecord &record, const QStringList &header, ImportProblems &problems);
// A cell's value as shown in a problem: at most 200 characters.
QString problemValue(std::string_view value);

// Writes a report of skipped rows: line, column, field, value, reason.
Status writeProblemReport(const ImportProblems &problems, const QString &path);

// The import's failure when there are problems and bad rows are not skipped:
// ErrorCode::Invalid, the first problems in the message.
Error problemsError(const ImportProblems &problems, const QString &what);

// Guesses a column's type from all its values: number, date, checkbox (only
// true/false/yes/no), picklist when few distinct values repeat, else text.
class ColumnProfile
{
public:
    static constexpr std::size_t MaxPicklistValues = 50;

    explicit ColumnProfile(bool decimalComma = false)
        : m_decimalComma(decimalComma)
    {}
    void add(std::string_view value);
    FieldType type() const;
    std::size_t nonEmpty() const { return m_nonEmpty; }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    bool m_decimalComma;
    bool m_numbers = true;
    bool m_dates = true;
    bool m_booleans = true;
    bool m_manyValues = false;
    std::size_t m_nonEmpty = 0;
    std::unordered_set<std::string, Hash, std::equal_to<>> m_distinct;
};

// Profiles every column of a file from its first data row to its end (the
// wizard shows the result before the import). Rewinds the reader after.
Result<std::vector<FieldType>> profileColumns(CsvReader &reader, const Progress &progress = {});

// Letters and digits of a header, lower case: "Billing State/Province" and
// "billingstateprovince" compare equal.
QString normalizedHeader(QStringView header);

// Parses one "Column=Field[:type]" option (Field empty: keep the suggested
// target; Field "-": do not import the column) into column, field and type.
struct MappingSpec
{
    QString column;
    QString field;
    QString type;
    bool skip = false;
};
Result<MappingSpec> parseMappingSpec(const QString &spec);
// A parsed option and the mapping of the column it names (by header,
// case-insensitive); NotFound when the file has no such column.
struct MappingOverride
{
    ColumnMapping *column = nullptr;
    MappingSpec spec;
};
Result<MappingOverride> findOverride(std::vector<ColumnMapping> &mapping, const QString &spec);

} // namespace Tessera
