// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/workspacefile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "tests/core/clitestsupport.h"

#include <gtest/gtest.h>

using namespace Tessera;

using Tessera::Test::cli;
using Tessera::Test::CliRun;

TEST(GenerateCommand, WritesAWorkspaceThatLoadsAndValidates)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("g.tessera"));
    const CliRun r =
        cli({QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("1500"),
             QStringLiteral("--territories"), QStringLiteral("9"), QStringLiteral("--reps"),
             QStringLiteral("14"), QStringLiteral("--seed"), QStringLiteral("5"),
             QStringLiteral("-o"), path});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1500 accounts"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("9 territories"))) << r.out.toStdString();
    EXPECT_EQ(r.out.count(u'\n'), 1);

    auto loaded = WorkspaceFile::load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->accounts.rowCount(), 1500u);
    EXPECT_EQ(loaded->reps.size(), 14u);
    EXPECT_TRUE(WorkspaceDocument::validate(*loaded).ok());

    // The file is kept unless asked to replace it.
    const CliRun again = cli({QStringLiteral("generate"), QStringLiteral("-o"), path});
    EXPECT_EQ(again.status, int(ErrorCode::Io));
}

TEST(GenerateCommand, RefusesBadArgumentsWithUsageStatus)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.tessera"));
    const QList<QStringList> bad{
        {QStringLiteral("generate")},
        {QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("0"),
         QStringLiteral("-o"), path},
        {QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("2000001"),
         QStringLiteral("-o"), path},
        {QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("-5"),
         QStringLiteral("-o"), path},
        {QStringLiteral("generate"), QStringLiteral("--territories"), QStringLiteral("ten"),
         QStringLiteral("-o"), path},
        {QStringLiteral("generate"), QStringLiteral("--reps"), QStringLiteral("0"),
         QStringLiteral("-o"), path},
        {QStringLiteral("generate"), QStringLiteral("--colour"), QStringLiteral("red"),
         QStringLiteral("-o"), path},
        {QStringLiteral("demo")},
    };
    for (const QStringList &args : bad) {
        const CliRun r = cli(args);
        EXPECT_EQ(r.status, int(ErrorCode::Usage)) << args.join(u' ').toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(path));
}

TEST(DemoCommand, WritesTheDemoAndItsSummary)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("nested/demo"));
    const CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    QFile summary(out + QStringLiteral("/summary.txt"));
    ASSERT_TRUE(summary.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(summary.readAll());
    EXPECT_TRUE(r.out.startsWith(text));
    for (const char *expected : {"Company: ", "Models: 2", "(Active)", "(Planning)", "Accounts: ",
                                 "Reps: ", "Assignment rules: ", "Accounts per region"})
        EXPECT_TRUE(text.contains(QLatin1String(expected))) << expected;

    auto loaded = WorkspaceFile::load(out + QStringLiteral("/demo.tessera"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->models.size(), 2u);
    EXPECT_TRUE(text.contains(QStringLiteral("Accounts: %1").arg(loaded->accounts.rowCount())));

    // A second run replaces both files.
    EXPECT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), out}).status, 0);
}
