// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/workspacefile.h"
#include "tests/core/clitestsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Root -> A (a1, a2: workload 10 + 20), B (a3, a4: 30 + 40), by hand.
WorkspaceData balanceWorkspace()
{
    WorkspaceData d;
    TerritoryModel m;
    m.id = 1;
    m.name = m.apiName = QStringLiteral("Plan");
    m.state = ModelState::Active;
    d.models.push_back(m);
    Territory root;
    root.id = 2;
    root.modelId = 1;
    root.name = root.apiName = QStringLiteral("Root");
    Territory a = root, b = root;
    a.id = 3;
    a.parentId = 2;
    a.name = a.apiName = QStringLiteral("A");
    b.id = 4;
    b.parentId = 2;
    b.name = b.apiName = QStringLiteral("B");
    d.territories = {root, a, b};
    d.nextId = 10;
    const int w = *d.accounts.addField(QStringLiteral("Workload__c"), {}, FieldType::Number);
    for (int i = 0; i < 4; ++i) {
        const std::size_t row = d.accounts.appendRow();
        d.accounts.setText(row, AccountStore::IdField, "a" + std::to_string(i + 1));
        d.accounts.setNumber(row, w, 10.0 * (i + 1));
    }
    d.manualAssignments = {{QStringLiteral("a1"), 3},
                           {QStringLiteral("a2"), 3},
                           {QStringLiteral("a3"), 4},
                           {QStringLiteral("a4"), 4}};
    return d;
}

// The cells of the output line whose first cell is `name`.
QStringList row(const QString &out, const QString &name)
{
    for (const QString &line : out.split(u'\n')) {
        QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        if (!cells.isEmpty() && cells.front() == name)
            return cells;
    }
    return {};
}

} // namespace

TEST(BalanceCli, PrintsTheTableAndHandComputedStatistics)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("balance.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(balanceWorkspace(), file).ok());
    CliRun r = cli({QStringLiteral("balance"), file, QStringLiteral("--parent"),
                    QStringLiteral("root"), QStringLiteral("--tolerance"), QStringLiteral("5")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("scope: children of Root, 2 territories")))
        << r.out.toStdString();
    // territory, accounts, dev, workload, target, dev, ...
    const QStringList a = row(r.out, QStringLiteral("A"));
    ASSERT_GE(a.size(), 6) << r.out.toStdString();
    EXPECT_EQ(a[1], QStringLiteral("2"));
    EXPECT_EQ(a[3], QStringLiteral("30"));
    EXPECT_EQ(a[4], QStringLiteral("50"));
    EXPECT_EQ(a[5], QStringLiteral("-40.0"));
    EXPECT_EQ(a.back(), QStringLiteral("*"));
    // Workload 30 and 70: mean 50, CV 20 / 50, Gini 2 (30 + 140) / 200 - 3/2.
    EXPECT_EQ(row(r.out, QStringLiteral("mean")).value(2), QStringLiteral("50.0"));
    EXPECT_EQ(row(r.out, QStringLiteral("cv")).value(2), QStringLiteral("0.400"));
    EXPECT_EQ(row(r.out, QStringLiteral("gini")).value(2), QStringLiteral("0.200"));
    EXPECT_EQ(row(r.out, QStringLiteral("gini")).value(1), QStringLiteral("0.000"));

    r = cli({QStringLiteral("balance"), file, QStringLiteral("--tolerance"), QStringLiteral("50")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("scope: leaf territories, 2 territories")));
    EXPECT_NE(row(r.out, QStringLiteral("A")).back(), QStringLiteral("*"));

    r = cli({QStringLiteral("balance"), file, QStringLiteral("--parent"), QStringLiteral("Nope")});
    EXPECT_EQ(r.status, int(ErrorCode::NotFound));
    r = cli({QStringLiteral("balance"), file, QStringLiteral("--tolerance"), QStringLiteral("-3")});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
    r = cli({QStringLiteral("balance"), file, QStringLiteral("--level"), QStringLiteral("0")});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
    // Root and its two children: two levels. A third has no territories
    // and is refused rather than reported as zeros.
    r = cli({QStringLiteral("balance"), file, QStringLiteral("--level"), QStringLiteral("2")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("scope: level 2, 2 territories")))
        << r.out.toStdString();
    r = cli({QStringLiteral("balance"), file, QStringLiteral("--level"), QStringLiteral("3")});
    EXPECT_EQ(r.status, int(ErrorCode::NotFound));
    EXPECT_TRUE(r.err.contains(QStringLiteral("its deepest level is 2"))) << r.err.toStdString();
}

// The model's saved settings are what `balance` measures with: a workload
// formula doubles every account's hours and the tolerance is 50 %, with no
// option on the command line.
TEST(BalanceCli, UsesTheSettingsSavedInTheWorkspace)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("balance.tessera"));
    WorkspaceData d = balanceWorkspace();
    BalanceSettings &b = d.models[0].balance;
    b.workload.kind = MeasureDefinition::Kind::Formula;
    b.workload.otherFormula = QStringLiteral("2 * Workload__c");
    b.tolerancePercent = 50;
    ASSERT_TRUE(WorkspaceFile::save(d, file).ok());
    CliRun r =
        cli({QStringLiteral("balance"), file, QStringLiteral("--parent"), QStringLiteral("root")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("tolerance: +/-50 %"))) << r.out.toStdString();
    const QStringList a = row(r.out, QStringLiteral("A"));
    ASSERT_GE(a.size(), 6) << r.out.toStdString();
    EXPECT_EQ(a[3], QStringLiteral("60"));  // 2 x (10 + 20)
    EXPECT_EQ(a[4], QStringLiteral("100")); // half of 2 x 100
    EXPECT_EQ(a[5], QStringLiteral("-40.0"));
    EXPECT_NE(a.back(), QStringLiteral("*")); // inside +/-50 %

    // The command line still overrides what the file says.
    r = cli({QStringLiteral("balance"), file, QStringLiteral("--parent"), QStringLiteral("root"),
             QStringLiteral("--tolerance"), QStringLiteral("5")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(row(r.out, QStringLiteral("A")).back(), QStringLiteral("*"));
    EXPECT_EQ(row(r.out, QStringLiteral("A"))[3], QStringLiteral("60"));
}

// Geographic territories get compactness and contiguity, per territory and
// for the level: A holds two adjacent counties, B two distant ones.
TEST(BalanceCli, ShowsCompactnessAndContiguityOfGeographicTerritories)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("geo.tessera"));
    WorkspaceData d = balanceWorkspace();
    d.territoryUnits = {{3, {UnitKind::County, "06075"}},
                        {3, {UnitKind::County, "06081"}},
                        {4, {UnitKind::County, "06085"}},
                        {4, {UnitKind::County, "06037"}}};
    ASSERT_TRUE(WorkspaceFile::save(d, file).ok());
    CliRun r =
        cli({QStringLiteral("balance"), file, QStringLiteral("--parent"), QStringLiteral("root")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QStringList header = row(r.out, QStringLiteral("territory"));
    ASSERT_EQ(header.mid(header.size() - 2),
              (QStringList{QStringLiteral("compact"), QStringLiteral("parts")}))
        << r.out.toStdString();
    // territory, 10 figures, compact, parts, "*" (both are outside +/-5 %).
    const QStringList a = row(r.out, QStringLiteral("A"));
    const QStringList b = row(r.out, QStringLiteral("B"));
    ASSERT_EQ(a.size(), 14) << r.out.toStdString();
    ASSERT_EQ(b.size(), 14) << r.out.toStdString();
    EXPECT_EQ(a[12], QStringLiteral("1")); // adjacent counties
    EXPECT_EQ(b[12], QStringLiteral("2")); // distant counties
    const double ca = a[11].toDouble(), cb = b[11].toDouble();
    EXPECT_GT(ca, 0.1);
    EXPECT_LT(cb, ca); // two distant counties are less compact
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("geography: 2 of 2 territories geographic, 1 contiguous, most parts 2")))
        << r.out.toStdString();

    // Without geography the columns are not there.
    ASSERT_TRUE(WorkspaceFile::save(balanceWorkspace(), file).ok());
    r = cli({QStringLiteral("balance"), file});
    ASSERT_EQ(r.status, 0);
    EXPECT_FALSE(r.out.contains(QStringLiteral("compact")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("geography:")));
}
