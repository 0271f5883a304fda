// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QWidget>

#include <vector>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;

namespace Tessera {

class AssignmentService;
class DocumentSession;
class MapView;

// The Map tab: the map view under a bar with its tools, the unit level that
// clicks and hovering pick, the choice of map (United States or world), and
// zoom buttons; the bar wraps onto more rows when the tab is narrow. A line
// below the map says what the cursor is over.
class MapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapPanel(QWidget *parent = nullptr);

    void setSession(DocumentSession *session, AssignmentService *service);
    void setTerritory(Id territoryId);
    MapView *view() const { return m_view; }
    // The row (or rows, in a narrow window) of tools, boxes and zoom buttons.
    QWidget *toolArea() const { return m_toolArea; }
    // The tools' and zoom buttons' actions, in the order they are shown.
    const std::vector<QAction *> &toolActions() const { return m_toolActions; }

private:
    void updateStatus();

    MapView *m_view;
    QWidget *m_toolArea;
    std::vector<QAction *> m_toolActions;
    QActionGroup *m_tools;
    QAction *m_selectTool;
    QAction *m_selectAccountsTool;
    QAction *m_assignUnitsTool;
    QAction *m_drawShapeTool;
    QAction *m_editShapesTool;
    QComboBox *m_unitLevel;
    QComboBox *m_projection;
    QLabel *m_status;
};

} // namespace Tessera
