// SPDX-License-Identifier: GPL-3.0-or-later
// Geographic territories as Salesforce rules: ZIP codes packed within ETM's
// limits, whole states and countries as region items, carved states as ZIPs.
#include "core/geo/boundaries.h"
#include "core/geo/zipcentroids.h"
#include "core/interchange/georules.h"
#include "core/rules/rulecheck.h"

#include <gtest/gtest.h>

#include <set>

using namespace Tessera;

namespace {

Territory territory(Id id, const char *name)
{
    Territory t;
    t.id = id;
    t.modelId = 1;
    t.name = t.apiName = QLatin1String(name);
    return t;
}

WorkspaceData fourTerritories()
{
    WorkspaceData d;
    d.models.push_back(
        {1, QStringLiteral("Plan"), QStringLiteral("Plan"), {}, ModelState::Planning});
    d.territories = {territory(2, "California"), territory(3, "Santa_Clara"),
                     territory(4, "Nevada"), territory(5, "Downtown_SF")};
    d.nextId = 10;
    return d;
}

// Every ZIP of the bundled table whose state is usps.
std::set<QString> zipsOfState(const char *usps)
{
    std::set<QString> out;
    const auto zips = ZipCentroids::bundled();
    for (std::size_t row = 0; row < (*zips)->size(); ++row) {
        if ((*zips)->state(row) == usps)
            out.insert(QString::fromLatin1((*zips)->zip(row).data(), 5));
    }
    return out;
}

std::set<QString> valuesOf(const GeoRules::Generated &g, Id territoryId, const QString &field)
{
    std::set<Id> rules;
    for (const RuleAssociation &l : g.links) {
        if (l.territoryId == territoryId)
            rules.insert(l.ruleId);
    }
    std::set<QString> out;
    for (const AssignmentRule &r : g.rules) {
        if (!rules.count(r.id))
            continue;
        for (const RuleItem &item : r.items) {
            if (item.field == field) {
                for (const QString &v : item.value.split(u','))
                    out.insert(v);
            }
        }
    }
    return out;
}

std::vector<GeoRules::TerritoryGeo> geography()
{
    // California by state, Santa Clara county carved out of it, Nevada whole,
    // and a drawn square over downtown San Francisco.
    GeoMultiPolygon square;
    square.resize(1);
    square[0].outer() = {
        {-122.41, 37.78}, {-122.41, 37.80}, {-122.39, 37.80}, {-122.39, 37.78}, {-122.41, 37.78}};
    return {{2, {{UnitKind::State, "06"}}, {}},
            {3, {{UnitKind::County, "06085"}}, {}},
            {4, {{UnitKind::State, "32"}}, {}},
            {5, {}, {square}}};
}

} // namespace

TEST(GeoRules, PacksValuesWithinEtmLimits)
{
    QStringList zips;
    for (int i = 0; i < 2000; ++i)
        zips << QStringLiteral("%1").arg(10000 + i);
    const std::vector<QStringList> rules = GeoRules::pack(zips);
    // 5 digits and a comma: 166 ZIPs per item, 10 items per rule.
    ASSERT_EQ(rules.size(), 2u);
    EXPECT_EQ(rules[0].size(), 10);
    QStringList back;
    for (const QStringList &rule : rules) {
        EXPECT_LE(rule.size(), EtmLimits::ItemsPerRule);
        for (const QString &item : rule) {
            EXPECT_LE(item.size(), EtmLimits::ValueLength);
            back += item.split(u',');
        }
    }
    EXPECT_EQ(back, zips);
    EXPECT_TRUE(GeoRules::pack({}).empty());
}

TEST(GeoRules, ZipModeWritesTheZipsEachTerritoryOwns)
{
    const WorkspaceData d = fourTerritories();
    Result<GeoRules::Generated> g = GeoRules::generate(d, 1, GeoRules::Mode::Zip, geography());
    ASSERT_TRUE(g.ok()) << g.error().toString().toStdString();
    EXPECT_EQ(g->territories, 4);
    const QString zip = QStringLiteral("Account.BillingPostalCode");
    // Nevada: every ZIP of NV, nothing else.
    EXPECT_EQ(valuesOf(*g, 4, zip), zipsOfState("NV"));
    // California, Santa Clara and the square split CA's ZIPs between them.
    const std::set<QString> ca = valuesOf(*g, 2, zip), sc = valuesOf(*g, 3, zip),
                            sf = valuesOf(*g, 5, zip);
    EXPECT_TRUE(sc.count(QStringLiteral("95014"))); // Cupertino
    EXPECT_TRUE(sf.count(QStringLiteral("94105")) || sf.count(QStringLiteral("94111")));
    EXPECT_FALSE(ca.count(QStringLiteral("95014")));
    std::set<QString> all = ca;
    all.insert(sc.begin(), sc.end());
    all.insert(sf.begin(), sf.end());
    EXPECT_EQ(all.size(), ca.size() + sc.size() + sf.size()); // no ZIP twice
    EXPECT_EQ(all, zipsOfState("CA"));

    // Every rule within ETM's limits, items ORed, names valid and distinct.
    std::set<QString> names;
    for (const AssignmentRule &r : g->rules) {
        EXPECT_LE(r.items.size(), std::size_t(EtmLimits::ItemsPerRule));
        for (const RuleItem &item : r.items) {
            EXPECT_LE(item.value.size(), EtmLimits::ValueLength);
            EXPECT_EQ(item.operation, QStringLiteral("startsWith"));
        }
        if (r.items.size() > 1) {
            EXPECT_TRUE(r.booleanFilter.startsWith(QStringLiteral("1 OR 2")));
        }
        EXPECT_TRUE(names.insert(r.apiName).second);
    }
    // California has far more than 1,660 ZIPs: several rules.
    EXPECT_TRUE(names.count(QStringLiteral("California_Geo")));
    EXPECT_TRUE(names.count(QStringLiteral("California_Geo_2")));
}

TEST(GeoRules, RegionModeUsesWholeStatesAndFallsBackForCarvedOnes)
{
    WorkspaceData d = fourTerritories();
    Result<GeoRules::Generated> g = GeoRules::generate(d, 1, GeoRules::Mode::Region, geography());
    ASSERT_TRUE(g.ok());
    // Nevada is whole: one rule, one item.
    EXPECT_EQ(valuesOf(*g, 4, QStringLiteral("Account.BillingState")),
              (std::set<QString>{QStringLiteral("NV"), QStringLiteral("Nevada")}));
    EXPECT_TRUE(valuesOf(*g, 4, QStringLiteral("Account.BillingPostalCode")).empty());
    // California is carved by Santa Clara and the square: ZIP codes, with a note.
    EXPECT_TRUE(valuesOf(*g, 2, QStringLiteral("Account.BillingState")).empty());
    EXPECT_FALSE(valuesOf(*g, 2, QStringLiteral("Account.BillingPostalCode")).empty());
    EXPECT_EQ(g->notes.filter(QStringLiteral("California:")).size(), 1);

    // A whole country outside the US: its ISO code, in either mode.
    std::vector<GeoRules::TerritoryGeo> canada{{4, {{UnitKind::Country, "124"}}, {}}};
    for (GeoRules::Mode mode : {GeoRules::Mode::Zip, GeoRules::Mode::Region}) {
        g = GeoRules::generate(d, 1, mode, canada);
        ASSERT_TRUE(g.ok());
        EXPECT_EQ(valuesOf(*g, 4, QStringLiteral("Account.BillingCountryCode")),
                  (std::set<QString>{QStringLiteral("CA")}));
    }
    // Names stay unique against the model's own rules.
    AssignmentRule existing;
    existing.id = 9;
    existing.modelId = 1;
    existing.apiName = QStringLiteral("nevada_geo");
    d.rules.push_back(existing);
    g = GeoRules::generate(d, 1, GeoRules::Mode::Region, geography());
    ASSERT_TRUE(g.ok());
    for (const AssignmentRule &r : g->rules)
        EXPECT_NE(r.apiName.toCaseFolded(), QStringLiteral("nevada_geo"));
}
