// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import wizard driven page by page, and its undoable commands.
#include "core/store/autosave.h"
#include "tests/ui/sessiontest.h"
#include "ui/commands/editor.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Tessera::Test;

namespace {

QString csvFile(const char *name)
{
    return QStringLiteral(TESSERA_TEST_DATA "/csv/") + QLatin1String(name);
}

template<typename W>
W *child(QWidget *parent, const char *name)
{
    W *w = parent->findChild<W *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

bool waitForCheck(ImportWizard &wizard)
{
    return QTest::qWaitFor(
        [&] { return !wizard.isChecking() && (wizard.problems() || wizard.checkError()); }, 60'000);
}

} // namespace

using ImportWizardTest = SessionTest<&sampleData>;

TEST_F(ImportWizardTest, AccountsPageByPageWithProblemsSkippedAndUndo)
{
    const WorkspaceData before = snap();
    ImportWizard wizard(&session, ImportWizard::Kind::Accounts);
    wizard.show();
    ASSERT_EQ(wizard.currentId(), ImportWizard::FilePageId);
    auto *refresh = child<QCheckBox>(&wizard, "refreshCheck");
    ASSERT_TRUE(refresh);
    EXPECT_TRUE(refresh->isChecked()); // the sample has accounts
    refresh->setChecked(false);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    child<QLineEdit>(&wizard, "pathEdit")->setText(csvFile("bad-values.csv"));
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    saveScreenshot(wizard, "1-file");

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    auto *preview = child<QTableWidget>(&wizard, "previewTable");
    EXPECT_EQ(preview->rowCount(), 5);
    EXPECT_EQ(preview->columnCount(), 5);
    EXPECT_EQ(preview->item(1, 2)->text(), QStringLiteral("12abc"));
    EXPECT_TRUE(child<QLabel>(&wizard, "sourceLabel")->text().contains(QStringLiteral("comma")));
    saveScreenshot(wizard, "2-preview");

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    auto *mapping = child<QTableWidget>(&wizard, "mappingTable");
    ASSERT_EQ(mapping->rowCount(), 5);
    auto *field0 = qobject_cast<QComboBox *>(mapping->cellWidget(0, 2));
    EXPECT_EQ(field0->currentData().toString(), QStringLiteral("Id"));
    auto *dateType = qobject_cast<QComboBox *>(mapping->cellWidget(4, 3));
    ASSERT_TRUE(dateType);
    EXPECT_TRUE(dateType->isEnabled());
    EXPECT_EQ(dateType->currentData().toInt(), -1); // automatic
    // Revenue is a standard number field: its type is fixed.
    EXPECT_FALSE(mapping->cellWidget(2, 3)->isEnabled());
    // The user says the date column holds dates: the impossible date becomes a problem.
    dateType->setCurrentIndex(dateType->findData(int(FieldType::Date)));
    saveScreenshot(wizard, "3-mapping");

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::CheckPageId);
    ASSERT_TRUE(waitForCheck(wizard));
    QCoreApplication::processEvents();
    auto *problems = child<QTableWidget>(&wizard, "problemsTable");
    ASSERT_EQ(problems->rowCount(), 3);
    EXPECT_EQ(problems->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_TRUE(problems->item(0, 3)->text().contains(QStringLiteral("number")));
    EXPECT_TRUE(problems->item(2, 3)->text().contains(QStringLiteral("date")));
    // Problems: no way on until the user chooses to skip the bad rows.
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    auto *skip = child<QCheckBox>(&wizard, "skipBadRowsCheck");
    EXPECT_TRUE(skip->isVisible());
    skip->setChecked(true);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    saveScreenshot(wizard, "4-check");

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::SummaryPageId);
    EXPECT_TRUE(
        child<QLabel>(&wizard, "summaryLabel")->text().contains(QStringLiteral("2 accounts")));
    saveScreenshot(wizard, "5-summary");
    wizard.accept();

    ASSERT_TRUE(reporter.errors.empty());
    ASSERT_EQ(doc().accounts().rowCount(), 2u);
    EXPECT_EQ(doc().accounts().accountId(1), QStringLiteral("001V4"));
    const int start = doc().accounts().fieldIndex(u"Start_Date__c");
    ASSERT_GE(start, 0);
    EXPECT_EQ(doc().accounts().field(start).type, FieldType::Date);
    // Manual assignments follow the account id, whatever the accounts are.
    EXPECT_EQ(doc().manualAssignments(), before.manualAssignments);

    ASSERT_EQ(stack().count(), 1);
    EXPECT_TRUE(stack().text(0).contains(QStringLiteral("bad-values.csv")));
    stack().undo();
    EXPECT_EQ(doc().accounts().rowCount(), 3u);
    EXPECT_LT(doc().accounts().fieldIndex(u"Start_Date__c"), 0);
    stack().redo();
    EXPECT_EQ(doc().accounts().rowCount(), 2u);
    stack().undo();
    expectSameData(snap(), before);
}

TEST_F(ImportWizardTest, AHeaderOnlyFileCannotReplaceTheAccounts)
{
    QTemporaryDir dir;
    QFile header(dir.filePath(QStringLiteral("header-only.csv")));
    ASSERT_TRUE(header.open(QIODevice::WriteOnly));
    header.write("Id,Name\n");
    header.close();

    const WorkspaceData before = snap();
    ImportWizard wizard(&session, ImportWizard::Kind::Accounts);
    wizard.show();
    child<QCheckBox>(&wizard, "refreshCheck")->setChecked(false);
    child<QLineEdit>(&wizard, "pathEdit")->setText(header.fileName());
    wizard.next();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::CheckPageId);
    ASSERT_TRUE(waitForCheck(wizard));
    QCoreApplication::processEvents();
    EXPECT_EQ(wizard.rowsToImport(), 0u);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(child<QLabel>(&wizard, "statusLabel")
                    ->text()
                    .contains(QStringLiteral("nothing to import")));
    wizard.reject();
    EXPECT_EQ(stack().count(), 0);
    expectSameData(snap(), before);
}

TEST_F(ImportWizardTest, RefreshUpdatesByIdAndAddsNewAccounts)
{
    const WorkspaceData before = snap();
    ImportWizard wizard(&session, ImportWizard::Kind::Accounts);
    wizard.show();
    child<QLineEdit>(&wizard, "pathEdit")->setText(csvFile("quotes.csv"));
    wizard.next();
    wizard.next();
    wizard.next();
    ASSERT_TRUE(waitForCheck(wizard));
    QCoreApplication::processEvents();
    ASSERT_TRUE(wizard.refreshResult().has_value());
    EXPECT_EQ(wizard.refreshResult()->updated, 3u); // 001A, 001B and 001C
    EXPECT_EQ(wizard.refreshResult()->added, 1u);   // 001D
    EXPECT_TRUE(wizard.refreshResult()->missing.isEmpty());
    ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    EXPECT_TRUE(child<QLabel>(&wizard, "summaryLabel")
                    ->text()
                    .contains(QStringLiteral("3 accounts updated, 1 added")));
    wizard.accept();
    EXPECT_EQ(doc().accounts().rowCount(), 4u);
    EXPECT_EQ(doc().accounts().displayText(0, AccountStore::NameField),
              QStringLiteral("Acme, Inc."));
    EXPECT_TRUE(stack().text(0).startsWith(QStringLiteral("Refresh Accounts")));
    EXPECT_EQ(doc().manualAssignments(), before.manualAssignments);
    EXPECT_EQ(doc().exclusions(), before.exclusions);
}

TEST_F(ImportWizardTest, ErrorsStayOnTheirPage)
{
    ImportWizard wizard(&session, ImportWizard::Kind::Accounts);
    wizard.show();
    child<QLineEdit>(&wizard, "pathEdit")->setText(csvFile("utf16.csv"));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ImportWizard::FilePageId);
    auto *error = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("errorLabel"));
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->text().contains(QStringLiteral("UTF-16")));

    // A file whose quote never closes: the check says where, and Next stays off.
    child<QLineEdit>(&wizard, "pathEdit")->setText(csvFile("unterminated.csv"));
    wizard.next();
    wizard.next();
    // Without an Id column mapped, the mapping page refuses.
    auto *mapping = child<QTableWidget>(&wizard, "mappingTable");
    auto *id = qobject_cast<QComboBox *>(mapping->cellWidget(0, 2));
    id->setCurrentIndex(0);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    id->setCurrentIndex(id->findData(QStringLiteral("Id")));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::CheckPageId);
    ASSERT_TRUE(waitForCheck(wizard));
    QCoreApplication::processEvents();
    ASSERT_TRUE(wizard.checkError().has_value());
    EXPECT_TRUE(child<QLabel>(&wizard, "statusLabel")->text().contains(QStringLiteral("Line 3")));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(ImportWizardTest, PreviewSaysAFileWasConvertedFromWindows1252)
{
    ImportWizard wizard(&session, ImportWizard::Kind::Accounts);
    wizard.show();
    child<QLineEdit>(&wizard, "pathEdit")->setText(csvFile("windows1252.csv"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    const QString source = child<QLabel>(&wizard, "sourceLabel")->text();
    EXPECT_TRUE(source.contains(QStringLiteral("Windows-1252"))) << source.toStdString();
    EXPECT_TRUE(source.contains(QStringLiteral("converted")));
    EXPECT_EQ(child<QTableWidget>(&wizard, "previewTable")->item(0, 1)->text(),
              QStringLiteral("Müller & Söhne"));
    saveScreenshot(wizard, "cp1252-2-preview");
}

TEST_F(ImportWizardTest, CancelWhileReading)
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.csv")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    big.write("Id,Name,Score\n");
    QByteArray chunk;
    for (int i = 0; i < 400'000; ++i)
        chunk += "A" + QByteArray::number(i) + ",Name " + QByteArray::number(i) + ",1.5\n";
    big.write(chunk);
    big.close();

    ImportWizard wizard(&session, ImportWizard::Kind::Accounts);
    wizard.show();
    child<QLineEdit>(&wizard, "pathEdit")->setText(big.fileName());
    wizard.next();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::CheckPageId);
    wizard.cancelCheck();
    ASSERT_TRUE(waitForCheck(wizard));
    QCoreApplication::processEvents();
    // The read either finished before the cancel or says it was cancelled.
    if (wizard.checkError()) {
        EXPECT_EQ(wizard.checkError()->code, ErrorCode::Cancelled);
        EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
        child<QPushButton>(&wizard, "readAgainButton")->click();
        ASSERT_TRUE(waitForCheck(wizard));
        QCoreApplication::processEvents();
    }
    ASSERT_FALSE(wizard.checkError().has_value());
    EXPECT_EQ(wizard.rowsToImport(), 400'000u);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_F(ImportWizardTest, RepsAddAndUpdateAsOneUndoableStep)
{
    const WorkspaceData before = snap();
    ImportWizard wizard(&session, ImportWizard::Kind::Reps);
    wizard.show();
    EXPECT_EQ(wizard.findChild<QCheckBox *>(QStringLiteral("refreshCheck")), nullptr);
    child<QLineEdit>(&wizard, "pathEdit")->setText(csvFile("reps.csv"));
    wizard.next();
    wizard.next();
    auto *mapping = child<QTableWidget>(&wizard, "mappingTable");
    EXPECT_EQ(qobject_cast<QComboBox *>(mapping->cellWidget(4, 2))->currentData().toString(),
              QStringLiteral("HomePostalCode"));
    saveScreenshot(wizard, "reps-3-mapping");
    wizard.next();
    ASSERT_TRUE(waitForCheck(wizard));
    QCoreApplication::processEvents();
    ASSERT_TRUE(wizard.repPlan().has_value());
    EXPECT_EQ(wizard.repPlan()->additions.size(), 4u);
    // The ZIP that is not a US ZIP is a warning, shown, not a problem.
    EXPECT_TRUE(child<QLabel>(&wizard, "statusLabel")->text().contains(QStringLiteral("00000")));
    saveScreenshot(wizard, "reps-4-check");
    wizard.next();
    saveScreenshot(wizard, "reps-5-summary");
    wizard.accept();
    ASSERT_EQ(doc().reps().size(), before.reps.size() + 4);
    const Rep &ada = doc().reps()[before.reps.size()];
    EXPECT_EQ(ada.name, QStringLiteral("Ada Park"));
    EXPECT_TRUE(ada.hasHome());
    const Id adaId = ada.id;
    stack().undo();
    expectSameData(snap(), before);
    stack().redo();
    ASSERT_EQ(doc().reps().size(), before.reps.size() + 4);
    EXPECT_EQ(doc().reps()[before.reps.size()].id, adaId); // the same ids on redo
}

TEST_F(ImportWizardTest, RepUpdatesKeepIdsAndTerritories)
{
    RepImport::Imported imported;
    Rep ann;
    ann.userId = QStringLiteral("005A");
    ann.name = QStringLiteral("Ann Lee-Park");
    imported.reps = {ann};
    imported.fields = Rep::UserIdField | Rep::NameField;
    const WorkspaceData before = snap();
    ASSERT_TRUE(Editor::importReps(session, RepImport::plan(doc().reps(), imported)).ok());
    EXPECT_EQ(doc().rep(Sample::Ann)->name, QStringLiteral("Ann Lee-Park"));
    EXPECT_EQ(doc().repAssignments(), before.repAssignments);
    WorkspaceData after = snap();
    checkUndoRedo(before, after);
}

TEST(ImportWizardMenu, FileMenuOpensTheWizard)
{
    QTemporaryDir dir;
    Autosave::setDirectory(dir.filePath(QStringLiteral("autosave")));
    QSettings().clear();
    MainWindow window;
    window.setErrorReporter(std::make_unique<RecordingReporter>());
    ASSERT_TRUE(window.newWorkspace());
    auto *action = window.findChild<QAction *>(QStringLiteral("importAccountsAction"));
    ASSERT_TRUE(action);
    ASSERT_TRUE(window.findChild<QAction *>(QStringLiteral("importRepsAction")));
    QWizard *opened = nullptr;
    window.setImportWizardHook([&](QWizard *w) { opened = w; });
    action->trigger();
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->windowTitle(), QStringLiteral("Import Accounts"));
    delete opened;
    Autosave::setDirectory(QString());
}
