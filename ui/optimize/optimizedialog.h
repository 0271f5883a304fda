// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/optimize/optimizationrun.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace Tessera {

class DocumentSession;
class OptimizationChart;

// Optimize Balance: rebalances the children of a territory (or designs new
// territories under it) with the balancing optimizer, and lets the admin
// adopt the result into the model, keep it as a new model, or discard it.
//
// Three pages: the settings (scope, metrics and tolerances, contiguity, move
// cap, time budget, seed, locked territories); the run, on a worker thread
// over a copy of the workspace, with progress and Cancel; the result
// (deviation per metric before and after, contiguity, dispersion with its
// lower bound and gap, moves against the moves bound, before/after bars per
// territory, the moves). Nothing in the document changes until Adopt (one
// undoable step in the original model: the account links of the moves, or
// for a design, after a confirmation, the parent's children replaced by the
// designed territories) or Keep as Scenario (one undoable step adding the
// cloned model). Closing the dialog cancels a run.
class OptimizeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Setup, Running, Result };

    // territoryId: the selected territory; the scope starts at it, or at its
    // parent when it has no children.
    OptimizeDialog(DocumentSession *session, Id modelId, Id territoryId, QWidget *parent = nullptr);
    ~OptimizeDialog() override;

    Page page() const;
    Id modelId() const;
    Id parentTerritoryId() const;
    void setParentTerritory(Id territoryId);
    // The options as the controls say.
    ScopeOptions options() const;
    // Why Run is not possible, or empty.
    QString blocker() const;

    // Starts a run with the current options; false (with the reason shown on
    // the setup page) when it cannot start.
    bool run();
    OptimizationRun *optimizationRun() const { return m_run; }
    // Blocks until the run ends and its result is shown.
    void waitForRun();
    // The result shown, or null.
    const OptimizationOutcome *outcome() const { return m_outcome.get(); }
    QString lastError() const { return m_error; }

    // The result page's actions. adopt() and keepAsScenario() push one
    // undoable command and accept the dialog; discard() rejects it. Adopting
    // a design asks first (an error with ErrorCode::Cancelled when declined).
    Status adopt();
    Result<Id> keepAsScenario();
    void discard();

    // Answers the question before a design is adopted instead of the user:
    // gets the message box, ready but not shown, and says whether to go on.
    using ConfirmHook = std::function<bool(QMessageBox &box)>;
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

    // For tests and screenshots.
    OptimizationChart *chart() const { return m_chart; }
    QTableWidget *summaryTable() const { return m_summary; }
    QTableWidget *movesTable() const { return m_moves; }
    QListWidget *lockList() const { return m_locks; }
    QComboBox *chartMeasureCombo() const { return m_chartMeasure; }

signals:
    // A scenario model was added (Keep as Scenario): the window shows it.
    void scenarioAdded(Tessera::Id modelId);
    // The moves were made in the original model.
    void movesAdopted(Tessera::Id modelId);
    // The design replaced the parent's children in the original model.
    void designAdopted(Tessera::Id modelId);

public slots:
    void reject() override; // cancels a run and waits for it

private:
    QWidget *buildSetupPage();
    QWidget *buildRunningPage();
    QWidget *buildResultPage();
    void fillModels(Id modelId);
    void fillTerritories(Id selectId);
    void fillLocks();
    void updateSetup();
    // The territories whose accounts are balanced (the chosen territory's
    // children, or every territory at their level), before locks.
    std::vector<Id> scopeTerritories() const;
    int childLevel() const; // depth of the chosen territory's children (0: top)
    void setPage(Page page);
    void onRunFinished();
    void showOutcome();
    void showChart();
    bool stillCurrent();
    Status adoptDesign();

    DocumentSession *m_session;
    OptimizationRun *m_run;
    std::shared_ptr<OptimizationOutcome> m_outcome;
    QString m_error;
    int m_stackIndex = -1; // undo stack index when the run started
    ConfirmHook m_confirm;

    QStackedWidget *m_pages = nullptr;
    // Setup
    QComboBox *m_model = nullptr;
    QComboBox *m_parent = nullptr;
    QLabel *m_scopeInfo = nullptr;
    QRadioButton *m_rebalance = nullptr;
    QRadioButton *m_level = nullptr; // every territory at the level of its children
    QRadioButton *m_design = nullptr;
    QSpinBox *m_designCount = nullptr;
    QComboBox *m_pieces = nullptr;
    QCheckBox *m_useMetric[3] = {};
    QDoubleSpinBox *m_tolerance[3] = {};
    QCheckBox *m_contiguous = nullptr;
    // Caps on what moves when rebalancing: accounts, potential (revenue).
    QCheckBox *m_capMoves[2] = {};
    QDoubleSpinBox *m_moveCap[2] = {};
    QDoubleSpinBox *m_time = nullptr;
    QSpinBox *m_seed = nullptr;
    QListWidget *m_locks = nullptr;
    QLabel *m_lockInfo = nullptr;
    QLabel *m_metricsNote = nullptr;
    QLabel *m_setupError = nullptr;
    // Running
    QLabel *m_runLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    // Result
    QLabel *m_verdict = nullptr;
    QTableWidget *m_summary = nullptr;
    QLabel *m_certificate = nullptr;
    QComboBox *m_chartMeasure = nullptr;
    OptimizationChart *m_chart = nullptr;
    QTableWidget *m_moves = nullptr;
    QLabel *m_movesNote = nullptr;
    QLineEdit *m_scenarioName = nullptr;
    // Buttons
    QPushButton *m_runButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_adoptButton = nullptr;
    QPushButton *m_keepButton = nullptr;
    QPushButton *m_discardButton = nullptr;
};

} // namespace Tessera
