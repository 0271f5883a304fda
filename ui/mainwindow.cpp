// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/gen/workspacegenerator.h"
#include "core/model/apiname.h"
#include "core/store/autosave.h"
#include "ui/charts/balancedashboard.h"
#include "ui/charts/balancesettingsdialog.h"
#include "ui/commands/editor.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/balanceservice.h"
#include "ui/document/documentsession.h"
#include "ui/elidedlabel.h"
#include "ui/errorreporter.h"
#include "ui/export/exportdialog.h"
#include "ui/export/geojsonimport.h"
#include "ui/export/geojsonimportdialog.h"
#include "ui/import/importwizard.h"
#include "ui/map/mappanel.h"
#include "ui/map/mapview.h"
#include "ui/models/territorymodellistmodel.h"
#include "ui/models/territorytreemodel.h"
#include "ui/optimize/optimizedialog.h"
#include "ui/rules/ruleeditor.h"
#include "ui/rules/territoryaccountsview.h"
#include "ui/territorydetailspanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace Tessera {

namespace {
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_reporter(std::make_unique<ErrorReporter>(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenus();
    createCentralArea();
    resize(1280, 800);
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
    // A window always has a workspace: an empty one until something is opened.
    newWorkspace();
}

MainWindow::~MainWindow()
{
    // The views and the panels go first: they watch models that die with the session.
    delete m_tabs;
    m_tabs = nullptr;
    m_details = nullptr;
    m_ruleEditor = nullptr;
    m_accountsView = nullptr;
    m_map = nullptr;
    m_dashboard = nullptr;
    delete m_tree;
    m_tree = nullptr;
    delete m_modelCombo;
    m_modelCombo = nullptr;
}

void MainWindow::setErrorReporter(std::unique_ptr<ErrorReporter> reporter)
{
    m_reporter = std::move(reporter);
    if (m_session)
        m_session->setErrorReporter(m_reporter.get());
}

// --- construction ------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *name, QKeySequence shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        return action;
    };
    m_newAction = make(tr("&New"), "newAction", QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] { newWorkspace(); });
    m_openAction = make(tr("&Open…"), "openAction", QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path =
            m_fileDialog
                ? m_fileDialog(false)
                : QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                               tr("Tessera workspaces (*.tessera)") +
                                                   QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    m_saveAction = make(tr("&Save"), "saveAction", QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    m_saveAsAction = make(tr("Save &As…"), "saveAsAction", QKeySequence::SaveAs);
    if (m_saveAsAction->shortcut().isEmpty()) // some desktops define none
        m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    m_exportAction = make(tr("&Export…"), "exportAction");
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportWorkspace);
    m_importAccountsAction = make(tr("&Import Accounts…"), "importAccountsAction");
    m_importAccountsAction->setToolTip(tr("Import or refresh accounts from a CSV file"));
    connect(m_importAccountsAction, &QAction::triggered, this, [this] { importFile(true); });
    m_importRepsAction = make(tr("Import Re&ps…"), "importRepsAction");
    m_importRepsAction->setToolTip(tr("Import reps from a CSV file"));
    connect(m_importRepsAction, &QAction::triggered, this, [this] { importFile(false); });
    m_importGeoJsonAction = make(tr("Import &GeoJSON…"), "importGeoJsonAction");
    connect(m_importGeoJsonAction, &QAction::triggered, this, [this] { importGeoJson(); });
    m_closeAction = make(tr("&Close"), "closeAction", QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] { closeWorkspace(); });
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_addTerritoryAction =
        make(tr("&Add Territory"), "addTerritoryAction", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_addTerritoryAction->setToolTip(tr("Add a territory beside the selected one"));
    connect(m_addTerritoryAction, &QAction::triggered, this, [this] { addTerritory(false); });
    m_addChildAction = make(tr("Add &Child Territory"), "addChildTerritoryAction",
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_addChildAction->setToolTip(tr("Add a territory under the selected one"));
    connect(m_addChildAction, &QAction::triggered, this, [this] { addTerritory(true); });
    m_deleteTerritoryAction =
        make(tr("&Delete Territory"), "deleteTerritoryAction", QKeySequence::Delete);
    m_deleteTerritoryAction->setToolTip(
        tr("Delete the selected territory and everything under it"));
    connect(m_deleteTerritoryAction, &QAction::triggered, this, &MainWindow::deleteTerritory);
    m_renameAction = make(tr("Re&name"), "renameTerritoryAction", QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameTerritory);

    m_cloneModelAction = make(tr("&Clone Model…"), "cloneModelAction");
    connect(m_cloneModelAction, &QAction::triggered, this, &MainWindow::cloneModel);
    m_deleteModelAction = make(tr("&Delete Model"), "deleteModelAction");
    connect(m_deleteModelAction, &QAction::triggered, this, &MainWindow::deleteModel);
    m_balanceSettingsAction = make(tr("&Balance Settings…"), "balanceSettingsAction");
    m_balanceSettingsAction->setToolTip(
        tr("How workload and potential are measured, the tolerance and the targets"));
    connect(m_balanceSettingsAction, &QAction::triggered, this, &MainWindow::editBalanceSettings);
    m_optimizeAction = make(tr("&Optimize Balance…"), "optimizeBalanceAction");
    m_optimizeAction->setToolTip(
        tr("Rebalance the selected territory's children, or design new territories"));
    connect(m_optimizeAction, &QAction::triggered, this, &MainWindow::optimizeBalance);

    m_aboutAction = make(tr("&About Tessera"), "aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_demoAction = make(tr("Open &Demo"), "openDemoAction");
    connect(m_demoAction, &QAction::triggered, this, [this] { openDemo(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_importAccountsAction);
    file->addAction(m_importRepsAction);
    file->addAction(m_importGeoJsonAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addTerritoryAction);
    edit->addAction(m_addChildAction);
    edit->addAction(m_renameAction);
    edit->addAction(m_deleteTerritoryAction);

    QMenu *model = menuBar()->addMenu(tr("&Model"));
    model->setObjectName(QStringLiteral("modelMenu"));
    model->addAction(m_cloneModelAction);
    model->addAction(m_deleteModelAction);
    model->addSeparator();
    model->addAction(m_balanceSettingsAction);
    model->addAction(m_optimizeAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_demoAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createCentralArea()
{
    QToolBar *bar = addToolBar(tr("Territory Model"));
    bar->setObjectName(QStringLiteral("modelToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *modelLabel = new QLabel(tr("Territory model:"));
    modelLabel->setContentsMargins(4, 0, 6, 0);
    bar->addWidget(modelLabel);
    m_modelCombo = new QComboBox;
    m_modelCombo->setObjectName(QStringLiteral("modelCombo"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modelCombo->setMinimumContentsLength(24);
    modelLabel->setBuddy(m_modelCombo);
    bar->addWidget(m_modelCombo);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onModelChosen);
    bar->addSeparator();
    bar->addAction(m_addTerritoryAction);
    bar->addAction(m_addChildAction);
    bar->addAction(m_deleteTerritoryAction);
    bar->addSeparator();
    // Short labels on the bar; the menu entries name the command ("Undo Add Territory …").
    QAction *undo = bar->addAction(tr("Undo"), m_undoGroup, &QUndoGroup::undo);
    undo->setObjectName(QStringLiteral("undoToolAction"));
    undo->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo, &QAction::setToolTip);
    QAction *redo = bar->addAction(tr("Redo"), m_undoGroup, &QUndoGroup::redo);
    redo->setObjectName(QStringLiteral("redoToolAction"));
    redo->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo, &QAction::setToolTip);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("territoryTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions(
        {m_addTerritoryAction, m_addChildAction, m_renameAction, m_deleteTerritoryAction});
    m_details = new TerritoryDetailsPanel;
    m_ruleEditor = new RuleEditor;
    m_accountsView = new TerritoryAccountsView;
    m_dashboard = new BalanceDashboard;
    connect(m_dashboard, &BalanceDashboard::territoryActivated, this, &MainWindow::selectTerritory);
    connect(m_dashboard, &BalanceDashboard::settingsRequested, this,
            &MainWindow::editBalanceSettings);
    connect(m_dashboard, &BalanceDashboard::optimizeRequested, this, &MainWindow::optimizeBalance);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("territoryTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_ruleEditor, tr("Rules"));
    m_tabs->addTab(m_accountsView, tr("Accounts"));
    m_map = new MapPanel;
    m_tabs->addTab(m_map, tr("Map"));
    // Picking a territory on the map selects it in the tree, which highlights it on the map.
    connect(m_map->view(), &MapView::territoryPicked, this, &MainWindow::selectTerritory);
    // Accounts lassoed on the map are listed in the Accounts tab.
    connect(m_map->view(), &MapView::accountsSelected, m_accountsView,
            &TerritoryAccountsView::showAccountSelection);
    m_tabs->addTab(m_dashboard, tr("Balance"));
    m_tabs->setMinimumWidth(420);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({540, 740});
    splitter->restoreState(QSettings().value(SplitterKey).toByteArray());
    setCentralWidget(splitter);

    m_territoriesLabel = new QLabel;
    m_territoriesLabel->setObjectName(QStringLiteral("territoriesLabel"));
    m_accountsLabel = new QLabel;
    m_accountsLabel->setObjectName(QStringLiteral("accountsLabel"));
    m_repsLabel = new QLabel;
    m_repsLabel->setObjectName(QStringLiteral("repsLabel"));
    // The longest text: it gives way (cut, whole in its tooltip) when the
    // window is narrow, the counts beside it stay whole.
    m_locationLabel = new ElidedLabel;
    m_locationLabel->setObjectName(QStringLiteral("locationLabel"));
    m_locationLabel->setExplanation(
        tr("How precisely the accounts are placed on the map: by their coordinates, the centre "
           "of their ZIP code, of their state or of their country, or not at all."));
    m_locationLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_locationLabel);
    for (QLabel *label : {m_territoriesLabel, m_accountsLabel, m_repsLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
}

// --- sessions ------------------------------------------------------------------

void MainWindow::setSession(DocumentSession *session)
{
    DocumentSession *old = m_session;
    TerritoryTreeModel *oldTree = m_treeModel;
    TerritoryModelListModel *oldList = m_modelList;

    m_session = session;
    session->setParent(this);
    session->setErrorReporter(m_reporter.get());
    m_undoGroup->addStack(session->undoStack());
    m_undoGroup->setActiveStack(session->undoStack());
    m_treeModel = new TerritoryTreeModel(session, this);
    m_modelList = new TerritoryModelListModel(session->document(), this);

    {
        const QSignalBlocker block(m_modelCombo);
        m_modelCombo->setModel(m_modelList);
        m_modelCombo->setCurrentIndex(-1);
    }
    QItemSelectionModel *oldSelection = m_tree->selectionModel();
    m_tree->setModel(m_treeModel);
    delete oldSelection; // the view does not own the one it replaces
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showTerritory);
    m_details->setSession(session);
    // Results follow the document; the service dies with the session it watches.
    m_assignment = new AssignmentService(session->document(), session);
    connect(m_assignment, &AssignmentService::runStarted, this,
            [this] { statusBar()->showMessage(tr("Assigning accounts…")); });
    connect(m_assignment, &AssignmentService::progressChanged, this, [this](double fraction) {
        statusBar()->showMessage(
            tr("Assigning accounts… %1%").arg(static_cast<int>(fraction * 100)));
    });
    connect(m_assignment, &AssignmentService::resultsChanged, this, [this] {
        if (!m_assignment->isRunning() &&
            statusBar()->currentMessage().startsWith(tr("Assigning accounts…")))
            statusBar()->clearMessage();
        updateLocationStatus();
    });
    m_ruleEditor->setSession(session, m_assignment);
    m_accountsView->setSession(session, m_assignment);
    m_map->setSession(session, m_assignment);
    m_balance = new BalanceService(m_assignment, m_assignment);
    m_dashboard->setService(m_balance, session->document());
    delete oldTree;
    delete oldList;
    delete old;

    connect(session, &DocumentSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(session, &DocumentSession::filePathChanged, this, &MainWindow::updateTitle);
    WorkspaceDocument *doc = session->document();
    connect(doc, &WorkspaceDocument::resetDone, this, &MainWindow::updateStatus);
    connect(doc, &WorkspaceDocument::territoryAdded, this, &MainWindow::updateStatus);
    connect(doc, &WorkspaceDocument::territoryRemoved, this, &MainWindow::updateStatus);
    connect(doc, &WorkspaceDocument::listInserted, this, &MainWindow::updateStatus);
    connect(doc, &WorkspaceDocument::listRemoved, this, &MainWindow::updateStatus);
    connect(doc, &WorkspaceDocument::accountsReset, this, &MainWindow::updateStatus);
    connect(doc, &WorkspaceDocument::listRemoved, this, &MainWindow::updateActions);

    // Show the active model, as the CRM does; else the first.
    const TerritoryModel *active = doc->activeModel();
    const int row = active ? m_modelList->rowOf(active->id) : (doc->models().empty() ? -1 : 0);
    m_modelCombo->setCurrentIndex(row);
    if (row < 0)
        onModelChosen(-1);

    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    // Together narrower than the tree's share of the window, so Reps shows without scrolling.
    header->resizeSection(TerritoryTreeModel::NameColumn, 250);
    header->resizeSection(TerritoryTreeModel::ApiNameColumn, 180);
    header->resizeSection(TerritoryTreeModel::TypeColumn, 90);
    header->resizeSection(TerritoryTreeModel::ForecastManagerColumn, 150);
    header->resizeSection(TerritoryTreeModel::RepsColumn,
                          std::max(50, header->sectionSizeHint(TerritoryTreeModel::RepsColumn)));
    updateTitle();
    updateStatus();
    updateActions();
}

Id MainWindow::currentModelId() const
{
    return m_treeModel ? m_treeModel->modelId() : NoId;
}

Id MainWindow::currentTerritoryId() const
{
    return m_treeModel ? m_treeModel->territoryId(m_tree->currentIndex()) : NoId;
}

void MainWindow::selectTerritory(Id territoryId)
{
    const QModelIndex index = m_treeModel->indexOf(territoryId);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void MainWindow::onModelChosen(int row)
{
    if (!m_treeModel)
        return;
    m_treeModel->setModelId(m_modelList->modelIdAt(row));
    m_assignment->setModelId(m_treeModel->modelId());
    // Regions and areas open, territories folded: the usual planning view.
    m_tree->expandToDepth(0);
    // Start on the first territory, so the details panel shows something useful.
    if (m_treeModel->rowCount() > 0)
        m_tree->setCurrentIndex(m_treeModel->index(0, 0));
    showTerritory();
    m_tree->setFocus();
    updateStatus();
}

void MainWindow::showTerritory()
{
    const Id id = currentTerritoryId();
    m_details->setTerritory(id);
    m_ruleEditor->setTerritory(id);
    m_accountsView->setTerritory(id);
    m_map->setTerritory(id);
    m_dashboard->setCurrentTerritory(id);
    updateActions();
}

bool MainWindow::runWithProgress(DocumentSession *session, const QString &label, bool saving,
                                 const QString &path)
{
    QProgressDialog progress(label, tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("progressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    connect(session, &DocumentSession::progressChanged, &progress,
            [&progress](double fraction) { progress.setValue(static_cast<int>(fraction * 100)); });
    connect(&progress, &QProgressDialog::canceled, session, &DocumentSession::cancel);

    QEventLoop loop;
    Status result;
    auto done = [&](const Status &status) {
        result = status;
        loop.quit();
    };
    const auto connection = saving ? connect(session, &DocumentSession::saveFinished, &loop, done)
                                   : connect(session, &DocumentSession::loadFinished, &loop, done);
    const bool started = saving ? session->startSave(path) : session->startLoad(path);
    if (!started) {
        disconnect(connection);
        m_reporter->showError(
            makeError(ErrorCode::Failed, tr("Tessera is still busy with the workspace.")));
        return false;
    }
    loop.exec();
    disconnect(connection);
    progress.close();
    if (!result) {
        m_reporter->showError(result.error());
        return false;
    }
    return true;
}

bool MainWindow::adoptNew(Result<WorkspaceData> data, const QString &untitledName)
{
    if (!data) {
        m_reporter->showError(data.error());
        return false;
    }
    auto *session = new DocumentSession(this);
    if (Status s = session->adopt(std::move(data).value()); !s) {
        delete session;
        m_reporter->showError(s.error());
        return false;
    }
    session->setUntitledName(untitledName);
    setSession(session);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_session || !m_session->isModified())
        return true;
    SaveChoice choice = SaveChoice::Cancel;
    if (m_saveChangesPrompt) {
        choice = m_saveChangesPrompt(m_session->displayName());
    } else {
        QMessageBox box(
            QMessageBox::Warning, tr("Tessera"),
            tr("The workspace \"%1\" has unsaved changes.").arg(m_session->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("saveChangesBox"));
        box.setInformativeText(tr("Do you want to save them before closing it?"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        choice = answer == QMessageBox::Save      ? SaveChoice::Save
                 : answer == QMessageBox::Discard ? SaveChoice::Discard
                                                  : SaveChoice::Cancel;
    }
    switch (choice) {
    case SaveChoice::Save:
        return save();
    case SaveChoice::Discard:
        m_session->discardAutosave();
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

bool MainWindow::newWorkspace()
{
    if (!maybeSave())
        return false;
    WorkspaceData data;
    TerritoryModel model;
    model.id = data.nextId++;
    model.name = tr("Territory Model");
    model.apiName = ApiName::fromLabel(model.name);
    data.models.push_back(model);
    return adoptNew(std::move(data), QString());
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    auto *session = new DocumentSession(this);
    if (!runWithProgress(session, tr("Opening %1…").arg(QFileInfo(path).fileName()), false, path)) {
        delete session;
        return false;
    }
    setSession(session);
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::openDemo()
{
    if (!maybeSave())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<WorkspaceData> demo = demoWorkspace();
    QApplication::restoreOverrideCursor();
    return adoptNew(std::move(demo), tr("Demo"));
}

bool MainWindow::save()
{
    if (m_session->isUntitled())
        return saveAs();
    if (!runWithProgress(m_session, tr("Saving %1…").arg(m_session->displayName()), true,
                         m_session->filePath()))
        return false;
    addRecentFile(m_session->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_session->displayName()), 5000);
    return true;
}

bool MainWindow::saveAs(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        path = m_fileDialog ? m_fileDialog(true)
                            : QFileDialog::getSaveFileName(this, tr("Save Workspace As"),
                                                           m_session->filePath(),
                                                           tr("Tessera workspaces (*.tessera)"));
    }
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tessera");
    if (!runWithProgress(m_session, tr("Saving %1…").arg(QFileInfo(path).fileName()), true, path))
        return false;
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_session->displayName()), 5000);
    return true;
}

bool MainWindow::closeWorkspace()
{
    if (!maybeSave())
        return false;
    m_session->discardAutosave();
    // Nothing left to ask about: the empty workspace replaces it directly.
    m_session->undoStack()->setClean();
    return newWorkspace();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_session)
        m_session->discardAutosave();
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(SplitterKey, splitter->saveState());
    event->accept();
}

// --- start -------------------------------------------------------------------

void MainWindow::startUp(const QStringList &files)
{
    if (!files.isEmpty()) {
        openFile(files.first());
        return;
    }
    if (offerRecovery())
        return;
    const QStringList recent = recentFiles();
    if (recent.isEmpty()) {
        openDemo();
        return;
    }
    if (QFileInfo::exists(recent.first()))
        openFile(recent.first());
}

bool MainWindow::offerRecovery()
{
    std::vector<Autosave::RecoveryEntry> entries = Autosave::entries();
    if (entries.empty())
        return false;
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.savedAt > b.savedAt; });
    QStringList descriptions;
    for (const Autosave::RecoveryEntry &e : entries) {
        const QString what = e.originalPath.isEmpty() ? tr("An untitled workspace")
                                                      : QDir::toNativeSeparators(e.originalPath);
        descriptions << tr("%1, last kept %2")
                            .arg(what, QLocale().toString(e.savedAt, QLocale::ShortFormat));
    }
    RecoverChoice choice = RecoverChoice::Later;
    if (m_recoverPrompt) {
        choice = m_recoverPrompt(descriptions);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
                        tr("Tessera was closed with unsaved changes. Recover them?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("recoverBox"));
        box.setInformativeText(descriptions.size() == 1
                                   ? descriptions.first()
                                   : tr("The most recent one opens now; the others are offered "
                                        "again next time.\n\n") +
                                         descriptions.join(QLatin1Char('\n')));
        QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Not Now"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        choice = box.clickedButton() == recover   ? RecoverChoice::Recover
                 : box.clickedButton() == discard ? RecoverChoice::Discard
                                                  : RecoverChoice::Later;
    }
    if (choice == RecoverChoice::Discard) {
        for (const Autosave::RecoveryEntry &e : entries)
            QFile::remove(e.recoveryPath);
        return false;
    }
    if (choice == RecoverChoice::Later)
        return false;

    const Autosave::RecoveryEntry &newest = entries.front();
    auto *session = new DocumentSession(this);
    if (!runWithProgress(session, tr("Recovering unsaved work…"), false, newest.recoveryPath)) {
        delete session;
        return false;
    }
    session->setFilePath(newest.originalPath);
    if (newest.originalPath.isEmpty())
        session->setUntitledName(tr("Recovered"));
    session->markModified();
    setSession(session);
    // Keep the work under this session's own recovery name before the old file goes.
    if (Autosave::recoveryPathFor(session->filePath(), session->untitledKey()) !=
            newest.recoveryPath &&
        session->autosaveNow())
        QFile::remove(newest.recoveryPath);
    return true;
}

// --- recent files ---------------------------------------------------------------

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear Menu")), &QAction::triggered, this,
            [] { QSettings().remove(RecentFilesKey); });
}

// --- state shown -------------------------------------------------------------------

void MainWindow::updateTitle()
{
    //: Window title: the workspace's file name, the unsaved-changes mark, the application
    setWindowTitle(tr("%1[*] — Tessera").arg(m_session->displayName()));
    setWindowModified(m_session->isModified());
}

void MainWindow::updateStatus()
{
    if (!m_session || !m_treeModel)
        return;
    const WorkspaceDocument *doc = m_session->document();
    const Id modelId = m_treeModel->modelId();
    const auto territories =
        std::count_if(doc->territories().begin(), doc->territories().end(),
                      [modelId](const Territory &t) { return t.modelId == modelId; });
    m_territoriesLabel->setText(tr("%L1 territories").arg(territories));
    m_accountsLabel->setText(tr("%L1 accounts").arg(doc->accounts().rowCount()));
    m_repsLabel->setText(tr("%L1 reps").arg(doc->reps().size()));
}

void MainWindow::updateLocationStatus()
{
    std::array<std::size_t, 5> counts{};
    if (!m_assignment || !m_assignment->locationCounts(&counts)) {
        m_locationLabel->clear();
        return;
    }
    //: Status bar: accounts by location precision (coordinates, ZIP centre, state or country
    //: centre, not located)
    m_locationLabel->setText(tr("Located: %L1 exact · %L2 ZIP · %L3 state · %L4 country · "
                                "%L5 not located")
                                 .arg(counts[0])
                                 .arg(counts[1])
                                 .arg(counts[2])
                                 .arg(counts[3])
                                 .arg(counts[4]));
}

void MainWindow::updateActions()
{
    const bool hasModel = currentModelId() != NoId;
    const bool hasTerritory = currentTerritoryId() != NoId;
    m_addTerritoryAction->setEnabled(hasModel);
    m_addChildAction->setEnabled(hasTerritory);
    m_deleteTerritoryAction->setEnabled(hasTerritory);
    m_renameAction->setEnabled(hasTerritory);
    m_cloneModelAction->setEnabled(hasModel);
    m_deleteModelAction->setEnabled(hasModel);
    m_balanceSettingsAction->setEnabled(hasModel);
    m_optimizeAction->setEnabled(hasModel);
}

void MainWindow::exportWorkspace()
{
    if (!m_session)
        return;
    ExportDialog dialog(m_session->document()->snapshot(), currentModelId(), this);
    connect(&dialog, &ExportDialog::exportFinished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
    });
    dialog.exec();
}

// --- importing -------------------------------------------------------------------

void MainWindow::importFile(bool accounts)
{
    if (!m_session)
        return;
    if (m_session->isBusy()) {
        m_reporter->showError(
            makeError(ErrorCode::Failed, tr("Tessera is still busy with the workspace.")));
        return;
    }
    auto *wizard = new ImportWizard(
        m_session, accounts ? ImportWizard::Kind::Accounts : ImportWizard::Kind::Reps, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    if (m_fileDialog)
        wizard->setFileDialog([this] { return m_fileDialog(false); });
    if (m_importWizardHook) {
        m_importWizardHook(wizard);
        return;
    }
    wizard->exec();
}

bool MainWindow::importGeoJson(const QString &given)
{
    const Id modelId = currentModelId();
    if (!m_session || modelId == NoId)
        return false;
    const QString path =
        !given.isEmpty()
            ? given
            : QFileDialog::getOpenFileName(this, tr("Import GeoJSON"), QString(),
                                           tr("GeoJSON (*.geojson *.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > GeoJson::MaxFileBytes) {
        m_reporter->showError(
            makeError(ErrorCode::Io, tr("%1 cannot be read.").arg(path), file.errorString()));
        return false;
    }
    GeoJsonImportDialog dialog(m_session->document()->data(), modelId, path, file.readAll(), this);
    if (!dialog.fileError().isEmpty()) {
        m_reporter->showError(makeError(ErrorCode::Corrupt, dialog.fileError()));
        return false;
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (Status s = importGeoJsonShapes(*m_session, modelId, dialog.plan()); !s)
        return false;
    statusBar()->showMessage(tr("Imported %1 shapes from %2")
                                 .arg(dialog.plan().shapes.size())
                                 .arg(QFileInfo(path).fileName()),
                             5000);
    return true;
}

// --- editing ---------------------------------------------------------------------

void MainWindow::addTerritory(bool asChild)
{
    const Id modelId = currentModelId();
    if (modelId == NoId)
        return;
    const Id selected = currentTerritoryId();
    Id parentId = NoId;
    if (asChild)
        parentId = selected;
    else if (const Territory *t = m_session->document()->territory(selected))
        parentId = t->parentId;
    // The name comes first: the API name, which the CRM keeps for good, derives from it.
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, asChild ? tr("Add Child Territory") : tr("Add Territory"),
                              tr("Name:"), QLineEdit::Normal, tr("New Territory"), &ok)
            .trimmed();
    if (!ok)
        return;
    Result<Id> id = Editor::addTerritory(*m_session, modelId, parentId, name);
    if (id)
        selectTerritory(*id);
}

void MainWindow::deleteTerritory()
{
    const Id id = currentTerritoryId();
    const Territory *t = m_session->document()->territory(id);
    if (!t)
        return;
    const QString name = t->name;
    if (Editor::removeTerritory(*m_session, id))
        statusBar()->showMessage(
            tr("Deleted \"%1\". %2 brings it back.")
                .arg(name, m_undoAction->shortcut().toString(QKeySequence::NativeText)),
            8000);
}

void MainWindow::renameTerritory()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        m_tree->edit(index.siblingAtColumn(TerritoryTreeModel::NameColumn));
}

void MainWindow::cloneModel()
{
    const TerritoryModel *source = m_session->document()->model(currentModelId());
    if (!source)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Clone Territory Model"), tr("Name of the copy:"),
                              QLineEdit::Normal, tr("Copy of %1").arg(source->name), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    Result<Id> id = Editor::cloneModel(*m_session, source->id, name);
    if (id)
        m_modelCombo->setCurrentIndex(m_modelList->rowOf(*id));
}

void MainWindow::deleteModel()
{
    const Id id = currentModelId();
    if (id != NoId)
        (void)Editor::removeModel(*m_session, id);
}

void MainWindow::editBalanceSettings()
{
    const TerritoryModel *model = m_session->document()->model(currentModelId());
    if (!model)
        return;
    BalanceSettingsDialog dialog(m_session->document()->accounts(), model->balance, this);
    dialog.setWindowTitle(tr("Balance Settings of \"%1\"").arg(model->name));
    if (dialog.exec() == QDialog::Accepted)
        (void)Editor::setBalanceSettings(*m_session, model->id, dialog.settings());
}

void MainWindow::optimizeBalance()
{
    if (!m_session || currentModelId() == NoId)
        return;
    auto *dialog = new OptimizeDialog(m_session, currentModelId(), currentTerritoryId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OptimizeDialog::scenarioAdded, this, [this](Id modelId) {
        m_modelCombo->setCurrentIndex(m_modelList->rowOf(modelId));
        statusBar()->showMessage(tr("The optimized scenario is now shown; the original model "
                                    "is unchanged."),
                                 8000);
    });
    connect(dialog, &OptimizeDialog::movesAdopted, this, [this] {
        statusBar()->showMessage(
            tr("Moves adopted. %1 takes them back.")
                .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)),
            8000);
    });
    connect(dialog, &OptimizeDialog::designAdopted, this, [this] {
        statusBar()->showMessage(
            tr("Design adopted. %1 brings back the territories it replaced.")
                .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)),
            8000);
    });
    if (m_optimizeHook) {
        m_optimizeHook(dialog);
        return;
    }
    dialog->exec();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Tessera"),
        tr("<h3>Tessera %1</h3>"
           "<p>Design sales territory models: hierarchies, assignment rules, reps and "
           "balance, saved in one workspace file and exported for Salesforce Enterprise "
           "Territory Management.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(TESSERA_VERSION)));
}

} // namespace Tessera
