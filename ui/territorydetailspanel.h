// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Tessera {

class DocumentSession;

// The selected territory's fields beside the tree. Name and description are
// edited here (through the undo facade); the other fields are shown as text
// and follow the document's notifications.
class TerritoryDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TerritoryDetailsPanel(QWidget *parent = nullptr);

    void setSession(DocumentSession *session);
    void setTerritory(Id territoryId);
    Id territoryId() const { return m_territoryId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void commitName();
    void commitDescription();
    void refreshGeography();
    void unassignSelected();

    DocumentSession *m_session = nullptr;
    Id m_territoryId = NoId;
    bool m_committing = false;

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLineEdit *m_name;
    QLabel *m_apiName;
    QLabel *m_type;
    QLabel *m_parent;
    QPlainTextEdit *m_description;
    QLabel *m_accountAccess;
    QLabel *m_opportunityAccess;
    QLabel *m_caseAccess;
    QLabel *m_contactAccess;
    QLabel *m_forecastManager;
    QLabel *m_children;
    QLabel *m_reps;
    QLabel *m_geographySummary;
    QTreeWidget *m_geography; // units (kind, id, name) and drawn shapes
    QPushButton *m_unassign;
};

} // namespace Tessera
