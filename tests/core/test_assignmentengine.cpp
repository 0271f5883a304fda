// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/assignmentengine.h"

#include <gtest/gtest.h>

#include <random>

using namespace Tessera;

namespace {

// USA (rule: Retail, apply to children) -> West (rule: CA,NV) -> CA (rule: CA)
//                                       -> East (no rule)
struct Plan
{
    WorkspaceData data;
    Id model = 1, usa = 2, west = 3, ca = 4, east = 5, retail = 6, westRule = 7, caRule = 8,
       inactive = 9;

    Plan()
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
        territory(usa, NoId, "USA");
        territory(west, usa, "West");
        territory(ca, west, "CA");
        territory(east, usa, "East");
        auto rule = [&](Id id, const char *field, const char *op, const char *value,
                        bool active = true) {
            AssignmentRule r;
            r.id = id;
            r.modelId = model;
            r.apiName = r.label = QStringLiteral("R%1").arg(id);
            r.active = active;
            r.items = {
                {QString::fromLatin1(field), QString::fromLatin1(op), QString::fromLatin1(value)}};
            data.rules.push_back(r);
        };
        rule(retail, "Account.Industry", "equals", "Retail");
        rule(westRule, "Account.BillingState", "equals", "CA,NV");
        rule(caRule, "Account.BillingState", "equals", "CA");
        rule(inactive, "Account.BillingState", "notEqual", "", false);
        data.ruleAssociations = {{retail, usa, true},
                                 {westRule, west, false},
                                 {caRule, ca, false},
                                 {inactive, east, false}};
        data.nextId = 10;
        // Accounts: a1 CA retail, a2 NV tech, a3 NY retail, a4 TX tech
        const char *rows[][3] = {{"a1", "CA", "Retail"},
                                 {"a2", "NV", "Technology"},
                                 {"a3", "NY", "Retail"},
                                 {"a4", "TX", "Technology"}};
        for (auto &r : rows) {
            const std::size_t row = data.accounts.appendRow();
            data.accounts.setText(row, AccountStore::IdField, r[0]);
            data.accounts.setText(row, AccountStore::BillingStateField, r[1]);
            data.accounts.setText(row, AccountStore::IndustryField, r[2]);
            data.accounts.setNumber(row, AccountStore::AnnualRevenueField,
                                    100.0 * static_cast<double>(row + 1));
        }
    }

    std::vector<std::uint32_t> rows(const AssignmentEngine &e, Id t) const
    {
        return e.accountsOf(t).toVector();
    }
};

using Rows = std::vector<std::uint32_t>;

} // namespace

TEST(AssignmentEngine, InheritanceLandsAccountsOnEveryDescendant)
{
    Plan p;
    ASSERT_TRUE(WorkspaceDocument::validate(p.data).ok());
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());
    EXPECT_EQ(p.rows(e, p.usa), (Rows{0, 2}));     // retail
    EXPECT_EQ(p.rows(e, p.west), (Rows{0, 1, 2})); // retail inherited + CA,NV
    EXPECT_EQ(p.rows(e, p.ca), (Rows{0, 2}));      // retail inherited + CA
    EXPECT_EQ(p.rows(e, p.east),
              (Rows{0, 2})); // retail inherited; the inactive rule assigns nothing
    EXPECT_EQ(e.unassigned().toVector(), (Rows{3}));
    // a1 and a3 are in the leaves CA and East.
    EXPECT_EQ(e.multiplyAssigned().toVector(), (Rows{0, 2}));
    EXPECT_EQ(e.totals(p.west).accounts, 3u);
    EXPECT_DOUBLE_EQ(e.totals(p.west).potential, 100 + 200 + 300);

    const auto acting = e.actingRules(p.ca);
    ASSERT_EQ(acting.size(), 2u);
    EXPECT_EQ(acting[0].ruleId, p.retail);
    EXPECT_TRUE(acting[0].inherited);
    EXPECT_EQ(acting[0].attachedTo, p.usa);
    EXPECT_EQ(acting[1].ruleId, p.caRule);
    EXPECT_FALSE(acting[1].inherited);

    const auto causes = e.causes(0, p.ca);
    ASSERT_EQ(causes.size(), 2u);
    EXPECT_EQ(causes[0].ruleId, p.retail);
    EXPECT_EQ(causes[1].ruleId, p.caRule);
    EXPECT_EQ(e.territoriesOf(1), (std::vector<Id>{p.west}));
}

TEST(AssignmentEngine, RulesWithoutChildrenFlagStayPut)
{
    Plan p;
    p.data.ruleAssociations[0].applyToChildren = false;
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());
    EXPECT_EQ(p.rows(e, p.usa), (Rows{0, 2}));
    EXPECT_EQ(p.rows(e, p.east), Rows{});
    EXPECT_EQ(p.rows(e, p.ca), (Rows{0}));
}

TEST(AssignmentEngine, ManualHoldsAndExclusionsWin)
{
    Plan p;
    p.data.manualAssignments = {{QStringLiteral("a4"), p.east}, {QStringLiteral("ghost"), p.east}};
    p.data.exclusions = {{QStringLiteral("a1"), p.ca}, {QStringLiteral("a4"), p.east}};
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());
    EXPECT_EQ(p.rows(e, p.ca), (Rows{2}));
    EXPECT_EQ(p.rows(e, p.east), (Rows{0, 2, 3})); // manual a4 holds despite its exclusion
    EXPECT_EQ(e.unknownAccountLinks(), 1u);
    const auto causes = e.causes(3, p.east);
    ASSERT_EQ(causes.size(), 1u);
    EXPECT_EQ(causes[0].kind, AssignmentCause::Manual);
    EXPECT_TRUE(e.unassigned().empty());
}

TEST(AssignmentEngine, BrokenRulesAreReportedAndSkipped)
{
    Plan p;
    p.data.rules[2].items[0].field = QStringLiteral("Account.NoSuchField__c");
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());
    ASSERT_EQ(e.ruleErrors().size(), 1u);
    EXPECT_EQ(e.ruleErrors()[0].first, p.caRule);
    EXPECT_TRUE(e.ruleErrors()[0].second.message.contains(QStringLiteral("NoSuchField__c")));
    EXPECT_EQ(p.rows(e, p.ca), (Rows{0, 2})); // only the inherited rule acts
}

TEST(AssignmentEngine, IncrementalUpdatesMatchAFullRun)
{
    Plan p;
    AssignmentEngine e(p.data, p.model);
    ASSERT_TRUE(e.run().ok());

    p.data.rules[2].items[0].value = QStringLiteral("NV,TX");
    e.updateRule(p.caRule);
    p.data.rules[3].active = true;
    e.updateRule(p.inactive);
    p.data.exclusions.push_back({QStringLiteral("a3"), p.usa});
    p.data.ruleAssociations.push_back({p.westRule, p.east, false});
    e.updateLinks();

    AssignmentEngine fresh(p.data, p.model);
    ASSERT_TRUE(fresh.run().ok());
    for (Id t : fresh.territories()) {
        EXPECT_EQ(e.accountsOf(t), fresh.accountsOf(t)) << t;
        EXPECT_EQ(e.totals(t).accounts, fresh.totals(t).accounts);
        EXPECT_DOUBLE_EQ(e.totals(t).potential, fresh.totals(t).potential);
    }
    EXPECT_EQ(p.rows(e, p.ca), (Rows{0, 1, 2, 3}));
    EXPECT_EQ(e.unassigned(), fresh.unassigned());
}

// Indexed evaluation must agree with the row-by-row reference on any data.
TEST(AssignmentEngine, SetEvaluationAgreesWithReferenceOnRandomData)
{
    std::mt19937_64 rng(20261127);
    auto pick = [&](auto &list) -> auto &
    {
        return list[rng() % std::size(list)];
    };
    AccountStore s;
    const int tags = s.addField(QStringLiteral("Tags__c"), {}, FieldType::MultiPicklist).value();
    const int when = s.addField(QStringLiteral("When__c"), {}, FieldType::Date).value();
    const int flag = s.addField(QStringLiteral("Flag__c"), {}, FieldType::Boolean).value();
    const char *states[] = {"CA", "ca", "NV", "TX", "", "NY", "Wa"};
    const char *zips[] = {"94105", "9410", "10001", "", "78701", "89501", "00501"};
    const char *names[] = {"Acme",     "acme corp",         "Zeta",       "",
                           "Blue Sky", "\xc3\x89lan Vital", "\xc3\xa9lan"};
    const char *tagValues[] = {"A", "A;B", "B;C", "", "C", "b"};
    for (int i = 0; i < 5000; ++i) {
        const std::size_t r = s.appendRow();
        s.setText(r, AccountStore::IdField, "x" + std::to_string(i));
        s.setText(r, AccountStore::NameField, pick(names));
        s.setText(r, AccountStore::BillingStateField, pick(states));
        s.setText(r, AccountStore::BillingPostalCodeField, pick(zips));
        s.setText(r, tags, pick(tagValues));
        if (rng() % 5)
            s.setNumber(r, AccountStore::AnnualRevenueField, static_cast<double>(rng() % 1000));
        if (rng() % 4)
            s.setDay(r, when, static_cast<std::int32_t>(rng() % 100));
        if (rng() % 3)
            s.setBoolean(r, flag, static_cast<std::int8_t>(rng() % 2));
        s.setNumber(r, AccountStore::BillingLatitudeField,
                    30.0 + static_cast<double>(rng() % 1000) / 100.0);
        s.setNumber(r, AccountStore::BillingLongitudeField,
                    -120.0 + static_cast<double>(rng() % 1000) / 100.0);
    }
    const AccountIndex index(s);
    const char *textOps[] = {"equals",      "notEqual",       "lessThan", "greaterThan",
                             "lessOrEqual", "greaterOrEqual", "contains", "notContain",
                             "startsWith",  "includes",       "excludes"};
    const char *numOps[] = {"equals",      "notEqual",    "lessThan",
                            "greaterThan", "lessOrEqual", "greaterOrEqual"};
    struct Case
    {
        const char *field;
        bool numeric;
        std::vector<const char *> values;
    };
    const std::vector<Case> cases = {
        {"Account.BillingState", false, {"CA", "ca,NV", "", "C", "\"CA\",TX", "N,"}},
        {"Account.BillingPostalCode", false, {"9", "94105", "10001,", "0", "941"}},
        {"Account.Name", false, {"acme", "\xc3\xa9lan", "", "Blue Sky,Zeta", "e"}},
        {"Account.Tags__c", false, {"A", "A;B", "b", "", "C,A"}},
        {"Account.AnnualRevenue", true, {"500", "0,999", "", "250.5"}},
        {"Account.When__c", true, {"1970-01-31", "1970-02-15,1970-01-01", ""}},
        {"Account.Flag__c", true, {"true", "false", "", "TRUE,false"}},
    };
    int checked = 0;
    for (const Case &c : cases) {
        for (const char *value : c.values) {
            for (const char *op :
                 c.numeric ? std::vector<const char *>(std::begin(numOps), std::end(numOps))
                           : std::vector<const char *>(std::begin(textOps), std::end(textOps))) {
                const RuleItem item{QString::fromLatin1(c.field), QString::fromLatin1(op),
                                    QString::fromUtf8(value)};
                Result<CompiledItem> compiled = compileItem(item, s);
                if (!compiled)
                    continue; // e.g. ranges on a checkbox
                std::vector<std::uint32_t> expected;
                for (std::size_t r = 0; r < s.rowCount(); ++r) {
                    if (compiled->matches(s, r))
                        expected.push_back(static_cast<std::uint32_t>(r));
                }
                EXPECT_EQ(compiled->evaluate(index).toVector(), expected)
                    << c.field << " " << op << " " << value;
                ++checked;
            }
        }
    }
    for (const char *area : {"35,-115,200 km", "31,-119,50 mi", "39.9,-110.1,1 km"}) {
        const RuleItem item{QStringLiteral("Account.BillingAddress"), QStringLiteral("within"),
                            QString::fromLatin1(area)};
        Result<CompiledItem> compiled = compileItem(item, s);
        ASSERT_TRUE(compiled.ok());
        std::vector<std::uint32_t> expected;
        for (std::size_t r = 0; r < s.rowCount(); ++r) {
            if (compiled->matches(s, r))
                expected.push_back(static_cast<std::uint32_t>(r));
        }
        EXPECT_EQ(compiled->evaluate(index).toVector(), expected) << area;
        ++checked;
    }
    EXPECT_GT(checked, 200);
}

TEST(AssignmentEngine, CompileErrorsNameTheProblem)
{
    AccountStore s;
    auto error = [&](const char *field, const char *op, const char *value) {
        Result<CompiledItem> c = compileItem(
            {QString::fromLatin1(field), QString::fromLatin1(op), QString::fromLatin1(value)}, s);
        return c.ok() ? QString() : c.error().message;
    };
    EXPECT_TRUE(error("Account.Nope", "equals", "x").contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(error("Account.BillingState", "isAlmost", "x")
                    .contains(QStringLiteral("not an operation")));
    EXPECT_TRUE(error("Account.AnnualRevenue", "equals", "lots")
                    .contains(QStringLiteral("not a number value")));
    EXPECT_TRUE(
        error("Account.AnnualRevenue", "contains", "1").contains(QStringLiteral("does not apply")));
    EXPECT_TRUE(
        error("Account.BillingState", "equals", "\"CA").contains(QStringLiteral("never closed")));
    EXPECT_TRUE(error("Account.BillingAddress", "within", "37,-122")
                    .contains(QStringLiteral("latitude, longitude and radius")));
    EXPECT_TRUE(error("Account.BillingAddress", "within", "37,-122,5 parsecs")
                    .contains(QStringLiteral("unit")));
    EXPECT_TRUE(error("Opportunity.Amount", "equals", "1")
                    .contains(QStringLiteral("not an account field")));
    EXPECT_TRUE(error("Account.BillingState", "equals", "CA").isEmpty());
}

// Range pairs within an AND are evaluated as one bounded range; the result
// must equal the rule's row-by-row meaning.
TEST(AssignmentEngine, FusedRangesAgreeWithReference)
{
    std::mt19937_64 rng(99);
    AccountStore s;
    for (int i = 0; i < 3000; ++i) {
        const std::size_t r = s.appendRow();
        s.setText(r, AccountStore::IdField, "r" + std::to_string(i));
        if (rng() % 10)
            s.setText(r, AccountStore::BillingPostalCodeField,
                      std::to_string(10000 + rng() % 89999));
        if (rng() % 7)
            s.setNumber(r, AccountStore::AnnualRevenueField, static_cast<double>(rng() % 1000));
        s.setText(r, AccountStore::BillingStateField, (rng() % 2) ? "CA" : "NV");
    }
    const AccountIndex index(s);
    auto it = [](const char *f, const char *o, const char *v) {
        return RuleItem{QString::fromLatin1(f), QString::fromLatin1(o), QString::fromLatin1(v)};
    };
    const std::vector<std::pair<const char *, std::vector<RuleItem>>> cases = {
        {"1 AND 2",
         {it("Account.BillingPostalCode", "greaterOrEqual", "30000"),
          it("Account.BillingPostalCode", "lessThan", "45000")}},
        {"2 AND 1",
         {it("Account.BillingPostalCode", "lessOrEqual", "70000"),
          it("Account.BillingPostalCode", "greaterThan", "6")}},
        {"(1 AND 2) OR 3",
         {it("Account.AnnualRevenue", "greaterThan", "100"),
          it("Account.AnnualRevenue", "lessOrEqual", "250"),
          it("Account.BillingState", "equals", "NV")}},
        {"1 AND 3 AND 2",
         {it("Account.AnnualRevenue", "greaterOrEqual", "500"),
          it("Account.AnnualRevenue", "lessThan", "400"),
          it("Account.BillingState", "equals", "CA")}},
        {"NOT (1 AND 2)",
         {it("Account.BillingPostalCode", "greaterThan", "5"),
          it("Account.BillingPostalCode", "lessThan", "9")}},
    };
    for (const auto &[filter, items] : cases) {
        AssignmentRule rule;
        rule.apiName = QStringLiteral("R");
        rule.booleanFilter = QString::fromLatin1(filter);
        rule.items = items;
        Result<CompiledRule> c = compileRule(rule, s);
        ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
        EXPECT_EQ(c->evalItems.size(), c->items.size() - 1) << filter; // a pair became one range
        std::vector<RowSet> sets;
        for (const CompiledItem &item : c->evalItems)
            sets.push_back(item.evaluate(index));
        std::vector<const RowSet *> pointers;
        for (const RowSet &set : sets)
            pointers.push_back(&set);
        std::vector<std::uint32_t> expected;
        for (std::size_t r = 0; r < s.rowCount(); ++r) {
            if (c->matches(s, r))
                expected.push_back(static_cast<std::uint32_t>(r));
        }
        EXPECT_EQ(c->combine(pointers).toVector(), expected) << filter;
        EXPECT_FALSE(expected.empty() && std::string(filter) != "1 AND 3 AND 2") << filter;
    }
}

// Every way of gathering the rows of many dictionary codes (one code, a short
// sorted list, the per-thread scratch bitset, a dense bitset) gives the same
// rows as the reference.
TEST(AssignmentEngine, GatheringRowsOfManyCodesAgreesWithReference)
{
    std::mt19937_64 rng(5);
    AccountStore s;
    const std::size_t n = 400'000;
    s.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t r = s.appendRow();
        s.setText(r, AccountStore::BillingPostalCodeField, std::to_string(10000 + rng() % 90000));
    }
    const AccountIndex index(s);
    for (const char *value : {"95123", "951", "95", "9", "1,2,3", "97,98", "95,96"}) {
        const RuleItem item{QStringLiteral("Account.BillingPostalCode"),
                            QStringLiteral("startsWith"), QString::fromLatin1(value)};
        Result<CompiledItem> c = compileItem(item, s);
        ASSERT_TRUE(c.ok());
        std::vector<std::uint32_t> expected;
        for (std::size_t r = 0; r < n; ++r) {
            if (c->matches(s, r))
                expected.push_back(static_cast<std::uint32_t>(r));
        }
        EXPECT_EQ(c->evaluate(index).toVector(), expected) << value;
        EXPECT_FALSE(expected.empty()) << value;
    }
}
