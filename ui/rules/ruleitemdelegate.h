// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Tessera {

class AccountStore;

// Editors for the cells of a RuleItemsModel: a field picker over the account
// schema ("Account.BillingState"), an operation picker with readable labels
// that writes ETM's tokens, and a line edit for the value.
class RuleItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RuleItemDelegate(QObject *parent = nullptr);

    // The fields offered, from the workspace's account schema.
    void setSchema(const AccountStore &accounts);
    const QStringList &fieldNames() const { return m_fields; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    void commitNow(QWidget *editor) const;
    QStringList m_fields;
    QStringList m_fieldTips;
};

} // namespace Tessera
