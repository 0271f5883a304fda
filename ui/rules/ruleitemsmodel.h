// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/assignmentrule.h"

#include <QAbstractTableModel>

#include <vector>

namespace Tessera {

// The items of the rule being edited, as a table of field, operation and
// value; the vertical header numbers them as the filter does. It edits a working copy: nothing
// reaches the document until the editor applies the whole rule as one undoable command.
class RuleItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, OperationColumn, ValueColumn, ColumnCount };

    explicit RuleItemsModel(QObject *parent = nullptr);

    const std::vector<RuleItem> &items() const { return m_items; }
    void setItems(std::vector<RuleItem> items);

    // Each returns the row that holds the item afterwards, or -1.
    int insertItem(int row, RuleItem item);
    bool removeItem(int row);
    int moveItem(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // Any change to the working copy, by the table or by the calls above.
    void itemsEdited();

private:
    std::vector<RuleItem> m_items;
};

} // namespace Tessera
