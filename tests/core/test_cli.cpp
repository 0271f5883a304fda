// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as an analyst uses it: exit statuses and output lines.
#include "core/store/workspacefile.h"
#include "core/util/result.h"

#include "tests/core/clitestsupport.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QTemporaryDir>

using namespace Tessera;

using Tessera::Test::cli;
using Tessera::Test::CliRun;
using Tessera::Test::valueOf;

TEST(Cli, VersionAndHelp)
{
    CliRun r = cli({QStringLiteral("--version")});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("tessera-cli " TESSERA_VERSION)));
    r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Exit status:")));
    r = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command")));
}

TEST(Cli, NewInfoValidate)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.tessera"));
    CliRun r =
        cli({QStringLiteral("new"), file, QStringLiteral("--model"), QStringLiteral("FY 2027")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("new"), file});
    EXPECT_EQ(r.status, int(ErrorCode::Io));
    EXPECT_TRUE(r.err.contains(QStringLiteral("--force")));

    r = cli({QStringLiteral("info"), file});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("models")), QStringLiteral("1"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("model FY_2027 name")), QStringLiteral("FY 2027"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("model FY_2027 state")), QStringLiteral("Planning"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("accounts")), QStringLiteral("0"));

    r = cli({QStringLiteral("validate"), file});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("valid")));
}

TEST(Cli, ErrorsNameTheFileAndUseTheDocumentedStatus)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.tessera"));
    CliRun r = cli({QStringLiteral("info"), missing});
    EXPECT_EQ(r.status, int(ErrorCode::Io));
    EXPECT_TRUE(r.err.contains(missing));

    const QString text = dir.filePath(QStringLiteral("notes.tessera"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("These are meeting notes, not a workspace.\n");
    f.close();
    r = cli({QStringLiteral("validate"), text});
    EXPECT_EQ(r.status, int(ErrorCode::NotTessera));
    EXPECT_TRUE(r.err.contains(text));
    r = cli({QStringLiteral("info")});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
}

namespace {

// Root (rule: CA, apply to children) -> Child; accounts a1 (CA), a2 (=cmd, NV).
WorkspaceData ruleWorkspace()
{
    WorkspaceData d;
    d.models.push_back({1, QStringLiteral("Plan"), QStringLiteral("Plan"), {}, ModelState::Active});
    Territory root;
    root.id = 2;
    root.modelId = 1;
    root.name = root.apiName = QStringLiteral("Root");
    Territory child = root;
    child.id = 3;
    child.parentId = 2;
    child.name = child.apiName = QStringLiteral("Child");
    d.territories = {root, child};
    AssignmentRule rule;
    rule.id = 4;
    rule.modelId = 1;
    rule.apiName = rule.label = QStringLiteral("California");
    rule.items = {
        {QStringLiteral("Account.BillingState"), QStringLiteral("equals"), QStringLiteral("CA")}};
    d.rules = {rule};
    d.ruleAssociations = {{4, 2, true}};
    d.nextId = 10;
    const char *rows[][3] = {{"a1", "Acme, Inc.", "CA"}, {"a2", "=cmd|' /C calc'!A0", "NV"}};
    for (auto &r : rows) {
        const std::size_t row = d.accounts.appendRow();
        d.accounts.setText(row, AccountStore::IdField, r[0]);
        d.accounts.setText(row, AccountStore::NameField, r[1]);
        d.accounts.setText(row, AccountStore::BillingStateField, r[2]);
    }
    return d;
}

} // namespace

TEST(Cli, AssignWritesWhereAccountsLandAndWhy)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rules.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(ruleWorkspace(), file).ok());
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    CliRun r = cli({QStringLiteral("assign"), file, QStringLiteral("--out"), csv});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("assigned")), QStringLiteral("1"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("unassigned")), QStringLiteral("1"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines,
              (QStringList{
                  QStringLiteral("AccountId,AccountName,Territory,TerritoryPath,Cause"),
                  QStringLiteral("a1,\"Acme, Inc.\",Root,Root,Rule California"),
                  QStringLiteral("a1,\"Acme, Inc.\",Child,Root/Child,Rule California (from Root)"),
                  QStringLiteral("a2,'=cmd|' /C calc'!A0,,,Unassigned")}));

    r = cli({QStringLiteral("assign"), file, QStringLiteral("--explain"), QStringLiteral("a2"),
             QStringLiteral("--territory"), QStringLiteral("Child")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Account a2 is not in territory Child.")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("actual \"NV\""))) << r.out.toStdString();

    r = cli(
        {QStringLiteral("assign"), file, QStringLiteral("--explain"), QStringLiteral("nobody")});
    EXPECT_EQ(r.status, int(ErrorCode::NotFound));
    r = cli({QStringLiteral("assign"), file, QStringLiteral("--model"), QStringLiteral("Nope")});
    EXPECT_EQ(r.status, int(ErrorCode::NotFound));
}

TEST(Cli, ValidateReportsRuleErrorsAndWarnings)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.tessera"));
    WorkspaceData d = ruleWorkspace();
    d.rules[0].items.push_back({QStringLiteral("Account.BillingPostalCode"),
                                QStringLiteral("lessThan"), QStringLiteral("5")});
    ASSERT_TRUE(WorkspaceFile::save(d, file).ok());
    CliRun r = cli({QStringLiteral("validate"), file});
    EXPECT_EQ(r.status, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("letter by letter"))) << r.out.toStdString();

    d.rules[0].items.push_back(
        {QStringLiteral("Account.Nope__c"), QStringLiteral("equals"), QStringLiteral("x")});
    const QString bad = dir.filePath(QStringLiteral("worse.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(d, bad).ok());
    r = cli({QStringLiteral("validate"), bad});
    EXPECT_EQ(r.status, int(ErrorCode::Failed));
    EXPECT_TRUE(r.out.contains(QStringLiteral("error: model Plan: Rule California, item 3")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("invalid (1 errors")));
}
