// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gen/workspacegenerator.h"
#include "core/geo/zipcentroids.h"
#include "core/model/apiname.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <set>
#include <unordered_map>

using namespace Tessera;

namespace {

WorkspaceData generate(std::size_t accounts, int territories, int reps, std::uint64_t seed,
                       bool rules = true)
{
    GeneratorOptions o;
    o.accounts = accounts;
    o.territories = territories;
    o.reps = reps;
    o.seed = seed;
    o.rules = rules;
    auto r = generateWorkspace(o);
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().toString().toStdString());
    return r.ok() ? std::move(r).value() : WorkspaceData{};
}

// Every value of every account field as text, for comparing two workspaces.
std::vector<std::string> dump(const AccountStore &s)
{
    std::vector<std::string> out;
    for (std::size_t row = 0; row < s.rowCount(); ++row) {
        std::string line;
        for (int f = 0; f < s.fieldCount(); ++f)
            line += s.displayText(row, f).toStdString() + '|';
        out.push_back(line);
    }
    return out;
}

bool inUs(double lat, double lon, std::string_view state)
{
    if (state == "AK")
        return lat >= 51.0 && lat <= 71.6 && lon >= -180.0 && lon <= -129.0;
    if (state == "HI")
        return lat >= 18.8 && lat <= 22.4 && lon >= -160.5 && lon <= -154.7;
    return lat >= 24.3 && lat <= 49.5 && lon >= -125.0 && lon <= -66.8;
}

int depthOf(const WorkspaceData &d, const Territory &t)
{
    std::unordered_map<Id, Id> parent;
    for (const Territory &x : d.territories)
        parent[x.id] = x.parentId;
    int depth = 0;
    for (Id p = t.parentId; p != NoId; p = parent[p])
        ++depth;
    return depth;
}

} // namespace

TEST(Generator, SameSeedSameDataOtherSeedOtherData)
{
    const WorkspaceData a = generate(3000, 20, 30, 7);
    const WorkspaceData b = generate(3000, 20, 30, 7);
    const WorkspaceData c = generate(3000, 20, 30, 8);
    EXPECT_EQ(dump(a.accounts), dump(b.accounts));
    EXPECT_EQ(a.territories, b.territories);
    EXPECT_EQ(a.reps, b.reps);
    EXPECT_EQ(a.rules, b.rules);
    EXPECT_EQ(a.repAssignments, b.repAssignments);
    EXPECT_NE(dump(a.accounts), dump(c.accounts));
}

TEST(Generator, CountsAndValidity)
{
    for (const auto &[accounts, k, reps] : std::vector<std::tuple<std::size_t, int, int>>{
             {5000, 50, 60}, {2000, 7, 3}, {500, 1, 1}, {20000, 300, 420}, {100, 12, 200}}) {
        SCOPED_TRACE(::testing::Message()
                     << accounts << " accounts, " << k << " leaves, " << reps << " reps");
        const WorkspaceData d = generate(accounts, k, reps, 42);
        const Status valid = WorkspaceDocument::validate(d);
        EXPECT_TRUE(valid.ok()) << (valid.ok() ? "" : valid.error().toString().toStdString());
        EXPECT_EQ(d.accounts.rowCount(), accounts);
        EXPECT_EQ(d.reps.size(), std::size_t(reps));
        ASSERT_EQ(d.models.size(), 1u);
        ASSERT_EQ(d.types.size(), 3u);

        std::map<int, int> perLevel;
        std::set<Id> parents;
        for (const Territory &t : d.territories) {
            ++perLevel[depthOf(d, t)];
            parents.insert(t.parentId);
            EXPECT_TRUE(ApiName::check(t.apiName).ok()) << t.apiName.toStdString();
            EXPECT_NE(t.colour, 0u);
        }
        EXPECT_EQ(perLevel.size(), 3u);
        EXPECT_EQ(perLevel[2], k);
        std::set<int> priorities;
        for (const TerritoryType &t : d.types)
            priorities.insert(t.priority);
        EXPECT_EQ(priorities.size(), 3u);

        // Every leaf has a rep; every level-0/1 territory a forecast manager.
        std::set<Id> staffed;
        for (const RepAssignment &a : d.repAssignments) {
            if (a.role == QLatin1String("Sales Rep"))
                staffed.insert(a.territoryId);
        }
        for (const Territory &t : d.territories) {
            EXPECT_NE(t.forecastManagerId, NoId) << t.name.toStdString();
            if (!parents.count(t.id)) {
                EXPECT_TRUE(staffed.count(t.id)) << t.name.toStdString();
            }
        }
    }
}

TEST(Generator, AccountsLieWhereTheirZipIs)
{
    const WorkspaceData d = generate(20000, 40, 50, 3);
    auto table = ZipCentroids::bundled();
    ASSERT_TRUE(table.ok());
    const AccountStore &s = d.accounts;
    std::set<std::string> ids;
    std::set<std::string> owners;
    for (const Rep &r : d.reps)
        owners.insert(r.userId.toStdString());
    for (std::size_t row = 0; row < s.rowCount(); ++row) {
        const std::string id(s.text(row, AccountStore::IdField));
        EXPECT_EQ(id.size(), 18u);
        EXPECT_EQ(id.substr(0, 3), "001");
        ids.insert(id);
        const std::string_view state = s.text(row, AccountStore::BillingStateField);
        const std::string_view zip = s.text(row, AccountStore::BillingPostalCodeField);
        const auto z = (*table)->find(zip);
        ASSERT_TRUE(z.has_value()) << zip;
        EXPECT_EQ((*table)->state(*z), state);
        EXPECT_EQ((*table)->city(*z), s.text(row, AccountStore::BillingCityField));
        EXPECT_EQ(s.text(row, AccountStore::BillingCountryField), "US");
        const double lat = s.number(row, AccountStore::BillingLatitudeField);
        const double lon = s.number(row, AccountStore::BillingLongitudeField);
        EXPECT_TRUE(inUs(lat, lon, state)) << id << " " << state << " " << lat << "," << lon;
        // Within a few kilometres of the centroid.
        EXPECT_NEAR(lat, (*table)->latitude(*z), 0.06);
        EXPECT_FALSE(s.text(row, AccountStore::NameField).empty());
        EXPECT_FALSE(s.text(row, AccountStore::BillingStreetField).empty());
        EXPECT_FALSE(s.text(row, AccountStore::IndustryField).empty());
        EXPECT_FALSE(s.text(row, AccountStore::TypeField).empty());
        EXPECT_TRUE(owners.count(std::string(s.text(row, AccountStore::OwnerIdField))));
        const double emp = s.number(row, AccountStore::NumberOfEmployeesField);
        EXPECT_GE(emp, 1);
        EXPECT_GE(s.number(row, AccountStore::AnnualRevenueField), 0);
        EXPECT_GT(s.number(row, s.fieldIndex(u"Workload__c")), 0);
        EXPECT_GE(s.number(row, s.fieldIndex(u"Potential__c")), 0);
        if (::testing::Test::HasFailure())
            break;
    }
    EXPECT_EQ(ids.size(), s.rowCount());

    // Revenue grows with headcount: the biggest tenth out-earns the smallest tenth.
    std::vector<std::pair<double, double>> sizes;
    for (std::size_t row = 0; row < s.rowCount(); ++row)
        sizes.emplace_back(s.number(row, AccountStore::NumberOfEmployeesField),
                           s.number(row, AccountStore::AnnualRevenueField));
    std::sort(sizes.begin(), sizes.end());
    double small = 0, big = 0;
    const std::size_t tenth = sizes.size() / 10;
    for (std::size_t i = 0; i < tenth; ++i) {
        small += sizes[i].second;
        big += sizes[sizes.size() - 1 - i].second;
    }
    EXPECT_GT(big, 20 * small);
}

TEST(Generator, RulesNameRealFieldsAndCoverTheirLeaves)
{
    const WorkspaceData d = generate(10000, 30, 40, 11);
    ASSERT_FALSE(d.rules.empty());
    std::set<Id> ruled;
    for (const RuleAssociation &a : d.ruleAssociations)
        ruled.insert(a.territoryId);
    std::set<Id> parents;
    for (const Territory &t : d.territories)
        parents.insert(t.parentId);
    for (const Territory &t : d.territories) {
        if (!parents.count(t.id)) {
            EXPECT_TRUE(ruled.count(t.id)) << t.name.toStdString();
        }
    }
    const std::set<QString> operations{QStringLiteral("equals"), QStringLiteral("startsWith"),
                                       QStringLiteral("greaterOrEqual"),
                                       QStringLiteral("greaterThan")};
    for (const AssignmentRule &r : d.rules) {
        EXPECT_TRUE(ApiName::check(r.apiName).ok()) << r.apiName.toStdString();
        EXPECT_TRUE(r.active);
        ASSERT_FALSE(r.items.empty()) << r.apiName.toStdString();
        EXPECT_LE(r.items.size(), 10u);
        for (const RuleItem &item : r.items) {
            EXPECT_TRUE(item.field.startsWith(QLatin1String("Account.")));
            EXPECT_GE(d.accounts.fieldIndex(item.field), 0) << item.field.toStdString();
            EXPECT_TRUE(operations.count(item.operation)) << item.operation.toStdString();
            EXPECT_FALSE(item.value.isEmpty());
            EXPECT_LE(item.value.size(), 1000);
        }
    }

    // A geographic rule, read as ETM reads it, takes in every account of its
    // leaf's ZIPs: state lists and ZIP prefixes together cover the accounts
    // owned by that leaf's reps.
    std::unordered_map<Id, std::set<std::string>> repsOf;
    std::unordered_map<Id, QString> userOf;
    for (const Rep &r : d.reps)
        userOf[r.id] = r.userId;
    for (const RepAssignment &a : d.repAssignments)
        if (a.role == QLatin1String("Sales Rep"))
            repsOf[a.territoryId].insert(userOf[a.repId].toStdString());
    std::unordered_map<Id, const AssignmentRule *> ruleOf;
    for (const RuleAssociation &a : d.ruleAssociations)
        for (const AssignmentRule &r : d.rules)
            if (r.id == a.ruleId && !parents.count(a.territoryId))
                ruleOf[a.territoryId] = &r;
    auto matches = [&](const AssignmentRule &r, std::size_t row) {
        for (const RuleItem &item : r.items) {
            const int f = d.accounts.fieldIndex(item.field);
            const QString v = QString::fromUtf8(d.accounts.text(row, f));
            for (const QString &value : item.value.split(u',')) {
                if (item.operation == QLatin1String("equals") ? v == value : v.startsWith(value))
                    return true; // items of a geographic rule are ORed
            }
        }
        return false;
    };
    for (std::size_t row = 0; row < d.accounts.rowCount(); ++row) {
        const std::string owner(d.accounts.text(row, AccountStore::OwnerIdField));
        int hits = 0, own = 0;
        for (const auto &[territory, rule] : ruleOf) {
            if (matches(*rule, row)) {
                ++hits;
                own += repsOf[territory].count(owner) > 0;
            }
        }
        EXPECT_EQ(hits, 1) << "row " << row;
        EXPECT_EQ(own, 1) << "row " << row;
        if (::testing::Test::HasFailure())
            break;
    }
}

TEST(Generator, RulesCanBeLeftOut)
{
    const WorkspaceData d = generate(1000, 10, 12, 5, false);
    EXPECT_TRUE(d.rules.empty());
    EXPECT_TRUE(d.ruleAssociations.empty());
}

TEST(Generator, LeavesHaveComparableAccountCounts)
{
    const WorkspaceData d = generate(50000, 40, 50, 9);
    // Accounts per leaf through their owners (each rep sits on one leaf here).
    std::unordered_map<Id, QString> userOf;
    for (const Rep &r : d.reps)
        userOf[r.id] = r.userId;
    std::map<std::string, Id> leafOfUser;
    for (const RepAssignment &a : d.repAssignments)
        if (a.role == QLatin1String("Sales Rep"))
            leafOfUser[userOf[a.repId].toStdString()] = a.territoryId;
    std::map<Id, double> counts;
    for (std::size_t row = 0; row < d.accounts.rowCount(); ++row)
        counts[leafOfUser[std::string(d.accounts.text(row, AccountStore::OwnerIdField))]] += 1;
    ASSERT_EQ(counts.size(), 40u);
    double lo = 1e18, hi = 0;
    for (const auto &[leaf, c] : counts) {
        lo = std::min(lo, c);
        hi = std::max(hi, c);
    }
    EXPECT_LT(hi / lo, 4.0) << lo << " to " << hi;
}

TEST(Generator, RefusesOutOfBoundsAndCancels)
{
    GeneratorOptions o;
    o.accounts = MaxGeneratedAccounts + 1;
    EXPECT_EQ(generateWorkspace(o).error().code, ErrorCode::Limit);
    o.accounts = 10;
    o.territories = 0;
    EXPECT_EQ(generateWorkspace(o).error().code, ErrorCode::Limit);
    o.territories = 5;
    o.reps = 0;
    EXPECT_EQ(generateWorkspace(o).error().code, ErrorCode::Limit);

    o.reps = 5;
    o.accounts = 200'000;
    std::atomic_bool cancel{false};
    double last = 0;
    Progress p;
    p.cancel = &cancel;
    p.report = [&](double f) {
        last = f;
        if (f > 0.3)
            cancel = true;
    };
    auto r = generateWorkspace(o, p);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
    EXPECT_GT(last, 0.3);
}

TEST(Demo, IsAValidPlanWithAnActiveModelAndAWhatIf)
{
    auto demo = demoWorkspace();
    ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();
    const WorkspaceData &d = *demo;
    const Status valid = WorkspaceDocument::validate(d);
    EXPECT_TRUE(valid.ok()) << (valid.ok() ? "" : valid.error().toString().toStdString());
    EXPECT_FALSE(demoCompany().isEmpty());

    ASSERT_EQ(d.models.size(), 2u);
    int active = 0, planning = 0;
    for (const TerritoryModel &m : d.models) {
        active += m.state == ModelState::Active;
        planning += m.state == ModelState::Planning;
    }
    EXPECT_EQ(active, 1);
    EXPECT_EQ(planning, 1);
    EXPECT_EQ(d.types.size(), 3u);
    EXPECT_GE(d.accounts.rowCount(), 3000u);
    EXPECT_LE(d.accounts.rowCount(), 5000u);
    EXPECT_GE(d.reps.size(), 24u);
    EXPECT_LE(d.reps.size(), 100u);

    // Three levels in each model; the active one has 4 regions and 12 areas.
    const Id activeId = d.models[0].state == ModelState::Active ? d.models[0].id : d.models[1].id;
    std::map<int, int> perLevel;
    for (const Territory &t : d.territories) {
        if (t.modelId == activeId)
            ++perLevel[depthOf(d, t)];
    }
    ASSERT_EQ(perLevel.size(), 3u);
    EXPECT_EQ(perLevel[0], 4);
    EXPECT_EQ(perLevel[1], 12);
    EXPECT_GE(perLevel[2], 30);
    EXPECT_LE(perLevel[2], 50);

    // Healthcare flavour: facility types in a custom picklist.
    const int facility = d.accounts.fieldIndex(u"Facility_Type__c");
    ASSERT_GE(facility, 0);
    std::set<std::string> kinds;
    for (std::size_t row = 0; row < d.accounts.rowCount(); ++row)
        kinds.emplace(d.accounts.text(row, facility));
    EXPECT_TRUE(kinds.count("Hospital"));
    EXPECT_TRUE(kinds.count("Ambulatory Surgery Center"));

    // Rules by state, by facility type and by revenue; the leaves are
    // geographic: each owns counties, in both models.
    std::set<QString> fields, operations;
    for (const AssignmentRule &r : d.rules) {
        for (const RuleItem &i : r.items) {
            fields.insert(i.field);
            operations.insert(i.operation);
            EXPECT_GE(d.accounts.fieldIndex(i.field), 0) << i.field.toStdString();
        }
    }
    EXPECT_TRUE(fields.count(QStringLiteral("Account.BillingState")));
    EXPECT_TRUE(fields.count(QStringLiteral("Account.Facility_Type__c")));
    std::map<Id, int> countiesOf;
    for (const TerritoryUnit &u : d.territoryUnits) {
        EXPECT_EQ(u.unit.kind, UnitKind::County);
        ++countiesOf[u.territoryId];
    }
    for (const Territory &t : d.territories) {
        const bool leaf = std::none_of(d.territories.begin(), d.territories.end(),
                                       [&](const Territory &c) { return c.parentId == t.id; });
        EXPECT_EQ(countiesOf[t.id] > 0, leaf) << t.name.toStdString();
    }
    EXPECT_TRUE(fields.count(QStringLiteral("Account.AnnualRevenue")));

    // Manual picks and the exclusion name real accounts, in both models.
    EXPECT_EQ(d.manualAssignments.size(), 4u);
    EXPECT_EQ(d.exclusions.size(), 2u);
    for (const auto *links : {&d.manualAssignments, &d.exclusions}) {
        for (const AccountTerritoryLink &l : *links)
            EXPECT_GE(d.accounts.rowOf(l.accountId.toStdString()), 0);
    }
}

TEST(Demo, IsTheSameEveryTime)
{
    auto a = demoWorkspace();
    auto b = demoWorkspace();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(dump(a->accounts), dump(b->accounts));
    EXPECT_EQ(a->territories, b->territories);
    EXPECT_EQ(a->rules, b->rules);
    EXPECT_EQ(a->manualAssignments, b->manualAssignments);
}
