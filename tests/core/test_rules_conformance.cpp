// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the example tables of docs/rules.md against the rule engine, both the
// row-by-row reference semantics and the indexed set evaluation.
#include "core/rules/booleanfilter.h"
#include "core/rules/compiledrule.h"
#include "tests/core/markdowntable.h"

#include <gtest/gtest.h>

#include <QDate>

using namespace Tessera;
using Tessera::Test::cellValue;
using Tessera::Test::markdownTable;

namespace {

const QString RulesDoc = QStringLiteral(TESSERA_DOCS_DIR "/rules.md");

AccountStore exampleAccounts()
{
    AccountStore s;
    const int tags = s.addField(QStringLiteral("Tags__c"), {}, FieldType::MultiPicklist).value();
    const int renewal = s.addField(QStringLiteral("Renewal__c"), {}, FieldType::Date).value();
    const auto rows = markdownTable(RulesDoc, QStringLiteral("### Accounts used by the examples"));
    for (const QStringList &c : rows) {
        if (c.size() != 10)
            continue;
        const std::size_t r = s.appendRow();
        s.setText(r, AccountStore::IdField, c[0].toStdString());
        s.setText(r, AccountStore::NameField, c[1].toStdString());
        s.setText(r, AccountStore::BillingStateField, c[2].toStdString());
        s.setText(r, AccountStore::BillingPostalCodeField, c[3].toStdString());
        s.setText(r, AccountStore::IndustryField, c[4].toStdString());
        if (!c[5].isEmpty())
            s.setNumber(r, AccountStore::AnnualRevenueField, c[5].toDouble());
        s.setText(r, tags, c[6].toStdString());
        if (!c[7].isEmpty())
            s.setDay(r, renewal,
                     static_cast<std::int32_t>(
                         QDate(1970, 1, 1).daysTo(QDate::fromString(c[7], Qt::ISODate))));
        s.setNumber(r, AccountStore::BillingLatitudeField, c[8].toDouble());
        s.setNumber(r, AccountStore::BillingLongitudeField, c[9].toDouble());
    }
    return s;
}

QString idsOf(const AccountStore &s, const std::vector<std::uint32_t> &rows)
{
    QStringList ids;
    for (std::uint32_t r : rows)
        ids << s.accountId(r);
    return ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "));
}

QString rowByRow(const AccountStore &s, const auto &predicate)
{
    std::vector<std::uint32_t> rows;
    for (std::size_t r = 0; r < s.rowCount(); ++r) {
        if (predicate(r))
            rows.push_back(static_cast<std::uint32_t>(r));
    }
    return idsOf(s, rows);
}

} // namespace

TEST(RulesConformance, DocumentedAccountsLoad)
{
    EXPECT_EQ(exampleAccounts().rowCount(), 5u);
}

TEST(RulesConformance, ItemExamples)
{
    const AccountStore accounts = exampleAccounts();
    const AccountIndex index(accounts);
    const auto rows = markdownTable(RulesDoc, QStringLiteral("### Items"));
    ASSERT_GE(rows.size(), 30u);
    for (const QStringList &c : rows) {
        ASSERT_EQ(c.size(), 5) << c.join(u'|').toStdString();
        const RuleItem item{c[1], c[2], cellValue(c[3])};
        SCOPED_TRACE(
            QStringLiteral("example %1: %2 %3 %4").arg(c[0], c[1], c[2], c[3]).toStdString());
        Result<CompiledItem> compiled = compileItem(item, accounts);
        ASSERT_TRUE(compiled.ok()) << compiled.error().message.toStdString();
        EXPECT_EQ(rowByRow(accounts, [&](std::size_t r) { return compiled->matches(accounts, r); }),
                  c[4]);
        EXPECT_EQ(idsOf(accounts, compiled->evaluate(index).toVector()), c[4]);
    }
}

TEST(RulesConformance, FilterExamples)
{
    const AccountStore accounts = exampleAccounts();
    const AccountIndex index(accounts);
    const auto rows = markdownTable(RulesDoc, QStringLiteral("### Filters"));
    ASSERT_GE(rows.size(), 6u);
    for (const QStringList &c : rows) {
        AssignmentRule rule;
        rule.apiName = QStringLiteral("Example");
        rule.items = {{QStringLiteral("Account.BillingState"), QStringLiteral("equals"),
                       QStringLiteral("CA,NV")},
                      {QStringLiteral("Account.AnnualRevenue"), QStringLiteral("greaterThan"),
                       QStringLiteral("1000000")},
                      {QStringLiteral("Account.Industry"), QStringLiteral("equals"),
                       QStringLiteral("Retail")}};
        rule.booleanFilter = cellValue(c[0]);
        SCOPED_TRACE(rule.booleanFilter.toStdString());
        Result<CompiledRule> compiled = compileRule(rule, accounts);
        ASSERT_TRUE(compiled.ok()) << compiled.error().message.toStdString();
        EXPECT_EQ(rowByRow(accounts, [&](std::size_t r) { return compiled->matches(accounts, r); }),
                  c[1]);
        std::vector<RowSet> sets;
        for (const CompiledItem &item : compiled->evalItems)
            sets.push_back(item.evaluate(index));
        std::vector<const RowSet *> pointers;
        for (const RowSet &set : sets)
            pointers.push_back(&set);
        EXPECT_EQ(idsOf(accounts, compiled->combine(pointers).toVector()), c[1]);
    }
}

TEST(RulesConformance, RefusedFilters)
{
    const auto rows = markdownTable(RulesDoc, QStringLiteral("### Filters that are refused"));
    ASSERT_GE(rows.size(), 5u);
    for (const QStringList &c : rows) {
        Result<BooleanFilter> f = BooleanFilter::parse(cellValue(c[0]), 3);
        ASSERT_FALSE(f.ok()) << c[0].toStdString();
        EXPECT_EQ(f.error().message, c[1]);
    }
}
