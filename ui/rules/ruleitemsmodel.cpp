// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/ruleitemsmodel.h"

#include "core/rules/operation.h"

namespace Tessera {

RuleItemsModel::RuleItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RuleItemsModel::setItems(std::vector<RuleItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int RuleItemsModel::insertItem(int row, RuleItem item)
{
    const int size = static_cast<int>(m_items.size());
    if (row < 0 || row > size)
        row = size;
    beginInsertRows({}, row, row);
    m_items.insert(m_items.begin() + row, std::move(item));
    endInsertRows();
    // Every later item's number changed.
    emit headerDataChanged(Qt::Vertical, row, rowCount() - 1);
    emit itemsEdited();
    return row;
}

bool RuleItemsModel::removeItem(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    m_items.erase(m_items.begin() + row);
    endRemoveRows();
    if (row < rowCount())
        emit headerDataChanged(Qt::Vertical, row, rowCount() - 1);
    emit itemsEdited();
    return true;
}

int RuleItemsModel::moveItem(int from, int to)
{
    const int size = rowCount();
    if (from < 0 || from >= size || to < 0 || to >= size || from == to)
        return -1;
    // beginMoveRows counts the destination before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return -1;
    RuleItem item = std::move(m_items[static_cast<std::size_t>(from)]);
    m_items.erase(m_items.begin() + from);
    m_items.insert(m_items.begin() + to, std::move(item));
    endMoveRows();
    emit itemsEdited();
    return to;
}

int RuleItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int RuleItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleItem &item = m_items[static_cast<std::size_t>(index.row())];
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return item.field;
    case OperationColumn:
        if (role == Qt::EditRole)
            return item.operation;
        if (const auto op = operationFromToken(item.operation))
            return operationLabel(*op);
        return item.operation;
    case ValueColumn:
        if (role == Qt::DisplayRole && item.value.isEmpty())
            return tr("(blank)");
        return item.value;
    default:
        return {};
    }
}

QVariant RuleItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1; // the item's number in the filter
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case OperationColumn:
        return tr("Operation");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

Qt::ItemFlags RuleItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RuleItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    RuleItem &item = m_items[static_cast<std::size_t>(index.row())];
    const QString text = value.toString();
    QString *target = index.column() == FieldColumn       ? &item.field
                      : index.column() == OperationColumn ? &item.operation
                                                          : &item.value;
    const QString cleaned = index.column() == ValueColumn ? text : text.trimmed();
    if (*target == cleaned)
        return true;
    *target = cleaned;
    emit dataChanged(index, index);
    emit itemsEdited();
    return true;
}

} // namespace Tessera
