// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/territorymodel.h"
#include "core/model/workspacedocument.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

// What the workspace generator builds, as data: the synthetic workspaces of
// `generate` and the bundled demo are two blueprints for one engine.
namespace Tessera::Gen {

struct AreaSpec
{
    QString name;
    std::vector<std::string> states; // USPS codes
};

struct RegionSpec
{
    QString name;
    std::vector<std::string> states; // in the order they are walked when cutting
    std::vector<AreaSpec> areas;     // empty: areas are cut from the region's states
};

// A kind of account (an industry, a facility type) and the size it tends to have.
struct Segment
{
    std::string value;
    std::string industry;            // Industry when value goes to a custom field
    double weight = 1;               // share of accounts
    double medianEmployees = 50;     // of a lognormal with sigma 1.1
    double revenuePerEmployee = 2e5; // dollars a year
    std::vector<std::string> names;  // name templates; empty: the blueprint's
};

struct AccountType
{
    std::string value;
    double weight = 1;
    double workloadFactor = 1;  // hours relative to a direct customer
    double potentialFactor = 1; // wallet left to win
};

struct RuleItemSpec
{
    QString field;
    QString operation;
    QString value;
};

// A rule beyond the geographic ones, linked to a region or an area.
struct ExtraRule
{
    QString label;
    std::vector<RuleItemSpec> items;
    bool withRegionStates = false; // adds "BillingState equals <the region's states>"
    int region = 0;
    int area = -1; // -1: linked to the region itself
};

struct Blueprint
{
    std::uint64_t seed = 1;
    std::size_t accounts = 1000;
    int leaves = 10;
    int areas = 3; // used for regions without area specs
    int reps = 12;
    bool rules = true;
    // Leaves own the counties where their ZIPs are (contiguous on the county
    // adjacency graph) instead of a ZIP-prefix rule.
    bool geography = false;

    QString company;
    std::string emailDomain;
    QString modelName;
    QString modelApiName;
    QString modelDescription;
    ModelState modelState = ModelState::Planning;
    QString regionTypeName = QStringLiteral("Region");
    QString areaTypeName = QStringLiteral("Area");
    QString leafTypeName = QStringLiteral("Territory");

    std::vector<RegionSpec> regions;
    std::vector<Segment> segments;
    std::string segmentField; // empty: segments are Industry values
    QString segmentLabel;
    std::vector<AccountType> accountTypes;
    std::vector<std::string> nameTemplates;                // "{surname} {noun} {suffix}"
    std::map<std::string, std::vector<std::string>> words; // template word lists
    std::vector<std::string> repFirstNames;
    std::vector<std::string> repLastNames;
    std::vector<ExtraRule> extraRules;
};

Result<WorkspaceData> build(const Blueprint &blueprint, const Progress &progress);

// Word lists and region designs the generator falls back on.
Blueprint defaultBlueprint();
std::vector<RegionSpec> censusRegions();   // 4 regions
std::vector<RegionSpec> censusDivisions(); // 9 divisions
QString stateName(const std::string &usps);

// An 18-character Salesforce-style id: a 3-character key prefix, 12 base-62
// characters of the number, and the case-safe checksum suffix.
std::string salesforceId(const char *keyPrefix, std::uint64_t number);

} // namespace Tessera::Gen
