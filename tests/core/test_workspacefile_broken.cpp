// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/shapecodec.h"
#include "core/store/sqlitedatabase.h"
#include "core/store/workspacefile.h"
#include "tests/core/workspacefiletestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace Tessera;

namespace {

struct BrokenCase
{
    const char *file;
    ErrorCode code;
    const char *phrase; // words the message must contain, written by hand
};

// One row per fixture in tests/data/broken (see the README there).
const BrokenCase Cases[] = {
    {"not_sqlite.tessera", ErrorCode::NotTessera, "not an SQLite database"},
    {"empty.tessera", ErrorCode::Corrupt, "empty"},
    {"not_tessera.tessera", ErrorCode::NotTessera, "not a Tessera workspace"},
    {"newer_version.tessera", ErrorCode::NewerVersion, "newer version of Tessera"},
    {"truncated.tessera", ErrorCode::Corrupt, "truncated"},
    {"corrupted.tessera", ErrorCode::Corrupt, "damaged"},
    {"dangling_parent.tessera", ErrorCode::Corrupt, "parent that does not exist"},
    {"dangling_rule.tessera", ErrorCode::Corrupt, "rule that does not exist"},
    {"cycle.tessera", ErrorCode::Corrupt, "cycle"},
    {"oversized_text.tessera", ErrorCode::Limit, "more than the limit"},
    {"oversized_blob.tessera", ErrorCode::Limit, "declares"},
    {"bad_dictionary_code.tessera", ErrorCode::Corrupt, "beyond its dictionary"},
    {"bad_enum.tessera", ErrorCode::Corrupt, "outside 0 to 2"},
    {"unknown_unit.tessera", ErrorCode::Corrupt, "bundled geography does not have"},
    {"dangling_unit.tessera", ErrorCode::Corrupt, "unit county 06085 is given to a territory"},
    {"dangling_shape.tessera", ErrorCode::Corrupt, "belongs to a territory that does not exist"},
    {"bad_shape_blob.tessera", ErrorCode::Corrupt, "counts do not match"},
    {"shared_unit.tessera", ErrorCode::Corrupt, "two territories of one model"},
    {"balance_tolerance.tessera", ErrorCode::Corrupt,
     "\"balance_settings\", model \"FY26 Plan\": the tolerance of 2000 % is outside 0 to 1000"},
    {"balance_target_mode.tessera", ErrorCode::Corrupt,
     "\"balance_settings\", model \"What if\": the target mode 7 is unknown"},
    {"balance_measure_kind.tessera", ErrorCode::Corrupt,
     "\"balance_measures\", model \"What if\", potential: the measure kind 5 is unknown"},
    {"balance_missing_model.tessera", ErrorCode::Corrupt,
     "\"balance_settings\" has a row for model 40, which does not exist"},
    {"balance_too_many_segments.tessera", ErrorCode::Limit,
     "\"balance_segments\", model \"What if\", workload: more than 1000 segments"},
    {"balance_long_formula.tessera", ErrorCode::Limit,
     "\"balance_segments\", model \"FY26 Plan\", workload, segment at position 1: the formula "
     "has 2500 characters, more than the limit of 2000"},
    {"balance_infinite_bound.tessera", ErrorCode::Corrupt,
     "\"balance_segments\", model \"FY26 Plan\", workload, segment at position 0: a bound is "
     "infinite"},
};

QString brokenDir()
{
    return QStringLiteral(TESSERA_TEST_DATA "/broken");
}

// Loads a copy, so that nothing can touch the committed fixture.
Error loadCopy(const char *file)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QString::fromLatin1(file));
    if (!QFile::copy(brokenDir() + u'/' + QString::fromLatin1(file), copy))
        return makeError(ErrorCode::Failed, QStringLiteral("missing fixture"));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const Result<WorkspaceData> r = WorkspaceFile::load(copy);
    if (r.ok())
        return makeError(ErrorCode::Ok, QStringLiteral("loaded"));
    return r.error();
}

class BrokenFixture : public ::testing::TestWithParam<BrokenCase>
{};

} // namespace

TEST_P(BrokenFixture, IsRefusedWithItsOwnError)
{
    const BrokenCase &c = GetParam();
    const Error e = loadCopy(c.file);
    EXPECT_EQ(e.code, c.code) << e.toString().toStdString();
    EXPECT_TRUE(e.message.contains(QString::fromLatin1(c.phrase), Qt::CaseInsensitive))
        << e.message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(WorkspaceFile, BrokenFixture, ::testing::ValuesIn(Cases),
                         [](const ::testing::TestParamInfo<BrokenCase> &info) {
                             std::string name = info.param.file;
                             name = name.substr(0, name.find('.'));
                             return name;
                         });

TEST(BrokenFixtures, EachGivesADistinctMessage)
{
    std::set<QString> messages;
    for (const BrokenCase &c : Cases) {
        const Error e = loadCopy(c.file);
        EXPECT_TRUE(messages.insert(e.message).second)
            << c.file << " repeats: " << e.message.toStdString();
    }
}

TEST(BrokenFixtures, EveryFixtureIsListed)
{
    const QStringList files =
        QDir(brokenDir()).entryList({QStringLiteral("*.tessera")}, QDir::Files);
    EXPECT_EQ(std::size_t(files.size()), std::size(Cases));
}

// --- the generator ------------------------------------------------------------
//
// Remakes the fixtures in the source tree from a valid workspace written by
// the current writer. Disabled: run it by hand after a format change with
//   tessera_core_tests --gtest_also_run_disabled_tests --gtest_filter='*MakeBrokenFixtures*'
// and commit the result.

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Saves the base workspace to `path` and runs SQL on it.
void tamper(const QString &path, const char *sql, std::size_t accounts = 6)
{
    QFile::remove(path);
    ASSERT_TRUE(WorkspaceFile::save(TestData::richWorkspace(accounts), path).ok());
    if (!sql)
        return;
    Store::Database db;
    ASSERT_TRUE(db.open(path, Store::Database::Mode::ReadWrite).ok());
    const Status s = db.exec(sql);
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
}

} // namespace

namespace {

void makeNewerVersion(const QString &path)
{
    const QByteArray pragma =
        "PRAGMA user_version=" + QByteArray::number(WorkspaceFile::SchemaVersion + 1);
    tamper(path, pragma.constData());
}

// The fixtures of format version 2 (geography), and the newer-version one
// that moves with every version.
void makeGeographyFixtures(const QString &dir)
{
    auto at = [&](const char *name) {
        return dir + u'/' + QString::fromLatin1(name);
    };
    makeNewerVersion(at("newer_version.tessera"));
    tamper(at("unknown_unit.tessera"),
           "UPDATE territory_units SET unit_id = '99999' WHERE unit_id = '06085'");
    tamper(at("dangling_unit.tessera"),
           "UPDATE territory_units SET territory_id = 40 WHERE unit_id = '06085'");
    tamper(at("dangling_shape.tessera"), "UPDATE drawn_shapes SET territory_id = 41");
    // The polygon count says 2; the blob holds one polygon.
    QByteArray blob = Store::encodeShape(TestData::richWorkspace().drawnShapes.front().shape);
    blob[0] = 2;
    const QByteArray sql = "UPDATE drawn_shapes SET geometry = X'" + blob.toHex() + "'";
    tamper(at("bad_shape_blob.tessera"), sql.constData());
    tamper(at("shared_unit.tessera"),
           "UPDATE territory_units SET unit_id = '06085', kind = 2 WHERE unit_id = '94105'");
}

} // namespace

namespace {

// The fixtures of format version 3 (balance settings): one bad value each,
// in the rows of richWorkspace()'s two models (ids 1 and 2).
void makeBalanceFixtures(const QString &dir)
{
    auto at = [&](const char *name) {
        return dir + u'/' + QString::fromLatin1(name);
    };
    tamper(at("balance_tolerance.tessera"),
           "UPDATE balance_settings SET tolerance_percent = 2000 WHERE model_id = 1");
    tamper(at("balance_target_mode.tessera"),
           "UPDATE balance_settings SET target_mode = 7 WHERE model_id = 2");
    tamper(at("balance_measure_kind.tessera"),
           "UPDATE balance_measures SET kind = 5 WHERE model_id = 2 AND measure = 1");
    tamper(at("balance_missing_model.tessera"),
           "UPDATE balance_settings SET model_id = 40 WHERE model_id = 2");
    // 1,001 segments for the second model's workload.
    tamper(at("balance_too_many_segments.tessera"),
           "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
           "INSERT INTO balance_segments SELECT 2, 0, i, '', NULL, NULL, '1' FROM n");
    // A formula of 2,500 characters ("000...").
    tamper(at("balance_long_formula.tessera"),
           "UPDATE balance_segments SET formula = hex(zeroblob(1250)) "
           "WHERE model_id = 1 AND measure = 0 AND position = 1");
    // 9e999 reads as infinity.
    tamper(at("balance_infinite_bound.tessera"),
           "UPDATE balance_segments SET lower = 9e999 "
           "WHERE model_id = 1 AND measure = 0 AND position = 0");
}

} // namespace

TEST(BrokenFixtures, DISABLED_MakeBalanceFixtures)
{
    makeNewerVersion(brokenDir() + QStringLiteral("/newer_version.tessera"));
    makeBalanceFixtures(brokenDir());
}

TEST(BrokenFixtures, DISABLED_MakeGeographyFixtures)
{
    makeGeographyFixtures(brokenDir());
}

TEST(BrokenFixtures, DISABLED_MakeBrokenFixtures)
{
    const QString dir = brokenDir();
    QDir().mkpath(dir);
    auto at = [&](const char *name) {
        return dir + u'/' + QString::fromLatin1(name);
    };

    writeBytes(at("not_sqlite.tessera"), "Territory plan FY26\nWest: Bay Area, LA\n");
    writeBytes(at("empty.tessera"), {});
    {
        QFile::remove(at("not_tessera.tessera"));
        Store::Database db;
        ASSERT_TRUE(db.open(at("not_tessera.tessera"), Store::Database::Mode::Create).ok());
        ASSERT_TRUE(
            db.exec("CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES('hello')").ok());
    }
    makeNewerVersion(at("newer_version.tessera"));
    {
        // Half of the pages of a workspace with enough accounts to span many.
        const QString path = at("truncated.tessera");
        tamper(path, nullptr, 2000);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        ASSERT_GT(pages, 4);
        ASSERT_TRUE(f.resize((pages / 2) * 4096));
    }
    {
        // Garbage over the b-tree header of page 2, a table's root page.
        const QString path = at("corrupted.tessera");
        tamper(path, nullptr);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(4096));
        f.write(QByteArray(64, '\xa5'));
    }
    tamper(at("dangling_parent.tessera"), "UPDATE territories SET parent_id = 40 WHERE id = 8");
    tamper(at("dangling_rule.tessera"),
           "UPDATE rule_associations SET rule_id = 41 WHERE position = 1");
    tamper(at("cycle.tessera"), "UPDATE territories SET parent_id = 8 WHERE id = 7");
    tamper(at("oversized_text.tessera"),
           "UPDATE territories SET description = hex(zeroblob(100000)) WHERE id = 9");
    tamper(at("oversized_blob.tessera"),
           "UPDATE account_chunks SET raw_size = 3000000000 WHERE chunk = 0 AND field = 2");
    // BillingState (field 4) has 5 dictionary values, so codes are one byte;
    // 0xEE is far beyond them.
    tamper(at("bad_dictionary_code.tessera"),
           "UPDATE account_chunks SET encoding = 0, raw_size = 6, "
           "data = X'0102EE030405' WHERE chunk = 0 AND field = 4");
    tamper(at("bad_enum.tessera"), "UPDATE models SET state = 7 WHERE id = 2");
    makeGeographyFixtures(dir);
    makeBalanceFixtures(dir);
}

// Remakes the fuzzer's seed corpus (tests/fuzz/corpus/workspace): small
// valid workspaces that cover raw and compressed chunks, every storage kind
// and the empty workspace. Run like the generator above.
TEST(BrokenFixtures, DISABLED_MakeFuzzCorpus)
{
    const QString dir = QStringLiteral(TESSERA_TEST_DATA "/../fuzz/corpus/workspace");
    QDir().mkpath(dir);
    ASSERT_TRUE(WorkspaceFile::save(WorkspaceData{}, dir + QStringLiteral("/empty.tessera")).ok());
    ASSERT_TRUE(
        WorkspaceFile::save(TestData::richWorkspace(6), dir + QStringLiteral("/rich.tessera"))
            .ok());
    ASSERT_TRUE(WorkspaceFile::save(TestData::richWorkspace(300),
                                    dir + QStringLiteral("/compressed.tessera"))
                    .ok());
}
