// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/territorymodellistmodel.h"

namespace Tessera {

TerritoryModelListModel::TerritoryModelListModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &WorkspaceDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &WorkspaceDocument::resetDone, this, [this] { endResetModel(); });
    connect(document, &WorkspaceDocument::listAboutToInsert, this, [this](ListKind kind, int row) {
        if (kind == ListKind::Models)
            beginInsertRows({}, row, row);
    });
    connect(document, &WorkspaceDocument::listInserted, this, [this](ListKind kind, int) {
        if (kind == ListKind::Models)
            endInsertRows();
    });
    connect(document, &WorkspaceDocument::listAboutToRemove, this, [this](ListKind kind, int row) {
        if (kind == ListKind::Models)
            beginRemoveRows({}, row, row);
    });
    connect(document, &WorkspaceDocument::listRemoved, this, [this](ListKind kind, int) {
        if (kind == ListKind::Models)
            endRemoveRows();
    });
    connect(document, &WorkspaceDocument::listItemChanged, this,
            [this](ListKind kind, Id id, unsigned) {
                if (kind != ListKind::Models)
                    return;
                const QModelIndex changed = index(rowOf(id));
                emit dataChanged(changed, changed);
            });
}

int TerritoryModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document->models().size());
}

QVariant TerritoryModelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TerritoryModel &m = m_document->models()[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        //: A territory model in the model switcher: name and state (Planning, Active, Archived)
        return tr("%1 — %2").arg(m.name, modelStateName(m.state));
    case Qt::EditRole:
        return m.name;
    case Qt::ToolTipRole:
        return m.description.isEmpty() ? QVariant() : QVariant(m.description);
    case IdRole:
        return QVariant::fromValue(m.id);
    case StateRole:
        return static_cast<int>(m.state);
    }
    return {};
}

Id TerritoryModelListModel::modelIdAt(int row) const
{
    const auto &models = m_document->models();
    return row >= 0 && row < static_cast<int>(models.size())
               ? models[static_cast<std::size_t>(row)].id
               : NoId;
}

int TerritoryModelListModel::rowOf(Id modelId) const
{
    return m_document->indexOf(ListKind::Models, modelId);
}

} // namespace Tessera
