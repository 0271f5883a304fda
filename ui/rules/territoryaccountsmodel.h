// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <vector>

namespace Tessera {

class AssignmentService;

// The accounts of one territory as the assignment engine places them, with
// why each is there. A territory may hold a hundred thousand accounts: the
// model keeps only their row numbers, formats a cell when a view asks for
// it, and hands rows to the view in chunks as it scrolls.
class TerritoryAccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        CauseColumn, // next to the name: the column this list is for
        StateColumn,
        PostalCodeColumn,
        IndustryColumn,
        RevenueColumn,
        ColumnCount
    };
    static constexpr int ChunkSize = 2'000;

    explicit TerritoryAccountsModel(AssignmentService *service, QObject *parent = nullptr);

    void setTerritory(Id territoryId);
    Id territoryId() const { return m_territoryId; }
    // Lists these accounts (ascending rows, as picked on the map) instead of
    // the territory's, with the territories each lands in as the cause;
    // nullopt goes back to the territory.
    void setAccountSelection(std::optional<std::vector<std::uint32_t>> rows);
    bool showsSelection() const { return m_selection.has_value(); }
    // Keeps accounts whose id or name contains the text (case ignored).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    // All accounts that pass the filter, fetched into the model or not yet.
    std::size_t matchingCount() const { return m_rows.size(); }
    // Accounts in the territory, filter or not.
    std::size_t territoryCount() const { return m_territoryCount; }
    std::uint32_t accountRow(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    QString accountId(int row) const;
    QString causeText(int row) const;
    bool isManual(int row) const;
    // Row of an account in the model, or -1 (also when not fetched yet).
    int rowOfAccount(std::uint32_t accountRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void reload();
    int fieldOf(int column) const;

    AssignmentService *m_service;
    Id m_territoryId = NoId;
    QString m_filter;
    std::vector<std::uint32_t> m_rows;
    std::optional<std::vector<std::uint32_t>> m_selection;
    std::size_t m_territoryCount = 0;
    int m_fetched = 0;
};

} // namespace Tessera
