// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the CSV reader and the account and rep imports.
// Beyond not crashing: a second read after rewind() gives the same records,
// every record's line is at least the previous one's, and an import never
// keeps a row that it also lists as a problem.
#include "core/interchange/accountimport.h"
#include "core/interchange/csvreader.h"
#include "core/interchange/repimport.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Tessera;
    if (size > 1 << 20)
        return 0;
    // The first byte picks the delimiter: detected, or forced.
    static const char delimiters[] = {0, ',', ';', '\t'};
    const char delimiter = size ? delimiters[data[0] % 4] : 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    Result<CsvReader> reader = CsvReader::fromBytes(bytes, {delimiter});
    if (!reader.ok())
        return 0;
    std::vector<std::string> first;
    std::int64_t lastLine = 0;
    bool failed = false;
    CsvRecord record;
    for (;;) {
        Result<bool> got = reader->next(record);
        if (!got.ok()) {
            failed = true;
            break;
        }
        if (!*got)
            break;
        if (record.line() < lastLine || record.size() == 0)
            std::abort();
        lastLine = record.line();
        std::string joined;
        for (std::size_t i = 0; i < record.size(); ++i) {
            joined.append(record[i]);
            joined.push_back('\x1f');
        }
        first.push_back(joined);
    }
    reader->rewind();
    for (const std::string &expected : first) {
        Result<bool> got = reader->next(record);
        if (!got.ok() || !*got)
            std::abort();
        std::string joined;
        for (std::size_t i = 0; i < record.size(); ++i) {
            joined.append(record[i]);
            joined.push_back('\x1f');
        }
        if (joined != expected)
            std::abort();
    }
    if (failed)
        return 0;

    reader->rewind();
    std::vector<ColumnMapping> mapping = AccountImport::suggestMapping(reader->header());
    if (AccountImport::checkMapping(mapping).ok()) {
        AccountImport::Options options;
        options.skipBadRows = true;
        Result<AccountImport::Imported> imported =
            AccountImport::read(*reader, mapping, {}, options);
        if (imported.ok()) {
            const AccountImport::Imported &r = *imported;
            if (r.accounts.rowCount() + r.problems.rows != r.rowsRead)
                std::abort();
            if (!r.accounts.duplicateOrBlankIds().empty())
                std::abort();
        }
    }
    reader->rewind();
    std::vector<ColumnMapping> reps = RepImport::suggestMapping(reader->header());
    if (RepImport::checkMapping(reps).ok()) {
        Result<RepImport::Imported> imported = RepImport::read(*reader, reps);
        if (imported.ok() && imported->reps.size() + imported->problems.rows != imported->rowsRead)
            std::abort();
    }
    return 0;
}
