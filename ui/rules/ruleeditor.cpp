// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/ruleeditor.h"

#include "core/rules/booleanfilter.h"
#include "core/rules/compiledrule.h"
#include "core/rules/rulecheck.h"
#include "ui/commands/editor.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/documentsession.h"
#include "ui/rules/ruleitemdelegate.h"
#include "ui/rules/ruleitemsmodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Tessera {

namespace {
// Pause in typing after which the draft's matches are counted.
constexpr int CountDelayMs = 150;
const QString ErrorStyle = QStringLiteral("color: #b71c1c;");
const QString InvalidEditStyle =
    QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; }");
} // namespace

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_items(new RuleItemsModel(this))
    , m_delegate(new RuleItemDelegate(this))
    , m_countTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &RuleEditor::refreshCount);
    connect(m_items, &RuleItemsModel::itemsEdited, this, &RuleEditor::draftChanged);
    buildUi();
    showRule(false);
}

RuleEditor::~RuleEditor() = default;

void RuleEditor::buildUi()
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("ruleEditorTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    m_title->setFont(big);

    m_ruleList = new QListWidget;
    m_ruleList->setObjectName(QStringLiteral("actingRulesList"));
    m_ruleList->setAlternatingRowColors(true);
    connect(m_ruleList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        const Id id = row >= 0 && row < static_cast<int>(m_acting.size())
                          ? m_acting[static_cast<std::size_t>(row)].ruleId
                          : NoId;
        if (id == m_ruleId)
            return;
        commitPending();
        m_ruleId = id;
        loadRule();
    });

    m_newButton = new QPushButton(tr("New Rule"));
    m_newButton->setObjectName(QStringLiteral("newRuleButton"));
    m_newButton->setToolTip(tr("Add a rule and link it to this territory"));
    connect(m_newButton, &QPushButton::clicked, this, [this] { (void)newRule(); });
    m_linkButton = new QToolButton;
    m_linkButton->setObjectName(QStringLiteral("linkRuleButton"));
    m_linkButton->setText(tr("Link Existing"));
    m_linkButton->setToolTip(tr("Link a rule of this model to this territory"));
    m_linkButton->setPopupMode(QToolButton::InstantPopup);
    m_linkButton->setMenu(new QMenu(m_linkButton));
    connect(m_linkButton->menu(), &QMenu::aboutToShow, this, &RuleEditor::showLinkMenu);
    m_unlinkButton = new QPushButton(tr("Unlink"));
    m_unlinkButton->setObjectName(QStringLiteral("unlinkRuleButton"));
    m_unlinkButton->setToolTip(tr("Stop the rule acting on this territory; the rule stays"));
    connect(m_unlinkButton, &QPushButton::clicked, this, &RuleEditor::unlinkRule);
    m_deleteButton = new QPushButton(tr("Delete Rule"));
    m_deleteButton->setObjectName(QStringLiteral("deleteRuleButton"));
    m_deleteButton->setToolTip(tr("Delete the rule and all its links"));
    connect(m_deleteButton, &QPushButton::clicked, this, &RuleEditor::deleteRule);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_linkButton);
    listButtons->addWidget(m_unlinkButton);
    listButtons->addStretch();
    listButtons->addWidget(m_deleteButton);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_ruleList);
    topLayout->addLayout(listButtons);

    // --- the chosen rule ---
    m_form = new QWidget;
    m_form->setObjectName(QStringLiteral("ruleForm"));
    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("ruleLabelEdit"));
    m_apiName = new QLineEdit;
    m_apiName->setObjectName(QStringLiteral("ruleApiNameEdit"));
    for (QLineEdit *edit : {m_label, m_apiName})
        connect(edit, &QLineEdit::textEdited, this, &RuleEditor::draftChanged);
    m_active = new QCheckBox(tr("Active"));
    m_active->setObjectName(QStringLiteral("ruleActiveCheck"));
    m_active->setToolTip(tr("Inactive rules assign no accounts"));
    connect(m_active, &QCheckBox::clicked, this, [this](bool on) {
        if (m_session && m_ruleId != NoId)
            (void)Editor::setRuleActive(*m_session, m_ruleId, on);
        if (m_service)
            m_service->flush();
        loadRule();
    });
    m_applyToChildren = new QCheckBox(tr("Apply to child territories"));
    m_applyToChildren->setObjectName(QStringLiteral("applyToChildrenCheck"));
    connect(m_applyToChildren, &QCheckBox::clicked, this, [this](bool on) {
        const ActingRule *acting = currentActing();
        if (m_session && acting)
            (void)Editor::setApplyToChildren(*m_session, m_ruleId, acting->attachedTo, on);
        if (m_service)
            m_service->flush();
        loadRule();
    });
    auto *switches = new QHBoxLayout;
    switches->addWidget(m_active);
    switches->addSpacing(12);
    switches->addWidget(m_applyToChildren);
    switches->addStretch();

    m_itemsView = new QTableView;
    m_itemsView->setObjectName(QStringLiteral("ruleItemsTable"));
    m_itemsView->setModel(m_items);
    m_itemsView->setItemDelegate(m_delegate);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_itemsView->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_itemsView->setAlternatingRowColors(true);
    QHeaderView *header = m_itemsView->horizontalHeader();
    header->setSectionResizeMode(RuleItemsModel::FieldColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RuleItemsModel::OperationColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(RuleItemsModel::FieldColumn, 190);
    header->resizeSection(RuleItemsModel::OperationColumn, 130);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RuleEditor::updateButtons);

    m_addItemButton = new QPushButton(tr("Add Item"));
    m_addItemButton->setObjectName(QStringLiteral("addItemButton"));
    connect(m_addItemButton, &QPushButton::clicked, this, [this] {
        const int current = m_itemsView->currentIndex().row();
        const int row = m_items->insertItem(
            current < 0 ? -1 : current + 1,
            RuleItem{QStringLiteral("Account.BillingState"), QStringLiteral("equals"), {}});
        m_itemsView->setCurrentIndex(m_items->index(row, RuleItemsModel::FieldColumn));
    });
    m_removeItemButton = new QPushButton(tr("Remove Item"));
    m_removeItemButton->setObjectName(QStringLiteral("removeItemButton"));
    connect(m_removeItemButton, &QPushButton::clicked, this,
            [this] { m_items->removeItem(m_itemsView->currentIndex().row()); });
    m_upButton = new QPushButton(tr("Move Up"));
    m_upButton->setObjectName(QStringLiteral("moveItemUpButton"));
    m_downButton = new QPushButton(tr("Move Down"));
    m_downButton->setObjectName(QStringLiteral("moveItemDownButton"));
    for (QPushButton *b : {m_upButton, m_downButton}) {
        const int step = b == m_upButton ? -1 : 1;
        connect(b, &QPushButton::clicked, this, [this, step] {
            const QModelIndex current = m_itemsView->currentIndex();
            const int row = m_items->moveItem(current.row(), current.row() + step);
            if (row >= 0)
                m_itemsView->setCurrentIndex(m_items->index(row, current.column()));
        });
    }
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addItemButton);
    itemButtons->addWidget(m_removeItemButton);
    itemButtons->addStretch();
    itemButtons->addWidget(m_upButton);
    itemButtons->addWidget(m_downButton);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("All items must match (e.g. 1 AND (2 OR 3))"));
    connect(m_filter, &QLineEdit::textEdited, this, &RuleEditor::draftChanged);
    m_filterMessage = new QLabel;
    m_filterMessage->setObjectName(QStringLiteral("filterMessageLabel"));
    m_filterMessage->setWordWrap(true);
    m_filterMessage->setStyleSheet(ErrorStyle);
    m_filterMessage->hide();

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("matchCountLabel"));
    m_countLabel->setWordWrap(true);
    QFont countFont = m_countLabel->font();
    countFont.setBold(true);
    m_countLabel->setFont(countFont);

    m_issues = new QListWidget;
    m_issues->setObjectName(QStringLiteral("ruleIssuesList"));
    m_issues->setWordWrap(true);
    m_issues->setMaximumHeight(90);

    m_revertButton = new QPushButton(tr("Revert"));
    m_revertButton->setObjectName(QStringLiteral("revertRuleButton"));
    connect(m_revertButton, &QPushButton::clicked, this, &RuleEditor::revertDraft);
    m_applyButton = new QPushButton(tr("Apply"));
    m_applyButton->setObjectName(QStringLiteral("applyRuleButton"));
    m_applyButton->setDefault(true);
    connect(m_applyButton, &QPushButton::clicked, this, [this] { (void)applyDraft(); });
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_countLabel, 1);
    applyRow->addWidget(m_revertButton);
    applyRow->addWidget(m_applyButton);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(tr("&Label:"), m_label);
    fields->addRow(tr("API &name:"), m_apiName);
    fields->addRow(QString(), switches);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(fields);
    auto *itemsLabel = new QLabel(tr("Items:"));
    formLayout->addWidget(itemsLabel);
    formLayout->addWidget(m_itemsView, 1);
    formLayout->addLayout(itemButtons);
    auto *filterRow = new QFormLayout;
    filterRow->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    filterRow->addRow(tr("Filter &logic:"), m_filter);
    formLayout->addLayout(filterRow);
    formLayout->addWidget(m_filterMessage);
    formLayout->addWidget(m_issues);
    formLayout->addLayout(applyRow);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("ruleEditorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void RuleEditor::setSession(DocumentSession *session, AssignmentService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    if (m_session)
        disconnect(m_session->document(), nullptr, this, nullptr);
    m_session = session;
    m_service = service;
    m_territoryId = NoId;
    m_ruleId = NoId;
    if (!session || !service) {
        refreshRuleList();
        return;
    }
    m_delegate->setSchema(session->document()->accounts());
    connect(service, &AssignmentService::resultsChanged, this, [this] {
        refreshRuleList();
        refreshIssues();
        m_countTimer->start();
    });
    connect(session->document(), &WorkspaceDocument::accountsReset, this,
            [this] { m_delegate->setSchema(m_session->document()->accounts()); });
    connect(session->document(), &WorkspaceDocument::resetDone, this,
            [this] { m_delegate->setSchema(m_session->document()->accounts()); });
    connect(session->document(), &WorkspaceDocument::listItemChanged, this,
            [this](ListKind kind, Id id, unsigned) {
                // An undo or another view changed the rule: show it, keeping a draft in progress.
                if (kind == ListKind::Rules && id == m_ruleId && !m_loading)
                    loadRule();
            });
    connect(session->document(), &WorkspaceDocument::territoryChanged, this,
            [this](Id id, unsigned) {
                if (id == m_territoryId)
                    refreshRuleList();
            });
    refreshRuleList();
}

void RuleEditor::setTerritory(Id territoryId)
{
    if (territoryId == m_territoryId)
        return;
    commitPending();
    m_territoryId = territoryId;
    m_ruleId = NoId;
    refreshRuleList();
}

const ActingRule *RuleEditor::currentActing() const
{
    for (const ActingRule &a : m_acting) {
        if (a.ruleId == m_ruleId)
            return &a;
    }
    return nullptr;
}

void RuleEditor::refreshRuleList()
{
    const WorkspaceDocument *doc = m_session ? m_session->document() : nullptr;
    const Territory *territory = doc ? doc->territory(m_territoryId) : nullptr;
    const AssignmentEngine *engine = m_service ? m_service->engine() : nullptr;
    m_acting.clear();
    if (territory && engine)
        m_acting = engine->actingRules(m_territoryId);
    // Rules the engine does not know yet (none), or while it runs: nothing to list.
    std::erase_if(m_acting, [doc](const ActingRule &a) { return !doc->rule(a.ruleId); });

    if (!territory)
        m_title->setText(tr("Select a territory to see its assignment rules."));
    else if (m_service && m_service->isRunning())
        m_title->setText(tr("Assigning accounts…"));
    else
        m_title->setText(tr("Rules acting on \"%1\"").arg(territory->name));

    m_loading = true;
    m_ruleList->clear();
    int selectedRow = -1;
    for (const ActingRule &a : m_acting) {
        const AssignmentRule *rule = doc->rule(a.ruleId);
        QString text = rule->label;
        if (a.inherited) {
            const Territory *from = doc->territory(a.attachedTo);
            text += QStringLiteral("  —  ") +
                    tr("inherited from %1").arg(from ? from->name : QString());
        }
        if (!rule->active)
            text += QStringLiteral("  ") + tr("(inactive)");
        auto *item = new QListWidgetItem(text, m_ruleList);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(a.ruleId));
        item->setToolTip(rule->apiName);
        if (!rule->active || a.inherited) {
            QFont f = item->font();
            f.setItalic(a.inherited);
            item->setFont(f);
        }
        if (!rule->active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (a.ruleId == m_ruleId)
            selectedRow = m_ruleList->count() - 1;
    }
    // The rule shown stays while it acts here; else the first one.
    if (selectedRow < 0 && !m_acting.empty())
        selectedRow = 0;
    if (selectedRow >= 0)
        m_ruleList->setCurrentRow(selectedRow);
    m_loading = false;
    m_ruleId = selectedRow >= 0 ? m_acting[static_cast<std::size_t>(selectedRow)].ruleId : NoId;
    loadRule();
}

void RuleEditor::selectRule(Id ruleId)
{
    for (std::size_t i = 0; i < m_acting.size(); ++i) {
        if (m_acting[i].ruleId == ruleId) {
            m_ruleList->setCurrentRow(static_cast<int>(i));
            return;
        }
    }
}

void RuleEditor::showRule(bool enabled)
{
    m_form->setEnabled(enabled);
    if (!enabled) {
        m_base = {};
        m_label->clear();
        m_apiName->clear();
        m_filter->clear();
        m_items->setItems({});
        m_countLabel->clear();
        m_issues->clear();
        m_filterMessage->hide();
        m_filter->setStyleSheet({});
        m_count.reset();
    }
    updateButtons();
}

void RuleEditor::loadRule()
{
    const WorkspaceDocument *doc = m_session ? m_session->document() : nullptr;
    const AssignmentRule *rule = doc ? doc->rule(m_ruleId) : nullptr;
    if (!rule) {
        m_ruleId = NoId;
        showRule(false);
        return;
    }
    // Switches always follow the document; the draft only when it is not being edited.
    const bool keepDraft = m_base.id == m_ruleId && isDirty();
    m_loading = true;
    m_active->setChecked(rule->active);
    const ActingRule *acting = currentActing();
    m_applyToChildren->setEnabled(acting != nullptr);
    bool applies = false;
    for (const RuleAssociation &a : doc->ruleAssociations()) {
        if (acting && a.ruleId == m_ruleId && a.territoryId == acting->attachedTo)
            applies = a.applyToChildren;
    }
    m_applyToChildren->setChecked(applies);
    if (acting && acting->inherited) {
        const Territory *from = doc->territory(acting->attachedTo);
        m_applyToChildren->setText(
            tr("Apply to child territories (linked at %1)").arg(from ? from->name : QString()));
    } else {
        m_applyToChildren->setText(tr("Apply to child territories"));
    }
    if (!keepDraft) {
        m_base = *rule;
        m_label->setText(rule->label);
        m_apiName->setText(rule->apiName);
        m_filter->setText(rule->booleanFilter);
        m_items->setItems(rule->items);
    }
    m_loading = false;
    showRule(true);
    validateFilter();
    refreshIssues();
    refreshCount();
}

AssignmentRule RuleEditor::draftRule() const
{
    AssignmentRule draft;
    if (const AssignmentRule *rule = m_session ? m_session->document()->rule(m_ruleId) : nullptr)
        draft = *rule;
    draft.label = m_label->text().trimmed();
    draft.apiName = m_apiName->text().trimmed();
    draft.booleanFilter = m_filter->text().trimmed();
    draft.items = m_items->items();
    return draft;
}

bool RuleEditor::isDirty() const
{
    // Edited since loaded: the switches are not part of the draft.
    if (m_ruleId == NoId || m_base.id != m_ruleId)
        return false;
    const AssignmentRule draft = draftRule();
    return draft.label != m_base.label || draft.apiName != m_base.apiName ||
           draft.booleanFilter != m_base.booleanFilter || draft.items != m_base.items;
}

void RuleEditor::draftChanged()
{
    if (m_loading)
        return;
    validateFilter();
    updateButtons();
    m_countTimer->start();
}

void RuleEditor::validateFilter()
{
    const QString text = m_filter->text();
    const int itemCount = m_items->rowCount();
    QString message;
    if (!text.trimmed().isEmpty() || itemCount == 0) {
        Result<BooleanFilter> parsed = BooleanFilter::parse(text, itemCount);
        if (!parsed)
            message = parsed.error().message;
    }
    if (text.trimmed().size() > EtmLimits::FilterLength)
        message = tr("Salesforce allows at most %1 characters of filter logic.")
                      .arg(EtmLimits::FilterLength);
    const bool bad = !message.isEmpty() && (!text.trimmed().isEmpty());
    m_filter->setStyleSheet(bad ? InvalidEditStyle : QString());
    m_filterMessage->setText(message);
    m_filterMessage->setVisible(!message.isEmpty());
}

void RuleEditor::refreshCount()
{
    m_countTimer->stop();
    m_count.reset();
    if (m_ruleId == NoId) {
        m_countLabel->clear();
        return;
    }
    const AssignmentEngine *engine = m_service ? m_service->engine() : nullptr;
    if (!engine) {
        m_countLabel->setStyleSheet({});
        m_countLabel->setText(tr("Counting when the assignment is done…"));
        return;
    }
    const AssignmentRule draft = draftRule();
    if (draft.items.empty()) {
        m_countLabel->setStyleSheet({});
        m_countLabel->setText(tr("Add an item to match accounts."));
        return;
    }
    if (!m_filterMessage->text().isEmpty()) {
        m_countLabel->setStyleSheet({});
        m_countLabel->setText(tr("Counting once the filter logic is valid."));
        return;
    }
    const AccountIndex &index = engine->index();
    Result<CompiledRule> compiled = compileRule(draft, index.store());
    if (!compiled) {
        m_countLabel->setStyleSheet(ErrorStyle);
        m_countLabel->setText(compiled.error().message);
        return;
    }
    // Item by item with the filter, as the rule as written reads; the
    // engine's own plan may fuse items but must agree.
    std::vector<RowSet> sets;
    sets.reserve(compiled->items.size());
    for (const CompiledItem &item : compiled->items)
        sets.push_back(item.evaluate(index));
    const RowSet matches =
        compiled->filter.combine<RowSet>([&](int i) { return sets[static_cast<std::size_t>(i)]; },
                                         [](const RowSet &a, const RowSet &b) { return a & b; },
                                         [](const RowSet &a, const RowSet &b) { return a | b; },
                                         [](const RowSet &a) { return a.complement(); });
    m_count = matches.count();
    QString text = *m_count == 1
                       ? tr("Matches 1 account")
                       : tr("Matches %1 accounts").arg(QLocale().toString(qulonglong(*m_count)));
    if (!draft.active)
        text += QStringLiteral(" — ") + tr("inactive: assigns none");
    m_countLabel->setStyleSheet({});
    m_countLabel->setText(text);
}

void RuleEditor::refreshIssues()
{
    m_issues->clear();
    if (!m_service || m_ruleId == NoId || m_service->isRunning())
        return;
    const std::vector<RuleIssue> issues =
        checkRules(m_service->data(), m_service->modelId(), m_service->engine());
    for (const RuleIssue &issue : issues) {
        if (issue.ruleId != m_ruleId &&
            !(issue.ruleId == NoId && issue.territoryId == m_territoryId && m_territoryId != NoId))
            continue;
        auto *item = new QListWidgetItem(style()->standardIcon(issue.severity == RuleIssue::Error
                                                                   ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning),
                                         issue.message, m_issues);
        item->setData(Qt::UserRole, issue.severity == RuleIssue::Error ? QStringLiteral("error")
                                                                       : QStringLiteral("warning"));
    }
    m_issues->setVisible(m_issues->count() > 0);
}

void RuleEditor::updateButtons()
{
    const bool hasTerritory = m_session && m_session->document()->territory(m_territoryId);
    const bool hasRule = m_ruleId != NoId;
    const ActingRule *acting = currentActing();
    m_newButton->setEnabled(hasTerritory);
    m_linkButton->setEnabled(hasTerritory);
    // An inherited rule is unlinked where it is linked, not here.
    m_unlinkButton->setEnabled(acting && !acting->inherited);
    m_deleteButton->setEnabled(hasRule);
    const int row = m_itemsView->currentIndex().row();
    const int count = m_items->rowCount();
    m_addItemButton->setEnabled(hasRule &&
                                count < static_cast<int>(WorkspaceDocument::MaxRuleItems));
    m_removeItemButton->setEnabled(hasRule && row >= 0);
    m_upButton->setEnabled(hasRule && row > 0);
    m_downButton->setEnabled(hasRule && row >= 0 && row + 1 < count);
    const bool dirty = isDirty();
    // Filter logic that does not parse would only be refused at export.
    m_applyButton->setEnabled(dirty && m_filterMessage->text().isEmpty());
    m_revertButton->setEnabled(dirty);
}

bool RuleEditor::applyDraft()
{
    if (!m_session || !isDirty())
        return false;
    m_loading = true;
    const Status s = Editor::editRule(*m_session, draftRule());
    m_loading = false;
    if (s)
        m_base = {}; // load what the document holds now
    if (m_service)
        m_service->flush();
    loadRule();
    return s.ok();
}

void RuleEditor::revertDraft()
{
    m_base = {};
    loadRule();
}

bool RuleEditor::commitPending()
{
    if (!isDirty())
        return true;
    return applyDraft();
}

Result<Id> RuleEditor::newRule(const QString &label)
{
    if (!m_session || !m_session->document()->territory(m_territoryId))
        return makeError(ErrorCode::NotFound, tr("No territory is selected."));
    commitPending();
    const Territory *t = m_session->document()->territory(m_territoryId);
    const QString name = label.isEmpty() ? tr("%1 rule").arg(t->name) : label;
    Result<Id> id = Editor::addRule(*m_session, t->modelId, m_territoryId, name);
    if (!id)
        return id;
    m_service->flush();
    m_ruleId = *id;
    refreshRuleList();
    selectRule(*id);
    m_label->setFocus();
    m_label->selectAll();
    return id;
}

void RuleEditor::deleteRule()
{
    if (!m_session || m_ruleId == NoId)
        return;
    const Id id = m_ruleId;
    m_base = {};
    (void)Editor::removeRule(*m_session, id);
    m_service->flush();
}

void RuleEditor::linkExistingRule(Id ruleId)
{
    if (!m_session || m_territoryId == NoId)
        return;
    commitPending();
    if (Editor::linkRule(*m_session, ruleId, m_territoryId, false)) {
        m_service->flush();
        m_ruleId = ruleId;
        refreshRuleList();
        selectRule(ruleId);
    }
}

void RuleEditor::unlinkRule()
{
    const ActingRule *acting = currentActing();
    if (!m_session || !acting || acting->inherited)
        return;
    const Id id = m_ruleId;
    m_base = {};
    (void)Editor::unlinkRule(*m_session, id, m_territoryId);
    m_service->flush();
}

void RuleEditor::showLinkMenu()
{
    QMenu *menu = m_linkButton->menu();
    menu->clear();
    const WorkspaceDocument *doc = m_session ? m_session->document() : nullptr;
    const Territory *t = doc ? doc->territory(m_territoryId) : nullptr;
    if (!t)
        return;
    std::vector<const AssignmentRule *> candidates;
    for (const AssignmentRule &r : doc->rules()) {
        const bool linkedHere = std::any_of(
            doc->ruleAssociations().begin(), doc->ruleAssociations().end(),
            [&](const RuleAssociation &a) { return a.ruleId == r.id && a.territoryId == t->id; });
        if (r.modelId == t->modelId && !linkedHere)
            candidates.push_back(&r);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const AssignmentRule *a, const AssignmentRule *b) {
                  return QString::localeAwareCompare(a->label, b->label) < 0;
              });
    // A model may hold thousands of rules; the menu shows a screenful.
    constexpr std::size_t MaxShown = 40;
    for (std::size_t i = 0; i < candidates.size() && i < MaxShown; ++i) {
        const Id id = candidates[i]->id;
        menu->addAction(candidates[i]->label, this, [this, id] { linkExistingRule(id); });
    }
    if (candidates.size() > MaxShown)
        menu->addAction(tr("%1 more not shown").arg(candidates.size() - MaxShown))
            ->setEnabled(false);
    if (candidates.empty())
        menu->addAction(tr("No other rules in this model"))->setEnabled(false);
}

} // namespace Tessera
