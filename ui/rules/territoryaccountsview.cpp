// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/territoryaccountsview.h"

#include "core/rules/accountindex.h"
#include "core/rules/assignmentengine.h"
#include "core/rules/explain.h"
#include "ui/commands/editor.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/documentsession.h"
#include "ui/rules/explanationpresenter.h"
#include "ui/rules/territoryaccountsmodel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Tessera {

namespace {
constexpr int TypingPauseMs = 200;
constexpr int MaxCompletions = 20;
} // namespace

TerritoryAccountsView::TerritoryAccountsView(QWidget *parent)
    : QWidget(parent)
    , m_presenter(std::make_unique<ExplanationPresenter>())
    , m_filterTimer(new QTimer(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("territoryAccountsView"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("accountsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("accountFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by id or name"));
    m_filter->setClearButtonEnabled(true);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(TypingPauseMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setFilterText(m_filter->text());
    });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("accountsSummaryLabel"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("territoryAccountsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            &TerritoryAccountsView::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this,
            &TerritoryAccountsView::explainSelected);

    m_whyButton = new QPushButton(tr("Why Here?"));
    m_whyButton->setObjectName(QStringLiteral("whyHereButton"));
    m_whyButton->setToolTip(tr("Explain why the selected account is in this territory"));
    connect(m_whyButton, &QPushButton::clicked, this, &TerritoryAccountsView::explainSelected);
    m_excludeButton = new QPushButton(tr("Exclude from Here"));
    m_excludeButton->setObjectName(QStringLiteral("excludeAccountButton"));
    m_excludeButton->setToolTip(
        tr("Keep the selected account out of this territory whatever the rules say"));
    connect(m_excludeButton, &QPushButton::clicked, this, &TerritoryAccountsView::excludeSelected);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("accountSearchEdit"));
    m_search->setPlaceholderText(tr("Any account: id or name"));
    m_search->setClearButtonEnabled(true);
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                // Entries read "id — name": keep the id.
                m_search->setText(text.section(QStringLiteral(" — "), 0, 0));
                updateButtons();
            });
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(TypingPauseMs);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, &TerritoryAccountsView::updateButtons);
    connect(m_searchTimer, &QTimer::timeout, this, &TerritoryAccountsView::updateCompletions);
    connect(m_search, &QLineEdit::returnPressed, this, &TerritoryAccountsView::explainSearched);
    m_whyNotButton = new QPushButton(tr("Why Not Here?"));
    m_whyNotButton->setObjectName(QStringLiteral("whyNotHereButton"));
    m_whyNotButton->setToolTip(tr("Explain why this account is, or is not, in this territory"));
    connect(m_whyNotButton, &QPushButton::clicked, this, &TerritoryAccountsView::explainSearched);
    m_assignButton = new QPushButton(tr("Assign Here"));
    m_assignButton->setObjectName(QStringLiteral("assignHereButton"));
    m_assignButton->setToolTip(tr("Put this account into this territory by hand"));
    connect(m_assignButton, &QPushButton::clicked, this, &TerritoryAccountsView::assignSearched);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_summary);
    auto *selectedRow = new QHBoxLayout;
    selectedRow->addWidget(new QLabel(tr("Selected account:")));
    selectedRow->addWidget(m_whyButton);
    selectedRow->addWidget(m_excludeButton);
    selectedRow->addStretch();
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(new QLabel(tr("Other account:")));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_whyNotButton);
    searchRow->addWidget(m_assignButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(selectedRow);
    layout->addLayout(searchRow);
    updateButtons();
}

TerritoryAccountsView::~TerritoryAccountsView()
{
    // The view goes before the model it shows.
    delete m_table;
}

void TerritoryAccountsView::setExplanationPresenter(std::unique_ptr<ExplanationPresenter> presenter)
{
    m_presenter = std::move(presenter);
}

void TerritoryAccountsView::setSession(DocumentSession *session, AssignmentService *service)
{
    m_session = session;
    m_service = service;
    m_territoryId = NoId;
    auto old = std::move(m_model);
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    if (service) {
        m_model = std::make_unique<TerritoryAccountsModel>(service);
        connect(m_model.get(), &QAbstractItemModel::modelReset, this,
                &TerritoryAccountsView::updateSummary);
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
                &TerritoryAccountsView::updateSummary);
        connect(service, &AssignmentService::resultsChanged, this,
                &TerritoryAccountsView::updateSummary);
    }
    m_table->setModel(m_model.get());
    delete oldSelection;
    if (m_table->selectionModel())
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &TerritoryAccountsView::updateButtons);
    QHeaderView *header = m_table->horizontalHeader();
    if (m_model) {
        // Wide enough for an 18-character CRM id and a revenue in the millions.
        const QFontMetrics fm = m_table->fontMetrics();
        auto width = [&fm](const char *sample) {
            return fm.horizontalAdvance(QLatin1String(sample)) + 16;
        };
        header->resizeSection(TerritoryAccountsModel::IdColumn, width("001000000000000AAAM"));
        header->resizeSection(TerritoryAccountsModel::NameColumn,
                              width("Gilbertville Regional Medic"));
        header->resizeSection(TerritoryAccountsModel::CauseColumn,
                              width("Rule ME, NH, VT, MA geogra"));
        header->resizeSection(TerritoryAccountsModel::StateColumn, width("State"));
        header->resizeSection(TerritoryAccountsModel::PostalCodeColumn, width("00000-0"));
        header->resizeSection(TerritoryAccountsModel::IndustryColumn, width("Biotechnology"));
        header->resizeSection(TerritoryAccountsModel::RevenueColumn, width("999,999,999,999"));
    }
    updateSummary();
}

void TerritoryAccountsView::setTerritory(Id territoryId)
{
    m_territoryId = territoryId;
    if (m_model) {
        if (m_model->showsSelection())
            m_model->setAccountSelection(std::nullopt);
        m_model->setTerritory(territoryId);
    }
    updateSummary();
}

void TerritoryAccountsView::showAccountSelection(const std::vector<std::uint32_t> &rows)
{
    if (!m_model)
        return;
    if (rows.empty())
        m_model->setAccountSelection(std::nullopt);
    else
        m_model->setAccountSelection(rows);
    updateSummary();
}

void TerritoryAccountsView::updateSummary()
{
    const WorkspaceDocument *doc = m_session ? m_session->document() : nullptr;
    const Territory *t = doc ? doc->territory(m_territoryId) : nullptr;
    if (m_model && m_model->showsSelection()) {
        const std::size_t n = m_model->territoryCount();
        m_title->setText(
            n == 1 ? tr("1 account picked on the map")
                   : tr("%1 accounts picked on the map").arg(QLocale().toString(qulonglong(n))));
        m_summary->setText(m_model->filterText().trimmed().isEmpty()
                               ? QString()
                               : tr("%1 of %2")
                                     .arg(QLocale().toString(qulonglong(m_model->matchingCount())),
                                          QLocale().toString(qulonglong(n))));
        updateButtons();
        return;
    }
    if (!t)
        m_title->setText(tr("Select a territory to see its accounts."));
    else if (m_service && m_service->isRunning())
        m_title->setText(tr("Assigning accounts…"));
    else
        m_title->setText(tr("Accounts in \"%1\"").arg(t->name));
    if (!m_model || !t) {
        m_summary->clear();
    } else if (m_model->filterText().trimmed().isEmpty()) {
        const std::size_t n = m_model->territoryCount();
        m_summary->setText(n == 1 ? tr("1 account")
                                  : tr("%1 accounts").arg(QLocale().toString(qulonglong(n))));
    } else {
        m_summary->setText(tr("%1 of %2")
                               .arg(QLocale().toString(qulonglong(m_model->matchingCount())),
                                    QLocale().toString(qulonglong(m_model->territoryCount()))));
    }
    updateButtons();
}

void TerritoryAccountsView::updateButtons()
{
    // Accounts picked on the map are not the territory's: nothing to explain or exclude.
    const bool ready = m_service && m_service->engine() && m_session &&
                       m_session->document()->territory(m_territoryId) &&
                       !(m_model && m_model->showsSelection());
    const bool selected = ready && selectedAccount().has_value();
    m_whyButton->setEnabled(selected);
    m_excludeButton->setEnabled(selected);
    const bool searched = ready && searchedAccount().has_value();
    m_whyNotButton->setEnabled(searched);
    m_assignButton->setEnabled(searched);
}

std::optional<std::uint32_t> TerritoryAccountsView::selectedAccount() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_model || !current.isValid())
        return std::nullopt;
    return m_model->accountRow(current.row());
}

std::optional<std::uint32_t> TerritoryAccountsView::searchedAccount() const
{
    if (!m_service)
        return std::nullopt;
    const QString text = m_search->text().section(QStringLiteral(" — "), 0, 0).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const std::int64_t row = m_service->data().accounts.rowOf(text.toStdString());
    if (row < 0)
        return std::nullopt;
    return static_cast<std::uint32_t>(row);
}

void TerritoryAccountsView::selectAccount(std::uint32_t accountRow)
{
    if (!m_model)
        return;
    int row = m_model->rowOfAccount(accountRow);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfAccount(accountRow);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, TerritoryAccountsModel::IdColumn));
}

void TerritoryAccountsView::updateCompletions()
{
    QStringList out;
    const std::string needle = foldText(m_search->text().trimmed().toStdString());
    if (m_service && needle.size() >= 2) {
        const AccountStore &store = m_service->data().accounts;
        for (std::size_t r = 0; r < store.rowCount() && out.size() < MaxCompletions; ++r) {
            if (foldText(store.text(r, AccountStore::IdField)).find(needle) != std::string::npos ||
                foldText(store.text(r, AccountStore::NameField)).find(needle) != std::string::npos)
                out << store.accountId(r) + QStringLiteral(" — ") +
                           store.displayText(r, AccountStore::NameField);
        }
    }
    m_completions->setStringList(out);
    if (!out.isEmpty() && m_search->hasFocus())
        m_completer->complete();
}

void TerritoryAccountsView::explain(std::uint32_t accountRow)
{
    const AssignmentEngine *engine = m_service ? m_service->engine() : nullptr;
    const Territory *t = m_session ? m_session->document()->territory(m_territoryId) : nullptr;
    if (!engine || !t)
        return;
    const WorkspaceData &data = m_service->data();
    const Explanation e = Tessera::explain(*engine, data, accountRow, m_territoryId);
    const QString id = data.accounts.accountId(accountRow);
    const QString title = e.inTerritory ? tr("Why is %1 in %2?").arg(id, t->name)
                                        : tr("Why is %1 not in %2?").arg(id, t->name);
    m_presenter->showExplanation(this, title, e.toText(data));
}

void TerritoryAccountsView::explainSelected()
{
    if (const auto row = selectedAccount())
        explain(*row);
}

void TerritoryAccountsView::explainSearched()
{
    if (const auto row = searchedAccount())
        explain(*row);
}

void TerritoryAccountsView::excludeSelected()
{
    const auto row = selectedAccount();
    if (!row || !m_session)
        return;
    const QString id = m_service->data().accounts.accountId(*row);
    (void)Editor::excludeAccount(*m_session, id, m_territoryId);
    m_service->flush();
}

void TerritoryAccountsView::removeManualSelected()
{
    const auto row = selectedAccount();
    if (!row || !m_session)
        return;
    const QString id = m_service->data().accounts.accountId(*row);
    (void)Editor::removeManualAssignment(*m_session, id, m_territoryId);
    m_service->flush();
}

void TerritoryAccountsView::assignSearched()
{
    const auto row = searchedAccount();
    if (!row || !m_session)
        return;
    const QString id = m_service->data().accounts.accountId(*row);
    if (Editor::assignAccountManually(*m_session, id, m_territoryId)) {
        m_service->flush();
        selectAccount(*row);
    }
}

void TerritoryAccountsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid() || !m_model)
        return;
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Why Is This Account Here?"), this, &TerritoryAccountsView::explainSelected);
    menu.addSeparator();
    menu.addAction(tr("Exclude from Here"), this, &TerritoryAccountsView::excludeSelected);
    if (m_model->isManual(index.row()))
        menu.addAction(tr("Remove Manual Assignment"), this,
                       &TerritoryAccountsView::removeManualSelected);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Tessera
