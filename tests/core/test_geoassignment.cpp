// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/zipcentroids.h"
#include "core/rules/assignmentengine.h"
#include "core/rules/explain.h"

#include <gtest/gtest.h>

#include <random>

using namespace Tessera;

namespace {

using Rows = std::vector<std::uint32_t>;

struct Account
{
    const char *id;
    double lat, lon; // NaN: none
    const char *zip, *state, *industry;
};

constexpr double None = std::numeric_limits<double>::quiet_NaN();

// West (state CA) -> Bay (county 06085, zip 94105) and South (drawn square
// over downtown San Francisco); Nevada (state 32, and a large drawn square
// over the Bay Area); Retail (rule: Industry = Retail).
struct GeoPlan
{
    WorkspaceData data;
    Id model = 1, west = 2, bay = 3, south = 4, nevada = 5, retail = 6, rule = 7, downtown = 8,
       bigSquare = 9;

    GeoPlan()
    {
        data.models.push_back(
            {model, QStringLiteral("M"), QStringLiteral("M"), {}, ModelState::Planning});
        auto territory = [&](Id id, Id parent, const char *name) {
            Territory t;
            t.id = id;
            t.modelId = model;
            t.parentId = parent;
            t.name = t.apiName = QString::fromLatin1(name);
            data.territories.push_back(t);
        };
        territory(west, NoId, "West");
        territory(bay, west, "Bay");
        territory(south, west, "South");
        territory(nevada, NoId, "Nevada");
        territory(retail, NoId, "Retail");
        AssignmentRule r;
        r.id = rule;
        r.modelId = model;
        r.apiName = r.label = QStringLiteral("RetailRule");
        r.items = {{QStringLiteral("Account.Industry"), QStringLiteral("equals"),
                    QStringLiteral("Retail")}};
        data.rules.push_back(r);
        data.ruleAssociations = {{rule, retail, false}};
        data.territoryUnits = {{west, {UnitKind::State, "06"}},
                               {bay, {UnitKind::County, "06085"}},
                               {bay, {UnitKind::Zip, "94105"}},
                               {nevada, {UnitKind::State, "32"}}};
        data.drawnShapes.push_back(
            {downtown, south, QStringLiteral("Downtown"), square(-122.425, 37.765, 0.02)});
        data.drawnShapes.push_back(
            {bigSquare, nevada, QStringLiteral("Bay square"), square(-122.45, 37.75, 0.05)});
        data.nextId = 10;
        const Account accounts[] = {
            {"a0", 37.3382, -121.8863, "", "", ""},       // San Jose: county 06085
            {"a1", 37.2000, -119.5000, "", "", ""},       // Madera county: state CA only
            {"a2", None, None, "94105", "", ""},          // by ZIP only
            {"a3", None, None, "", "NV", ""},             // Nevada's centre
            {"a4", 34.0500, -118.2500, "", "", ""},       // Los Angeles: state CA
            {"a5", None, None, "", "", ""},               // nowhere
            {"a6", 37.3382, -121.8863, "", "", "Retail"}, // San Jose and a rule
            {"a7", 37.7750, -122.4150, "94105", "", ""},  // in both drawn squares
            {"a8", 37.7600, -122.4400, "", "", ""},       // in the big square only
            {"a9", 40.7128, -74.0060, "", "", "Retail"},  // New York: rule only
        };
        for (const Account &a : accounts) {
            const std::size_t row = data.accounts.appendRow();
            data.accounts.setText(row, AccountStore::IdField, a.id);
            data.accounts.setNumber(row, AccountStore::BillingLatitudeField, a.lat);
            data.accounts.setNumber(row, AccountStore::BillingLongitudeField, a.lon);
            data.accounts.setText(row, AccountStore::BillingPostalCodeField, a.zip);
            data.accounts.setText(row, AccountStore::BillingStateField, a.state);
            data.accounts.setText(row, AccountStore::IndustryField, a.industry);
            data.accounts.setNumber(row, AccountStore::AnnualRevenueField, 10.0 * double(row));
        }
    }

    static GeoMultiPolygon square(double x, double y, double size)
    {
        GeoPolygon p;
        p.outer() = {{x, y}, {x, y + size}, {x + size, y + size}, {x + size, y}, {x, y}};
        return {p};
    }
};

void expectSameResults(const AssignmentEngine &a, const AssignmentEngine &b)
{
    ASSERT_EQ(a.territories(), b.territories());
    for (Id t : a.territories()) {
        EXPECT_EQ(a.accountsOf(t).toVector(), b.accountsOf(t).toVector()) << "territory " << t;
        EXPECT_EQ(a.totals(t).accounts, b.totals(t).accounts);
        EXPECT_DOUBLE_EQ(a.totals(t).potential, b.totals(t).potential);
    }
}

} // namespace

TEST(GeoAssignment, GeographyAndRulesCombineInOneResult)
{
    GeoPlan p;
    ASSERT_TRUE(WorkspaceDocument::validate(p.data).ok());
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());
    EXPECT_EQ(e.accountsOf(p.bay).toVector(), (Rows{0, 2, 6}));
    EXPECT_EQ(e.accountsOf(p.west).toVector(), (Rows{1, 4}));
    EXPECT_EQ(e.accountsOf(p.south).toVector(), (Rows{7}));     // smallest shape wins
    EXPECT_EQ(e.accountsOf(p.nevada).toVector(), (Rows{3, 8})); // state centre; big square
    EXPECT_EQ(e.accountsOf(p.retail).toVector(), (Rows{6, 9}));
    EXPECT_EQ(e.unassigned().toVector(), (Rows{5}));
    EXPECT_EQ(e.totals(p.bay).accounts, 3u);
    EXPECT_DOUBLE_EQ(e.totals(p.bay).potential, 0 + 20 + 60);

    auto geoCause = [&](std::uint32_t row, Id t) {
        for (const AssignmentCause &c : e.causes(row, t)) {
            if (c.kind == AssignmentCause::Geography)
                return c.geographyText(p.data);
        }
        return QString();
    };
    EXPECT_EQ(geoCause(0, p.bay), QStringLiteral("geography: county 06085"));
    EXPECT_EQ(geoCause(2, p.bay), QStringLiteral("geography: zip 94105"));
    EXPECT_EQ(geoCause(1, p.west), QStringLiteral("geography: state 06"));
    EXPECT_EQ(geoCause(7, p.south), QStringLiteral("geography: drawn shape \"Downtown\""));
    EXPECT_EQ(e.causes(6, p.retail).size(), 1u); // the rule only
    EXPECT_EQ(e.causes(6, p.bay).size(), 1u);    // geography only
    EXPECT_EQ(e.geographicTerritory(9), NoId);

    const Explanation in = explain(e, p.data, 0, p.bay);
    EXPECT_TRUE(in.toText(p.data).contains(QStringLiteral("county 06085")));
    const Explanation out = explain(e, p.data, 0, p.south);
    EXPECT_FALSE(out.inTerritory);
    EXPECT_TRUE(out.toText(p.data).contains(QStringLiteral("belongs to territory Bay")));
}

TEST(GeoAssignment, ModelWithoutGeographyLocatesNothing)
{
    GeoPlan p;
    p.data.territoryUnits.clear();
    p.data.drawnShapes.clear();
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());
    EXPECT_FALSE(e.places());
    EXPECT_EQ(e.accountsOf(p.retail).toVector(), (Rows{6, 9}));
    EXPECT_TRUE(e.accountsOf(p.bay).empty());
}

TEST(GeoAssignment, MovingUnitsUpdatesLikeAFreshRun)
{
    GeoPlan p;
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());
    auto fresh = [&] {
        AssignmentEngine f(p.data, p.model);
        EXPECT_TRUE(f.run().ok());
        expectSameResults(e, f);
    };
    // Santa Clara from Bay to South.
    p.data.territoryUnits[1].territoryId = p.south;
    e.updateGeography();
    EXPECT_EQ(e.accountsOf(p.south).toVector(), (Rows{0, 6, 7}));
    fresh();
    // California unassigned; a drawn shape removed, another edited.
    p.data.territoryUnits.erase(p.data.territoryUnits.begin());
    p.data.drawnShapes.erase(p.data.drawnShapes.begin());
    e.updateGeography();
    EXPECT_EQ(e.accountsOf(p.nevada).toVector(), (Rows{3, 7, 8}));
    fresh();
    p.data.drawnShapes[0].shape = GeoPlan::square(-122.3, 37.6, 0.2);
    e.updateGeography();
    fresh();
}

TEST(GeoAssignment, RandomMovesMatchFreshRuns)
{
    auto zips = ZipCentroids::bundled();
    auto boundaries = Boundaries::bundled();
    ASSERT_TRUE(zips.ok() && boundaries.ok());
    GeoPlan p;
    p.data.drawnShapes.clear();
    p.data.territoryUnits.clear();
    p.data.accounts = AccountStore();
    std::mt19937 rng(42);
    std::uniform_int_distribution<std::size_t> pick(0, (*zips)->size() - 1);
    std::uniform_real_distribution<double> jitter(-0.05, 0.05);
    for (int i = 0; i < 4000; ++i) {
        const std::size_t z = pick(rng);
        const std::size_t row = p.data.accounts.appendRow();
        p.data.accounts.setText(row, AccountStore::IdField, "r" + std::to_string(i));
        if (i % 3) {
            p.data.accounts.setNumber(row, AccountStore::BillingLatitudeField,
                                      (*zips)->latitude(z) + jitter(rng));
            p.data.accounts.setNumber(row, AccountStore::BillingLongitudeField,
                                      (*zips)->longitude(z) + jitter(rng));
        }
        p.data.accounts.setText(row, AccountStore::BillingPostalCodeField,
                                std::string((*zips)->zip(z)));
        p.data.accounts.setNumber(row, AccountStore::AnnualRevenueField, double(i));
    }
    const Id owners[] = {p.west, p.bay, p.south, p.nevada, NoId};
    std::uniform_int_distribution<int> who(0, 4);
    const auto counties = (*boundaries)->unitsOf(UnitKind::County);
    const auto states = (*boundaries)->unitsOf(UnitKind::State);
    // Start with a few states.
    for (std::size_t i = 0; i < 10; ++i) {
        const std::string id = (*boundaries)->unit(std::size_t(states[i * 3])).id;
        p.data.territoryUnits.push_back({owners[i % 4], {UnitKind::State, id}});
    }
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());
    std::uniform_int_distribution<std::size_t> county(0, counties.size() - 1);
    for (int round = 0; round < 5; ++round) {
        for (int k = 0; k < 40; ++k) {
            const Id owner = owners[who(rng)];
            std::vector<TerritoryUnit> &units = p.data.territoryUnits;
            UnitRef unit =
                k % 5 == 0 ? UnitRef{UnitKind::Zip, std::string((*zips)->zip(pick(rng)))}
                           : UnitRef{UnitKind::County,
                                     (*boundaries)->unit(std::size_t(counties[county(rng)])).id};
            std::erase_if(units, [&](const TerritoryUnit &u) { return u.unit == unit; });
            if (owner != NoId)
                units.push_back({owner, unit});
        }
        ASSERT_TRUE(WorkspaceDocument::validate(p.data).ok());
        e.updateGeography();
        AssignmentEngine f(p.data, p.model);
        ASSERT_TRUE(f.run().ok());
        expectSameResults(e, f);
    }
    std::size_t geographic = 0;
    for (Id t : {p.west, p.bay, p.south, p.nevada})
        geographic += e.totals(t).accounts;
    EXPECT_GT(geographic, 100u); // the moves did assign something
}

TEST(GeoAssignment, PointsOnCountyBoundariesGoToExactlyOneTerritory)
{
    auto boundaries = Boundaries::bundled();
    ASSERT_TRUE(boundaries.ok());
    const Boundaries &b = **boundaries;
    GeoPlan p;
    p.data.drawnShapes.clear();
    p.data.territoryUnits.clear();
    p.data.accounts = AccountStore();
    // Every county of California to Bay or South, alternating; an account on
    // every vertex of every California county, where the counties meet.
    const int california = b.find(UnitKind::State, "06");
    std::size_t n = 0;
    for (int c : b.unitsOf(UnitKind::County)) {
        const BoundaryUnit &county = b.unit(std::size_t(c));
        if (county.parent != california)
            continue;
        p.data.territoryUnits.push_back({n++ % 2 ? p.bay : p.south, {UnitKind::County, county.id}});
        for (const GeoPolygon &poly : county.shape) {
            for (const GeoPoint &v : poly.outer()) {
                const std::size_t row = p.data.accounts.appendRow();
                p.data.accounts.setText(row, AccountStore::IdField, "v" + std::to_string(row));
                p.data.accounts.setNumber(row, AccountStore::BillingLatitudeField, v.y());
                p.data.accounts.setNumber(row, AccountStore::BillingLongitudeField, v.x());
            }
        }
    }
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());
    std::size_t inOne = 0, expected = 0;
    for (std::uint32_t r = 0; r < p.data.accounts.rowCount(); ++r) {
        const auto territories = e.territoriesOf(r);
        EXPECT_LE(territories.size(), 1u) << "row " << r;
        inOne += territories.size() == 1;
        const double lon = p.data.accounts.number(r, AccountStore::BillingLongitudeField);
        const double lat = p.data.accounts.number(r, AccountStore::BillingLatitudeField);
        const int c = b.locate(UnitKind::County, lon, lat);
        expected += c >= 0 && b.unit(std::size_t(c)).parent == california;
    }
    EXPECT_EQ(inOne, expected);
    EXPECT_GT(inOne, p.data.accounts.rowCount() / 2);
}
