// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded German translation: strings reach the code under the contexts
// it asks for them, and the dialogs, wider in German, still show every label
// whole. With TESSERA_SCREENSHOTS set, the German pages are saved there.
#include "core/gen/workspacegenerator.h"
#include "core/model/apiname.h"
#include "core/model/workspacedocument.h"
#include "tests/ui/optimizetestsupport.h"
#include "tests/ui/uitestsupport.h"
#include "ui/charts/balancesettingsdialog.h"
#include "ui/document/documentsession.h"
#include "ui/optimize/optimizedialog.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;

namespace {

// The German translation, installed for the life of the object.
class German
{
public:
    German()
        : m_loaded(m_translator.load(QStringLiteral(":/i18n/tessera_de.qm")))
    {
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~German() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded;
};

// Visible labels and buttons narrower than their text needs. Word-wrapped
// labels are left out: they take the height they need instead.
QStringList cutOff(const QWidget &root)
{
    QStringList cut;
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&root) && !label->wordWrap() && !label->text().isEmpty() &&
            label->width() < label->sizeHint().width())
            cut << label->text();
    }
    for (const QAbstractButton *button : root.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&root) && !button->text().isEmpty() &&
            button->width() < button->sizeHint().width())
            cut << button->text();
    }
    return cut;
}

} // namespace

TEST(GermanTranslation, CoreMessagesComeUnderTheContextsTheCodeAsks)
{
    German german;
    ASSERT_TRUE(german.loaded());

    // A free function in a core file, whose local tr() lupdate used to file
    // under another context than the one it asks for.
    WorkspaceData data;
    TerritoryModel model;
    model.id = 1;
    model.apiName = QStringLiteral("Sales");
    data.models.push_back(model);
    data.nextId = 2;
    const Status invalid = WorkspaceDocument::validate(data);
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().message.toStdString(), "Name fehlt: Gebietsmodell");

    const Status empty = ApiName::check(u"");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().message.toStdString(), "Der API-Name ist leer.");
}

TEST(GermanTranslation, OptimizeDialogShowsEveryLabelWhole)
{
    German german;
    ASSERT_TRUE(german.loaded());
    DemoSession demo;
    ASSERT_NE(demo.parent, NoId);

    OptimizeDialog dialog(&demo.session, demo.model,
                          demo.doc().children(demo.model, demo.parent).front());
    dialog.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Ausgewogenheit optimieren"));
    EXPECT_EQ(cutOff(dialog), QStringList());
    saveScreenshot(dialog, "optimize-setup-de");

    ASSERT_TRUE(runBriefly(dialog));
    QCoreApplication::processEvents();
    EXPECT_EQ(cutOff(dialog), QStringList());
    saveScreenshot(dialog, "optimize-result-de");

    // A design, and the question before adopting it.
    dialog.findChild<QPushButton *>(QStringLiteral("backButton"))->click();
    dialog.findChild<QRadioButton *>(QStringLiteral("designRadio"))->setChecked(true);
    dialog.findChild<QSpinBox *>(QStringLiteral("designCountSpin"))->setValue(4);
    QCoreApplication::processEvents();
    EXPECT_EQ(cutOff(dialog), QStringList());
    saveScreenshot(dialog, "optimize-design-setup-de");
    ASSERT_TRUE(dialog.run()) << dialog.blocker().toStdString();
    dialog.waitForRun();
    ASSERT_NE(dialog.outcome(), nullptr) << dialog.lastError().toStdString();
    QCoreApplication::processEvents();
    EXPECT_EQ(cutOff(dialog), QStringList());
    saveScreenshot(dialog, "optimize-design-result-de");
    QString question;
    dialog.setConfirmHook([&](QMessageBox &box) {
        box.show();
        QCoreApplication::processEvents();
        question = box.text();
        EXPECT_EQ(cutOff(box), QStringList());
        saveScreenshot(box, "optimize-design-confirm-de");
        box.hide();
        return false;
    });
    EXPECT_FALSE(dialog.adopt().ok());
    EXPECT_TRUE(question.startsWith(QStringLiteral("Die Gebiete unter „")))
        << question.toStdString();
    dialog.discard();
}

TEST(GermanTranslation, BalanceSettingsShowEveryLabelWhole)
{
    German german;
    ASSERT_TRUE(german.loaded());
    Result<WorkspaceData> demo = demoWorkspace();
    ASSERT_TRUE(demo.ok());
    BalanceSettingsDialog dialog(demo->accounts, demo->models.front().balance);
    dialog.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Einstellungen zur Ausgewogenheit"));
    EXPECT_EQ(cutOff(dialog), QStringList());
    saveScreenshot(dialog, "balance-settings-de");
}
