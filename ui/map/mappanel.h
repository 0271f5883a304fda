// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QToolBar;

namespace Tessera {

class AssignmentService;
class DocumentSession;
class MapView;

// The Map tab: the map view under a tool bar with its tools, the unit level
// that clicks and hovering pick, the choice of map (United States or world),
// and zoom buttons; a line below says what the cursor is over.
class MapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapPanel(QWidget *parent = nullptr);

    void setSession(DocumentSession *session, AssignmentService *service);
    void setTerritory(Id territoryId);
    MapView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }

private:
    void updateStatus();

    MapView *m_view;
    QToolBar *m_toolBar;
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
