// SPDX-License-Identifier: GPL-3.0-or-later
// The Map tab's bar in windows of every reasonable width, in English and in
// German: every tool, box and zoom button stays on screen, whole, above the
// map, and the window's status bar keeps its counts whole. With
// TESSERA_SCREENSHOTS set, the windows are saved there.
#include "core/store/autosave.h"
#include "tests/ui/uitestsupport.h"
#include "ui/elidedlabel.h"
#include "ui/flowlayout.h"
#include "ui/mainwindow.h"
#include "ui/map/mappanel.h"
#include "ui/map/mapview.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Where the control is not fully shown in the bar above the map, or empty.
QString problemOf(const MapPanel &panel, const QWidget *control)
{
    if (!control)
        return QStringLiteral("missing");
    if (!control->isVisible())
        return QStringLiteral("hidden");
    if (control->width() < control->sizeHint().width())
        return QStringLiteral("narrower than its text");
    const QRect bar(0, 0, panel.width(), panel.view()->y());
    const QRect where(control->mapTo(&panel, QPoint(0, 0)), control->size());
    if (!bar.contains(where))
        return QStringLiteral("outside the bar");
    return {};
}

// Problems of every control of the bar, as "name: problem".
QStringList problems(const MapPanel &panel)
{
    QStringList found;
    const QList<QToolButton *> buttons = panel.toolArea()->findChildren<QToolButton *>();
    for (QAction *action : panel.toolActions()) {
        const QToolButton *button = nullptr;
        for (const QToolButton *b : buttons) {
            if (b->defaultAction() == action)
                button = b;
        }
        const QString problem = problemOf(panel, button);
        if (!problem.isEmpty())
            found << action->objectName() + QStringLiteral(": ") + problem;
    }
    for (const char *name : {"mapUnitLevel", "mapProjection"}) {
        const QString problem =
            problemOf(panel, panel.toolArea()->findChild<QComboBox *>(QLatin1String(name)));
        if (!problem.isEmpty())
            found << QLatin1String(name) + QStringLiteral(": ") + problem;
    }
    return found;
}

// Problems of the main window's status bar: every count whole and in the
// window; the location summary in the window, whole or cut with the whole
// text in its tooltip.
QStringList statusBarProblems(const MainWindow &window)
{
    QStringList found;
    const QRect inside = window.rect();
    for (const char *name : {"territoriesLabel", "accountsLabel", "repsLabel"}) {
        const auto *label = window.findChild<QLabel *>(QLatin1String(name));
        if (!label || !label->isVisible() || label->text().isEmpty()) {
            found << QLatin1String(name) + QStringLiteral(": missing");
            continue;
        }
        if (label->contentsRect().width() < label->fontMetrics().horizontalAdvance(label->text()))
            found << QLatin1String(name) + QStringLiteral(": cut");
        if (!inside.contains(QRect(label->mapTo(&window, QPoint(0, 0)), label->size())))
            found << QLatin1String(name) + QStringLiteral(": outside the window");
    }
    const auto *location = window.findChild<ElidedLabel *>(QStringLiteral("locationLabel"));
    if (!location || location->text().isEmpty()) {
        found << QStringLiteral("locationLabel: missing");
        return found;
    }
    if (!inside.contains(QRect(location->mapTo(&window, QPoint(0, 0)), location->size())))
        found << QStringLiteral("locationLabel: outside the window");
    if (location->shownText() != location->text() &&
        (!location->shownText().endsWith(QChar(0x2026)) ||
         !location->toolTip().contains(location->text())))
        found << QStringLiteral("locationLabel: cut without its whole text at hand");
    return found;
}

void checkWidths(const char *language)
{
    MainWindow window;
    window.setErrorReporter(std::make_unique<RecordingReporter>());
    ASSERT_TRUE(window.openDemo());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("territoryTabs"));
    auto *panel = window.findChild<MapPanel *>(QStringLiteral("mapPanel"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_NE(panel, nullptr);
    tabs->setCurrentWidget(panel);
    window.show();
    int oneRow = 0;
    for (int width : {1600, 900, 640, 480}) {
        window.resize(width, 760);
        QCoreApplication::processEvents();
        SCOPED_TRACE(std::string(language) + ", window " + std::to_string(width) + ", map tab " +
                     std::to_string(panel->width()));
        EXPECT_EQ(problems(*panel), QStringList());
        // The status line under the map shows its whole text, wrapped if
        // it must.
        const auto *status = panel->findChild<QLabel *>(QStringLiteral("mapStatus"));
        ASSERT_NE(status, nullptr);
        const QRect room = status->contentsRect();
        const QRect needed = status->fontMetrics().boundingRect(
            room, status->wordWrap() ? int(Qt::TextWordWrap) : 0, status->text());
        EXPECT_LE(needed.width(), room.width()) << status->text().toStdString();
        EXPECT_LE(needed.height(), room.height()) << status->text().toStdString();
        if (width == 1600)
            oneRow = panel->toolArea()->height();
        // The map keeps most of the tab whatever the bar needs.
        EXPECT_GT(panel->view()->height(), panel->height() / 2);
        EXPECT_EQ(statusBarProblems(window), QStringList());
        saveScreenshot(window, qPrintable(QStringLiteral("map-%1-%2").arg(language).arg(width)));
    }
    // Wide, the English bar is one row: it wraps only when it must.
    window.resize(1600, 760);
    QCoreApplication::processEvents();
    EXPECT_EQ(panel->toolArea()->height(), oneRow);
    if (std::string(language) == "en") {
        EXPECT_LT(panel->toolArea()->sizeHint().width(), panel->width());
    }
}

} // namespace

TEST(MapToolArea, EveryControlStaysWholeFromWideToNarrowWindows)
{
    QTemporaryDir dir;
    Autosave::setDirectory(dir.filePath(QStringLiteral("autosave")));
    QSettings().clear();
    checkWidths("en");
    {
        // German labels are longer: the bar wraps sooner.
        QTranslator german;
        ASSERT_TRUE(german.load(QStringLiteral(":/i18n/tessera_de.qm")));
        QCoreApplication::installTranslator(&german);
        checkWidths("de");
        QCoreApplication::removeTranslator(&german);
    }
    Autosave::setDirectory(QString());
}

TEST(FlowLayout, WrapsAtTheWidthAndDropsGapsAtRowStarts)
{
    QWidget host;
    auto *flow = new FlowLayout(&host);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->setItemSpacing(2);
    flow->setRowSpacing(4);
    std::vector<QWidget *> boxes;
    for (int i = 0; i < 4; ++i) {
        auto *w = new QWidget;
        w->setFixedSize(50, 20);
        boxes.push_back(w);
        flow->addWidget(w);
        if (i == 1)
            flow->addGap(10);
    }
    // One row: 50 + 2 + 50 + 10 + 2 + 50 + 2 + 50.
    EXPECT_EQ(flow->sizeHint(), QSize(216, 20));
    EXPECT_EQ(flow->heightForWidth(216), 20);
    EXPECT_EQ(flow->minimumSize(), QSize(50, 20));
    flow->setGeometry(QRect(0, 0, 216, 20));
    EXPECT_EQ(boxes[2]->geometry(), QRect(114, 0, 50, 20));
    // Two a row: the gap would start the second row and is dropped there.
    EXPECT_EQ(flow->heightForWidth(110), 44);
    flow->setGeometry(QRect(0, 0, 110, 44));
    EXPECT_EQ(boxes[1]->geometry(), QRect(52, 0, 50, 20));
    EXPECT_EQ(boxes[2]->geometry(), QRect(0, 24, 50, 20));
    EXPECT_EQ(boxes[3]->geometry(), QRect(52, 24, 50, 20));
    // Room for three, but the group after the gap (boxes 2 and 3) stays whole.
    EXPECT_EQ(flow->heightForWidth(170), 44);
    flow->setGeometry(QRect(0, 0, 170, 44));
    EXPECT_EQ(boxes[2]->geometry(), QRect(0, 24, 50, 20));
    // Narrower than any box: one a row, nothing lost.
    EXPECT_EQ(flow->heightForWidth(30), 4 * 20 + 3 * 4);
    // A hidden item takes no room.
    boxes[0]->hide();
    EXPECT_EQ(flow->sizeHint(), QSize(164, 20));
}

TEST(ElidedLabel, DropsWholeItemsThenWordsAndKeepsTheWholeTextAtHand)
{
    ElidedLabel label;
    label.setExplanation(QStringLiteral("Why."));
    label.setText(QStringLiteral("Located: 4,200 exact \u00b7 10 ZIP \u00b7 3 state"));
    const int height = label.sizeHint().height();
    label.resize(label.sizeHint());
    label.show(); // resizes of a hidden widget arrive when it shows
    EXPECT_EQ(label.shownText(), label.text());
    EXPECT_EQ(label.toolTip(), QStringLiteral("Why."));
    const QFontMetrics metrics = label.fontMetrics();
    const QString twoItems = QStringLiteral("Located: 4,200 exact \u00b7 10 ZIP \u2026");
    label.resize(metrics.horizontalAdvance(twoItems) + 1, height);
    EXPECT_EQ(label.shownText(), twoItems);
    EXPECT_TRUE(label.toolTip().contains(label.text()));
    EXPECT_TRUE(label.toolTip().contains(QStringLiteral("Why.")));
    const QString twoWords = QStringLiteral("Located: 4,200 \u2026");
    label.resize(metrics.horizontalAdvance(twoWords) + 1, height);
    EXPECT_EQ(label.shownText(), twoWords);
    // It asks for its whole text, and makes do with a few characters.
    EXPECT_EQ(label.sizeHint().width(), metrics.horizontalAdvance(label.text()));
    EXPECT_LT(label.minimumSizeHint().width(), metrics.horizontalAdvance(twoWords));
}
