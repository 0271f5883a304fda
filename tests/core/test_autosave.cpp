// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/autosave.h"
#include "core/store/workspacefile.h"
#include "tests/core/workspacefiletestdata.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::TestData;

namespace {

// Points the recovery folder at a temporary one for one test.
class AutosaveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Autosave::setDirectory(m_dir.filePath(QStringLiteral("recovery")));
    }
    void TearDown() override { Autosave::setDirectory({}); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(AutosaveTest, WritesListsAndDiscards)
{
    const QString workspace = m_dir.filePath(QStringLiteral("plan.tessera"));
    EXPECT_TRUE(Autosave::entries().empty());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_TRUE(Autosave::write(richWorkspace(), workspace).ok());
    WorkspaceData untitled = richWorkspace();
    untitled.models[0].name = QStringLiteral("Untitled work");
    ASSERT_TRUE(Autosave::write(untitled, QString(), QStringLiteral("doc-1")).ok());

    const auto entries = Autosave::entries();
    ASSERT_EQ(entries.size(), 2u);
    int named = 0;
    for (const Autosave::RecoveryEntry &e : entries) {
        EXPECT_TRUE(e.savedAt >= before);
        EXPECT_TRUE(e.recoveryPath.startsWith(Autosave::directory()));
        if (e.originalPath == QFileInfo(workspace).absoluteFilePath()) {
            ++named;
            EXPECT_EQ(e.recoveryPath, Autosave::recoveryPathFor(workspace));
            const Result<WorkspaceData> data = WorkspaceFile::load(e.recoveryPath);
            ASSERT_TRUE(data.ok());
            expectSameWorkspace(richWorkspace(), *data);
        } else {
            EXPECT_TRUE(e.originalPath.isEmpty());
            EXPECT_EQ(WorkspaceFile::load(e.recoveryPath)->models[0].name,
                      QStringLiteral("Untitled work"));
        }
    }
    EXPECT_EQ(named, 1);
    EXPECT_NE(Autosave::recoveryPathFor(QString(), QStringLiteral("doc-1")),
              Autosave::recoveryPathFor(QString(), QStringLiteral("doc-2")));

    Autosave::discard(workspace);
    ASSERT_EQ(Autosave::entries().size(), 1u);
    Autosave::discard(QString(), QStringLiteral("doc-1"));
    EXPECT_TRUE(Autosave::entries().empty());
    EXPECT_TRUE(QDir(Autosave::directory()).isEmpty());
}

TEST_F(AutosaveTest, CliListsAndRecovers)
{
    const QString workspace = m_dir.filePath(QStringLiteral("plan.tessera"));
    WorkspaceData unsaved = richWorkspace();
    unsaved.models[1].name = QStringLiteral("Unsaved change");
    ASSERT_TRUE(Autosave::write(unsaved, workspace).ok());

    QProcess list;
    list.start(QStringLiteral(TESSERA_CLI_PATH),
               {QStringLiteral("recover"), QStringLiteral("--dir"), Autosave::directory()});
    ASSERT_TRUE(list.waitForFinished(30000));
    EXPECT_EQ(list.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(list.readAllStandardOutput())
                    .contains(QFileInfo(workspace).absoluteFilePath()));

    const QString out = m_dir.filePath(QStringLiteral("recovered.tessera"));
    QProcess recover;
    recover.start(QStringLiteral(TESSERA_CLI_PATH),
                  {QStringLiteral("recover"), workspace, QStringLiteral("-o"), out,
                   QStringLiteral("--dir"), Autosave::directory()});
    ASSERT_TRUE(recover.waitForFinished(30000));
    EXPECT_EQ(recover.exitCode(), 0) << recover.readAllStandardError().toStdString();
    const Result<WorkspaceData> data = WorkspaceFile::load(out);
    ASSERT_TRUE(data.ok());
    expectSameWorkspace(unsaved, *data);

    QProcess missing;
    missing.start(QStringLiteral(TESSERA_CLI_PATH),
                  {QStringLiteral("recover"), m_dir.filePath(QStringLiteral("other.tessera")),
                   QStringLiteral("-o"), out, QStringLiteral("--dir"), Autosave::directory()});
    ASSERT_TRUE(missing.waitForFinished(30000));
    EXPECT_EQ(missing.exitCode(), int(ErrorCode::NotFound));
}
