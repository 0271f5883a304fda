// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geotypes.h"
#include "core/geo/territorygeography.h"
#include "core/model/workspacedocument.h"
#include "core/util/result.h"

#include <QStringList>

#include <vector>

namespace Tessera::GeoRules {

// How a geographic territory becomes Salesforce assignment rules.
enum class Mode {
    None,   // geography is not exported as rules
    Zip,    // BillingPostalCode startsWith the ZIP codes the territory owns
    Region, // BillingState / BillingCountryCode when the territory holds whole
            // states or countries; ZIP codes otherwise
};
const char *modeName(Mode mode); // "none", "zip", "region"
bool modeFromName(QStringView name, Mode *out);

// The geography of one territory, as the generator reads it.
struct TerritoryGeo
{
    Id territoryId = NoId;
    std::vector<UnitRef> units;
    std::vector<GeoMultiPolygon> drawn;
};

struct Generated
{
    std::vector<AssignmentRule> rules; // ids from WorkspaceData::nextId on
    std::vector<RuleAssociation> links;
    int territories = 0; // territories that got rules
    QStringList notes;   // territories that fell back to ZIP codes, or got no rule
};

// Values packed into rule items: each item value at most 1,000 characters
// (comma-separated), at most 10 items per rule. One inner list per rule.
std::vector<QStringList> pack(const QStringList &values);

// Builds the rules of a model's geographic territories. A ZIP code belongs
// to the territory that owns it as the assignment does: a drawn shape
// containing its centroid, else its ZIP unit, else its county, state or
// country unit. Rules are named <Territory>_Geo (_Geo_2, ...) and linked to
// their territory; their items are ORed.
Result<Generated> generate(const WorkspaceData &data, Id modelId, Mode mode,
                           const std::vector<TerritoryGeo> &geography);

// generate() added to the data (a copy made for an export). The counts and
// notes of every call add up in report.
Status addRules(WorkspaceData &data, Id modelId, Mode mode,
                const std::vector<TerritoryGeo> &geography, Generated &report);

// The geography of a model's territories as the workspace holds it
// (units and drawn shapes), territories in model order; those without any
// are left out.
std::vector<TerritoryGeo> geographyOf(const WorkspaceData &data, Id modelId);

} // namespace Tessera::GeoRules
