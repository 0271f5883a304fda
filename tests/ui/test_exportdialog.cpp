// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export…: checks listed as the choices change, errors block, the
// export runs on a worker and writes its folder.
#include "tests/ui/uitestsupport.h"
#include "ui/export/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Tessera;
using namespace Tessera::Test;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

void chooseFormat(ExportDialog &dialog, Export::Format format)
{
    auto *combo = child<QComboBox>(dialog, "formatCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(format)));
}

} // namespace

TEST(ExportDialog, DataLoaderExportWithWarningsWritesItsFolder)
{
    ExportDialog dialog(sampleData(), Sample::Plan);
    chooseFormat(dialog, Export::Format::DataLoader);
    auto *models = child<QComboBox>(dialog, "exportModelCombo");
    // One model for Data Loader, the one shown in the window.
    EXPECT_EQ(models->count(), 2);
    EXPECT_EQ(models->currentData().value<Id>(), Sample::Plan);
    EXPECT_FALSE(child<QCheckBox>(dialog, "allAsManualCheck")->isHidden());

    // The sample's user ids (005A) and account ids (001A) are not Salesforce
    // ids, and "Manager" is not a default role: warnings, listed, no errors.
    auto *list = child<QListWidget>(dialog, "issueList");
    EXPECT_FALSE(hasErrors(dialog.issues()));
    ASSERT_GT(dialog.issues().size(), 0u);
    ASSERT_EQ(list->count(), static_cast<int>(dialog.issues().size()));
    EXPECT_EQ(list->item(0)->text(), dialog.issues().front().message);
    EXPECT_TRUE(child<QLabel>(dialog, "checkSummary")->text().contains(QStringLiteral("README")));

    auto *exportButton = child<QPushButton>(dialog, "exportButton");
    EXPECT_FALSE(exportButton->isEnabled()); // no folder yet
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("load"));
    dialog.setFolderChooser([&](const QString &) { return out; });
    child<QPushButton>(dialog, "browseButton")->click();
    EXPECT_EQ(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "folderEdit")->text()), out);
    ASSERT_TRUE(exportButton->isEnabled());

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    exportButton->click();
    dialog.waitForExport();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/README.txt")));
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/01_Territory2Type.csv")));
    EXPECT_TRUE(child<QLabel>(dialog, "checkSummary")->text().contains(QStringLiteral("Wrote")));
    EXPECT_FALSE(dialog.isRunning());
}

TEST(ExportDialog, ErrorsBlockTheExportAndNothingIsWritten)
{
    WorkspaceData d = sampleData();
    d.rules.front().items.assign(11, {QStringLiteral("Account.BillingState"),
                                      QStringLiteral("equals"), QStringLiteral("CA")});
    ExportDialog dialog(std::move(d), Sample::Plan);
    chooseFormat(dialog, Export::Format::SalesforceMetadata);
    auto *models = child<QComboBox>(dialog, "exportModelCombo");
    EXPECT_EQ(models->count(), 3); // all models, then each
    EXPECT_TRUE(child<QCheckBox>(dialog, "allAsManualCheck")->isHidden());
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("deploy"));
    child<QLineEdit>(dialog, "folderEdit")->setText(out);

    ASSERT_TRUE(hasErrors(dialog.issues()));
    EXPECT_TRUE(child<QLabel>(dialog, "checkSummary")
                    ->text()
                    .contains(QStringLiteral("block this export")));
    EXPECT_FALSE(child<QPushButton>(dialog, "exportButton")->isEnabled());
    EXPECT_FALSE(dialog.startExport());
    EXPECT_FALSE(QFileInfo::exists(out));

    // The draft model has no rules: choosing it alone clears the error.
    models->setCurrentIndex(models->findData(QVariant::fromValue<Id>(Sample::Draft)));
    EXPECT_FALSE(hasErrors(dialog.issues()));
    EXPECT_TRUE(child<QPushButton>(dialog, "exportButton")->isEnabled());
    auto *list = child<QListWidget>(dialog, "issueList");
    if (dialog.issues().empty()) {
        ASSERT_EQ(list->count(), 1);
        EXPECT_EQ(list->item(0)->text(), QStringLiteral("No problems found."));
    }
}
