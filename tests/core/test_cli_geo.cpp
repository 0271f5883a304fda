// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli geo, info's location lines and assign's geographic causes.
#include "core/store/workspacefile.h"
#include "tests/core/clitestsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Tessera;
using Tessera::Test::cli;
using Tessera::Test::CliRun;
using Tessera::Test::valueOf;

namespace {

// Model M: West -> Bay; a0 in San Jose (county 06085), a1 by ZIP 94105 only,
// a2 by state NV only, a3 nowhere.
WorkspaceData geoWorkspace()
{
    WorkspaceData d;
    d.models.push_back({1, QStringLiteral("M"), QStringLiteral("M"), {}, ModelState::Active});
    Territory west;
    west.id = 2;
    west.modelId = 1;
    west.name = west.apiName = QStringLiteral("West");
    Territory bay = west;
    bay.id = 3;
    bay.parentId = 2;
    bay.name = bay.apiName = QStringLiteral("Bay");
    d.territories = {west, bay};
    d.nextId = 4;
    const char *rows[][5] = {{"a0", "37.3382", "-121.8863", "", ""},
                             {"a1", "", "", "94105", ""},
                             {"a2", "", "", "", "NV"},
                             {"a3", "", "", "", ""}};
    for (auto &r : rows) {
        const std::size_t row = d.accounts.appendRow();
        d.accounts.setText(row, AccountStore::IdField, r[0]);
        d.accounts.setNumber(row, AccountStore::BillingLatitudeField,
                             *r[1] ? std::atof(r[1]) : std::nan(""));
        d.accounts.setNumber(row, AccountStore::BillingLongitudeField,
                             *r[2] ? std::atof(r[2]) : std::nan(""));
        d.accounts.setText(row, AccountStore::BillingPostalCodeField, r[3]);
        d.accounts.setText(row, AccountStore::BillingStateField, r[4]);
    }
    return d;
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST(CliGeo, EditsListsAndAssignsByGeography)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("geo.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(geoWorkspace(), file).ok());

    CliRun r = cli(args({"info"}) << file);
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("accounts located exact")), QStringLiteral("1"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("accounts located zip")), QStringLiteral("1"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("accounts located state")), QStringLiteral("1"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("accounts located country")), QStringLiteral("0"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("accounts located none")), QStringLiteral("1"));

    r = cli(args({"geo"}) << file << args({"--territory", "West", "--add", "state:CA,state:NV"}));
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added state 06"))) << r.out.toStdString();
    r = cli(args({"geo"}) << file
                          << args({"--territory", "bay", "--add", "county:06085, zip:94105"}));
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("territory Bay units")), QStringLiteral("2"));
    // Taking a unit from another territory says so.
    r = cli(args({"geo"}) << file << args({"--territory", "Bay", "--add", "state:NV"}));
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added state 32 (taken from West)")))
        << r.out.toStdString();
    r = cli(args({"geo"}) << file << args({"--territory", "Bay"}));
    ASSERT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("county 06085\tSanta Clara, CA")))
        << r.out.toStdString();
    r = cli(args({"geo"}) << file << args({"--territory", "Bay", "--remove", "state:NV"}));
    ASSERT_EQ(r.status, 0) << r.err.toStdString();

    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    r = cli(args({"assign"}) << file << QStringLiteral("--out") << csv);
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines, (QStringList{QStringLiteral("AccountId,AccountName,Territory,TerritoryPath,"
                                                 "Cause"),
                                  QStringLiteral("a0,,Bay,West/Bay,geography: county 06085"),
                                  QStringLiteral("a1,,Bay,West/Bay,geography: zip 94105"),
                                  QStringLiteral("a2,,,,Unassigned"),
                                  QStringLiteral("a3,,,,Unassigned")}));

    r = cli(args({"assign"}) << file << args({"--explain", "a0", "--territory", "West"}));
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("By geography it belongs to territory Bay (geography: county 06085)")))
        << r.out.toStdString();
}

TEST(CliGeo, BadInputsGiveClearMessagesAndStatuses)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("geo.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(geoWorkspace(), file).ok());
    const QByteArray before = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    CliRun r = cli(args({"geo"}) << file << args({"--territory", "Bay", "--add", "county:99999"}));
    EXPECT_EQ(r.status, int(ErrorCode::NotFound));
    EXPECT_TRUE(r.err.contains(QStringLiteral("no county \"99999\""))) << r.err.toStdString();
    r = cli(args({"geo"}) << file << args({"--territory", "Nowhere", "--add", "state:CA"}));
    EXPECT_EQ(r.status, int(ErrorCode::NotFound));
    EXPECT_TRUE(r.err.contains(QStringLiteral("territory \"Nowhere\""))) << r.err.toStdString();
    r = cli(args({"geo"}) << file << args({"--territory", "Bay", "--add", "town:Springfield"}));
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
    EXPECT_TRUE(r.err.contains(QStringLiteral("KIND:ID")));
    r = cli(args({"geo"}) << file << args({"--territory", "Bay", "--remove", "state:CA"}));
    EXPECT_EQ(r.status, int(ErrorCode::NotFound));
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not belong to territory Bay")));
    r = cli(args({"geo"}) << file);
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
    r = cli(args({"geo", "/nonexistent/x.tessera", "--territory", "Bay", "--add", "state:CA"}));
    EXPECT_EQ(r.status, int(ErrorCode::Io));

    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before); // nothing refused was saved
}
