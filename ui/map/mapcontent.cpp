// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapcontent.h"

#include "core/geo/boundaries.h"
#include "core/geo/zipcentroids.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {

std::vector<double> numberColumn(const AccountStore &store, int field)
{
    std::vector<double> out(store.rowCount(), 0.0);
    if (field < 0 || store.column(field).index() != 2)
        return out;
    const std::vector<double> &values = store.doubles(field);
    for (std::size_t r = 0; r < out.size() && r < values.size(); ++r)
        out[r] = std::isnan(values[r]) ? 0.0 : values[r];
    return out;
}

} // namespace

QColor MapContent::territoryColour(const Territory &territory)
{
    if (territory.colour != 0)
        return QColor::fromRgb(territory.colour & 0xffffffu);
    // Golden-ratio steps of hue spread neighbouring ids far apart; the id
    // keeps a territory's colour when others come and go.
    const double hue = std::fmod(static_cast<double>(territory.id) * 0.6180339887498949, 1.0);
    const double value = (territory.id % 3 == 0) ? 0.72 : 0.86;
    return QColor::fromHsvF(static_cast<float>(hue), 0.62f, static_cast<float>(value));
}

MapProjection::Kind MapContent::suitedKind(const AccountLocations &locations)
{
    std::size_t located = 0, abroad = 0;
    for (std::size_t r = 0; r < locations.lon.size(); ++r) {
        const double lon = locations.lon[r], lat = locations.lat[r];
        if (std::isnan(lon) || std::isnan(lat))
            continue;
        ++located;
        const bool northAmerica = lat >= 7 && ((lon >= -180 && lon <= -50) || lon >= 170);
        if (!northAmerica)
            ++abroad;
    }
    return abroad * 10 > located ? MapProjection::Kind::World : MapProjection::Kind::UnitedStates;
}

void MapContent::setAccounts(const WorkspaceData &data,
                             std::shared_ptr<const AccountLocations> located, Projected *projected)
{
    m_units.reset();
    m_unitTotals.clear();
    Result<std::shared_ptr<const Boundaries>> boundaries = Boundaries::bundled();
    Result<std::shared_ptr<const ZipCentroids>> zips = ZipCentroids::bundled();
    const std::size_t rows = data.accounts.rowCount();
    if (located && located->lon.size() == rows && located->lat.size() == rows) {
        m_locations = *located;
    } else if (boundaries && zips) {
        m_locations = locateAccounts(data.accounts, **boundaries, **zips);
    } else {
        m_locations = {};
        m_locations.lon.assign(rows, std::nan(""));
        m_locations.lat.assign(rows, std::nan(""));
        m_locations.precision.assign(rows, LocationPrecision::None);
    }
    const AccountStore &store = data.accounts;
    int workloadField = store.fieldIndex(u"Workload__c");
    m_workload = numberColumn(store, workloadField);
    m_potential = numberColumn(store, AccountStore::AnnualRevenueField);
    m_colourIndex.assign(rows, 0);
    if (projected && projected->x.size() == rows && projected->y.size() == rows) {
        m_kind = projected->kind;
        m_x = std::move(projected->x);
        m_y = std::move(projected->y);
        m_located = projected->located;
    } else {
        m_kind = suitedKind(m_locations);
        projectAll();
    }
}

void MapContent::clearAccounts()
{
    m_units.reset();
    m_unitTotals.clear();
    m_locations = {};
    m_x.clear();
    m_y.clear();
    m_located = 0;
    m_colourIndex.clear();
    m_workload.clear();
    m_potential.clear();
    for (LegendEntry &entry : m_legend)
        entry.accounts = 0;
}

void MapContent::setProjectionKind(MapProjection::Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    projectAll();
}

MapContent::Projected MapContent::project(const AccountLocations &locations,
                                          std::optional<MapProjection::Kind> kind)
{
    Projected out;
    out.kind = kind ? *kind : suitedKind(locations);
    const MapProjection projection(out.kind);
    const std::size_t rows = locations.lon.size();
    out.x.assign(rows, std::nanf(""));
    out.y.assign(rows, std::nanf(""));
    for (std::size_t r = 0; r < rows; ++r) {
        const double lon = locations.lon[r], lat = locations.lat[r];
        if (std::isnan(lon) || std::isnan(lat))
            continue;
        const QPointF p = projection.project(lon, lat);
        out.x[r] = static_cast<float>(p.x());
        out.y[r] = static_cast<float>(p.y());
        ++out.located;
    }
    return out;
}

void MapContent::projectAll()
{
    Projected p = project(m_locations, m_kind);
    m_x = std::move(p.x);
    m_y = std::move(p.y);
    m_located = p.located;
}

void MapContent::setAssignment(const WorkspaceData &data, const AssignmentEngine *engine)
{
    m_legend.clear();
    m_legendIndex.clear();
    std::fill(m_colourIndex.begin(), m_colourIndex.end(), 0u);
    m_legend.push_back({NoId, NoId, QString(), unassignedColour(), 0});
    if (engine && engine->accountCount() == m_colourIndex.size()) {
        std::unordered_map<Id, const Territory *> byId;
        for (const Territory &t : data.territories)
            byId.emplace(t.id, &t);
        for (Id id : engine->territories()) {
            const auto it = byId.find(id);
            if (it == byId.end())
                continue;
            m_legendIndex.emplace(id, static_cast<int>(m_legend.size()));
            m_legend.push_back({id, it->second->parentId, it->second->name,
                                territoryColour(*it->second), engine->totals(id).accounts});
        }
        // Children come after their parents: walking backwards lets the
        // leaves colour their accounts before a parent can.
        const std::vector<Id> &order = engine->territories();
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const auto found = m_legendIndex.find(*it);
            if (found == m_legendIndex.end())
                continue;
            const auto colour = static_cast<std::uint32_t>(found->second);
            engine->accountsOf(*it).forEach([&](std::uint32_t row) {
                if (row < m_colourIndex.size() && m_colourIndex[row] == 0)
                    m_colourIndex[row] = colour;
            });
        }
    }
    std::size_t unassigned = 0;
    for (std::uint32_t c : m_colourIndex)
        unassigned += c == 0;
    m_legend.front().accounts = unassigned;
}

int MapContent::legendIndexOf(Id territoryId) const
{
    const auto it = m_legendIndex.find(territoryId);
    return it == m_legendIndex.end() ? -1 : it->second;
}

std::vector<char> MapContent::subtreeMask(Id territoryId) const
{
    std::vector<char> mask(m_legend.size(), 0);
    if (territoryId == NoId)
        return mask;
    // Parents come before their children in the legend, as in the engine's order.
    for (std::size_t i = 1; i < m_legend.size(); ++i) {
        const LegendEntry &e = m_legend[i];
        if (e.territoryId == territoryId) {
            mask[i] = 1;
        } else if (e.parentId != NoId) {
            const int parent = legendIndexOf(e.parentId);
            mask[i] = parent >= 0 && mask[static_cast<std::size_t>(parent)];
        }
    }
    return mask;
}

const UnitAccounts &MapContent::unitAccounts() const
{
    if (!m_units) {
        Result<std::shared_ptr<const Boundaries>> boundaries = Boundaries::bundled();
        m_units = boundaries ? std::make_unique<UnitAccounts>(**boundaries, m_locations.lon,
                                                              m_locations.lat)
                             : std::make_unique<UnitAccounts>();
    }
    return *m_units;
}

TerritoryTotals MapContent::unitTotals(int unit) const
{
    const auto cached = m_unitTotals.find(unit);
    if (cached != m_unitTotals.end())
        return cached->second;
    TerritoryTotals totals;
    unitAccounts().accountsOf(unit).forEach([&](std::uint32_t row) {
        if (row >= m_workload.size())
            return;
        ++totals.accounts;
        totals.workload += m_workload[row];
        totals.potential += m_potential[row];
    });
    m_unitTotals.emplace(unit, totals);
    return totals;
}

std::vector<std::uint32_t> MapContent::accountsIn(const QPolygonF &polygon) const
{
    std::vector<std::uint32_t> rows;
    if (polygon.size() < 3)
        return rows;
    const QRectF box = polygon.boundingRect();
    for (std::size_t r = 0; r < m_x.size(); ++r) {
        const QPointF p(m_x[r], m_y[r]);
        if (std::isnan(m_x[r]) || !box.contains(p))
            continue;
        if (polygon.containsPoint(p, Qt::OddEvenFill))
            rows.push_back(static_cast<std::uint32_t>(r));
    }
    return rows;
}

} // namespace Tessera
