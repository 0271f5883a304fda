// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/balancesettingsdialog.h"

#include "core/balance/metricsmeasures.h"
#include "ui/charts/measureeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

BalanceSettingsDialog::BalanceSettingsDialog(const AccountStore &accounts,
                                             const BalanceSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("balanceSettingsDialog"));
    setWindowTitle(tr("Balance Settings"));
    m_workload = new MeasureEditor(accounts, defaultWorkloadField(), tr("h"));
    m_workload->setObjectName(QStringLiteral("workloadEditor"));
    m_potential = new MeasureEditor(accounts, defaultPotentialField(), QString());
    m_potential->setObjectName(QStringLiteral("potentialEditor"));
    auto *workloadBox = new QGroupBox(tr("Workload per account (hours a year)"));
    (new QVBoxLayout(workloadBox))->addWidget(m_workload);
    auto *potentialBox = new QGroupBox(tr("Potential per account"));
    (new QVBoxLayout(potentialBox))->addWidget(m_potential);

    m_tolerance = new QDoubleSpinBox;
    m_tolerance->setObjectName(QStringLiteral("toleranceSpin"));
    m_tolerance->setRange(0, BalanceSettings::MaxTolerancePercent);
    m_tolerance->setDecimals(1);
    m_tolerance->setSingleStep(0.5);
    m_tolerance->setPrefix(QStringLiteral("± "));
    m_tolerance->setSuffix(QStringLiteral(" %"));
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("targetModeCombo"));
    m_target->addItem(tr("Equal share of the total"), int(TargetMode::EqualShare));
    m_target->addItem(tr("In proportion to rep capacity"), int(TargetMode::Capacity));
    m_target->addItem(tr("Each territory's own targets (else equal share)"),
                      int(TargetMode::TerritoryTargets));
    auto *balanceBox = new QGroupBox(tr("Balance"));
    auto *form = new QFormLayout(balanceBox);
    form->addRow(tr("&Tolerance around the target:"), m_tolerance);
    form->addRow(tr("T&arget of a territory:"), m_target);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("balanceProblemLabel"));
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(pal);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(workloadBox, 3);
    layout->addWidget(potentialBox, 2);
    layout->addWidget(balanceBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    setSettings(settings);
    connect(m_workload, &MeasureEditor::changed, this, &BalanceSettingsDialog::check);
    connect(m_potential, &MeasureEditor::changed, this, &BalanceSettingsDialog::check);
    check();
    resize(720, 760);
}

BalanceSettingsDialog::~BalanceSettingsDialog() = default;

BalanceSettings BalanceSettingsDialog::settings() const
{
    BalanceSettings s;
    s.workload = m_workload->definition();
    s.potential = m_potential->definition();
    s.tolerancePercent = m_tolerance->value();
    s.targetMode = static_cast<TargetMode>(m_target->currentData().toInt());
    return s;
}

void BalanceSettingsDialog::setSettings(const BalanceSettings &s)
{
    m_workload->setDefinition(s.workload);
    m_potential->setDefinition(s.potential);
    m_tolerance->setValue(s.tolerancePercent);
    m_target->setCurrentIndex(std::max(0, m_target->findData(int(s.targetMode))));
}

QString BalanceSettingsDialog::problem() const
{
    return m_problem->text();
}

void BalanceSettingsDialog::check()
{
    QString problem = m_workload->evaluate();
    if (!problem.isEmpty())
        problem = tr("Workload: %1").arg(problem);
    const QString potential = m_potential->evaluate();
    if (problem.isEmpty() && !potential.isEmpty())
        problem = tr("Potential: %1").arg(potential);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Tessera
