// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"

#include <QAbstractItemModel>

#include <unordered_map>

namespace Tessera {

class DocumentSession;

// The hierarchy of one territory model as a tree. Rows follow the
// document's about/done notifications one to one (inserts, removals, moves,
// field changes, resets). The name is editable and rows can be dragged onto
// another territory; both go through the undo facade.
class TerritoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ApiNameColumn,
        TypeColumn,
        ForecastManagerColumn,
        RepsColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit TerritoryTreeModel(DocumentSession *session, QObject *parent = nullptr);

    Id modelId() const { return m_modelId; }
    void setModelId(Id modelId);

    QModelIndex indexOf(Id territoryId, int column = 0) const;
    Id territoryId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    const WorkspaceDocument &doc() const;
    bool inModel(Id territoryId) const;
    void refreshColumn(int column, const QModelIndex &parent = {});
    void rebuildRepCounts();
    Id droppedId(const QMimeData *data) const;

    DocumentSession *m_session;
    Id m_modelId = NoId;
    // Whether the pending "about to" notification was for this model.
    bool m_inserting = false;
    bool m_removing = false;
    bool m_moving = false;
    std::unordered_map<Id, int> m_repCounts;
};

} // namespace Tessera
