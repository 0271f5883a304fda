// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/workspacefile.h"
#include "tests/core/workspacefiletestdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <random>

using namespace Tessera;
using namespace Tessera::TestData;

namespace {

constexpr int Accounts = 200'000;

// Starts `tessera-cli bench store --save-over target` and returns once the
// child has built its data and is about to save.
bool startSaver(QProcess &child, const QString &target)
{
    child.start(QStringLiteral(TESSERA_CLI_PATH),
                {QStringLiteral("bench"), QStringLiteral("store"), QStringLiteral("--accounts"),
                 QString::number(Accounts), QStringLiteral("--save-over"), target});
    if (!child.waitForStarted(10000))
        return false;
    QByteArray seen;
    while (!seen.contains("saving\n")) {
        if (!child.waitForReadyRead(30000))
            return false;
        seen += child.readAllStandardOutput();
    }
    return true;
}

} // namespace

// SIGKILL at random moments of a large save over an existing workspace: the
// old file must stay byte-identical and open, every time.
TEST(WorkspaceFileKill, OriginalSurvivesKillDuringSave)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.tessera"));
    const QString backup = dir.filePath(QStringLiteral("backup.bin"));
    ASSERT_TRUE(WorkspaceFile::save(richWorkspace(), path).ok());
    ASSERT_TRUE(QFile::copy(path, backup));
    const QByteArray original = fileHash(path);

    // How long one save takes here, to spread the kills over it.
    qint64 saveMs = 0;
    {
        QProcess child;
        ASSERT_TRUE(startSaver(child, dir.filePath(QStringLiteral("scratch.tessera"))));
        QElapsedTimer timer;
        timer.start();
        ASSERT_TRUE(child.waitForFinished(60000));
        ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
        saveMs = std::max<qint64>(timer.elapsed(), 20);
    }

    const unsigned seed = std::random_device{}();
    std::mt19937 rng(seed);
    std::uniform_int_distribution<qint64> delay(0, saveMs);
    int killed = 0;
    int interruptedBeforeRename = 0;
    for (int round = 0; round < 15; ++round) {
        SCOPED_TRACE(::testing::Message() << "seed " << seed << ", round " << round);
        QProcess child;
        ASSERT_TRUE(startSaver(child, path));
        QThread::msleep(static_cast<unsigned long>(delay(rng)));
        if (child.state() != QProcess::NotRunning) {
            child.kill(); // SIGKILL
            ++killed;
        }
        ASSERT_TRUE(child.waitForFinished(30000));
        const bool finished = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
        const Result<WorkspaceData> opened = WorkspaceFile::load(path);
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        // Either outcome is whole: the old file untouched, or (when the
        // kill came after the rename, or never came) the complete new one.
        if (!finished && fileHash(path) == original) {
            expectSameWorkspace(richWorkspace(), *opened);
            ++interruptedBeforeRename;
        } else {
            EXPECT_EQ(opened->accounts.rowCount(), std::size_t(Accounts));
            ASSERT_TRUE(QFile::remove(path));
            ASSERT_TRUE(QFile::copy(backup, path));
        }
    }
    std::cout
        << "save of " << Accounts << " accounts took " << saveMs << " ms; " << killed
        << " of 15 children killed, " << interruptedBeforeRename << " before the rename; "
        << QDir(dir.path()).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden).size()
        << " temporary files left by killed saves\n";
    EXPECT_GT(interruptedBeforeRename, 0)
        << "no save was interrupted before it completed; the test exercised nothing";

    // Leftover temporary files do not get in the way of the next save.
    WorkspaceData next = richWorkspace();
    next.models[0].name = QStringLiteral("After the crashes");
    ASSERT_TRUE(WorkspaceFile::save(next, path).ok());
    const Result<WorkspaceData> reopened = WorkspaceFile::load(path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened->models[0].name, QStringLiteral("After the crashes"));
}
