// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/assignmentengine.h"
#include "core/rules/explain.h"
#include "core/rules/rulecheck.h"

#include <gtest/gtest.h>

using namespace Tessera;

namespace {

struct Small
{
    WorkspaceData data;
    Id model = 1, root = 2, child = 3;

    Small()
    {
        data.models.push_back(
            {model, QStringLiteral("M"), QStringLiteral("M"), {}, ModelState::Planning});
        Territory r;
        r.id = root;
        r.modelId = model;
        r.name = r.apiName = QStringLiteral("Root");
        Territory c = r;
        c.id = child;
        c.parentId = root;
        c.name = c.apiName = QStringLiteral("Child");
        data.territories = {r, c};
        data.nextId = 100;
        for (const char *id : {"a1", "a2"}) {
            const std::size_t row = data.accounts.appendRow();
            data.accounts.setText(row, AccountStore::IdField, id);
        }
        data.accounts.setText(0, AccountStore::BillingStateField, "CA");
        data.accounts.setText(0, AccountStore::BillingPostalCodeField, "94105");
        data.accounts.setNumber(0, AccountStore::AnnualRevenueField, 5e6);
    }

    Id rule(std::vector<RuleItem> items, QString filter = {}, Id link = NoId, bool children = false)
    {
        AssignmentRule r;
        r.id = data.nextId++;
        r.modelId = model;
        r.apiName = r.label = QStringLiteral("R%1").arg(r.id);
        r.items = std::move(items);
        r.booleanFilter = std::move(filter);
        data.rules.push_back(r);
        if (link != NoId)
            data.ruleAssociations.push_back({r.id, link, children});
        return r.id;
    }

    QStringList messages(RuleIssue::Severity severity,
                         const AssignmentEngine *engine = nullptr) const
    {
        QStringList out;
        for (const RuleIssue &i : checkRules(data, model, engine)) {
            if (i.severity == severity)
                out << i.message;
        }
        return out;
    }
};

RuleItem item(const char *field, const char *op, const QString &value)
{
    return {QString::fromLatin1(field), QString::fromLatin1(op), value};
}

} // namespace

TEST(RuleCheck, EtmLimitsAreErrors)
{
    Small s;
    std::vector<RuleItem> eleven(11, item("Account.BillingState", "equals", QStringLiteral("CA")));
    s.rule(eleven);
    s.rule({item("Account.BillingState", "equals", QString(1001, u'x'))});
    QString filter = QStringLiteral("1");
    while (filter.size() <= 255)
        filter += QStringLiteral(" OR 1");
    s.rule({item("Account.BillingState", "equals", QStringLiteral("CA"))}, filter);
    for (int i = 0; i < 16; ++i)
        s.rule({item("Account.BillingState", "equals", QStringLiteral("CA"))}, {}, s.child);
    s.rule({item("Account.Nope__c", "equals", QStringLiteral("x"))});
    const QStringList errors = s.messages(RuleIssue::Error);
    EXPECT_TRUE(errors.filter(QStringLiteral("11 items; Salesforce allows 10")).size() == 1)
        << errors.join(u'\n').toStdString();
    EXPECT_EQ(errors.filter(QStringLiteral("value of 1001 characters")).size(), 1);
    EXPECT_EQ(errors.filter(QStringLiteral("Salesforce allows 255")).size(), 1);
    EXPECT_EQ(errors.filter(QStringLiteral("16 rules act on territory Child")).size(), 1);
    EXPECT_EQ(errors.filter(QStringLiteral("Nope__c")).size(), 1);
}

TEST(RuleCheck, TrapsAreWarnings)
{
    Small s;
    s.rule({item("Account.BillingState", "equals", QStringLiteral("CA")),
            item("Account.Industry", "equals", {})},
           QStringLiteral("1 OR 2"));
    s.rule({item("Account.BillingPostalCode", "lessThan", QStringLiteral("50000"))});
    const Id inherited =
        s.rule({item("Account.BillingState", "equals", QStringLiteral("CA"))}, {}, s.root, true);
    s.data.ruleAssociations.push_back({inherited, s.child, false});
    const Id none =
        s.rule({item("Account.BillingState", "equals", QStringLiteral("ZZ"))}, {}, s.root);
    AssignmentEngine engine(s.data, s.model);
    ASSERT_TRUE(engine.run().ok());
    const QStringList warnings = s.messages(RuleIssue::Warning, &engine);
    const QString all = warnings.join(u'\n');
    EXPECT_EQ(warnings.filter(QStringLiteral("inside an OR")).size(), 1) << all.toStdString();
    EXPECT_EQ(warnings.filter(QStringLiteral("letter by letter")).size(), 1) << all.toStdString();
    EXPECT_EQ(warnings.filter(QStringLiteral("linked again to its descendant Child")).size(), 1)
        << all.toStdString();
    EXPECT_EQ(warnings.filter(QStringLiteral("R%1 matches no account").arg(none)).size(), 1)
        << all.toStdString();
    EXPECT_TRUE(s.messages(RuleIssue::Error).isEmpty());
}

TEST(Explain, SaysWhichRuleAndItemDecided)
{
    Small s;
    const Id byState =
        s.rule({item("Account.BillingState", "equals", QStringLiteral("CA,NV")),
                item("Account.AnnualRevenue", "greaterThan", QStringLiteral("1000000"))},
               {}, s.root, true);
    AssignmentEngine engine(s.data, s.model);
    ASSERT_TRUE(engine.run().ok());

    Explanation in = explain(engine, s.data, 0, s.child);
    EXPECT_TRUE(in.inTerritory);
    ASSERT_EQ(in.rules.size(), 1u);
    EXPECT_EQ(in.rules[0].ruleId, byState);
    EXPECT_TRUE(in.rules[0].inherited);
    EXPECT_TRUE(in.rules[0].matched);
    EXPECT_EQ(in.rules[0].items[0].actual, QStringLiteral("CA"));
    const QString text = in.toText(s.data);
    EXPECT_TRUE(text.contains(QStringLiteral("is in territory Child"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("inherited from Root"))) << text.toStdString();

    Explanation out = explain(engine, s.data, 1, s.child);
    EXPECT_FALSE(out.inTerritory);
    EXPECT_FALSE(out.rules[0].matched);
    EXPECT_EQ(out.rules[0].firstFailing, 1);
    EXPECT_TRUE(out.toText(s.data).contains(QStringLiteral("First failing item: 1.")));
}
