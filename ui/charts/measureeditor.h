// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/accountstore.h"
#include "core/model/balancesettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace Tessera {

// Edits one measure definition: a numeric field, or formulas per segment of
// a text, picklist or number field (bands), with a formula for the rest and
// a live total over all accounts.
class MeasureEditor : public QWidget
{
    Q_OBJECT

public:
    MeasureEditor(const AccountStore &accounts, const QString &defaultField, const QString &unit,
                  QWidget *parent = nullptr);

    MeasureDefinition definition() const;
    void setDefinition(const MeasureDefinition &definition);
    // Evaluates the definition over every account: an error, or empty.
    QString evaluate();

    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *segmentFieldCombo() const { return m_segmentField; }
    QTableWidget *segmentTable() const { return m_segments; }
    QLineEdit *otherFormulaEdit() const { return m_other; }
    QRadioButton *formulaButton() const { return m_byFormula; }

signals:
    void changed();

private:
    bool segmentIsNumber() const;
    void updateColumns();
    void fillFromValues();
    void addSegmentRow(const MeasureSegment &segment);

    const AccountStore &m_accounts;
    QString m_defaultField;
    QString m_unit;
    QRadioButton *m_byField;
    QRadioButton *m_byFormula;
    QComboBox *m_field;
    QComboBox *m_segmentField;
    QTableWidget *m_segments;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_fill;
    QLineEdit *m_other;
    QLabel *m_total;
    QWidget *m_formulaPart;
};

} // namespace Tessera
