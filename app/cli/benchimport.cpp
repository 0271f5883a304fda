// SPDX-License-Identifier: GPL-3.0-or-later
// bench import: a realistic account CSV imported by Tessera and, in the same
// run, by the sqlite3 shell's own CSV import (".import --csv") of the same file.
#include "app/cli/cli.h"

#include "core/gen/random.h"
#include "core/geo/zipcentroids.h"
#include "core/interchange/accountimport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <array>
#include <cmath>
#include <string>

namespace Tessera::Cli {

namespace {

constexpr std::array<const char *, 24> Words{
    "Acme",    "Summit",   "Harbor",  "Pioneer",  "Cedar",   "Granite",  "Bluewater", "Northstar",
    "Redwood", "Keystone", "Liberty", "Meridian", "Falcon",  "Sterling", "Evergreen", "Horizon",
    "Atlas",   "Beacon",   "Copper",  "Prairie",  "Orchard", "Silver",   "Lakeside",  "Frontier"};
constexpr std::array<const char *, 16> Nouns{
    "Widgets", "Logistics",  "Health",   "Foods",    "Systems", "Labs",     "Energy",    "Capital",
    "Dental",  "Outfitters", "Robotics", "Builders", "Media",   "Pharmacy", "Analytics", "Motors"};
constexpr std::array<const char *, 8> Suffixes{"Inc.", "LLC",  "Corp.",    "Group",
                                               "Co.",  "Ltd.", "Partners", "Holdings"};
constexpr std::array<const char *, 10> Streets{
    "Main", "Oak", "Market", "Broadway", "Elm", "Maple", "Church", "Lake", "Park", "Washington"};
constexpr std::array<const char *, 4> StreetKinds{"St", "Ave", "Rd", "Blvd"};
constexpr std::array<const char *, 16> Industries{
    "Agriculture",    "Banking", "Biotechnology", "Chemicals",     "Construction",  "Education",
    "Electronics",    "Energy",  "Healthcare",    "Insurance",     "Manufacturing", "Media",
    "Not For Profit", "Retail",  "Technology",    "Transportation"};
constexpr std::array<const char *, 5> Types{"Prospect", "Customer - Direct", "Customer - Channel",
                                            "Channel Partner / Reseller", "Other"};
constexpr std::array<const char *, 4> Segments{"SMB", "Mid-Market", "Enterprise", "Strategic"};

void appendBase62(std::string &out, std::uint64_t v, int width)
{
    static const char Digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    char buffer[16];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = Digits[v % 62];
        v /= 62;
    }
    out.append(buffer, std::size_t(width));
}

void appendQuoted(std::string &out, const std::string &cell)
{
    if (cell.find_first_of(",\"\n") == std::string::npos) {
        out += cell;
        return;
    }
    out += '"';
    for (char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// Salesforce-like export: labels as headers, names and streets with commas,
// quotes and a few line breaks, real US cities and ZIPs, blanks here and there.
Status writeAccountsCsv(const QString &path, std::size_t rows, const ZipCentroids &zips)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    std::string buf =
        "Account ID,Account Name,Billing Street,Billing City,Billing State/Province,"
        "Billing Zip/Postal Code,Billing Country,Industry,Type,Annual Revenue,Employees,"
        "Account Owner ID,Segment,Customer Since,Workload Hours\r\n";
    Gen::Random rng(20260101);
    std::string cell;
    for (std::size_t r = 0; r < rows; ++r) {
        buf += "001Dn0000";
        appendBase62(buf, r, 9);
        buf += ',';
        cell = Words[rng.below(Words.size())];
        cell += ' ';
        cell += Nouns[rng.below(Nouns.size())];
        if (rng.chance(0.15))
            cell += ',';
        cell += ' ';
        cell += Suffixes[rng.below(Suffixes.size())];
        if (rng.chance(0.02))
            cell = "The \"" + cell + "\" Company";
        appendQuoted(buf, cell);
        buf += ',';
        cell = std::to_string(rng.between(1, 9999)) + ' ' + Streets[rng.below(Streets.size())] +
               ' ' + StreetKinds[rng.below(StreetKinds.size())];
        if (rng.chance(0.2))
            cell += ", Suite " + std::to_string(rng.between(100, 999));
        if (rng.chance(0.01))
            cell += "\nBuilding " + std::to_string(rng.between(1, 9));
        appendQuoted(buf, cell);
        buf += ',';
        const std::size_t z = rng.below(std::uint32_t(zips.size()));
        appendQuoted(buf, std::string(zips.city(z)));
        buf += ',';
        buf += zips.state(z);
        buf += ',';
        buf += zips.zip(z);
        buf += ",United States,";
        buf += Industries[rng.below(Industries.size())];
        buf += ',';
        buf += Types[rng.below(Types.size())];
        buf += ',';
        if (!rng.chance(0.05))
            buf += std::to_string(std::llround(std::exp(rng.uniform(11.5, 20.5))));
        buf += ',';
        buf += std::to_string(rng.between(1, 50'000));
        buf += ",005Dn0000";
        appendBase62(buf, rng.below(300), 9);
        buf += ',';
        buf += Segments[rng.below(Segments.size())];
        buf += ',';
        if (!rng.chance(0.1)) {
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", rng.between(2005, 2026),
                          rng.between(1, 12), rng.between(1, 28));
            buf += date;
        }
        buf += ',';
        buf += std::to_string(rng.between(5, 400));
        buf += '.';
        buf += char('0' + rng.below(10));
        buf += "\r\n";
        if (buf.size() > (1 << 22)) {
            if (file.write(buf.data(), qint64(buf.size())) != qint64(buf.size()))
                return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
            buf.clear();
        }
    }
    if (file.write(buf.data(), qint64(buf.size())) != qint64(buf.size()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time, next to the wall-clock time: on a machine shared with other work
// the wall clock measures the neighbours too.
double cpuMs(int who)
{
    rusage usage{};
    ::getrusage(who, &usage);
    return (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1e3 +
           (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1e3;
}

} // namespace

int runBenchImport(QStringList args)
{
    bool ok = true;
    const qlonglong rows =
        takeOption(args, QStringLiteral("--rows"), QStringLiteral("1000000")).toLongLong(&ok);
    if (!ok || rows < 1 || rows > qlonglong(AccountStore::MaxRows))
        return usage(
            QStringLiteral("--rows needs a number from 1 to %1").arg(AccountStore::MaxRows));
    QString dirPath = takeOption(args, QStringLiteral("--dir"));
    if (!args.isEmpty())
        return usage(QStringLiteral("bench import: unexpected argument \"%1\"").arg(args.front()));
    QTemporaryDir temp;
    if (dirPath.isEmpty()) {
        if (!temp.isValid())
            return fail(makeError(ErrorCode::Io, QStringLiteral("no temporary folder")));
        dirPath = temp.path();
    }
    const QString csvPath = dirPath + QStringLiteral("/accounts.csv");
    Result<std::shared_ptr<const ZipCentroids>> zips = ZipCentroids::bundled();
    if (!zips)
        return fail(zips.error());

    QTextStream &o = out();
    QElapsedTimer timer;
    timer.start();
    if (Status s = writeAccountsCsv(csvPath, std::size_t(rows), **zips); !s)
        return fail(s.error(), csvPath);
    const double fileMb = double(QFile(csvPath).size()) / 1e6;
    o << Qt::fixed << qSetRealNumberPrecision(1);
    o << "rows:                " << rows << " (15 columns, " << fileMb << " MB)\n";
    o << "write csv:           " << msSince(timer) << " ms (not measured)\n";
    o.flush();

    // Tessera: open, map, read every row into a typed account store.
    timer.restart();
    const double cpuBefore = cpuMs(RUSAGE_SELF);
    Result<CsvReader> reader = CsvReader::open(csvPath);
    if (!reader)
        return fail(reader.error(), csvPath);
    const std::vector<ColumnMapping> mapping = AccountImport::suggestMapping(reader->header());
    Result<AccountImport::Imported> imported = AccountImport::read(*reader, mapping);
    if (!imported)
        return fail(imported.error(), csvPath);
    const double oursMs = msSince(timer);
    const double oursCpuMs = cpuMs(RUSAGE_SELF) - cpuBefore;
    const AccountStore &accounts = imported->accounts;
    const bool complete = accounts.rowCount() == std::size_t(rows) && imported->problems.empty();
    o << "tessera import:      " << oursMs << " ms (cpu " << oursCpuMs << " ms)  ("
      << accounts.rowCount() << " accounts, "
      << accounts.fieldCount() - AccountStore::StandardFieldCount << " custom fields: ";
    for (int f = AccountStore::StandardFieldCount; f < accounts.fieldCount(); ++f)
        o << (f > AccountStore::StandardFieldCount ? ", " : "") << accounts.field(f).name << " "
          << fieldTypeName(accounts.field(f).type);
    o << ")\n";
    o.flush();

    // Baseline: the sqlite3 shell imports the same file into an in-memory table.
    double baseMs = -1;
    double baseCpuMs = -1;
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        o << "sqlite3 import:      skipped: the sqlite3 shell is not installed (Debian package "
             "sqlite3)\n";
    } else {
        QProcess p;
        const double childBefore = cpuMs(RUSAGE_CHILDREN);
        timer.restart();
        p.start(shell, {QStringLiteral(":memory:"), QStringLiteral("-cmd"),
                        QStringLiteral(".import --csv %1 accounts").arg(csvPath),
                        QStringLiteral("SELECT count(*) FROM accounts;")});
        p.waitForFinished(-1);
        baseMs = msSince(timer);
        baseCpuMs = cpuMs(RUSAGE_CHILDREN) - childBefore;
        const QByteArray count = p.readAllStandardOutput().trimmed();
        if (p.exitCode() != 0 || count.toLongLong() != rows) {
            o << "sqlite3 import:      failed (" << p.readAllStandardError().trimmed()
              << "; rows: " << count << ")\n";
            baseMs = -1;
        } else {
            o << "sqlite3 import:      " << baseMs << " ms (cpu " << baseCpuMs << " ms)  (" << count
              << " rows, all text)\n";
        }
    }
    o << qSetRealNumberPrecision(2);
    if (baseMs > 0)
        o << "tessera / sqlite3:   " << oursMs / baseMs << " (cpu "
          << (baseCpuMs > 0 ? oursCpuMs / baseCpuMs : 0) << ")\n";
    o << qSetRealNumberPrecision(1);
    o << "target:              tessera import <= 3000 ms  " << (oursMs <= 3000 ? "PASS" : "FAIL")
      << "\n";
    o << "rows check:          " << (complete ? "ok" : "MISMATCH") << "\n";
    o.flush();
    if (!complete)
        return fail(makeError(ErrorCode::Failed,
                              QStringLiteral("the import did not read every generated row")));
    return 0;
}

} // namespace Tessera::Cli
