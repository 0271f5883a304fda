// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/ruleitemdelegate.h"

#include "core/model/accountstore.h"
#include "core/rules/operation.h"
#include "ui/rules/ruleitemsmodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace Tessera {

namespace {
constexpr Operation AllOperations[] = {
    Operation::Equals,      Operation::NotEqual,       Operation::LessThan, Operation::GreaterThan,
    Operation::LessOrEqual, Operation::GreaterOrEqual, Operation::Contains, Operation::NotContain,
    Operation::StartsWith,  Operation::Includes,       Operation::Excludes, Operation::Within,
};
} // namespace

RuleItemDelegate::RuleItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void RuleItemDelegate::setSchema(const AccountStore &accounts)
{
    m_fields.clear();
    m_fieldTips.clear();
    for (const FieldDef &f : accounts.fields()) {
        m_fields << QStringLiteral("Account.") + f.name;
        m_fieldTips << QStringLiteral("%1 (%2)").arg(f.label, fieldTypeName(f.type));
    }
    // "within" reads the location, which ETM names by the address.
    m_fields << QStringLiteral("Account.BillingAddress");
    m_fieldTips << tr("Billing address, for \"within\"");
}

QWidget *RuleItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case RuleItemsModel::FieldColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("fieldPicker"));
        combo->setEditable(true); // a field the schema does not know yet stays writable
        combo->setInsertPolicy(QComboBox::NoInsert);
        for (int i = 0; i < m_fields.size(); ++i) {
            combo->addItem(m_fields.at(i));
            combo->setItemData(i, m_fieldTips.at(i), Qt::ToolTipRole);
        }
        connect(combo, &QComboBox::activated, this, [this, combo] { commitNow(combo); });
        return combo;
    }
    case RuleItemsModel::OperationColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("operationPicker"));
        for (Operation op : AllOperations)
            combo->addItem(operationLabel(op), operationToken(op));
        connect(combo, &QComboBox::activated, this, [this, combo] { commitNow(combo); });
        return combo;
    }
    case RuleItemsModel::ValueColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("valueEditor"));
        edit->setPlaceholderText(tr("blank"));
        // The match count follows the value as it is typed, not only on Enter.
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { commitNow(edit); });
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RuleItemDelegate::commitNow(QWidget *editor) const
{
    emit const_cast<RuleItemDelegate *>(this)->commitData(editor);
}

void RuleItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = index.column() == RuleItemsModel::OperationColumn
                           ? combo->findData(value)
                           : combo->findText(value, Qt::MatchFixedString);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (combo->isEditable())
            combo->setEditText(value);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RuleItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant data = index.column() == RuleItemsModel::OperationColumn
                                  ? combo->currentData()
                                  : QVariant(combo->currentText());
        model->setData(index, data, Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Tessera
