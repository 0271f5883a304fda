// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/gen/workspacegenerator.h"
#include "core/store/sqlitedatabase.h"
#include "core/store/workspacefile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Tessera::Cli {

namespace {

WorkspaceData makeWorkspace(std::size_t accounts, std::uint64_t seed)
{
    GeneratorOptions options;
    options.accounts = accounts;
    options.seed = seed;
    options.territories = 200;
    options.reps = 240;
    Result<WorkspaceData> data = generateWorkspace(options);
    return data ? std::move(*data) : WorkspaceData{};
}

// --- measuring ----------------------------------------------------------------

std::int64_t peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    }
    return -1;
}

// Resets VmHWM (Linux: "5" in clear_refs), so that the peak measured after
// it is that of the open alone, not of generating the data.
bool resetPeakMemory()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

void syncFile(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// Same rows through plain SQLite: one column per field, one prepared INSERT
// per row in one transaction, the same page size and journal settings as
// the workspace writer and an fsync at the end, as a save does.
Status baselineInsert(const AccountStore &store, const QString &path)
{
    Store::Database db;
    if (Status s = db.open(path, Store::Database::Mode::Create); !s)
        return s;
    if (Status s = db.exec("PRAGMA page_size=65536;PRAGMA journal_mode=OFF;"
                           "PRAGMA synchronous=OFF;PRAGMA locking_mode=EXCLUSIVE");
        !s)
        return s;
    QByteArray create = "CREATE TABLE accounts(";
    QByteArray insert = "INSERT INTO accounts VALUES(";
    for (int f = 0; f < store.fieldCount(); ++f) {
        static const char *const Types[] = {" TEXT", " TEXT",    " REAL",
                                            " REAL", " INTEGER", " INTEGER"};
        create += (f ? ", c" : "c") + QByteArray::number(f) + Types[store.column(f).index()];
        insert += (f ? ", ?" : "?");
    }
    create += ")";
    insert += ")";
    if (Status s = db.exec(create.constData()); !s)
        return s;
    if (Status s = db.exec("BEGIN"); !s)
        return s;
    Result<Store::Statement> st = db.prepare(insert.constData());
    if (!st)
        return st.error();
    for (std::size_t r = 0; r < store.rowCount(); ++r) {
        for (int f = 0; f < store.fieldCount(); ++f) {
            switch (ColumnKind(store.column(f).index())) {
            case ColumnKind::Strings:
            case ColumnKind::Dictionary:
                st->bind(f + 1, store.text(r, f));
                break;
            case ColumnKind::Doubles:
            case ColumnKind::Floats:
                st->bind(f + 1, store.number(r, f));
                break;
            case ColumnKind::Days:
                if (store.day(r, f) == NullDay)
                    st->bindNull(f + 1);
                else
                    st->bind(f + 1, std::int64_t(store.day(r, f)));
                break;
            case ColumnKind::Bools:
                if (store.boolean(r, f) == NullBool)
                    st->bindNull(f + 1);
                else
                    st->bind(f + 1, std::int64_t(store.boolean(r, f)));
                break;
            }
        }
        if (st->step() != 101 /* SQLITE_DONE */)
            return db.error(ErrorCode::Io, QStringLiteral("baseline insert failed"));
        st->reset();
    }
    *st = {};
    if (Status s = db.exec("COMMIT"); !s)
        return s;
    if (Status s = db.close(); !s)
        return s;
    syncFile(path);
    return {};
}

// Reads every column of every row back; the checksum keeps the reads honest.
Result<std::uint64_t> baselineSelect(const QString &path, int fields)
{
    Store::Database db;
    if (Status s = db.open(path, Store::Database::Mode::ReadOnly); !s)
        return s.error();
    Result<Store::Statement> st = db.prepare("SELECT * FROM accounts");
    if (!st)
        return st.error();
    std::uint64_t sum = 0;
    while (st->step() == 100 /* SQLITE_ROW */) {
        for (int f = 0; f < fields; ++f) {
            if (st->type(f) == Store::Statement::Type::Text)
                sum += st->text(f).size();
            else if (st->type(f) == Store::Statement::Type::Real)
                sum += std::uint64_t(st->real(f) != 0);
            else if (st->type(f) == Store::Statement::Type::Integer)
                sum += std::uint64_t(st->integer(f));
        }
    }
    return sum;
}

// Every field of every 997th row, as text, with the schema: enough to check
// the round trip without keeping a second copy of the accounts in memory.
struct Sample
{
    std::size_t rows = 0;
    std::vector<FieldDef> fields;
    QStringList values;
};

Sample takeSample(const AccountStore &store)
{
    Sample s{store.rowCount(), store.fields(), {}};
    for (std::size_t r = 0; r < store.rowCount(); r += 997) {
        for (int f = 0; f < store.fieldCount(); ++f)
            s.values << store.displayText(r, f);
    }
    return s;
}

bool sameSample(const Sample &a, const Sample &b)
{
    return a.rows == b.rows && a.fields == b.fields && a.values == b.values;
}

int runStore(QStringList args)
{
    bool ok = true;
    const qlonglong accounts =
        takeOption(args, QStringLiteral("--accounts"), QStringLiteral("1000000")).toLongLong(&ok);
    if (!ok || accounts < 0 || accounts > qlonglong(AccountStore::MaxRows))
        return usage(
            QStringLiteral("--accounts needs a number from 0 to %1").arg(AccountStore::MaxRows));
    const std::uint64_t seed =
        takeOption(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    // Hidden, for the kill-during-save test: build the data, say so, then
    // save it over FILE.
    const QString saveOver = takeOption(args, QStringLiteral("--save-over"));
    QString dirPath = takeOption(args, QStringLiteral("--dir"));
    if (!args.isEmpty())
        return usage(QStringLiteral("bench store: unexpected argument \"%1\"").arg(args.front()));

    if (!saveOver.isEmpty()) {
        const WorkspaceData data = makeWorkspace(std::size_t(accounts), seed);
        out() << "saving\n";
        out().flush();
        if (Status s = WorkspaceFile::save(data, saveOver); !s)
            return fail(s.error(), saveOver);
        out() << "saved\n";
        return 0;
    }

    QTemporaryDir temp;
    if (dirPath.isEmpty()) {
        if (!temp.isValid())
            return fail(makeError(ErrorCode::Io, QStringLiteral("no temporary folder")));
        dirPath = temp.path();
    }
    const QString ourPath = dirPath + QStringLiteral("/bench.tessera");
    const QString basePath = dirPath + QStringLiteral("/baseline.sqlite");
    QFile::remove(ourPath);
    QFile::remove(basePath);

    QTextStream &o = out();
    QElapsedTimer timer;
    timer.start();
    WorkspaceData data = makeWorkspace(std::size_t(accounts), seed);
    if (data.accounts.rowCount() != std::size_t(accounts))
        return fail(makeError(ErrorCode::Failed, QStringLiteral("the generator failed")));
    o << "accounts:            " << accounts << " (" << data.accounts.fieldCount() << " fields, "
      << data.territories.size() << " territories, " << data.reps.size() << " reps)\n";
    o << "generate:            " << timer.elapsed() << " ms\n";
    o.flush();

    timer.restart();
    if (Status s = baselineInsert(data.accounts, basePath); !s)
        return fail(s.error(), basePath);
    const double insertMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    Result<std::uint64_t> selected = baselineSelect(basePath, data.accounts.fieldCount());
    if (!selected)
        return fail(selected.error(), basePath);
    const double selectMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    if (Status s = WorkspaceFile::save(data, ourPath); !s)
        return fail(s.error(), ourPath);
    const double saveMs = double(timer.nsecsElapsed()) / 1e6;

    // Keep only what the round-trip check needs, so that the peak below is
    // that of one loaded workspace.
    const Sample original = takeSample(data.accounts);
    data.accounts = AccountStore();
    const WorkspaceData others = std::move(data);
    data = WorkspaceData{};
    const std::int64_t processPeakKb = peakMemoryKb();
    const bool peakReset = resetPeakMemory();
    timer.restart();
    Result<WorkspaceData> loaded = WorkspaceFile::load(ourPath);
    if (!loaded)
        return fail(loaded.error(), ourPath);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const bool same = sameSample(original, takeSample(loaded->accounts)) &&
                      loaded->territories == others.territories && loaded->reps == others.reps &&
                      loaded->rules == others.rules && loaded->nextId == others.nextId;
    const std::int64_t peakKb = peakMemoryKb();

    const double fileBytes = double(QFileInfo(ourPath).size());
    const double baseBytes = double(QFileInfo(basePath).size());
    const double perAccount = accounts ? fileBytes / double(accounts) : 0;
    const double saveRatio = insertMs > 0 ? saveMs / insertMs : 0;
    const double openRatio = selectMs > 0 ? openMs / selectMs : 0;
    const double peakMb = double(peakKb) / 1024.0;
    auto verdict = [](bool pass) {
        return pass ? "PASS" : "FAIL";
    };
    o << Qt::fixed << qSetRealNumberPrecision(1);
    o << "baseline insert:     " << insertMs << " ms\n";
    o << "baseline select:     " << selectMs << " ms\n";
    o << "tessera save:        " << saveMs << " ms\n";
    o << "tessera open:        " << openMs << " ms\n";
    o << qSetRealNumberPrecision(2);
    o << "save / insert:       " << saveRatio << "  (target <= 1.50) " << verdict(saveRatio <= 1.5)
      << "\n";
    o << "open / select:       " << openRatio << "  (target <= 1.50) " << verdict(openRatio <= 1.5)
      << "\n";
    o << qSetRealNumberPrecision(1);
    o << "file:                " << fileBytes / 1e6 << " MB, " << perAccount
      << " bytes/account  (target <= 120) " << verdict(perAccount <= 120) << "\n";
    o << "baseline file:       " << baseBytes / 1e6 << " MB, "
      << (accounts ? baseBytes / double(accounts) : 0) << " bytes/account\n";
    o << "peak memory (VmHWM): " << peakMb << " MB during open with the accounts loaded"
      << (peakReset ? "" : " (could not reset: includes generation)") << "  (target <= 400) "
      << verdict(peakMb <= 400) << "\n";
    o << "process peak before: " << double(processPeakKb) / 1024.0
      << " MB (generation, baseline and save; not a target)\n";
    o << "round trip:          " << (same ? "ok" : "MISMATCH") << "\n";
    o.flush();
    if (!same)
        return fail(makeError(ErrorCode::Failed,
                              QStringLiteral("the loaded accounts differ from the saved ones")));
    return 0;
}

struct Benchmark
{
    const char *name;
    int (*run)(QStringList);
};

// Add further benchmarks here; each parses its own options.
constexpr Benchmark Benchmarks[] = {
    {"store", &runStore},        {"assign", &runBenchAssign},   {"geo", &runBenchGeo},
    {"import", &runBenchImport}, {"balance", &runBenchBalance}, {"dtdp", &runBenchDtdp},
#if defined(TESSERA_HAVE_UI)
    {"map", &runBenchMap},
#endif
};

} // namespace

int runBench(QStringList args)
{
    QStringList names;
    for (const Benchmark &b : Benchmarks)
        names << QString::fromLatin1(b.name);
    if (args.isEmpty())
        return usage(QStringLiteral("bench needs a benchmark name: %1").arg(names.join(u", ")));
    const QString name = args.takeFirst();
    for (const Benchmark &b : Benchmarks) {
        if (name == QLatin1String(b.name))
            return b.run(args);
    }
    return usage(
        QStringLiteral("unknown benchmark \"%1\"; known: %2").arg(name, names.join(u", ")));
}

} // namespace Tessera::Cli
