// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/autosave.h"
#include "tests/ui/uitestsupport.h"
#include "ui/commands/editor.h"
#include "ui/document/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/models/territorytreemodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Autosave::setDirectory(dir.filePath(QStringLiteral("autosave")));
        QSettings().clear();
        window = std::make_unique<MainWindow>();
        auto recording = std::make_unique<RecordingReporter>();
        reporter = recording.get();
        window->setErrorReporter(std::move(recording));
        window->setSaveChangesPrompt([this](const QString &) {
            ++prompts;
            return answer;
        });
    }
    void TearDown() override
    {
        window.reset();
        Autosave::setDirectory(QString());
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    RecordingReporter *reporter = nullptr;
    MainWindow::SaveChoice answer = MainWindow::SaveChoice::Cancel;
    int prompts = 0;
};

TEST_F(MainWindowTest, OpeningAMissingFileReportsTheCoreError)
{
    DocumentSession *before = window->session();
    EXPECT_FALSE(window->openFile(dir.filePath(QStringLiteral("missing.tessera"))));
    ASSERT_EQ(reporter->errors.size(), 1u);
    EXPECT_FALSE(reporter->errors.front().message.isEmpty());
    EXPECT_NE(reporter->errors.front().code, ErrorCode::Ok);
    EXPECT_EQ(window->session(), before); // the open workspace stays
    EXPECT_TRUE(window->recentFiles().isEmpty());
}

TEST_F(MainWindowTest, TitleAndModifiedMarkFollowTheUndoStack)
{
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("Untitled")));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("[*]")));
    EXPECT_FALSE(window->isWindowModified());

    DocumentSession &session = *window->session();
    ASSERT_TRUE(
        Editor::addTerritory(session, window->currentModelId(), NoId, QStringLiteral("West")).ok());
    EXPECT_TRUE(window->isWindowModified());
    session.undoStack()->undo();
    EXPECT_FALSE(window->isWindowModified());
    session.undoStack()->redo();
    EXPECT_TRUE(window->isWindowModified());

    const QString path = dir.filePath(QStringLiteral("plan.tessera"));
    ASSERT_TRUE(window->saveAs(path))
        << (reporter->errors.empty() ? std::string()
                                     : reporter->errors.front().toString().toStdString());
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("plan.tessera[*]")));
    EXPECT_EQ(window->recentFiles(), QStringList{QFileInfo(path).absoluteFilePath()});

    // Back before the save: modified again.
    session.undoStack()->undo();
    EXPECT_TRUE(window->isWindowModified());
}

TEST_F(MainWindowTest, SavedWorkspaceOpensAgain)
{
    const Id model = window->currentModelId();
    Result<Id> id =
        Editor::addTerritory(*window->session(), model, NoId, QStringLiteral("Northeast"));
    ASSERT_TRUE(id.ok());
    const QString path = dir.filePath(QStringLiteral("northeast.tessera"));
    ASSERT_TRUE(window->saveAs(path));

    MainWindow other;
    other.setErrorReporter(std::make_unique<RecordingReporter>());
    ASSERT_TRUE(other.openFile(path));
    EXPECT_FALSE(other.isWindowModified());
    EXPECT_EQ(other.treeModel()->rowCount(), 1);
    EXPECT_EQ(other.treeModel()->index(0, 0).data().toString(), QStringLiteral("Northeast"));
    EXPECT_TRUE(other.windowTitle().startsWith(QStringLiteral("northeast.tessera")));
}

TEST_F(MainWindowTest, ClosingWithUnsavedChangesAsks)
{
    window->show();
    // Unmodified: no question.
    EXPECT_TRUE(window->close());
    EXPECT_EQ(prompts, 0);

    window->show();
    ASSERT_TRUE(Editor::addTerritory(*window->session(), window->currentModelId(), NoId,
                                     QStringLiteral("West"))
                    .ok());
    answer = MainWindow::SaveChoice::Cancel;
    EXPECT_FALSE(window->close());
    EXPECT_EQ(prompts, 1);
    EXPECT_TRUE(window->isVisible());

    // New also asks, and Cancel keeps the work.
    EXPECT_FALSE(window->newWorkspace());
    EXPECT_EQ(prompts, 2);
    EXPECT_EQ(window->treeModel()->rowCount(), 1);

    answer = MainWindow::SaveChoice::Discard;
    EXPECT_TRUE(window->close());
    EXPECT_EQ(prompts, 3);
}

TEST_F(MainWindowTest, WidgetsTestsDriveAreNamed)
{
    for (const char *name : {"territoryTree", "modelCombo", "territoryDetails", "accountsLabel",
                             "repsLabel", "territoriesLabel", "detailName"})
        EXPECT_NE(window->findChild<QWidget *>(QLatin1String(name)), nullptr) << name;
    for (const char *name :
         {"newAction", "openAction", "saveAction", "saveAsAction", "closeAction", "quitAction",
          "undoAction", "redoAction", "addTerritoryAction", "addChildTerritoryAction",
          "deleteTerritoryAction", "renameTerritoryAction", "aboutAction", "openDemoAction"})
        EXPECT_NE(window->findChild<QAction *>(QLatin1String(name)), nullptr) << name;
}

TEST_F(MainWindowTest, DetailsPanelEditsTheSelectedTerritory)
{
    Result<Id> id = Editor::addTerritory(*window->session(), window->currentModelId(), NoId,
                                         QStringLiteral("West"));
    ASSERT_TRUE(id.ok());
    window->selectTerritory(*id);
    auto *name = window->findChild<QLineEdit *>(QStringLiteral("detailName"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(), QStringLiteral("West"));
    name->setText(QStringLiteral("Western Region"));
    emit name->editingFinished();
    EXPECT_EQ(window->session()->document()->territory(*id)->name,
              QStringLiteral("Western Region"));
    EXPECT_EQ(window->session()->undoStack()->count(), 2);

    // An empty name is refused, reported, and the field shows the name again.
    name->setText(QString());
    emit name->editingFinished();
    EXPECT_EQ(reporter->errors.size(), 1u);
    EXPECT_EQ(name->text(), QStringLiteral("Western Region"));
    EXPECT_EQ(window->session()->undoStack()->count(), 2);
}

TEST_F(MainWindowTest, AutosaveKeepsUnsavedWorkUntilDiscarded)
{
    DocumentSession &session = *window->session();
    ASSERT_TRUE(
        Editor::addTerritory(session, window->currentModelId(), NoId, QStringLiteral("West")).ok());
    ASSERT_TRUE(session.autosaveNow().ok());
    const auto entries = Autosave::entries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_TRUE(entries.front().originalPath.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(entries.front().recoveryPath));

    // A new window offers it back, and recovering marks the work unsaved.
    MainWindow next;
    next.setErrorReporter(std::make_unique<RecordingReporter>());
    int offered = 0;
    next.setRecoverPrompt([&](const QStringList &descriptions) {
        offered = static_cast<int>(descriptions.size());
        return MainWindow::RecoverChoice::Recover;
    });
    next.startUp({});
    EXPECT_EQ(offered, 1);
    EXPECT_TRUE(next.isWindowModified());
    EXPECT_EQ(next.treeModel()->rowCount(), 1);
    next.session()->discardAutosave();

    session.discardAutosave();
    EXPECT_TRUE(Autosave::entries().empty());
}

} // namespace

namespace {

// Counts the distinct colours of an image: an empty or blank window has a handful.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

TEST_F(MainWindowTest, DemoShowsAHierarchyAndDetails)
{
    ASSERT_TRUE(window->openDemo())
        << (reporter->errors.empty() ? std::string()
                                     : reporter->errors.front().toString().toStdString());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Demo[*]")));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_GT(window->treeModel()->rowCount(), 0);
    EXPECT_NE(window->currentTerritoryId(), NoId); // something is selected
    auto *accounts = window->findChild<QLabel *>(QStringLiteral("accountsLabel"));
    ASSERT_NE(accounts, nullptr);
    EXPECT_FALSE(accounts->text().startsWith(QLatin1Char('0')));
    auto *title = window->findChild<QLabel *>(QStringLiteral("detailTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_FALSE(title->text().isEmpty());

    window->resize(1280, 800);
    window->show();
    const QImage shot = window->grab().toImage();
    ASSERT_FALSE(shot.isNull());
    EXPECT_GT(distinctColours(shot), 20);
    // TESSERA_UI_SHOT=file.png keeps the picture for a person to look at.
    const QString keep = qEnvironmentVariable("TESSERA_UI_SHOT");
    if (!keep.isEmpty())
        shot.save(keep);
}

} // namespace
