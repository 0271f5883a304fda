// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    // Before QApplication exists: UI tests never need a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (recent files) go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QApplication::setApplicationName(QStringLiteral("tessera_ui_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
