// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as an analyst uses it: exit statuses and output lines.
#include "core/util/result.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QTemporaryDir>

using namespace Tessera;

namespace {

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TESSERA_CLI_PATH), args);
    p.waitForFinished(120'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString valueOf(const QString &output, const QString &name)
{
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(name + QStringLiteral(": ")))
            return line.mid(name.size() + 2);
    }
    return {};
}

} // namespace

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
