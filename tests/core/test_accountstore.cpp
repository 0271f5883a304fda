// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/accountstore.h"

#include <gtest/gtest.h>

using namespace Tessera;

TEST(AccountStore, HasTheSalesforceStandardFields)
{
    AccountStore s;
    EXPECT_EQ(s.fieldCount(), AccountStore::StandardFieldCount);
    EXPECT_EQ(s.fieldIndex(u"Id"), AccountStore::IdField);
    EXPECT_EQ(s.fieldIndex(u"Account.BillingState"), AccountStore::BillingStateField);
    EXPECT_EQ(s.fieldIndex(u"billingpostalcode"), AccountStore::BillingPostalCodeField);
    EXPECT_EQ(s.fieldIndex(u"Nope"), -1);
    EXPECT_EQ(s.field(AccountStore::BillingStateField).storage, ColumnKind::Dictionary);
    EXPECT_EQ(s.field(AccountStore::BillingLatitudeField).storage, ColumnKind::Floats);
    EXPECT_EQ(s.field(AccountStore::AnnualRevenueField).type, FieldType::Number);
}

TEST(AccountStore, StoresEveryTypeAndItsBlank)
{
    AccountStore s;
    const int text = s.addField(QStringLiteral("Notes__c"), {}, FieldType::Text).value();
    const int pick = s.addField(QStringLiteral("Tier__c"), {}, FieldType::Picklist).value();
    const int num = s.addField(QStringLiteral("Workload__c"), {}, FieldType::Number).value();
    const int date = s.addField(QStringLiteral("Renewal__c"), {}, FieldType::Date).value();
    const int flag = s.addField(QStringLiteral("Strategic__c"), {}, FieldType::Boolean).value();
    EXPECT_FALSE(s.addField(QStringLiteral("tier__c"), {}, FieldType::Text).ok());
    EXPECT_FALSE(s.addField(QStringLiteral("bad name"), {}, FieldType::Text).ok());

    const std::size_t r0 = s.appendRow();
    const std::size_t r1 = s.appendRow();
    s.setText(r0, AccountStore::IdField, "001A");
    s.setText(r1, AccountStore::IdField, "001B");
    s.setText(r0, text, "caf\xc3\xa9");
    s.setText(r0, pick, "Gold");
    s.setText(r1, pick, "Gold");
    s.setNumber(r0, num, 12.5);
    s.setDay(r0, date, 20000);
    s.setBoolean(r0, flag, 1);
    s.setNumber(r0, AccountStore::BillingLatitudeField, 37.5);

    EXPECT_EQ(s.displayText(r0, text), QStringLiteral("caf\u00e9"));
    EXPECT_EQ(s.displayText(r0, num), QStringLiteral("12.5"));
    EXPECT_EQ(s.displayText(r0, date), QStringLiteral("2024-10-04"));
    EXPECT_EQ(s.displayText(r0, flag), QStringLiteral("true"));
    EXPECT_FLOAT_EQ(s.number(r0, AccountStore::BillingLatitudeField), 37.5);
    for (int f : {text, num, date, flag})
        EXPECT_TRUE(s.displayText(r1, f).isEmpty()) << f;
    EXPECT_TRUE(std::isnan(s.number(r1, num)));
    // Repeated values share one dictionary code.
    EXPECT_EQ(s.dictionary(pick).codeAt(r0), s.dictionary(pick).codeAt(r1));
    EXPECT_EQ(s.dictionary(pick).values().size(), 2u);
}

TEST(AccountStore, FindsRowsByIdAndReportsDuplicates)
{
    AccountStore s;
    for (int i = 0; i < 1000; ++i) {
        const std::size_t r = s.appendRow();
        s.setText(r, AccountStore::IdField, "001" + std::to_string(i));
    }
    EXPECT_EQ(s.rowOf("001417"), 417);
    EXPECT_EQ(s.rowOf("nope"), -1);
    EXPECT_TRUE(s.duplicateOrBlankIds().empty());
    s.setText(5, AccountStore::IdField, "001417");
    s.setText(9, AccountStore::IdField, "");
    EXPECT_EQ(s.duplicateOrBlankIds(), (std::vector<std::size_t>{9, 417}));
    AccountStore copy = s;
    EXPECT_EQ(copy.rowOf("001999"), 999);
}

TEST(AccountStore, EditsAndCompactionKeepValues)
{
    AccountStore s;
    for (int i = 0; i < 10; ++i)
        s.setText(s.appendRow(), AccountStore::NameField, "Company " + std::to_string(i));
    s.setText(3, AccountStore::NameField, "A much longer company name than before");
    s.setText(4, AccountStore::NameField, "Co");
    const std::size_t before = s.strings(AccountStore::NameField).byteSize();
    s.compact();
    EXPECT_LT(s.strings(AccountStore::NameField).byteSize(), before);
    EXPECT_EQ(s.text(3, AccountStore::NameField), "A much longer company name than before");
    EXPECT_EQ(s.text(4, AccountStore::NameField), "Co");
    EXPECT_EQ(s.text(9, AccountStore::NameField), "Company 9");
}
