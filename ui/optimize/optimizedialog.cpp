// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/optimize/optimizedialog.h"

#include "ui/charts/optimizationchart.h"
#include "ui/commands/editor.h"
#include "ui/document/documentsession.h"
#include "ui/errorreporter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <unordered_set>

namespace Tessera {

namespace {

// Rows beyond this are left out of the moves table (the scenario has them all).
constexpr int MaxMoveRows = 20'000;

enum Metric { Workload, Potential, Accounts };

// A table cell that sorts by a number while showing it formatted.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(double value, const QString &text)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString percent(double fraction, int decimals = 1)
{
    return QLocale().toString(100 * fraction, 'f', decimals) + QStringLiteral(" %");
}

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

// The territories of a model in tree order with their depth.
std::vector<std::pair<Id, int>> treeOrder(const WorkspaceDocument &doc, Id modelId)
{
    std::vector<std::pair<Id, int>> out;
    std::function<void(Id, int)> walk = [&](Id parent, int depth) {
        for (Id child : doc.children(modelId, parent)) {
            out.emplace_back(child, depth);
            walk(child, depth + 1);
        }
    };
    walk(NoId, 0);
    return out;
}

} // namespace

OptimizeDialog::OptimizeDialog(DocumentSession *session, Id modelId, Id territoryId,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_run(new OptimizationRun(this))
{
    setObjectName(QStringLiteral("optimizeDialog"));
    setWindowTitle(tr("Optimize Balance"));
    m_pages = new QStackedWidget;
    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildRunningPage());
    m_pages->addWidget(buildResultPage());

    auto makeButton = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_runButton = makeButton(tr("Run"), "runButton");
    m_runButton->setDefault(true);
    m_closeButton = makeButton(tr("Close"), "closeButton");
    m_cancelButton = makeButton(tr("Cancel"), "cancelRunButton");
    m_backButton = makeButton(tr("Change Settings"), "backButton");
    m_backButton->setToolTip(tr("Back to the settings to run again; this result is dropped"));
    m_adoptButton = makeButton(tr("Adopt"), "adoptButton");
    m_adoptButton->setToolTip(
        tr("Move the accounts in this model, as one step that Undo takes back"));
    m_keepButton = makeButton(tr("Keep as Scenario"), "keepButton");
    m_keepButton->setToolTip(
        tr("Add a copy of the model with the moves made there; this model stays as it is"));
    m_discardButton = makeButton(tr("Discard"), "discardButton");
    m_discardButton->setToolTip(tr("Close without changing anything"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    for (QPushButton *b :
         {m_runButton, m_closeButton, m_cancelButton, m_adoptButton, m_keepButton, m_discardButton})
        buttons->addWidget(b);
    connect(m_runButton, &QPushButton::clicked, this, [this] { (void)run(); });
    connect(m_closeButton, &QPushButton::clicked, this, &OptimizeDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancelButton->setEnabled(false);
        m_runLabel->setText(tr("Cancelling…"));
        m_run->cancel();
    });
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        m_outcome.reset();
        setPage(Page::Setup);
    });
    connect(m_adoptButton, &QPushButton::clicked, this, [this] { (void)adopt(); });
    connect(m_keepButton, &QPushButton::clicked, this, [this] { (void)keepAsScenario(); });
    connect(m_discardButton, &QPushButton::clicked, this, &OptimizeDialog::discard);
    connect(m_run, &OptimizationRun::progressChanged, this,
            [this](double f) { m_progress->setValue(int(f * 1000)); });
    connect(m_run, &OptimizationRun::finished, this, &OptimizeDialog::onRunFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    const WorkspaceDocument &doc = *m_session->document();
    Id start = territoryId;
    if (const Territory *t = doc.territory(territoryId)) {
        modelId = t->modelId;
        if (doc.children(modelId, territoryId).size() < 2 && t->parentId != NoId)
            start = t->parentId;
    }
    fillModels(modelId);
    fillTerritories(start);
    setPage(Page::Setup);
    resize(980, 680);
}

OptimizeDialog::~OptimizeDialog() = default;

// --- setup ---------------------------------------------------------------------

QWidget *OptimizeDialog::buildSetupPage()
{
    auto *page = new QWidget;
    // Scope.
    auto *scopeBox = new QGroupBox(tr("Scope"));
    auto *scope = new QFormLayout(scopeBox);
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("optimizeModelCombo"));
    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("optimizeParentCombo"));
    m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parent->setMinimumContentsLength(28);
    m_scopeInfo = new QLabel;
    m_scopeInfo->setObjectName(QStringLiteral("scopeInfoLabel"));
    m_scopeInfo->setWordWrap(true);
    m_rebalance = new QRadioButton(tr("Rebalance its child territories"));
    m_rebalance->setObjectName(QStringLiteral("rebalanceRadio"));
    m_rebalance->setChecked(true);
    m_level = new QRadioButton(tr("Rebalance every territory at the level of its children"));
    m_level->setObjectName(QStringLiteral("levelRadio"));
    m_level->setToolTip(tr("All territories at that level of the model, whatever their parent: "
                           "accounts may move between territories of different parents."));
    m_design = new QRadioButton(tr("Design new territories:"));
    m_design->setObjectName(QStringLiteral("designRadio"));
    m_designCount = new QSpinBox;
    m_designCount->setObjectName(QStringLiteral("designCountSpin"));
    m_designCount->setRange(2, MaxBalanceDistricts);
    m_designCount->setValue(4);
    m_designCount->setEnabled(false);
    auto *modeGroup = new QButtonGroup(page);
    modeGroup->addButton(m_rebalance);
    modeGroup->addButton(m_level);
    modeGroup->addButton(m_design);
    auto *designRow = new QHBoxLayout;
    designRow->addWidget(m_design);
    designRow->addWidget(m_designCount);
    designRow->addStretch(1);
    auto *mode = new QVBoxLayout;
    mode->addWidget(m_rebalance);
    mode->addWidget(m_level);
    mode->addLayout(designRow);
    m_pieces = new QComboBox;
    m_pieces->setObjectName(QStringLiteral("piecesCombo"));
    m_pieces->addItem(tr("ZIP codes (the accounts of a ZIP move together)"), int(PieceKind::Zip));
    m_pieces->addItem(tr("Single accounts"), int(PieceKind::Account));
    scope->addRow(tr("Model:"), m_model);
    scope->addRow(tr("Territory:"), m_parent);
    scope->addRow(QString(), m_scopeInfo);
    scope->addRow(tr("Mode:"), mode);
    scope->addRow(tr("Pieces:"), m_pieces);

    // Metrics and tolerances.
    auto *metricsBox = new QGroupBox(tr("Balance"));
    auto *metrics = new QGridLayout(metricsBox);
    const QString names[3] = {tr("Workload"), tr("Potential"), tr("Accounts")};
    const char *objectNames[3] = {"workload", "potential", "accounts"};
    for (int m = 0; m < 3; ++m) {
        m_useMetric[m] = new QCheckBox(names[m]);
        m_useMetric[m]->setObjectName(QString::fromLatin1(objectNames[m]) +
                                      QStringLiteral("Check"));
        m_tolerance[m] = new QDoubleSpinBox;
        m_tolerance[m]->setObjectName(QString::fromLatin1(objectNames[m]) +
                                      QStringLiteral("ToleranceSpin"));
        m_tolerance[m]->setRange(0.1, 99);
        m_tolerance[m]->setDecimals(1);
        m_tolerance[m]->setSingleStep(0.5);
        m_tolerance[m]->setPrefix(QStringLiteral("± "));
        m_tolerance[m]->setSuffix(QStringLiteral(" %"));
        metrics->addWidget(m_useMetric[m], m, 0);
        metrics->addWidget(m_tolerance[m], m, 1);
        connect(m_useMetric[m], &QCheckBox::toggled, m_tolerance[m], &QWidget::setEnabled);
    }
    m_metricsNote = new QLabel;
    m_metricsNote->setObjectName(QStringLiteral("metricsNoteLabel"));
    m_metricsNote->setWordWrap(true);
    m_metricsNote->setForegroundRole(QPalette::PlaceholderText);
    metrics->addWidget(m_metricsNote, 3, 0, 1, 3);
    metrics->setColumnStretch(2, 1);

    // Limits.
    auto *limitsBox = new QGroupBox(tr("Limits"));
    auto *limits = new QFormLayout(limitsBox);
    m_contiguous = new QCheckBox(tr("Contiguous territories"));
    m_contiguous->setObjectName(QStringLiteral("contiguousCheck"));
    m_contiguous->setToolTip(
        tr("Every territory forms one connected area on the neighbour graph of its pieces"));
    // Caps on what a rebalance may move: the share of the accounts, and of
    // the potential (revenue by default), that change territory.
    QHBoxLayout *capRows[2] = {};
    const QString capNames[2] = {QStringLiteral("Accounts"), QStringLiteral("Potential")};
    const QString capSuffixes[2] = {tr(" % of the accounts"), tr(" % of the potential")};
    for (int c = 0; c < 2; ++c) {
        m_capMoves[c] = new QCheckBox(tr("Move at most"));
        m_capMoves[c]->setObjectName(QStringLiteral("capMoved%1Check").arg(capNames[c]));
        m_moveCap[c] = new QDoubleSpinBox;
        m_moveCap[c]->setObjectName(QStringLiteral("capMoved%1Spin").arg(capNames[c]));
        m_moveCap[c]->setRange(0.1, 100);
        m_moveCap[c]->setDecimals(1);
        m_moveCap[c]->setValue(10);
        m_moveCap[c]->setSuffix(capSuffixes[c]);
        m_moveCap[c]->setEnabled(false);
        connect(m_capMoves[c], &QCheckBox::toggled, m_moveCap[c], &QWidget::setEnabled);
        capRows[c] = new QHBoxLayout;
        capRows[c]->addWidget(m_capMoves[c]);
        capRows[c]->addWidget(m_moveCap[c]);
        capRows[c]->addStretch(1);
    }
    m_time = new QDoubleSpinBox;
    m_time->setObjectName(QStringLiteral("timeBudgetSpin"));
    m_time->setRange(0.5, 3600);
    m_time->setDecimals(1);
    m_time->setValue(5);
    m_time->setSuffix(tr(" s"));
    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(1, 1'000'000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed and settings give the same result"));
    limits->addRow(m_contiguous);
    limits->addRow(capRows[0]);
    limits->addRow(capRows[1]);
    limits->addRow(tr("Time budget:"), m_time);
    limits->addRow(tr("Seed:"), m_seed);

    // Locks.
    auto *locksBox = new QGroupBox(tr("Locked territories"));
    auto *locks = new QVBoxLayout(locksBox);
    m_locks = new QListWidget;
    m_locks->setObjectName(QStringLiteral("lockList"));
    m_lockInfo = new QLabel;
    m_lockInfo->setObjectName(QStringLiteral("lockInfoLabel"));
    m_lockInfo->setWordWrap(true);
    locks->addWidget(m_locks, 1);
    locks->addWidget(m_lockInfo);

    m_setupError = new QLabel;
    m_setupError->setObjectName(QStringLiteral("setupErrorLabel"));
    m_setupError->setWordWrap(true);
    m_setupError->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *left = new QVBoxLayout;
    left->addWidget(scopeBox);
    left->addWidget(metricsBox);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(limitsBox);
    right->addWidget(locksBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addWidget(m_setupError);

    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const WorkspaceDocument &doc = *m_session->document();
        if (const TerritoryModel *m = doc.model(modelId())) {
            for (int k = 0; k < 3; ++k)
                m_tolerance[k]->setValue(std::clamp(m->balance.tolerancePercent, 0.1, 99.0));
        }
        fillTerritories(NoId);
    });
    connect(m_parent, &QComboBox::currentIndexChanged, this, [this] {
        fillLocks();
        updateSetup();
    });
    connect(m_design, &QRadioButton::toggled, this, [this](bool on) {
        m_designCount->setEnabled(on);
        updateSetup();
    });
    connect(m_level, &QRadioButton::toggled, this, [this] {
        fillLocks();
        updateSetup();
    });
    connect(m_locks, &QListWidget::itemChanged, this, &OptimizeDialog::updateSetup);
    for (int m = 0; m < 3; ++m)
        connect(m_useMetric[m], &QCheckBox::toggled, this, &OptimizeDialog::updateSetup);
    return page;
}

void OptimizeDialog::fillModels(Id modelId)
{
    const WorkspaceDocument &doc = *m_session->document();
    const QSignalBlocker block(m_model);
    m_model->clear();
    int row = 0;
    for (const TerritoryModel &m : doc.models()) {
        if (m.id == modelId)
            row = m_model->count();
        m_model->addItem(m.name, QVariant::fromValue<qlonglong>(m.id));
    }
    m_model->setCurrentIndex(doc.models().empty() ? -1 : row);
    const TerritoryModel *m = doc.model(this->modelId());
    const double tol = m ? std::clamp(m->balance.tolerancePercent, 0.1, 99.0) : 5.0;
    // The model's tolerance applies to workload and potential; accounts are
    // only reported unless asked for.
    for (int k = 0; k < 3; ++k) {
        m_tolerance[k]->setValue(tol);
        m_useMetric[k]->setChecked(k != Accounts);
        m_tolerance[k]->setEnabled(k != Accounts);
    }
}

void OptimizeDialog::fillTerritories(Id selectId)
{
    const WorkspaceDocument &doc = *m_session->document();
    const Id model = modelId();
    {
        const QSignalBlocker block(m_parent);
        m_parent->clear();
        int row = -1, firstUsable = -1;
        for (const auto &[id, depth] : treeOrder(doc, model)) {
            const Territory *t = doc.territory(id);
            const std::size_t kids = doc.children(model, id).size();
            if (kids == 0)
                continue; // a leaf has nothing to rebalance
            if (id == selectId)
                row = m_parent->count();
            if (firstUsable < 0 && kids >= 2)
                firstUsable = m_parent->count();
            m_parent->addItem(QString(depth * 3, QLatin1Char(' ')) + t->name,
                              QVariant::fromValue<qlonglong>(id));
        }
        m_parent->setCurrentIndex(row >= 0 ? row : std::max(firstUsable, 0));
    }
    fillLocks();
    updateSetup();
}

void OptimizeDialog::fillLocks()
{
    const WorkspaceDocument &doc = *m_session->document();
    const QSignalBlocker block(m_locks);
    m_locks->clear();
    const std::vector<Id> kids = scopeTerritories();
    for (Id id : kids) {
        auto *item = new QListWidgetItem(doc.territory(id)->name, m_locks);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const std::unordered_set<Id> scope(kids.begin(), kids.end());
    int manual = 0;
    for (const AccountTerritoryLink &l : doc.manualAssignments())
        manual += scope.count(l.territoryId) ? 1 : 0;
    m_lockInfo->setText(
        tr("A checked territory keeps exactly its accounts and takes none; the others balance "
           "among themselves. Accounts assigned by hand to a territory (%L1 here) never move.")
            .arg(manual));
}

Id OptimizeDialog::modelId() const
{
    return m_model->currentIndex() >= 0 ? Id(m_model->currentData().toLongLong()) : NoId;
}

Id OptimizeDialog::parentTerritoryId() const
{
    return m_parent->currentIndex() >= 0 ? Id(m_parent->currentData().toLongLong()) : NoId;
}

void OptimizeDialog::setParentTerritory(Id territoryId)
{
    const int row = m_parent->findData(QVariant::fromValue<qlonglong>(territoryId));
    if (row >= 0)
        m_parent->setCurrentIndex(row);
}

int OptimizeDialog::childLevel() const
{
    const WorkspaceDocument &doc = *m_session->document();
    int depth = 0;
    for (const Territory *t = doc.territory(parentTerritoryId()); t && t->parentId != NoId;
         t = doc.territory(t->parentId))
        ++depth;
    return depth + 1;
}

std::vector<Id> OptimizeDialog::scopeTerritories() const
{
    const WorkspaceDocument &doc = *m_session->document();
    const Id parent = parentTerritoryId();
    if (parent == NoId)
        return {};
    if (m_level->isChecked())
        return territoriesAtLevel(doc.data(), modelId(), childLevel());
    return doc.children(modelId(), parent);
}

ScopeOptions OptimizeDialog::options() const
{
    ScopeOptions o;
    o.modelId = modelId();
    o.parentId = parentTerritoryId();
    o.pieces = PieceKind(m_pieces->currentData().toInt());
    double *tolerances[3] = {&o.workloadTolerance, &o.potentialTolerance, &o.accountsTolerance};
    for (int m = 0; m < 3; ++m)
        *tolerances[m] = m_useMetric[m]->isChecked() ? m_tolerance[m]->value() / 100 : -1;
    o.contiguous = m_contiguous->isChecked();
    o.maxMovedAccountsShare = m_capMoves[0]->isChecked() ? m_moveCap[0]->value() / 100 : 1.0;
    o.maxMovedPotentialShare = m_capMoves[1]->isChecked() ? m_moveCap[1]->value() / 100 : 1.0;
    o.designTerritories = m_design->isChecked() ? m_designCount->value() : 0;
    o.level = m_level->isChecked() ? childLevel() : -1;
    o.timeBudgetSeconds = m_time->value();
    o.seed = std::uint64_t(m_seed->value());
    o.modelMeasures = true; // the numbers of the Balance tab
    // The Balance tab's targets by capacity are the optimizer's too.
    const TerritoryModel *model = m_session->document()->model(o.modelId);
    o.targets = model ? model->balance.targetMode : TargetMode::EqualShare;
    if (o.designTerritories == 0) {
        for (int i = 0; i < m_locks->count(); ++i) {
            if (m_locks->item(i)->checkState() == Qt::Checked)
                o.lockedTerritories.push_back(
                    Id(m_locks->item(i)->data(Qt::UserRole).toLongLong()));
        }
    }
    return o;
}

QString OptimizeDialog::blocker() const
{
    const Id parent = parentTerritoryId();
    if (modelId() == NoId || parent == NoId)
        return tr("The model has no territory with child territories.");
    const ScopeOptions o = options();
    if (o.designTerritories == 0) {
        const std::size_t kids = scopeTerritories().size();
        if (kids < 2)
            return o.level >= 0
                       ? tr("Rebalancing a level needs at least two territories at that level.")
                       : tr("Rebalancing needs a territory with at least two child territories.");
        if (kids - o.lockedTerritories.size() < 2)
            return tr("Leave at least two territories unlocked.");
    }
    if (o.workloadTolerance < 0 && o.potentialTolerance < 0 && o.accountsTolerance < 0)
        return tr("Check at least one metric to balance.");
    return {};
}

void OptimizeDialog::updateSetup()
{
    const WorkspaceDocument &doc = *m_session->document();
    const Id parent = parentTerritoryId();
    const std::size_t kids = parent == NoId ? 0 : doc.children(modelId(), parent).size();
    QString info = parent == NoId ? QString() : tr("%n child territories", nullptr, int(kids));
    if (parent != NoId && m_level->isChecked()) {
        std::unordered_set<Id> parents;
        const std::vector<Id> level = scopeTerritories();
        for (Id id : level)
            parents.insert(doc.territory(id)->parentId);
        info = tr("Level %1: %2 territories under %n parents", nullptr, int(parents.size()))
                   .arg(childLevel() + 1)
                   .arg(level.size());
    }
    m_scopeInfo->setText(info);
    m_locks->setEnabled(!m_design->isChecked());
    // A design has nothing to move from: the caps are for rebalancing.
    for (int c = 0; c < 2; ++c) {
        m_capMoves[c]->setEnabled(!m_design->isChecked());
        m_moveCap[c]->setEnabled(!m_design->isChecked() && m_capMoves[c]->isChecked());
    }
    const TerritoryModel *model = doc.model(modelId());
    const TargetMode mode = model ? model->balance.targetMode : TargetMode::EqualShare;
    const bool designing = m_design->isChecked();
    const QString target =
        designing || mode == TargetMode::EqualShare ? tr("an equal share")
        : mode == TargetMode::Capacity
            ? tr("a share in proportion to the capacity of the territory's reps, as on the "
                 "Balance tab")
            : tr("the territory's own target where it has one, else an equal share, scaled so "
                 "that the targets add up to the total");
    QString note = tr("Workload and potential as the model's Balance Settings measure them. Each "
                      "checked metric stays within its tolerance of the target (%1) in every "
                      "territory; unchecked metrics are only reported.")
                       .arg(target);
    if (designing && mode != TargetMode::EqualShare)
        note += QLatin1Char(' ') + tr("New territories have no reps or targets yet: a design "
                                      "aims at equal shares.");
    m_metricsNote->setText(note);
    const QString why = blocker();
    m_setupError->setText(why);
    m_runButton->setEnabled(why.isEmpty());
}

// --- running -------------------------------------------------------------------

QWidget *OptimizeDialog::buildRunningPage()
{
    auto *page = new QWidget;
    m_runLabel = new QLabel;
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    m_runLabel->setWordWrap(true);
    m_runLabel->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("optimizeProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p %"));
    m_progress->setMinimumWidth(420);
    auto *note = new QLabel(tr("The optimizer works on a copy of the workspace; nothing changes "
                               "until you adopt or keep its result. Cancel stops it."));
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_runLabel);
    layout->addWidget(m_progress);
    layout->addWidget(note);
    layout->addStretch(2);
    return page;
}

bool OptimizeDialog::run()
{
    const QString why = blocker();
    if (!why.isEmpty()) {
        m_setupError->setText(why);
        return false;
    }
    const ScopeOptions o = options();
    const WorkspaceDocument &doc = *m_session->document();
    m_error.clear();
    m_outcome.reset();
    m_stackIndex = m_session->undoStack()->index();
    if (!m_run->start(doc.snapshot(), o))
        return false;
    const Territory *parent = doc.territory(o.parentId);
    m_runLabel->setText(o.designTerritories > 0 ? tr("Designing %1 territories under \"%2\"…")
                                                      .arg(o.designTerritories)
                                                      .arg(parent->name)
                        : o.level >= 0
                            ? tr("Rebalancing the territories at level %1…").arg(o.level + 1)
                            : tr("Rebalancing the child territories of \"%1\"…").arg(parent->name));
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    setPage(Page::Running);
    return true;
}

void OptimizeDialog::waitForRun()
{
    m_run->wait();
}

void OptimizeDialog::onRunFinished()
{
    Result<OptimizationOutcome> &r = m_run->result();
    if (!r) {
        m_error = r.error().code == ErrorCode::Cancelled
                      ? tr("The optimization was cancelled; nothing changed.")
                      : r.error().toString();
        m_setupError->setText(m_error);
        setPage(Page::Setup);
        return;
    }
    m_outcome = std::make_shared<OptimizationOutcome>(std::move(*r));
    showOutcome();
    setPage(Page::Result);
}

void OptimizeDialog::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel();
        m_run->wait();
    }
    QDialog::reject();
}

// --- result --------------------------------------------------------------------

QWidget *OptimizeDialog::buildResultPage()
{
    auto *page = new QWidget;
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_verdict->setFont(bold);
    m_verdict->setWordWrap(true);

    m_summary = new QTableWidget(0, 4);
    m_summary->setObjectName(QStringLiteral("optimizeSummaryTable"));
    m_summary->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Tolerance"), tr("Max. deviation before"), tr("After")});
    m_summary->verticalHeader()->setVisible(false);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setStretchLastSection(true);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_certificate = new QLabel;
    m_certificate->setObjectName(QStringLiteral("certificateLabel"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextFormat(Qt::RichText);
    m_certificate->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_certificate, 1);

    auto *chartPage = new QWidget;
    m_chartMeasure = new QComboBox;
    m_chartMeasure->setObjectName(QStringLiteral("chartMeasureCombo"));
    m_chartMeasure->addItems({tr("Workload"), tr("Potential"), tr("Accounts")});
    m_chart = new OptimizationChart;
    auto *chartTop = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Show:"));
    showLabel->setBuddy(m_chartMeasure);
    chartTop->addWidget(showLabel);
    chartTop->addWidget(m_chartMeasure);
    chartTop->addStretch(1);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->addLayout(chartTop);
    chartLayout->addWidget(m_chart, 1);
    connect(m_chartMeasure, &QComboBox::currentIndexChanged, this, &OptimizeDialog::showChart);

    auto *movesPage = new QWidget;
    m_moves = new QTableWidget(0, 6);
    m_moves->setObjectName(QStringLiteral("movesTable"));
    m_moves->setHorizontalHeaderLabels(
        {tr("Account"), tr("Account ID"), tr("From"), tr("To"), tr("Workload"), tr("Potential")});
    m_moves->verticalHeader()->setVisible(false);
    m_moves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_moves->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_moves->setAlternatingRowColors(true);
    m_moves->setWordWrap(false);
    m_moves->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_moves->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : {2, 3}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 190);
    }
    header->setStretchLastSection(false);
    m_movesNote = new QLabel;
    m_movesNote->setObjectName(QStringLiteral("movesNoteLabel"));
    m_movesNote->setWordWrap(true);
    auto *movesLayout = new QVBoxLayout(movesPage);
    movesLayout->addWidget(m_movesNote);
    movesLayout->addWidget(m_moves, 1);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("resultTabs"));
    tabs->addTab(chartPage, tr("Territories"));
    tabs->addTab(movesPage, tr("Moves"));

    m_scenarioName = new QLineEdit;
    m_scenarioName->setObjectName(QStringLiteral("scenarioNameEdit"));
    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("Scenario name:"));
    nameLabel->setBuddy(m_scenarioName);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_scenarioName, 1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addLayout(nameRow);
    return page;
}

void OptimizeDialog::showOutcome()
{
    const OptimizationOutcome &o = *m_outcome;
    const BalanceProblem &p = o.scope.pieces.problem;
    const BalanceResult &r = o.after;
    const bool designing = o.options.designTerritories > 0;
    const WorkspaceDocument &doc = *m_session->document();

    const QString names[3] = {tr("Workload"), tr("Potential"), tr("Accounts")};
    QStringList outOfReach;
    for (std::size_t m = 0; m < r.leastDeviation.size() && m < p.metrics.size(); ++m) {
        const double tol = p.metrics[m].tolerance;
        if (tol >= 0 && r.leastDeviation[m] > tol + 1e-9) {
            QString text = tr("%1 cannot come closer than %2 % to its target")
                               .arg(m < 3 ? names[m] : p.metrics[m].name)
                               .arg(number(r.leastDeviation[m] * 100, 1));
            if (m < r.widenedTolerance.size() && r.widenedTolerance[m] >= 0)
                text +=
                    tr(" (aimed at ± %1 % instead)").arg(number(r.widenedTolerance[m] * 100, 1));
            outOfReach << text;
        }
    }
    if (r.withinTolerance)
        m_verdict->setText(tr("Every checked metric is within its tolerance."));
    else if (!outOfReach.isEmpty())
        m_verdict->setText(tr("Out of reach: %1 — one piece alone is too large, or too much is "
                              "locked.")
                               .arg(outOfReach.join(QStringLiteral("; "))));
    else
        m_verdict->setText(tr("Not every checked metric is within its tolerance: the pieces "
                              "may be too coarse, too many locked, or the time too short."));
    m_verdict->setStyleSheet(r.withinTolerance ? QStringLiteral("color: #2e7d32;")
                                               : QStringLiteral("color: #b3261e;"));

    m_summary->setRowCount(int(p.metrics.size()));
    for (std::size_t m = 0; m < p.metrics.size(); ++m) {
        const int row = int(m);
        const double tol = p.metrics[m].tolerance;
        m_summary->setItem(row, 0, textItem(m < 3 ? names[m] : p.metrics[m].name));
        m_summary->setItem(
            row, 1, textItem(tol >= 0 ? QStringLiteral("± ") + percent(tol) : tr("not balanced")));
        m_summary->setItem(
            row, 2,
            textItem(o.hasBefore ? percent(o.before.maxDeviation[m]) : QStringLiteral("–")));
        auto *after = textItem(percent(r.maxDeviation[m]));
        if (tol >= 0)
            after->setForeground(r.maxDeviation[m] <= tol + 1e-9 ? QColor(0x2e, 0x7d, 0x32)
                                                                 : QColor(0xb3, 0x26, 0x1e));
        m_summary->setItem(row, 3, after);
    }
    m_summary->resizeColumnsToContents();
    int height = m_summary->horizontalHeader()->height() + 2 * m_summary->frameWidth();
    for (int i = 0; i < m_summary->rowCount(); ++i)
        height += m_summary->rowHeight(i);
    m_summary->setFixedHeight(height);

    const double workload =
        std::accumulate(p.metrics[0].values.begin(), p.metrics[0].values.end(), 0.0);
    const double scale = std::max(workload, 1e-300);
    QStringList lines;
    lines << tr("<b>%1</b> accounts in <b>%2</b> %3, <b>%4</b> territories%5")
                 .arg(QLocale().toString(qlonglong(o.scope.scopeRows.size())))
                 .arg(QLocale().toString(qlonglong(p.x.size())))
                 .arg(o.options.pieces == PieceKind::Zip ? tr("ZIP pieces") : tr("account pieces"))
                 .arg(p.districts)
                 .arg(o.lockedNames.empty()
                          ? QString()
                          : tr(" (locked and left out: %1)")
                                .arg(QStringList(o.lockedNames.begin(), o.lockedNames.end())
                                         .join(QStringLiteral(", "))));
    if (o.scope.pieces.unplaced > 0)
        lines << tr("Left out: %L1 accounts with neither coordinates nor a known ZIP")
                     .arg(qlonglong(o.scope.pieces.unplaced));
    lines << tr("Contiguity violations: %1%2")
                 .arg(r.contiguityViolations)
                 .arg(o.options.contiguous ? QString() : tr(" (not required)"));
    lines << tr("Dispersion: %1 km (workload-weighted mean distance to the centre)")
                 .arg(number(r.dispersion / scale, 2));
    if (r.boundApplies(p.metrics))
        lines << tr("Lower bound: %1 km for these centres and tolerances; gap %2")
                     .arg(number(r.lowerBound / scale, 2), percent(r.gap));
    else
        lines << tr("Lower bound: none (it holds for results within the tolerances)");
    if (designing) {
        lines << tr("Assigned: %L1 accounts to %2 new territories")
                     .arg(qlonglong(o.scope.pieces.rows.size()))
                     .arg(p.districts);
    } else {
        lines << tr("Moves: <b>%L1</b> pieces (at least %L2 needed to reach the tolerances), "
                    "%L3 accounts")
                     .arg(r.moves)
                     .arg(r.movesLowerBound)
                     .arg(qlonglong(o.plan.moves.size()));
        if (r.movedShare.size() >= 3)
            lines << tr("Moved: %1 of the workload, %2 of the potential, %3 of the accounts")
                         .arg(percent(r.movedShare[0]), percent(r.movedShare[1]),
                              percent(r.movedShare[2]));
        if (!r.withinMoveCaps)
            lines << tr("<b>The move caps are not kept:</b> contiguity, accounts without a "
                        "territory, manual assignments or a new territory needed more moves");
    }
    lines << tr("Time: %1 s").arg(number(r.seconds, 2));
    m_certificate->setText(lines.join(QStringLiteral("<br>")));

    // Moves.
    m_moves->setSortingEnabled(false);
    m_moves->clearContents();
    const std::vector<AccountMove> &moves = o.plan.moves;
    const int rows = int(std::min<std::size_t>(moves.size(), MaxMoveRows));
    m_moves->setRowCount(rows);
    const AccountStore &store = doc.accounts();
    auto nameOf = [&doc](Id id) {
        const Territory *t = doc.territory(id);
        return t ? t->name : QString();
    };
    for (int i = 0; i < rows; ++i) {
        const AccountMove &m = moves[std::size_t(i)];
        const std::string_view name = m.row < store.rowCount()
                                          ? store.text(m.row, AccountStore::NameField)
                                          : std::string_view();
        m_moves->setItem(i, 0, textItem(QString::fromUtf8(name.data(), qsizetype(name.size()))));
        m_moves->setItem(i, 1, textItem(m.accountId));
        m_moves->setItem(i, 2, textItem(m.from == NoId ? tr("(none)") : nameOf(m.from)));
        m_moves->setItem(i, 3, textItem(nameOf(m.to)));
        m_moves->setItem(i, 4, new NumberItem(m.workload, number(m.workload, 1)));
        m_moves->setItem(i, 5, new NumberItem(m.potential, number(m.potential)));
    }
    m_moves->setSortingEnabled(true);
    m_moves->sortItems(2, Qt::AscendingOrder); // grouped by the territory they leave
    if (designing)
        m_movesNote->setText(tr("A design assigns every account of the scope to a new "
                                "territory. Adopt replaces the child territories by the new "
                                "ones in this model; Keep as Scenario does it in a copy."));
    else if (moves.empty())
        m_movesNote->setText(tr("No account needs to move."));
    else if (int(moves.size()) > rows)
        m_movesNote->setText(tr("%L1 accounts move; the first %L2 are listed.")
                                 .arg(qlonglong(moves.size()))
                                 .arg(rows));
    else
        m_movesNote->setText(
            tr("%L1 accounts move. Click a column to sort.").arg(qlonglong(moves.size())));

    const TerritoryModel *model = doc.model(o.options.modelId);
    m_scenarioName->setText(tr("%1 optimized").arg(model ? model->name : tr("Model")));
    m_adoptButton->setEnabled(designing || !moves.empty());
    m_adoptButton->setToolTip(
        designing ? tr("Replace the child territories by the designed ones in this model, as one "
                       "step that Undo takes back (asks first)")
        : moves.empty() ? tr("Nothing to adopt: no account moves")
                        : tr("Move the accounts in this model, as one step that Undo takes back"));
    showChart();
}

void OptimizeDialog::showChart()
{
    if (!m_outcome)
        return;
    const OptimizationOutcome &o = *m_outcome;
    const BalanceProblem &p = o.scope.pieces.problem;
    const std::size_t m = std::size_t(std::clamp(m_chartMeasure->currentIndex(), 0, 2));
    if (m >= p.metrics.size() || m >= o.after.totals.size())
        return;
    const QString titles[3] = {tr("Workload per territory"), tr("Potential per territory"),
                               tr("Accounts per territory")};
    // Each territory's own target: its share of the total.
    const std::size_t K = o.after.totals[m].size();
    std::vector<double> targets(K);
    for (std::size_t k = 0; k < K; ++k)
        targets[k] = o.after.targets[m] * double(K) * p.shareOf(m, int(k));
    m_chart->setComparison(titles[m], o.districtNames,
                           o.hasBefore ? o.before.totals[m] : std::vector<double>{},
                           o.after.totals[m], targets, p.metrics[m].tolerance);
}

bool OptimizeDialog::stillCurrent()
{
    if (m_session->undoStack()->index() == m_stackIndex)
        return true;
    m_error = tr("The workspace changed since the optimization ran; run it again.");
    if (ErrorReporter *reporter = m_session->errorReporter())
        reporter->showError(makeError(ErrorCode::Invalid, m_error));
    return false;
}

Status OptimizeDialog::adopt()
{
    const bool designing = m_outcome && m_outcome->options.designTerritories > 0;
    if (!m_outcome || (!designing && m_outcome->plan.changes.empty()))
        return makeError(ErrorCode::Invalid, tr("There is nothing to adopt."));
    if (!stillCurrent())
        return makeError(ErrorCode::Invalid, m_error);
    if (designing)
        return adoptDesign();
    const WorkspaceDocument &doc = *m_session->document();
    const Territory *parent = doc.territory(m_outcome->options.parentId);
    const QString text =
        tr("Optimize \"%1\": move %n accounts", nullptr, int(m_outcome->plan.moves.size()))
            .arg(parent ? parent->name : QString());
    const Id model = m_outcome->options.modelId;
    Status s = Editor::adoptMoves(*m_session, m_outcome->plan.changes, text);
    if (!s)
        return s;
    emit movesAdopted(model);
    accept();
    return s;
}

Status OptimizeDialog::adoptDesign()
{
    const WorkspaceDocument &doc = *m_session->document();
    const ScopeOptions &o = m_outcome->options;
    const Territory *parent = doc.territory(o.parentId);
    if (!parent)
        return makeError(ErrorCode::NotFound, tr("The territory of the design does not exist."));
    // What goes: the territories under the parent and the links that name them.
    std::unordered_set<Id> gone;
    std::vector<Id> pending(doc.children(o.modelId, o.parentId));
    while (!pending.empty()) {
        const Id id = pending.back();
        pending.pop_back();
        gone.insert(id);
        const std::vector<Id> &kids = doc.children(o.modelId, id);
        pending.insert(pending.end(), kids.begin(), kids.end());
    }
    auto named = [&gone](const auto &links) {
        return int(std::count_if(links.begin(), links.end(),
                                 [&gone](const auto &l) { return gone.count(l.territoryId) > 0; }));
    };
    const int reps = named(doc.repAssignments());
    const int rules = named(doc.ruleAssociations());
    const int units = named(doc.territoryUnits()) + named(doc.drawnShapes());

    QMessageBox box(QMessageBox::Warning, tr("Adopt Design"),
                    tr("Replace the territories under \"%1\" by the %n designed territories?",
                       nullptr, o.designTerritories)
                        .arg(parent->name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("adoptDesignBox"));
    QStringList removed;
    removed << tr("%n territories", nullptr, int(gone.size())) << tr("%n rep links", nullptr, reps)
            << tr("%n rule links", nullptr, rules);
    if (units > 0)
        removed << tr("%n geography units and drawn shapes", nullptr, units);
    const AccountPieces &pieces = m_outcome->scope.pieces;
    QString details = tr("These go: %1, with the manual assignments and exclusions that name them.")
                          .arg(removed.join(QStringLiteral(", ")));
    details += QStringLiteral("\n\n") +
               tr("The %L1 accounts of the design are assigned by hand to the new territories.")
                   .arg(qlonglong(pieces.rows.size()));
    if (pieces.unplaced > 0)
        details += QLatin1Char(' ') + tr("%L1 accounts with neither coordinates nor a known ZIP "
                                         "are not in the design: no new territory gets them.")
                                          .arg(qlonglong(pieces.unplaced));
    details += QLatin1Char(' ') +
               tr("Undo (%1) brings it all back.")
                   .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    box.setInformativeText(details);
    QPushButton *replace = box.addButton(tr("Replace Territories"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceTerritoriesButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    bool confirmed = false;
    if (m_confirm) {
        confirmed = m_confirm(box);
    } else {
        box.exec();
        confirmed = box.clickedButton() == replace;
    }
    if (!confirmed)
        return makeError(ErrorCode::Cancelled, tr("The design was not adopted."));

    const QString text =
        tr("Adopt Design of %n Territories under \"%1\"", nullptr, o.designTerritories)
            .arg(parent->name);
    const Id model = o.modelId;
    std::shared_ptr<const ScopeProblem> scope(m_outcome, &m_outcome->scope);
    Status s = Editor::adoptDesign(*m_session, scope, o, m_outcome->after, text);
    if (!s)
        return s;
    emit designAdopted(model);
    accept();
    return s;
}

Result<Id> OptimizeDialog::keepAsScenario()
{
    if (!m_outcome)
        return makeError(ErrorCode::Invalid, tr("There is no result to keep."));
    if (!stillCurrent())
        return makeError(ErrorCode::Invalid, m_error);
    QString name = m_scenarioName->text().trimmed();
    if (name.isEmpty())
        name = tr("Optimized");
    std::shared_ptr<const ScopeProblem> scope(m_outcome, &m_outcome->scope);
    Result<Id> id =
        Editor::addScenario(*m_session, scope, m_outcome->options, m_outcome->after, name);
    if (!id)
        return id;
    emit scenarioAdded(*id);
    accept();
    return id;
}

void OptimizeDialog::discard()
{
    m_outcome.reset();
    QDialog::reject();
}

// --- pages ---------------------------------------------------------------------

OptimizeDialog::Page OptimizeDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void OptimizeDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    const bool setup = page == Page::Setup, running = page == Page::Running,
               result = page == Page::Result;
    m_runButton->setVisible(setup);
    m_closeButton->setVisible(setup);
    m_cancelButton->setVisible(running);
    m_backButton->setVisible(result);
    m_adoptButton->setVisible(result);
    m_keepButton->setVisible(result);
    m_discardButton->setVisible(result);
    if (setup)
        updateSetup();
    if (setup && !m_error.isEmpty())
        m_setupError->setText(m_error);
}

} // namespace Tessera
