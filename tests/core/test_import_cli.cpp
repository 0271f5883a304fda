// SPDX-License-Identifier: GPL-3.0-or-later
// import-accounts and import-reps end to end: files in, workspace saved, statuses.
#include "core/store/workspacefile.h"
#include "core/util/result.h"

#include "tests/core/clitestsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Tessera;

using Tessera::Test::cli;
using Tessera::Test::CliRun;
using Tessera::Test::valueOf;

namespace {

QString csvFile(const char *name)
{
    return QStringLiteral(TESSERA_TEST_DATA "/csv/") + QLatin1String(name);
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(ImportCli, AccountsIntoANewWorkspace)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(s("plan.tessera"));
    CliRun r = cli({s("import-accounts"), csvFile("salesforce-report.csv"), s("--into"), ws});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, s("rows read")), s("4"));
    EXPECT_EQ(valueOf(r.out, s("accounts")), s("4"));
    EXPECT_TRUE(r.out.contains(s("column: Segment -> Segment__c (picklist, new field)")))
        << r.out.toStdString();
    Result<WorkspaceData> data = WorkspaceFile::load(ws);
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data->accounts.rowCount(), 4u);
    EXPECT_EQ(data->accounts.displayText(0, AccountStore::NameField), s("Acme, Inc."));
    const int since = data->accounts.fieldIndex(u"Customer_Since__c");
    ASSERT_GE(since, 0);
    EXPECT_EQ(data->accounts.field(since).type, FieldType::Date);
    EXPECT_EQ(data->accounts.displayText(0, since), s("2019-01-31"));
}

TEST(ImportCli, EncodingAndDelimiterAreReported)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(s("plan.tessera"));
    CliRun r = cli({s("import-accounts"), csvFile("windows1252.csv"), s("--into"), ws});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(valueOf(r.out, s("encoding")).startsWith(s("Windows-1252")));
    EXPECT_TRUE(valueOf(r.out, s("encoding")).contains(s("converted")));
    Result<WorkspaceData> data = WorkspaceFile::load(ws);
    ASSERT_TRUE(data.ok());
    EXPECT_EQ(data->accounts.displayText(0, AccountStore::NameField), s("Müller & Söhne"));

    r = cli(
        {s("import-accounts"), csvFile("tabs.csv"), s("--into"), ws, s("--delimiter"), s("tab")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, s("delimiter")), s("tab"));
    EXPECT_EQ(valueOf(r.out, s("replaced")), s("3 accounts"));
}

TEST(ImportCli, BadRowsFailUnlessSkippedAndThenAreReported)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(s("plan.tessera"));
    CliRun r = cli({s("import-accounts"), csvFile("bad-values.csv"), s("--into"), ws});
    EXPECT_EQ(r.status, int(ErrorCode::Invalid));
    EXPECT_TRUE(r.err.contains(s("Line 3, column 3 (AnnualRevenue): expected a number")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(ws)); // nothing half-imported

    const QString report = dir.filePath(s("skipped.csv"));
    r = cli({s("import-accounts"), csvFile("bad-values.csv"), s("--into"), ws, s("--skip-bad-rows"),
             s("--report"), report});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, s("rows skipped")), s("2"));
    EXPECT_EQ(valueOf(r.out, s("accounts")), s("3"));
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.startsWith(s("Line,Column,Field,Value,Reason")));
    EXPECT_TRUE(text.contains(s("4,4,NumberOfEmployees,many,expected a number")))
        << text.toStdString();

    r = cli({s("import-accounts"), csvFile("unterminated.csv"), s("--into"), ws});
    EXPECT_EQ(r.status, int(ErrorCode::Invalid));
    EXPECT_TRUE(r.err.contains(s("Line 3, column 2")));
}

TEST(ImportCli, MapOptionsAndUsageErrors)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(s("plan.tessera"));
    CliRun r = cli({s("import-accounts"), csvFile("salesforce-report.csv"), s("--into"), ws,
                    s("--map"), s("Score=Rating__c:text"), s("--map"), s("Notes=-")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s("column: Score -> Rating__c (text, new field)")));
    EXPECT_TRUE(r.out.contains(s("column: Notes -> (not imported)")));

    r = cli({s("import-accounts"), csvFile("quotes.csv"), s("--into"), ws, s("--map"), s("Score")});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
    r = cli(
        {s("import-accounts"), csvFile("quotes.csv"), s("--into"), ws, s("--delimiter"), s("|")});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
    r = cli({s("import-accounts"), csvFile("quotes.csv")});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
    r = cli({s("import-accounts"), csvFile("quotes.csv"), s("--into"), ws, s("--frobnicate")});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
    r = cli({s("import-accounts"), dir.filePath(s("none.csv")), s("--into"), ws});
    EXPECT_EQ(r.status, int(ErrorCode::Io));
    r = cli(
        {s("import-accounts"), csvFile("quotes.csv"), s("--into"), ws, s("--map"), s("Nope=X__c")});
    EXPECT_EQ(r.status, int(ErrorCode::NotFound));
}

TEST(ImportCli, RefreshKeepsManualAssignmentsAndListsMissingAccounts)
{
    QTemporaryDir dir;
    CliRun r = cli({s("demo"), s("--out"), dir.path()});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QString ws = dir.filePath(s("demo.tessera"));
    Result<WorkspaceData> before = WorkspaceFile::load(ws);
    ASSERT_TRUE(before.ok());
    ASSERT_FALSE(before->manualAssignments.empty());
    const std::size_t count = before->accounts.rowCount();

    // Every account but the last, renamed, and one new account.
    QFile csv(dir.filePath(s("refresh.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Id,Name\n");
    for (std::size_t r = 0; r + 1 < count; ++r)
        csv.write((before->accounts.accountId(r) + s(",Renamed ") + QString::number(r) + s("\n"))
                      .toUtf8());
    csv.write("NEW-1,Brand New\n");
    csv.close();

    r = cli({s("import-accounts"), csv.fileName(), s("--into"), ws, s("--refresh")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, s("updated")).toULongLong(), count - 1);
    EXPECT_EQ(valueOf(r.out, s("added")), s("1"));
    EXPECT_EQ(valueOf(r.out, s("missing")), s("1 (kept)"));
    EXPECT_EQ(valueOf(r.out, s("missing account")), before->accounts.accountId(count - 1));
    Result<WorkspaceData> after = WorkspaceFile::load(ws);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->accounts.rowCount(), count + 1);
    EXPECT_EQ(after->accounts.displayText(0, AccountStore::NameField), s("Renamed 0"));
    // Fields the file does not have keep their values.
    EXPECT_EQ(after->accounts.displayText(0, AccountStore::BillingStateField),
              before->accounts.displayText(0, AccountStore::BillingStateField));
    EXPECT_EQ(after->manualAssignments, before->manualAssignments);
    EXPECT_EQ(after->exclusions, before->exclusions);

    r = cli({s("import-accounts"), csv.fileName(), s("--into"), ws, s("--refresh"),
             s("--remove-missing")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    Result<WorkspaceData> removed = WorkspaceFile::load(ws);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed->accounts.rowCount(), count);
    EXPECT_EQ(removed->manualAssignments, before->manualAssignments);
}

TEST(ImportCli, Reps)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(s("plan.tessera"));
    CliRun r = cli({s("import-reps"), csvFile("reps.csv"), s("--into"), ws});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, s("added")), s("4"));
    EXPECT_TRUE(r.err.contains(s("00000")));
    Result<WorkspaceData> data = WorkspaceFile::load(ws);
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data->reps.size(), 4u);
    EXPECT_EQ(data->reps[0].name, s("Ada Park"));
    EXPECT_TRUE(data->reps[0].hasHome());

    // Again: the same reps, nothing added.
    r = cli({s("import-reps"), csvFile("reps.csv"), s("--into"), ws});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, s("added")), s("0"));
    EXPECT_EQ(valueOf(r.out, s("unchanged")), s("4"));

    r = cli({s("import-reps"), csvFile("reps-bad.csv"), s("--into"), ws});
    EXPECT_EQ(r.status, int(ErrorCode::Invalid));
    EXPECT_TRUE(r.err.contains(s("Line 3, column 2 (Name): expected a name")))
        << r.err.toStdString();
    r = cli({s("import-reps"), csvFile("reps-bad.csv"), s("--into"), ws, s("--skip-bad-rows")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, s("rows skipped")), s("4"));
    EXPECT_EQ(valueOf(r.out, s("reps")), s("5"));
    // Without --report, the report goes beside the workspace.
    EXPECT_EQ(valueOf(r.out, s("report")), dir.filePath(s("reps-bad-skipped.csv")));
    EXPECT_TRUE(QFile::exists(dir.filePath(s("reps-bad-skipped.csv"))));
}

TEST(ImportCli, AFileWithoutRowsChangesNothing)
{
    QTemporaryDir dir;
    CliRun r = cli({s("demo"), s("--out"), dir.path()});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QString ws = dir.filePath(s("demo.tessera"));
    Result<WorkspaceData> before = WorkspaceFile::load(ws);
    ASSERT_TRUE(before.ok());
    ASSERT_GT(before->accounts.rowCount(), 0u);

    QFile header(dir.filePath(s("header-only.csv")));
    ASSERT_TRUE(header.open(QIODevice::WriteOnly));
    header.write("Id,Name,BillingState\r\n");
    header.close();

    // Without --refresh the file would replace every account; with
    // --remove-missing it would remove them all: both refused.
    for (const QStringList &extra :
         {QStringList{}, QStringList{s("--refresh"), s("--remove-missing")}}) {
        r = cli(QStringList{s("import-accounts"), header.fileName(), s("--into"), ws} + extra);
        EXPECT_EQ(r.status, int(ErrorCode::Invalid)) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(s("no account rows"))) << r.err.toStdString();
    }
    r = cli({s("import-reps"), header.fileName(), s("--into"), ws});
    EXPECT_EQ(r.status, int(ErrorCode::Invalid)) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(s("no rep rows"))) << r.err.toStdString();

    // Every row bad and skipped: refused too, with the count.
    QFile bad(dir.filePath(s("all-bad.csv")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("Id,Name,AnnualRevenue\nB-1,One,12abc\nB-2,Two,x\n");
    bad.close();
    r = cli({s("import-accounts"), bad.fileName(), s("--into"), ws, s("--skip-bad-rows"),
             s("--report"), dir.filePath(s("report.csv"))});
    EXPECT_EQ(r.status, int(ErrorCode::Invalid)) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(s("all 2 rows of the file were skipped"))) << r.err.toStdString();

    Result<WorkspaceData> after = WorkspaceFile::load(ws);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->accounts.rowCount(), before->accounts.rowCount());
    EXPECT_EQ(after->reps.size(), before->reps.size());
}
