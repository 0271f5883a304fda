// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/accountstore.h"
#include "core/model/balancesettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace Tessera {

class MeasureEditor;

// Edits a model's balance settings: how workload and potential are measured
// (a field, or formulas per segment), the tolerance and the target mode.
// Every change is checked against the account fields at once; OK is only
// enabled while the settings evaluate, and the caller applies them through
// an undoable command (Editor::setBalanceSettings).
class BalanceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    BalanceSettingsDialog(const AccountStore &accounts, const BalanceSettings &settings,
                          QWidget *parent = nullptr);
    ~BalanceSettingsDialog() override;

    BalanceSettings settings() const;
    void setSettings(const BalanceSettings &settings);
    // Why the settings cannot be used, or empty.
    QString problem() const;

    MeasureEditor *workloadEditor() const { return m_workload; }
    MeasureEditor *potentialEditor() const { return m_potential; }

private:
    void check();

    const AccountStore &m_accounts;
    MeasureEditor *m_workload;
    MeasureEditor *m_potential;
    QDoubleSpinBox *m_tolerance;
    QComboBox *m_target;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Tessera
