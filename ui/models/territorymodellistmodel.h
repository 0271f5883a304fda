// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"

#include <QAbstractListModel>

namespace Tessera {

// The territory models (scenarios) of a workspace, for the model switcher:
// "FY25 Plan — Active". Follows the document's list notifications.
class TerritoryModelListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;

    explicit TerritoryModelListModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Id modelIdAt(int row) const;
    int rowOf(Id modelId) const;

private:
    WorkspaceDocument *m_document;
};

} // namespace Tessera
