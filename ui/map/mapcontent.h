// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/accountlocation.h"
#include "core/geo/unitaccounts.h"
#include "core/model/workspacedocument.h"
#include "core/rules/assignmentengine.h"
#include "ui/map/mapprojection.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Tessera {

// What the map shows of one workspace: where each account is on the map and
// the colour of the territory it lands in, the legend, and the totals of
// each unit's accounts. Plain data, filled from a workspace and an
// assignment; the map view and the headless renderer both draw it.
class MapContent
{
public:
    struct LegendEntry
    {
        Id territoryId = NoId; // NoId: the unassigned accounts
        Id parentId = NoId;
        QString name;
        QColor colour;
        std::size_t accounts = 0;
    };

    // The colour of a territory: its own, or one picked from its id so that
    // it stays the same across runs and edits.
    static QColor territoryColour(const Territory &territory);
    static QColor unassignedColour() { return QColor(0x8a, 0x8f, 0x98); }

    // Locates every account and projects it (the projection kind is chosen
    // from where the accounts are unless given). Locations found elsewhere
    // for the same account table (the assignment service finds them on its
    // worker thread), and their projection, are taken as they are.
    // Account positions on one map, as setAccounts() computes them; made on
    // any thread, so that a view can project a million accounts off the GUI
    // thread and hand them in.
    struct Projected
    {
        MapProjection::Kind kind = MapProjection::Kind::UnitedStates;
        std::vector<float> x, y; // km, NaN where an account has no place
        std::size_t located = 0;
    };
    // Projects located accounts on the given map, or on the one suitedKind() picks.
    static Projected project(const AccountLocations &locations,
                             std::optional<MapProjection::Kind> kind);

    void setAccounts(const WorkspaceData &data,
                     std::shared_ptr<const AccountLocations> located = nullptr,
                     Projected *projected = nullptr);
    // No accounts (while they are being located elsewhere); keeps the kind.
    void clearAccounts();
    void setProjectionKind(MapProjection::Kind kind);
    MapProjection::Kind projectionKind() const { return m_kind; }
    // Which kind suits the accounts: the world when more than a tenth of the
    // located accounts lie outside North America.
    static MapProjection::Kind suitedKind(const AccountLocations &locations);

    // Colours accounts by the leaf territory they land in (a parent's
    // colour for accounts only a parent holds) and builds the legend.
    // A null engine leaves every account unassigned.
    void setAssignment(const WorkspaceData &data, const AssignmentEngine *engine);

    std::size_t accountCount() const { return m_x.size(); }
    std::size_t locatedCount() const { return m_located; }
    // Projected position in km (NaN when the account has no place).
    const std::vector<float> &xs() const { return m_x; }
    const std::vector<float> &ys() const { return m_y; }
    // Per account: 0 unassigned, else 1 + its entry in legend().
    const std::vector<std::uint32_t> &colourIndex() const { return m_colourIndex; }
    // Entry 0 is "Unassigned" (kept even when empty); the rest in model order.
    const std::vector<LegendEntry> &legend() const { return m_legend; }
    // Legend entry of a territory, or -1.
    int legendIndexOf(Id territoryId) const;
    // Per legend entry: whether it is the territory or one of its descendants
    // (all false for NoId), so that selecting a region shows all of it.
    std::vector<char> subtreeMask(Id territoryId) const;
    const AccountLocations &locations() const { return m_locations; }

    // Accounts, workload and potential of the accounts in a state or county
    // (a unit index of Boundaries); the unit table is built on first use.
    TerritoryTotals unitTotals(int unit) const;
    const UnitAccounts &unitAccounts() const;

    // Accounts whose projected point lies in a polygon (km), ascending rows.
    std::vector<std::uint32_t> accountsIn(const QPolygonF &polygon) const;

private:
    void projectAll();

    MapProjection::Kind m_kind = MapProjection::Kind::UnitedStates;
    AccountLocations m_locations;
    std::vector<float> m_x, m_y;
    std::size_t m_located = 0;
    std::vector<std::uint32_t> m_colourIndex;
    std::vector<LegendEntry> m_legend;
    std::unordered_map<Id, int> m_legendIndex;
    std::vector<double> m_workload, m_potential; // per account, 0 when missing
    mutable std::unique_ptr<UnitAccounts> m_units;
    mutable std::unordered_map<int, TerritoryTotals> m_unitTotals;
};

} // namespace Tessera
