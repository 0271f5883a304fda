// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/territorytreemodel.h"

#include "ui/commands/editor.h"
#include "ui/document/documentsession.h"

#include <QColor>
#include <QMimeData>

namespace Tessera {

namespace {
const QString MimeType = QStringLiteral("application/x-tessera-territory-id");
}

TerritoryTreeModel::TerritoryTreeModel(DocumentSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    WorkspaceDocument *d = session->document();
    connect(d, &WorkspaceDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(d, &WorkspaceDocument::resetDone, this, [this] {
        if (!doc().model(m_modelId))
            m_modelId = NoId;
        rebuildRepCounts();
        endResetModel();
    });

    connect(d, &WorkspaceDocument::territoryAboutToBeAdded, this,
            [this](Id modelId, Id parentId, int row) {
                m_inserting = modelId == m_modelId && m_modelId != NoId;
                if (m_inserting)
                    beginInsertRows(indexOf(parentId), row, row);
            });
    connect(d, &WorkspaceDocument::territoryAdded, this, [this](Id) {
        if (m_inserting)
            endInsertRows();
        m_inserting = false;
    });

    connect(d, &WorkspaceDocument::territoryAboutToBeRemoved, this, [this](Id id) {
        m_removing = inModel(id);
        if (m_removing) {
            const int row = doc().rowOf(id);
            beginRemoveRows(this->parent(indexOf(id)), row, row);
        }
    });
    connect(d, &WorkspaceDocument::territoryRemoved, this, [this](Id, Id, int) {
        if (m_removing)
            endRemoveRows();
        m_removing = false;
    });

    connect(d, &WorkspaceDocument::territoryAboutToBeMoved, this,
            [this](Id id, Id newParentId, int newRow) {
                m_moving = inModel(id);
                if (!m_moving)
                    return;
                const int row = doc().rowOf(id);
                const QModelIndex from = this->parent(indexOf(id));
                // The document never announces a move onto itself or below itself.
                m_moving = beginMoveRows(from, row, row, indexOf(newParentId), newRow);
                Q_ASSERT(m_moving);
            });
    connect(d, &WorkspaceDocument::territoryMoved, this, [this](Id) {
        if (m_moving)
            endMoveRows();
        m_moving = false;
    });

    connect(d, &WorkspaceDocument::territoryChanged, this, [this](Id id, unsigned) {
        if (inModel(id))
            emit dataChanged(indexOf(id, 0), indexOf(id, ColumnCount - 1));
    });

    connect(d, &WorkspaceDocument::listItemChanged, this, [this](ListKind kind, Id, unsigned) {
        if (kind == ListKind::Types)
            refreshColumn(TypeColumn);
        else if (kind == ListKind::Reps)
            refreshColumn(ForecastManagerColumn);
    });
    connect(d, &WorkspaceDocument::listRemoved, this, [this](ListKind kind, int) {
        if (kind == ListKind::Models && m_modelId != NoId && !doc().model(m_modelId))
            setModelId(NoId);
    });
    connect(d, &WorkspaceDocument::linksChanged, this, [this](LinkKind kind) {
        if (kind != LinkKind::RepAssignments)
            return;
        rebuildRepCounts();
        refreshColumn(RepsColumn);
    });
    rebuildRepCounts();
}

const WorkspaceDocument &TerritoryTreeModel::doc() const
{
    return *m_session->document();
}

bool TerritoryTreeModel::inModel(Id territoryId) const
{
    const Territory *t = doc().territory(territoryId);
    return t && m_modelId != NoId && t->modelId == m_modelId;
}

void TerritoryTreeModel::setModelId(Id modelId)
{
    if (modelId == m_modelId)
        return;
    beginResetModel();
    m_modelId = doc().model(modelId) ? modelId : NoId;
    endResetModel();
}

void TerritoryTreeModel::rebuildRepCounts()
{
    m_repCounts.clear();
    for (const RepAssignment &a : doc().repAssignments())
        ++m_repCounts[a.territoryId];
}

void TerritoryTreeModel::refreshColumn(int column, const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, column, parent), index(rows - 1, column, parent));
    for (int row = 0; row < rows; ++row)
        refreshColumn(column, index(row, 0, parent));
}

QModelIndex TerritoryTreeModel::indexOf(Id territoryId, int column) const
{
    if (territoryId == NoId || !inModel(territoryId))
        return {};
    return createIndex(doc().rowOf(territoryId), column, static_cast<quintptr>(territoryId));
}

Id TerritoryTreeModel::territoryId(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Id>(index.internalId()) : NoId;
}

QModelIndex TerritoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const auto &kids = doc().children(m_modelId, territoryId(parent));
    return createIndex(row, column, static_cast<quintptr>(kids[static_cast<std::size_t>(row)]));
}

QModelIndex TerritoryTreeModel::parent(const QModelIndex &child) const
{
    const Territory *t = doc().territory(territoryId(child));
    if (!t || t->parentId == NoId)
        return {};
    return indexOf(t->parentId);
}

int TerritoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_modelId == NoId || parent.column() > 0)
        return 0;
    return static_cast<int>(doc().children(m_modelId, territoryId(parent)).size());
}

int TerritoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TerritoryTreeModel::data(const QModelIndex &index, int role) const
{
    const Territory *t = doc().territory(territoryId(index));
    if (!t)
        return {};
    if (role == IdRole)
        return QVariant::fromValue(t->id);
    if (role == Qt::ToolTipRole)
        return t->description.isEmpty() ? QVariant() : QVariant(t->description);
    if (role == Qt::DecorationRole && index.column() == NameColumn) {
        // No colour of its own: the nearest ancestor's, else a neutral grey, so
        // every name starts at the same place.
        for (const Territory *a = t; a; a = doc().territory(a->parentId)) {
            if (a->colour != 0)
                return QColor::fromRgb(static_cast<QRgb>(a->colour));
        }
        return QColor(0xb0, 0xb0, 0xb0);
    }
    if (role == Qt::TextAlignmentRole && index.column() == RepsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return t->name;
    case ApiNameColumn:
        return t->apiName;
    case TypeColumn: {
        const TerritoryType *type = doc().type(t->typeId);
        return type ? type->name : QString();
    }
    case ForecastManagerColumn: {
        const Rep *rep = doc().rep(t->forecastManagerId);
        return rep ? rep->name : QString();
    }
    case RepsColumn: {
        auto it = m_repCounts.find(t->id);
        return it == m_repCounts.end() ? 0 : it->second;
    }
    }
    return {};
}

bool TerritoryTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !index.isValid())
        return false;
    return Editor::renameTerritory(*m_session, territoryId(index), value.toString().trimmed()).ok();
}

QVariant TerritoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == RepsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ApiNameColumn:
        return tr("API Name");
    case TypeColumn:
        return tr("Type");
    case ForecastManagerColumn:
        return tr("Forecast Manager");
    case RepsColumn:
        return tr("Reps");
    }
    return {};
}

Qt::ItemFlags TerritoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_modelId != NoId ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f =
        Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

Qt::DropActions TerritoryTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TerritoryTreeModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *TerritoryTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (index.isValid()) {
            auto *mime = new QMimeData;
            mime->setData(MimeType, QByteArray::number(static_cast<qint64>(territoryId(index))));
            return mime;
        }
    }
    return nullptr;
}

Id TerritoryTreeModel::droppedId(const QMimeData *data) const
{
    if (!data || !data->hasFormat(MimeType))
        return NoId;
    bool ok = false;
    const Id id = data->data(MimeType).toLongLong(&ok);
    return ok && inModel(id) ? id : NoId;
}

bool TerritoryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    const Id id = droppedId(data);
    const Id target = territoryId(parent);
    return action == Qt::MoveAction && id != NoId && id != target && !doc().isAncestor(id, target);
}

bool TerritoryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // The move itself updates the rows through the document's notifications;
    // returning false keeps the view from removing the dragged rows as well.
    (void)Editor::moveTerritory(*m_session, droppedId(data), territoryId(parent), row);
    return false;
}

} // namespace Tessera
