// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geotypes.h"
#include "core/geo/territorygeography.h"
#include "core/model/ids.h"

#include <QString>

#include <tuple>

namespace Tessera {

// A bundled geographic unit given to a territory: the territory owns every
// account located in the unit, unless a finer unit or a drawn shape of the
// same model says otherwise (see docs/geography.md, "Geographic assignment").
// Unit ids: ISO 3166-1 numeric for countries ("840"), 2-digit FIPS for states
// ("06"), 5-digit FIPS for counties ("06085"), 5-digit ZIP codes ("94105").
// Within one model a unit has at most one owner.
struct TerritoryUnit
{
    Id territoryId = NoId;
    UnitRef unit;

    bool operator==(const TerritoryUnit &) const = default;
    // The order WorkspaceData::territoryUnits is kept in: by territory, kind, id.
    bool operator<(const TerritoryUnit &o) const
    {
        return std::tie(territoryId, unit.kind, unit.id) <
               std::tie(o.territoryId, o.unit.kind, o.unit.id);
    }
};

// "This unit now belongs to that territory" (NoId: to none), as given to and
// returned by WorkspaceDocument::setUnitOwners.
struct UnitOwner
{
    UnitRef unit;
    Id territoryId = NoId;

    bool operator==(const UnitOwner &) const = default;
};

// A polygon (with holes, possibly several parts) drawn by the user and given
// to a territory. Always valid: the document repairs it with
// TerritoryGeography::repair or refuses it.
struct DrawnShape
{
    Id id = NoId;
    Id territoryId = NoId;
    QString name;
    GeoMultiPolygon shape;

    enum Field : unsigned { NameField = 1 << 0, ShapeField = 1 << 1, TerritoryField = 1 << 2 };

    bool operator==(const DrawnShape &o) const;
};

// Exact, vertex by vertex equality of two shapes.
bool sameShape(const GeoMultiPolygon &a, const GeoMultiPolygon &b);

// "county 06085", "zip 94105": how a unit is named in messages and causes.
QString unitLabel(const UnitRef &unit);
// Parses "county:06085", "state:CA" (USPS code or FIPS), "country:US" (ISO
// code, numeric or name) or "zip:94105" into a bundled unit; false with a
// message when the kind is unknown or the unit is not bundled.
bool parseUnit(const QString &text, UnitRef *out, QString *message);
// The bundled unit's display name ("Santa Clara", "California", "94105 San Jose"),
// or an empty string when it is not bundled.
QString unitName(const UnitRef &unit);
// True when the unit exists in the bundled boundaries or ZIP table.
bool unitExists(const UnitRef &unit);

} // namespace Tessera
