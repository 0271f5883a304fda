// SPDX-License-Identifier: GPL-3.0-or-later
// import-accounts and import-reps: CSV files into a workspace, saved atomically.
#include "app/cli/cli.h"

#include "core/interchange/accountimport.h"
#include "core/interchange/repimport.h"
#include "core/store/workspacefile.h"

#include <QFileInfo>

namespace Tessera::Cli {

namespace {

// Options shared by both imports.
struct ImportArgs
{
    QString file;
    QString into;
    QString report;
    QStringList maps;
    char delimiter = 0;
    bool skipBadRows = false;
};

Result<ImportArgs> takeImportArgs(QStringList &args, const QString &usageLine)
{
    ImportArgs a;
    a.into = takeOption(args, QStringLiteral("--into"));
    a.report = takeOption(args, QStringLiteral("--report"));
    a.skipBadRows = takeFlag(args, QStringLiteral("--skip-bad-rows"));
    const QString delimiter = takeOption(args, QStringLiteral("--delimiter"));
    for (QString m = takeOption(args, QStringLiteral("--map")); !m.isEmpty();
         m = takeOption(args, QStringLiteral("--map")))
        a.maps << m;
    if (!delimiter.isEmpty()) {
        a.delimiter = csvDelimiterFromName(delimiter);
        if (!a.delimiter)
            return makeError(ErrorCode::Usage,
                             QStringLiteral("--delimiter must be \",\", \";\" or \"tab\""));
    }
    if (args.size() != 1 || a.into.isEmpty())
        return makeError(ErrorCode::Usage, usageLine);
    if (args.front().startsWith(QStringLiteral("--")))
        return makeError(ErrorCode::Usage,
                         QStringLiteral("unknown option \"%1\"; %2").arg(args.front(), usageLine));
    a.file = args.front();
    return a;
}

Result<WorkspaceData> openOrCreate(const QString &path)
{
    if (QFileInfo::exists(path))
        return openWorkspace(path);
    return WorkspaceData{};
}

void printSource(QTextStream &o, const CsvReader &reader)
{
    o << "encoding: " << csvEncodingName(reader.encoding());
    if (reader.encoding() == CsvEncoding::Windows1252)
        o << " (not valid UTF-8; converted to UTF-8)";
    o << "\n";
    o << "delimiter: " << csvDelimiterName(reader.delimiter()) << "\n";
}

void printMapping(QTextStream &o, const std::vector<ColumnMapping> &mapping)
{
    for (const ColumnMapping &m : mapping) {
        o << "column: " << m.header << " -> ";
        if (!m.imported())
            o << "(not imported)\n";
        else
            o << m.field << " (" << fieldTypeName(m.type) << (m.newField ? ", new field" : "")
              << ")\n";
    }
}

// Reports problems: with skipping, as a report file; without, as the failure.
int handleProblems(const ImportProblems &problems, const ImportArgs &a, bool stoppedEarly)
{
    QString report = a.report;
    if (report.isEmpty() && a.skipBadRows && !problems.empty()) {
        // Beside the workspace, which is being written anyway; named after the file.
        report = QFileInfo(a.into).path() + QLatin1Char('/') +
                 QFileInfo(a.file).completeBaseName() + QStringLiteral("-skipped.csv");
    }
    if (!report.isEmpty() && (!problems.empty() || !a.report.isEmpty())) {
        if (Status s = writeProblemReport(problems, report); !s)
            return fail(s.error(), report);
        out() << "report: " << report << "\n";
    }
    if (problems.empty() || a.skipBadRows)
        return 0;
    Error e = problemsError(problems, {});
    if (stoppedEarly)
        e.message +=
            QStringLiteral("\n(reading stopped after the first %1 bad rows)").arg(problems.rows);
    return fail(e, a.file);
}

// What every import prints after reading; non-zero: the exit status, stop.
int reportRead(const CsvReader &reader, const std::vector<ColumnMapping> &mapping,
               std::size_t rowsRead, const ImportProblems &problems, bool stoppedEarly,
               const ImportArgs &a)
{
    QTextStream &o = out();
    printSource(o, reader);
    printMapping(o, mapping);
    o << "rows read: " << rowsRead << "\n";
    if (const int status = handleProblems(problems, a, stoppedEarly))
        return status;
    o << "rows skipped: " << problems.rows << "\n";
    return 0;
}

// An import that would bring nothing in (a header-only file, or every row
// skipped) is refused: replacing the workspace's accounts with none, or
// removing all of them as missing, is never what was meant.
int refuseEmpty(std::size_t rowsToImport, std::size_t rowsRead, const char *what,
                const ImportArgs &a)
{
    if (rowsToImport > 0)
        return 0;
    const QString message =
        rowsRead == 0
            ? QStringLiteral("the file has a header but no %1 rows; nothing was imported").arg(what)
            : QStringLiteral("all %1 rows of the file were skipped; nothing was imported")
                  .arg(rowsRead);
    return fail(Error{ErrorCode::Invalid, message, {}}, a.file);
}

// Validates and saves the workspace an import changed.
int saveImported(const WorkspaceData &data, const ImportArgs &a)
{
    if (Status s = WorkspaceDocument::validate(data); !s)
        return fail(s.error(), a.into);
    if (Status s = WorkspaceFile::save(data, a.into); !s)
        return fail(s.error(), a.into);
    out() << "saved " << a.into << "\n";
    return 0;
}

int manualLinksWithoutAccount(const WorkspaceData &data)
{
    int n = 0;
    for (const auto *links : {&data.manualAssignments, &data.exclusions}) {
        for (const AccountTerritoryLink &l : *links)
            n += data.accounts.rowOf(l.accountId.toStdString()) < 0 ? 1 : 0;
    }
    return n;
}

} // namespace

int runImportAccounts(QStringList args)
{
    const bool refresh = takeFlag(args, QStringLiteral("--refresh"));
    const bool removeMissing = takeFlag(args, QStringLiteral("--remove-missing"));
    Result<ImportArgs> parsed = takeImportArgs(
        args,
        QStringLiteral("usage: tessera-cli import-accounts FILE.csv --into WS "
                       "[--skip-bad-rows] [--report R.csv] [--map \"Column=Field[:type]\"]... "
                       "[--delimiter ,|;|tab] [--refresh [--remove-missing]]"));
    if (!parsed)
        return usage(parsed.error().message);
    const ImportArgs &a = *parsed;
    if (removeMissing && !refresh)
        return usage(QStringLiteral("--remove-missing goes with --refresh"));

    Result<WorkspaceData> data = openOrCreate(a.into);
    if (!data)
        return fail(data.error(), a.into);
    Result<CsvReader> reader = CsvReader::open(a.file, {a.delimiter});
    if (!reader)
        return fail(reader.error(), a.file);

    std::vector<ColumnMapping> mapping =
        AccountImport::suggestMapping(reader->header(), data->accounts);
    for (const QString &m : a.maps) {
        if (Status s = AccountImport::applyOverride(mapping, m, data->accounts); !s)
            return s.error().code == ErrorCode::Usage ? usage(s.error().message)
                                                      : fail(s.error(), a.file);
    }
    AccountImport::Options options;
    options.skipBadRows = a.skipBadRows;
    options.stopAfterBadRows = a.skipBadRows ? 0 : 20;
    Result<AccountImport::Imported> imported =
        AccountImport::read(*reader, mapping, data->accounts, options);
    if (!imported)
        return fail(imported.error(), a.file);

    if (const int status = reportRead(*reader, imported->mapping, imported->rowsRead,
                                      imported->problems, imported->stoppedEarly, a))
        return status;
    if (const int status =
            refuseEmpty(imported->accounts.rowCount(), imported->rowsRead, "account", a))
        return status;
    QTextStream &o = out();

    const std::size_t before = data->accounts.rowCount();
    if (refresh && before > 0) {
        Result<AccountImport::Refresh> merged =
            AccountImport::refresh(data->accounts, *imported, removeMissing);
        if (!merged)
            return fail(merged.error(), a.file);
        data->accounts = std::move(merged->accounts);
        o << "updated: " << merged->updated << "\n";
        o << "added: " << merged->added << "\n";
        o << "missing: " << merged->missing.size()
          << (merged->missingRemoved ? " (removed)" : " (kept)") << "\n";
        for (qsizetype i = 0; i < merged->missing.size() && i < 20; ++i)
            o << "missing account: " << merged->missing[i] << "\n";
        if (merged->missing.size() > 20)
            o << "missing account: ... and " << merged->missing.size() - 20 << " more\n";
    } else {
        if (before > 0)
            o << "replaced: " << before << " accounts\n";
        data->accounts = std::move(imported->accounts);
    }
    o << "accounts: " << data->accounts.rowCount() << "\n";
    const int orphans = manualLinksWithoutAccount(*data);
    if (orphans > 0)
        o << "manual assignments and exclusions kept for accounts not in the workspace: " << orphans
          << "\n";
    return saveImported(*data, a);
}

int runImportReps(QStringList args)
{
    Result<ImportArgs> parsed = takeImportArgs(
        args, QStringLiteral("usage: tessera-cli import-reps FILE.csv --into WS "
                             "[--skip-bad-rows] [--report R.csv] [--map \"Column=Field\"]... "
                             "[--delimiter ,|;|tab]"));
    if (!parsed)
        return usage(parsed.error().message);
    const ImportArgs &a = *parsed;
    Result<WorkspaceData> data = openOrCreate(a.into);
    if (!data)
        return fail(data.error(), a.into);
    Result<CsvReader> reader = CsvReader::open(a.file, {a.delimiter});
    if (!reader)
        return fail(reader.error(), a.file);
    std::vector<ColumnMapping> mapping = RepImport::suggestMapping(reader->header());
    for (const QString &m : a.maps) {
        if (Status s = RepImport::applyOverride(mapping, m); !s)
            return s.error().code == ErrorCode::Usage ? usage(s.error().message)
                                                      : fail(s.error(), a.file);
    }
    RepImport::Options options;
    options.skipBadRows = a.skipBadRows;
    options.stopAfterBadRows = a.skipBadRows ? 0 : 20;
    Result<RepImport::Imported> imported = RepImport::read(*reader, mapping, options);
    if (!imported)
        return fail(imported.error(), a.file);

    if (const int status = reportRead(*reader, imported->mapping, imported->rowsRead,
                                      imported->problems, imported->stoppedEarly, a))
        return status;
    if (const int status = refuseEmpty(imported->reps.size(), imported->rowsRead, "rep", a))
        return status;
    QTextStream &o = out();
    for (const QString &w : imported->warnings)
        err() << "warning: " << w << "\n";

    const RepImport::Plan plan = RepImport::plan(data->reps, *imported);
    for (const Rep &r : plan.updates) {
        for (Rep &existing : data->reps) {
            if (existing.id == r.id)
                existing = r;
        }
    }
    for (Rep r : plan.additions) {
        r.id = data->nextId++;
        data->reps.push_back(std::move(r));
    }
    o << "updated: " << plan.updates.size() << "\n";
    o << "unchanged: " << plan.unchanged << "\n";
    o << "added: " << plan.additions.size() << "\n";
    o << "missing: " << plan.missing.size() << " (kept)\n";
    o << "reps: " << data->reps.size() << "\n";
    return saveImported(*data, a);
}

} // namespace Tessera::Cli
