// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mappanel.h"

#include "ui/flowlayout.h"
#include "ui/map/mapview.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tessera {

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new MapView)
    , m_toolArea(new QWidget)
    , m_tools(new QActionGroup(this))
    , m_unitLevel(new QComboBox)
    , m_projection(new QComboBox)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("mapPanel"));
    // Not a QToolBar: one hides what does not fit behind a menu that cannot
    // hold the boxes. The controls wrap onto a second row instead.
    m_toolArea->setObjectName(QStringLiteral("mapToolArea"));
    auto *flow = new FlowLayout(m_toolArea);
    flow->setContentsMargins(4, 3, 4, 3);
    constexpr int GroupGap = 12;

    auto button = [this, flow](QAction *a) {
        auto *b = new QToolButton;
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        flow->addWidget(b);
        m_toolActions.push_back(a);
    };
    auto tool = [this, &button](const QString &text, const char *name, const QString &tip,
                                MapView::Tool which) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setToolTip(tip);
        m_tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, which] { m_view->setTool(which); });
        button(a);
        return a;
    };
    m_selectTool =
        tool(tr("Select"), "mapSelectTool",
             tr("Drag to pan; click an account to select its territory"), MapView::Tool::Select);
    m_selectAccountsTool = tool(tr("Select Accounts"), "mapSelectAccountsTool",
                                tr("Draw around accounts to list them in the Accounts tab"),
                                MapView::Tool::SelectAccounts);
    m_assignUnitsTool = tool(tr("Assign Units"), "mapAssignUnitsTool",
                             tr("Click a state or county to give it to the selected territory "
                                "(again to take it back), or draw around several"),
                             MapView::Tool::AssignUnits);
    m_drawShapeTool = tool(tr("Draw Shape"), "mapDrawShapeTool",
                           tr("Click the corners of a shape for the selected territory; double "
                              "click or Enter closes it, Backspace takes a corner back"),
                           MapView::Tool::DrawShape);
    m_editShapesTool = tool(tr("Edit Shapes"), "mapEditShapesTool",
                            tr("Drag a corner of a drawn shape to move it; Delete or a right "
                               "click removes the corner"),
                            MapView::Tool::EditShapes);
    m_selectTool->setChecked(true);
    flow->addGap(GroupGap);

    // The boxes say what they choose in their items and tooltips, which keeps the bar short.
    m_unitLevel->setObjectName(QStringLiteral("mapUnitLevel"));
    m_unitLevel->addItem(tr("Units by zoom"), int(MapView::UnitLevel::Automatic));
    m_unitLevel->addItem(tr("States"), int(MapView::UnitLevel::States));
    m_unitLevel->addItem(tr("Counties"), int(MapView::UnitLevel::Counties));
    m_unitLevel->setToolTip(tr("Which units hovering and clicking pick: states, counties, or "
                               "counties once they are outlined"));
    flow->addWidget(m_unitLevel);
    connect(m_unitLevel, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setUnitLevel(static_cast<MapView::UnitLevel>(m_unitLevel->currentData().toInt()));
    });

    m_projection->setObjectName(QStringLiteral("mapProjection"));
    m_projection->setToolTip(tr("The map: the United States with Alaska and Hawaii in insets, "
                                "or the world"));
    m_projection->addItem(tr("United States"), int(MapProjection::Kind::UnitedStates));
    m_projection->addItem(tr("World"), int(MapProjection::Kind::World));
    flow->addWidget(m_projection);
    connect(m_projection, &QComboBox::activated, this, [this] {
        m_view->setProjectionKind(
            static_cast<MapProjection::Kind>(m_projection->currentData().toInt()));
    });
    flow->addGap(GroupGap);

    auto *zoomIn = new QAction(QStringLiteral("+"), this);
    zoomIn->setObjectName(QStringLiteral("mapZoomIn"));
    zoomIn->setToolTip(tr("Zoom in (+)"));
    connect(zoomIn, &QAction::triggered, this, [this] {
        m_view->zoomBy(1.5, QPointF(m_view->width() / 2.0, m_view->height() / 2.0));
    });
    button(zoomIn);
    auto *zoomOut = new QAction(QStringLiteral("\u2212"), this);
    zoomOut->setObjectName(QStringLiteral("mapZoomOut"));
    zoomOut->setToolTip(tr("Zoom out (-)"));
    connect(zoomOut, &QAction::triggered, this, [this] {
        m_view->zoomBy(1 / 1.5, QPointF(m_view->width() / 2.0, m_view->height() / 2.0));
    });
    button(zoomOut);
    auto *fit = new QAction(tr("Fit"), this);
    fit->setObjectName(QStringLiteral("mapFit"));
    fit->setToolTip(tr("Show the whole map (0)"));
    connect(fit, &QAction::triggered, m_view, &MapView::fitToMap);
    button(fit);

    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->setTextFormat(Qt::PlainText);
    // In a narrow window the hint and the hover totals wrap instead of
    // being cut off at the right edge.
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolArea);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_view, &MapView::hoverChanged, this, [this](const QString &html) {
        if (html.isEmpty()) {
            updateStatus();
            return;
        }
        QTextDocument doc;
        doc.setHtml(QString(html).replace(QStringLiteral("<br>"), QStringLiteral(" · ")));
        m_status->setText(doc.toPlainText());
    });
    connect(m_view, &MapView::accountsSelected, this, &MapPanel::updateStatus);
    connect(m_view, &MapView::message, m_status, &QLabel::setText);
    connect(m_view, &MapView::viewportChanged, this, [this] {
        m_projection->setCurrentIndex(m_projection->findData(int(m_view->projectionKind())));
    });
}

void MapPanel::setSession(DocumentSession *session, AssignmentService *service)
{
    m_view->setSession(session, service);
    updateStatus();
}

void MapPanel::setTerritory(Id territoryId)
{
    m_view->setTerritory(territoryId);
}

void MapPanel::updateStatus()
{
    const std::size_t selected = m_view->selectedAccounts().size();
    if (selected > 0)
        m_status->setText(
            tr("%L1 accounts selected on the map; the Accounts tab lists them.").arg(selected));
    else
        m_status->setText(tr("Wheel or +/- to zoom, drag or arrow keys to pan, 0 to fit. Hover a "
                             "state or county for its totals."));
}

} // namespace Tessera
