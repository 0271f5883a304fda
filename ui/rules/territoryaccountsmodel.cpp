// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/territoryaccountsmodel.h"

#include "core/model/workspacedocument.h"
#include "core/rules/accountindex.h"
#include "core/rules/assignmentengine.h"
#include "ui/document/assignmentservice.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Tessera {

TerritoryAccountsModel::TerritoryAccountsModel(AssignmentService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(service, &AssignmentService::resultsChanged, this, &TerritoryAccountsModel::reload);
}

void TerritoryAccountsModel::setTerritory(Id territoryId)
{
    if (territoryId == m_territoryId)
        return;
    m_territoryId = territoryId;
    reload();
}

void TerritoryAccountsModel::setAccountSelection(std::optional<std::vector<std::uint32_t>> rows)
{
    m_selection = std::move(rows);
    reload();
}

void TerritoryAccountsModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void TerritoryAccountsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_fetched = 0;
    m_territoryCount = 0;
    if (const AssignmentEngine *engine = m_service->engine()) {
        const RowSet picked =
            m_selection ? RowSet::fromSorted(*m_selection, m_service->data().accounts.rowCount())
                        : RowSet();
        const RowSet &set = m_selection ? picked : engine->accountsOf(m_territoryId);
        m_territoryCount = set.count();
        const std::string needle = foldText(m_filter.trimmed().toStdString());
        if (needle.empty()) {
            m_rows = set.toVector();
        } else {
            const AccountStore &store = m_service->data().accounts;
            set.forEach([&](std::uint32_t r) {
                if (foldText(store.text(r, AccountStore::IdField)).find(needle) !=
                        std::string::npos ||
                    foldText(store.text(r, AccountStore::NameField)).find(needle) !=
                        std::string::npos)
                    m_rows.push_back(r);
            });
        }
        m_fetched = static_cast<int>(std::min<std::size_t>(m_rows.size(), ChunkSize));
    }
    endResetModel();
}

bool TerritoryAccountsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && static_cast<std::size_t>(m_fetched) < m_rows.size();
}

void TerritoryAccountsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = static_cast<int>(
        std::min<std::size_t>(ChunkSize, m_rows.size() - static_cast<std::size_t>(m_fetched)));
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

int TerritoryAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int TerritoryAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TerritoryAccountsModel::fieldOf(int column) const
{
    switch (column) {
    case IdColumn:
        return AccountStore::IdField;
    case NameColumn:
        return AccountStore::NameField;
    case StateColumn:
        return AccountStore::BillingStateField;
    case PostalCodeColumn:
        return AccountStore::BillingPostalCodeField;
    case IndustryColumn:
        return AccountStore::IndustryField;
    case RevenueColumn:
        return AccountStore::AnnualRevenueField;
    default:
        return -1;
    }
}

QString TerritoryAccountsModel::accountId(int row) const
{
    return m_service->data().accounts.accountId(accountRow(row));
}

QString TerritoryAccountsModel::causeText(int row) const
{
    const AssignmentEngine *engine = m_service->engine();
    if (!engine)
        return {};
    const WorkspaceData &data = m_service->data();
    auto ruleLabel = [&data](Id id) {
        for (const AssignmentRule &r : data.rules) {
            if (r.id == id)
                return r.label;
        }
        return QString();
    };
    auto territoryName = [&data](Id id) {
        for (const Territory &t : data.territories) {
            if (t.id == id)
                return t.name;
        }
        return QString();
    };
    QStringList parts;
    if (m_selection) {
        // Picked on the map: where the account lands, not why.
        for (Id t : engine->territoriesOf(accountRow(row))) {
            if (engine->isLeaf(t))
                parts << territoryName(t);
        }
        return parts.isEmpty() ? tr("Unassigned") : tr("In %1").arg(parts.join(u", "));
    }
    for (const AssignmentCause &c : engine->causes(accountRow(row), m_territoryId)) {
        if (c.kind == AssignmentCause::Manual)
            parts << tr("Manual");
        else if (c.kind == AssignmentCause::Geography)
            parts << c.geographyText(data);
        else if (c.attachedTo == m_territoryId || c.attachedTo == NoId)
            parts << tr("Rule %1").arg(ruleLabel(c.ruleId));
        else
            parts << tr("Rule %1 (from %2)").arg(ruleLabel(c.ruleId), territoryName(c.attachedTo));
    }
    return parts.join(QStringLiteral(", "));
}

bool TerritoryAccountsModel::isManual(int row) const
{
    const AssignmentEngine *engine = m_service->engine();
    if (!engine || m_selection)
        return false;
    const auto causes = engine->causes(accountRow(row), m_territoryId);
    return std::any_of(causes.begin(), causes.end(),
                       [](const AssignmentCause &c) { return c.kind == AssignmentCause::Manual; });
}

int TerritoryAccountsModel::rowOfAccount(std::uint32_t accountRow) const
{
    const auto end = m_rows.begin() + m_fetched;
    const auto it = std::find(m_rows.begin(), end, accountRow);
    return it == end ? -1 : static_cast<int>(it - m_rows.begin());
}

QVariant TerritoryAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == RevenueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == CauseColumn)
        return causeText(index.row());
    const std::uint32_t row = accountRow(index.row());
    const AccountStore &store = m_service->data().accounts;
    if (index.column() == RevenueColumn) {
        const double revenue = store.number(row, AccountStore::AnnualRevenueField);
        if (std::isnan(revenue))
            return QString();
        return QLocale().toString(revenue, 'f', 0);
    }
    return store.displayText(row, fieldOf(index.column()));
}

QVariant TerritoryAccountsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case PostalCodeColumn:
        return tr("ZIP");
    case IndustryColumn:
        return tr("Industry");
    case RevenueColumn:
        return tr("Revenue");
    case CauseColumn:
        return tr("Cause");
    default:
        return {};
    }
}

} // namespace Tessera
