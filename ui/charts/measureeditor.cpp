// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/measureeditor.h"

#include "core/balance/metricsmeasures.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <set>

namespace Tessera {

namespace {
enum Column { ValueColumn, FromColumn, ToColumn, FormulaColumn };

QString bound(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 15);
}

double parseBound(const QString &text)
{
    bool ok = false;
    const double v = QLocale().toDouble(text.trimmed(), &ok);
    if (ok)
        return v;
    const double c = text.trimmed().toDouble(&ok);
    return ok ? c : std::nan("");
}
} // namespace

MeasureEditor::MeasureEditor(const AccountStore &accounts, const QString &defaultField,
                             const QString &unit, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_defaultField(defaultField)
    , m_unit(unit)
{
    m_byField = new QRadioButton(tr("From a &field:"));
    m_byField->setObjectName(QStringLiteral("byFieldButton"));
    m_byFormula = new QRadioButton(tr("By &formula, per segment of accounts"));
    m_byFormula->setObjectName(QStringLiteral("byFormulaButton"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_byField);
    group->addButton(m_byFormula);

    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("measureFieldCombo"));
    const bool hasDefault = accounts.fieldIndex(defaultField) >= 0;
    m_field->addItem(hasDefault ? tr("%1 (default)").arg(defaultField)
                                : tr("%1 (default, not in the accounts)").arg(defaultField),
                     QString());
    m_segmentField = new QComboBox;
    m_segmentField->setObjectName(QStringLiteral("segmentFieldCombo"));
    m_segmentField->addItem(tr("(all accounts alike)"), QString());
    for (const FieldDef &f : accounts.fields()) {
        const QString text = QStringLiteral("%1 (%2)").arg(f.label, f.name);
        if (f.type == FieldType::Number && f.name.compare(defaultField, Qt::CaseInsensitive) != 0)
            m_field->addItem(text, f.name);
        if (f.type == FieldType::Number || f.type == FieldType::Picklist ||
            (f.type == FieldType::Text && f.storage == ColumnKind::Dictionary))
            m_segmentField->addItem(text, f.name);
    }

    m_segments = new QTableWidget(0, 4);
    m_segments->setObjectName(QStringLiteral("segmentTable"));
    m_segments->setHorizontalHeaderLabels(
        {tr("Segment value"), tr("From (≥)"), tr("To (<)"), tr("Formula")});
    m_segments->horizontalHeader()->setSectionResizeMode(FormulaColumn, QHeaderView::Stretch);
    m_segments->verticalHeader()->setVisible(false);
    m_segments->setMinimumHeight(140);
    m_add = new QPushButton(tr("Add Segment"));
    m_remove = new QPushButton(tr("Remove Segment"));
    m_fill = new QPushButton(tr("One per Value"));
    m_fill->setToolTip(tr("Add a segment for every value the field holds"));
    m_other = new QLineEdit;
    m_other->setObjectName(QStringLiteral("otherFormulaEdit"));
    m_other->setPlaceholderText(tr("e.g. 4 * 1.5 (visits a year × hours per visit); empty: 0"));
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("measureTotalLabel"));
    m_total->setWordWrap(true);

    m_formulaPart = new QWidget;
    auto *formulaLayout = new QFormLayout(m_formulaPart);
    formulaLayout->setContentsMargins(20, 0, 0, 0);
    formulaLayout->addRow(tr("Segment by:"), m_segmentField);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_fill);
    buttons->addStretch(1);
    auto *tableBox = new QVBoxLayout;
    tableBox->addWidget(m_segments);
    tableBox->addLayout(buttons);
    formulaLayout->addRow(tableBox);
    formulaLayout->addRow(tr("Other accounts:"), m_other);

    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_byField);
    fieldRow->addWidget(m_field, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fieldRow);
    layout->addWidget(m_byFormula);
    layout->addWidget(m_formulaPart);
    layout->addWidget(m_total);
    m_byField->setChecked(true);

    auto changedNow = [this] {
        m_field->setEnabled(m_byField->isChecked());
        m_formulaPart->setEnabled(m_byFormula->isChecked());
        emit changed();
    };
    connect(m_byField, &QRadioButton::toggled, this, changedNow);
    connect(m_field, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_segmentField, &QComboBox::currentIndexChanged, this, [this, changedNow] {
        updateColumns();
        changedNow();
    });
    connect(m_segments, &QTableWidget::itemChanged, this, changedNow);
    connect(m_other, &QLineEdit::textChanged, this, changedNow);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addSegmentRow(MeasureSegment{{}, std::nan(""), std::nan(""), QStringLiteral("1")});
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_segments->currentRow();
        if (row >= 0) {
            m_segments->removeRow(row);
            emit changed();
        }
    });
    connect(m_fill, &QPushButton::clicked, this, &MeasureEditor::fillFromValues);
    updateColumns();
    changedNow();
}

bool MeasureEditor::segmentIsNumber() const
{
    const int f = m_accounts.fieldIndex(m_segmentField->currentData().toString());
    return f >= 0 && m_accounts.field(f).type == FieldType::Number;
}

void MeasureEditor::updateColumns()
{
    const bool none = m_segmentField->currentData().toString().isEmpty();
    const bool number = segmentIsNumber();
    m_segments->setColumnHidden(ValueColumn, number);
    m_segments->setColumnHidden(FromColumn, !number);
    m_segments->setColumnHidden(ToColumn, !number);
    m_segments->setEnabled(!none);
    m_add->setEnabled(!none);
    m_remove->setEnabled(!none);
    m_fill->setEnabled(!none && !number);
}

void MeasureEditor::addSegmentRow(const MeasureSegment &s)
{
    const QSignalBlocker block(m_segments);
    const int row = m_segments->rowCount();
    m_segments->insertRow(row);
    m_segments->setItem(row, ValueColumn, new QTableWidgetItem(s.value));
    m_segments->setItem(row, FromColumn, new QTableWidgetItem(bound(s.lower)));
    m_segments->setItem(row, ToColumn, new QTableWidgetItem(bound(s.upper)));
    m_segments->setItem(row, FormulaColumn, new QTableWidgetItem(s.formula));
}

void MeasureEditor::fillFromValues()
{
    const int f = m_accounts.fieldIndex(m_segmentField->currentData().toString());
    if (f < 0)
        return;
    std::set<QString> have;
    for (int r = 0; r < m_segments->rowCount(); ++r)
        have.insert(m_segments->item(r, ValueColumn)->text().toCaseFolded());
    if (const auto *dict = std::get_if<DictionaryColumn>(&m_accounts.column(f))) {
        for (std::size_t c = 1; c < dict->values().size() && c <= BalanceSettings::MaxSegments;
             ++c) {
            const QString value = QString::fromStdString(dict->values()[c]);
            if (have.insert(value.toCaseFolded()).second)
                addSegmentRow(
                    MeasureSegment{value, std::nan(""), std::nan(""), QStringLiteral("1")});
        }
    }
    emit changed();
}

MeasureDefinition MeasureEditor::definition() const
{
    MeasureDefinition d;
    d.kind = m_byFormula->isChecked() ? MeasureDefinition::Kind::Formula
                                      : MeasureDefinition::Kind::Field;
    d.field = m_field->currentData().toString();
    d.segmentField = m_segmentField->currentData().toString();
    if (!d.segmentField.isEmpty()) {
        const bool number = segmentIsNumber();
        for (int r = 0; r < m_segments->rowCount(); ++r) {
            MeasureSegment s;
            if (number) {
                s.lower = parseBound(m_segments->item(r, FromColumn)->text());
                s.upper = parseBound(m_segments->item(r, ToColumn)->text());
            } else {
                s.value = m_segments->item(r, ValueColumn)->text().trimmed();
            }
            s.formula = m_segments->item(r, FormulaColumn)->text().trimmed();
            d.segments.push_back(s);
        }
    }
    d.otherFormula = m_other->text().trimmed();
    if (d.kind == MeasureDefinition::Kind::Field) {
        // Formulas typed and then abandoned are not kept.
        d.segmentField.clear();
        d.segments.clear();
        d.otherFormula.clear();
    } else {
        d.field.clear();
    }
    return d;
}

void MeasureEditor::setDefinition(const MeasureDefinition &d)
{
    const QSignalBlocker blockField(m_field), blockSegment(m_segmentField), blockOther(m_other);
    (d.kind == MeasureDefinition::Kind::Formula ? m_byFormula : m_byField)->setChecked(true);
    int fieldRow = m_field->findData(d.field, Qt::UserRole, Qt::MatchFixedString);
    if (fieldRow < 0 && !d.field.isEmpty()) {
        m_field->addItem(tr("%1 (not in the accounts)").arg(d.field), d.field);
        fieldRow = m_field->count() - 1;
    }
    m_field->setCurrentIndex(std::max(0, fieldRow));
    int segRow = m_segmentField->findData(d.segmentField, Qt::UserRole, Qt::MatchFixedString);
    if (segRow < 0 && !d.segmentField.isEmpty()) {
        m_segmentField->addItem(tr("%1 (not in the accounts)").arg(d.segmentField), d.segmentField);
        segRow = m_segmentField->count() - 1;
    }
    m_segmentField->setCurrentIndex(std::max(0, segRow));
    m_segments->setRowCount(0);
    for (const MeasureSegment &s : d.segments)
        addSegmentRow(s);
    m_other->setText(d.otherFormula);
    updateColumns();
    m_field->setEnabled(m_byField->isChecked());
    m_formulaPart->setEnabled(m_byFormula->isChecked());
    emit changed();
}

QString MeasureEditor::evaluate()
{
    const MeasureDefinition d = definition();
    if (d.kind == MeasureDefinition::Kind::Formula) {
        for (int r = 0; r < m_segments->rowCount(); ++r) {
            if (m_segments->item(r, FormulaColumn)->text().trimmed().isEmpty())
                return tr("Segment %1 has no formula.").arg(r + 1);
        }
    }
    Result<MeasureColumn> column = evaluateMeasure(d, m_accounts, m_defaultField);
    if (!column) {
        m_total->setText(QString());
        return column.error().toString();
    }
    double total = 0;
    for (double v : column->values)
        total += v;
    QString text =
        column->available
            ? tr("Total over %L1 accounts: %2 %3")
                  .arg(m_accounts.rowCount())
                  .arg(QLocale().toString(total, 'f', 0), m_unit)
            : tr("The accounts have no field %1: the measure is 0 until one is imported.")
                  .arg(m_defaultField);
    if (column->missing > 0)
        text += tr("; %L1 accounts have no value and count as 0").arg(column->missing);
    m_total->setText(text);
    return {};
}

} // namespace Tessera
