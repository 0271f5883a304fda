// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

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

// --- data -------------------------------------------------------------------

// A small, fast, seedable generator (splitmix64): the bench must make the
// same data for the same seed on every machine.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return std::size_t(next() % n); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_state;
};

struct City
{
    const char *name;
    const char *state;
    int zip;
    float lat;
    float lon;
};

constexpr std::array<City, 24> Cities{{
    {"New York", "NY", 10001, 40.71f, -74.01f},     {"Los Angeles", "CA", 90001, 34.05f, -118.24f},
    {"Chicago", "IL", 60601, 41.88f, -87.63f},      {"Houston", "TX", 77001, 29.76f, -95.37f},
    {"Phoenix", "AZ", 85001, 33.45f, -112.07f},     {"Philadelphia", "PA", 19101, 39.95f, -75.17f},
    {"San Antonio", "TX", 78201, 29.42f, -98.49f},  {"San Diego", "CA", 92101, 32.72f, -117.16f},
    {"Dallas", "TX", 75201, 32.78f, -96.80f},       {"San Jose", "CA", 95101, 37.34f, -121.89f},
    {"Austin", "TX", 78701, 30.27f, -97.74f},       {"Jacksonville", "FL", 32099, 30.33f, -81.66f},
    {"Columbus", "OH", 43085, 39.96f, -83.00f},     {"Charlotte", "NC", 28201, 35.23f, -80.84f},
    {"Indianapolis", "IN", 46201, 39.77f, -86.16f}, {"Seattle", "WA", 98101, 47.61f, -122.33f},
    {"Denver", "CO", 80201, 39.74f, -104.99f},      {"Boston", "MA", 2108, 42.36f, -71.06f},
    {"Nashville", "TN", 37201, 36.16f, -86.78f},    {"Detroit", "MI", 48201, 42.33f, -83.05f},
    {"Portland", "OR", 97201, 45.52f, -122.68f},    {"Atlanta", "GA", 30301, 33.75f, -84.39f},
    {"Minneapolis", "MN", 55401, 44.98f, -93.27f},  {"Miami", "FL", 33101, 25.76f, -80.19f},
}};

constexpr std::array<const char *, 32> NameFirst{
    "North",    "Blue",  "Summit",  "Pioneer",   "Cedar",  "Harbor",   "Granite", "Silver",
    "Eagle",    "Maple", "River",   "Liberty",   "Golden", "Prairie",  "Atlas",   "Beacon",
    "Keystone", "Crest", "Oak",     "Sterling",  "Vista",  "Frontier", "Canyon",  "Lake",
    "Union",    "Metro", "Coastal", "Evergreen", "Bright", "Iron",     "Delta",   "Apex"};
constexpr std::array<const char *, 24> NameSecond{
    "Medical",  "Health",    "Surgical",  "Diagnostics",  "Care",        "Clinic",
    "Devices",  "Labs",      "Imaging",   "Therapeutics", "Orthopedics", "Dental",
    "Pharma",   "Biotech",   "Wellness",  "Hospital",     "Supply",      "Systems",
    "Partners", "Solutions", "Logistics", "Foods",        "Energy",      "Industries"};
constexpr std::array<const char *, 8> NameLegal{"Inc.", "LLC",  "Corp.",    "Group",
                                                "Co.",  "Ltd.", "Holdings", "PLC"};
constexpr std::array<const char *, 24> Streets{
    "Main",   "Oak",   "Pine",     "Maple",   "Cedar",    "Elm",    "Washington", "Lake",
    "Hill",   "Park",  "Sunset",   "Ridge",   "Highland", "Church", "Jefferson",  "Lincoln",
    "Market", "Broad", "Franklin", "Madison", "Spring",   "Center", "Walnut",     "Chestnut"};
constexpr std::array<const char *, 6> StreetKinds{"St", "Ave", "Blvd", "Rd", "Dr", "Ln"};
constexpr std::array<const char *, 18> Industries{
    "Healthcare",  "Biotechnology", "Manufacturing", "Retail",      "Technology", "Education",
    "Government",  "Finance",       "Insurance",     "Energy",      "Utilities",  "Transportation",
    "Hospitality", "Construction",  "Media",         "Agriculture", "Chemicals",  "Not For Profit"};
constexpr std::array<const char *, 5> AccountTypes{"Customer - Direct", "Customer - Channel",
                                                   "Prospect", "Partner", "Other"};

std::string salesforceId(const char *prefix, std::uint64_t n)
{
    static constexpr char Alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    std::string id(prefix);
    id += "5e0";
    std::string body(12, '0');
    for (int i = 11; i >= 0; --i) {
        body[std::size_t(i)] = Alphabet[n % 62];
        n /= 62;
    }
    id += body.substr(3); // 3 + 3 + 9 = 15 characters
    // The 3-character case-safe suffix Salesforce adds to 15-character ids.
    for (int block = 0; block < 3; ++block) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const char c = id[std::size_t(block * 5 + i)];
            if (c >= 'A' && c <= 'Z')
                bits |= 1 << i;
        }
        id += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits];
    }
    return id;
}

// A workspace with accounts shaped like a CRM export: high-cardinality ids,
// names and streets; repeated cities, states, ZIPs, industries and owners;
// revenue and employees with gaps; float coordinates; a workload field.
// (The shared workspace generator can replace this once it is available.)
WorkspaceData makeWorkspace(std::size_t accounts, std::uint64_t seed)
{
    WorkspaceData data;
    Random rng(seed);
    AccountStore &store = data.accounts;
    const int workload = *store.addField(QStringLiteral("Workload__c"), QStringLiteral("Workload"),
                                         FieldType::Number);
    store.reserve(accounts);
    store.setRowCount(accounts);
    std::vector<std::string> owners;
    for (int i = 0; i < 250; ++i)
        owners.push_back(salesforceId("005", 9'000'000 + std::uint64_t(i) * 7919));
    std::string buffer;
    for (std::size_t r = 0; r < accounts; ++r) {
        store.setText(r, AccountStore::IdField, salesforceId("001", r * 104729 + seed));
        buffer = NameFirst[rng.below(NameFirst.size())];
        buffer += ' ';
        buffer += NameSecond[rng.below(NameSecond.size())];
        if (rng.below(3) == 0)
            buffer += ' ' + std::to_string(rng.below(900) + 100);
        buffer += ' ';
        buffer += NameLegal[rng.below(NameLegal.size())];
        store.setText(r, AccountStore::NameField, buffer);
        buffer = std::to_string(rng.below(9899) + 100) + ' ' + Streets[rng.below(Streets.size())] +
                 ' ' + StreetKinds[rng.below(StreetKinds.size())];
        if (rng.below(5) == 0)
            buffer += " Suite " + std::to_string(rng.below(900) + 100);
        store.setText(r, AccountStore::BillingStreetField, buffer);
        const City &city = Cities[rng.below(Cities.size())];
        store.setText(r, AccountStore::BillingCityField, city.name);
        store.setText(r, AccountStore::BillingStateField, city.state);
        char zip[8];
        std::snprintf(zip, sizeof zip, "%05d", city.zip + int(rng.below(120)));
        store.setText(r, AccountStore::BillingPostalCodeField, zip);
        store.setText(r, AccountStore::BillingCountryField, "United States");
        store.setNumber(r, AccountStore::BillingLatitudeField,
                        double(city.lat) + (rng.unit() - 0.5) * 0.6);
        store.setNumber(r, AccountStore::BillingLongitudeField,
                        double(city.lon) + (rng.unit() - 0.5) * 0.8);
        store.setText(r, AccountStore::IndustryField, Industries[rng.below(Industries.size())]);
        store.setText(r, AccountStore::TypeField, AccountTypes[rng.below(AccountTypes.size())]);
        const double revenue =
            rng.below(10) == 0 ? std::nan("") : std::round(std::exp(11 + rng.unit() * 8)) * 1000;
        store.setNumber(r, AccountStore::AnnualRevenueField, revenue);
        store.setNumber(r, AccountStore::NumberOfEmployeesField,
                        rng.below(8) == 0 ? std::nan("")
                                          : std::round(std::exp(1 + rng.unit() * 9)));
        store.setText(r, AccountStore::OwnerIdField, owners[rng.below(owners.size())]);
        store.setNumber(r, workload, std::round((4 + rng.unit() * 60) * 2) / 2);
    }
    return data;
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
        const bool number = store.field(f).type == FieldType::Number;
        create += (f ? ", c" : "c") + QByteArray::number(f) + (number ? " REAL" : " TEXT");
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
            if (store.field(f).type == FieldType::Number)
                st->bind(f + 1, store.number(r, f));
            else
                st->bind(f + 1, store.text(r, f));
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
        }
    }
    return sum;
}

// Every field of every 997th row, and the schema, must survive the round trip.
bool sameSample(const AccountStore &a, const AccountStore &b)
{
    if (a.rowCount() != b.rowCount() || a.fields() != b.fields())
        return false;
    for (std::size_t r = 0; r < a.rowCount(); r += 997) {
        for (int f = 0; f < a.fieldCount(); ++f) {
            if (a.displayText(r, f) != b.displayText(r, f))
                return false;
        }
    }
    return true;
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
    o << "accounts:            " << accounts << "\n";
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
    AccountStore original = std::move(data.accounts);
    data = WorkspaceData{};
    timer.restart();
    Result<WorkspaceData> loaded = WorkspaceFile::load(ourPath);
    if (!loaded)
        return fail(loaded.error(), ourPath);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const bool same = sameSample(original, loaded->accounts);
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
    o << "peak memory (VmHWM): " << peakMb << " MB  (target <= 400) " << verdict(peakMb <= 400)
      << "\n";
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
    {"store", &runStore},
    {"assign", &runBenchAssign},
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
