// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;
class QTreeView;
class QUndoGroup;
class QWizard;

namespace Tessera {

class AssignmentService;
class BalanceDashboard;
class BalanceService;
class DocumentSession;
class ElidedLabel;
class ErrorReporter;
class MapPanel;
class OptimizeDialog;
class RuleEditor;
class TerritoryAccountsView;
class TerritoryDetailsPanel;
class TerritoryModelListModel;
class TerritoryTreeModel;

// The application window over one open workspace: the hierarchy of the
// chosen territory model on the left; on the right, tabs with the selected
// territory's details, its assignment rules, its accounts and the map; File/Edit/
// Model/Help menus. Errors go through the ErrorReporter;
// questions (save changes? recover?) through replaceable prompts so tests can
// answer them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class SaveChoice { Save, Discard, Cancel };
    using SaveChangesPrompt = std::function<SaveChoice(const QString &documentName)>;
    enum class RecoverChoice { Recover, Discard, Later };
    using RecoverPrompt = std::function<RecoverChoice(const QStringList &descriptions)>;
    using FileDialog = std::function<QString(bool forSaving)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Errors are shown through this reporter; the window keeps it.
    void setErrorReporter(std::unique_ptr<ErrorReporter> reporter);
    ErrorReporter *errorReporter() const { return m_reporter.get(); }
    void setSaveChangesPrompt(SaveChangesPrompt prompt) { m_saveChangesPrompt = std::move(prompt); }
    void setRecoverPrompt(RecoverPrompt prompt) { m_recoverPrompt = std::move(prompt); }
    void setFileDialog(FileDialog dialog) { m_fileDialog = std::move(dialog); }

    // What the window shows at start: the file given on the command line, or
    // unsaved work to recover, or the demo on the very first start, or the
    // most recent file.
    void startUp(const QStringList &files);

    DocumentSession *session() const { return m_session; }
    TerritoryTreeModel *treeModel() const { return m_treeModel; }
    AssignmentService *assignmentService() const { return m_assignment; }
    RuleEditor *ruleEditor() const { return m_ruleEditor; }
    TerritoryAccountsView *accountsView() const { return m_accountsView; }
    MapPanel *mapPanel() const { return m_map; }
    BalanceService *balanceService() const { return m_balance; }
    BalanceDashboard *balanceDashboard() const { return m_dashboard; }
    // Opens the balance settings of the current model; changes are undoable.
    void editBalanceSettings();
    // Model > Optimize Balance…: the optimizer over the selected territory's
    // children (or its siblings at a leaf). The hook, when set, gets the
    // dialog instead of exec() (tests drive it).
    void optimizeBalance();
    using OptimizeDialogHook = std::function<void(OptimizeDialog *dialog)>;
    void setOptimizeDialogHook(OptimizeDialogHook hook) { m_optimizeHook = std::move(hook); }
    Id currentModelId() const;
    Id currentTerritoryId() const;
    void selectTerritory(Id territoryId);

    // Each asks to save unsaved changes first and returns false when the user
    // cancels or the operation fails (after reporting why).
    bool newWorkspace();
    bool openFile(const QString &path);
    bool openDemo();
    bool save();
    bool saveAs(const QString &path = {});
    bool closeWorkspace();
    // File > Export…: the Export dialog over a snapshot of the workspace.
    void exportWorkspace();
    // File > Import GeoJSON…: polygons as drawn shapes of territories (one undo step).
    bool importGeoJson(const QString &path = {});

    // File > Import Accounts… / Import Reps…: the import wizard over the
    // current workspace. The hook, when set, gets the wizard before it runs
    // (tests drive it and close it themselves instead of exec()).
    void importFile(bool accounts);
    using ImportWizardHook = std::function<void(QWizard *wizard)>;
    void setImportWizardHook(ImportWizardHook hook) { m_importWizardHook = std::move(hook); }

    static constexpr int MaxRecentFiles = 8;
    QStringList recentFiles() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void setSession(DocumentSession *session);
    bool maybeSave();
    bool runWithProgress(DocumentSession *session, const QString &label, bool saving,
                         const QString &path);
    bool adoptNew(Result<WorkspaceData> data, const QString &untitledName);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    void updateLocationStatus();
    void updateActions();
    void onModelChosen(int row);
    void showTerritory();
    void addTerritory(bool asChild);
    void deleteTerritory();
    void renameTerritory();
    void cloneModel();
    void deleteModel();
    bool offerRecovery();
    void about();

    std::unique_ptr<ErrorReporter> m_reporter;
    SaveChangesPrompt m_saveChangesPrompt;
    RecoverPrompt m_recoverPrompt;
    FileDialog m_fileDialog;
    ImportWizardHook m_importWizardHook;
    OptimizeDialogHook m_optimizeHook;

    DocumentSession *m_session = nullptr;
    TerritoryTreeModel *m_treeModel = nullptr;
    TerritoryModelListModel *m_modelList = nullptr;
    AssignmentService *m_assignment = nullptr;
    BalanceService *m_balance = nullptr;
    QUndoGroup *m_undoGroup;

    QTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    TerritoryDetailsPanel *m_details = nullptr;
    RuleEditor *m_ruleEditor = nullptr;
    TerritoryAccountsView *m_accountsView = nullptr;
    MapPanel *m_map = nullptr;
    BalanceDashboard *m_dashboard = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QLabel *m_accountsLabel = nullptr;
    QLabel *m_repsLabel = nullptr;
    ElidedLabel *m_locationLabel = nullptr; // accounts per location precision
    QLabel *m_territoriesLabel = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAccountsAction = nullptr;
    QAction *m_importRepsAction = nullptr;
    QAction *m_importGeoJsonAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addTerritoryAction = nullptr;
    QAction *m_addChildAction = nullptr;
    QAction *m_deleteTerritoryAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_cloneModelAction = nullptr;
    QAction *m_deleteModelAction = nullptr;
    QAction *m_balanceSettingsAction = nullptr;
    QAction *m_optimizeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_demoAction = nullptr;
};

} // namespace Tessera
