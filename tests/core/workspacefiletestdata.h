// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

namespace Tessera::TestData {

// A small workspace that uses every entity kind, every field type and
// storage, and the awkward values: NaN, empty text, null dates and booleans,
// non-ASCII text. Valid under WorkspaceDocument::validate.
inline WorkspaceData richWorkspace(std::size_t accountRows = 6)
{
    WorkspaceData d;
    d.models.push_back({1, QStringLiteral("FY26 Plan"), QStringLiteral("FY26_Plan"),
                        QStringLiteral("Fiscal year plan – Zürich / 東京 🚀"), ModelState::Active});
    d.models.push_back(
        {2, QStringLiteral("What if"), QStringLiteral("What_If"), QString(), ModelState::Planning});
    // Balance settings that use every field: formulas with text and number
    // segments, open (NaN) bounds, non-ASCII text; the second model keeps
    // the defaults but for its potential field.
    BalanceSettings &b = d.models[0].balance;
    b.tolerancePercent = 12.5;
    b.targetMode = TargetMode::Capacity;
    b.workload.kind = MeasureDefinition::Kind::Formula;
    b.workload.segmentField = QStringLiteral("Score__c");
    b.workload.segments = {{QString(), std::nan(""), 10.0, QStringLiteral("Workload__c * 2")},
                           {QString(), 10.0, 1e300, QStringLiteral("12 * 1.5")},
                           {QString(), -0.25, std::nan(""), QString()}};
    b.workload.otherFormula = QStringLiteral("1.5 + Workload__c");
    b.potential.kind = MeasureDefinition::Kind::Formula;
    b.potential.field = QStringLiteral("AnnualRevenue");
    b.potential.segmentField = QStringLiteral("Tier__c");
    b.potential.segments = {
        {QStringLiteral("Gold"), std::nan(""), std::nan(""), QStringLiteral("AnnualRevenue * 1.1")},
        {QStringLiteral("Zürich 東京 🚀"), std::nan(""), std::nan(""), QStringLiteral("0")}};
    d.models[1].balance.potential.field = QStringLiteral("Score__c");
    d.models[1].balance.targetMode = TargetMode::TerritoryTargets;
    d.models[1].balance.tolerancePercent = 0.0;
    d.types.push_back({3, QStringLiteral("Region"), QStringLiteral("Region"), QString(), 1});
    d.types.push_back({4, QStringLiteral("Territory"), QStringLiteral("Territory"),
                       QStringLiteral("leaf level"), 2});
    d.reps.push_back({5, QStringLiteral("0055e000001AbCdEAA"), QStringLiteral("Åsa Öberg"),
                      QStringLiteral("asa@example.com"), 1600.0, 47.3769, 8.5417});
    d.reps.push_back({6, QStringLiteral("rep-2"), QStringLiteral("No Home"), QString(), 0.0,
                      std::nan(""), std::nan("")});

    Territory root;
    root.id = 7;
    root.modelId = 1;
    root.typeId = 3;
    root.name = QStringLiteral("West");
    root.apiName = QStringLiteral("West");
    root.accountAccess = AccessLevel::Edit;
    root.opportunityAccess = AccessLevel::Read;
    root.caseAccess = AccessLevel::All;
    root.contactAccess = AccessLevel::None;
    root.forecastManagerId = 5;
    root.colour = 0x336699;
    root.targets.accounts = 1200;
    Territory child = root;
    child.id = 8;
    child.parentId = 7;
    child.typeId = 4;
    child.name = QStringLiteral("Bay Area – Süd");
    child.apiName = QStringLiteral("Bay_Area");
    child.description = QStringLiteral("line one\nline two");
    child.forecastManagerId = NoId;
    child.colour = 0;
    child.targets = {};
    child.targets.workload = 1e300;
    child.targets.potential = 0.0;
    Territory other = root;
    other.id = 9;
    other.modelId = 2;
    other.typeId = NoId;
    other.name = QStringLiteral("East");
    other.apiName = QStringLiteral("East");
    // Tree order is vector order: a second root after a child.
    d.territories = {root, child, other};

    AssignmentRule rule;
    rule.id = 10;
    rule.modelId = 1;
    rule.apiName = QStringLiteral("CA_Accounts");
    rule.label = QStringLiteral("California accounts");
    rule.booleanFilter = QStringLiteral("1 AND (2 OR 3)");
    rule.items = {
        {QStringLiteral("Account.BillingState"), QStringLiteral("equals"), QStringLiteral("CA")},
        {QStringLiteral("Account.Industry"), QStringLiteral("equals"), QString()},
        {QStringLiteral("Account.Name"), QStringLiteral("startsWith"),
         QStringLiteral("Ünïcödé, \"quoted\"")}};
    AssignmentRule inactive;
    inactive.id = 11;
    inactive.modelId = 2;
    inactive.apiName = QStringLiteral("Nothing");
    inactive.label = QStringLiteral("No items");
    inactive.objectType = QStringLiteral("Lead");
    inactive.active = false;
    d.rules = {rule, inactive};
    d.ruleAssociations = {{10, 7, true}, {10, 8, false}, {11, 9, false}};
    d.repAssignments = {{5, 8, QStringLiteral("Sales Rep")}, {6, 7, QString()}};
    d.manualAssignments = {{QStringLiteral("001A"), 8}, {QStringLiteral("001-not-loaded"), 7}};
    d.exclusions = {{QStringLiteral("001B"), 8}};
    d.nextId = 42;

    AccountStore &a = d.accounts;
    const int text =
        *a.addField(QStringLiteral("Notes__c"), QStringLiteral("Notes"), FieldType::Text);
    const int pick =
        *a.addField(QStringLiteral("Tier__c"), QStringLiteral("Tier"), FieldType::Picklist);
    const int multi = *a.addField(QStringLiteral("Products__c"), QStringLiteral("Products"),
                                  FieldType::MultiPicklist);
    const int number =
        *a.addField(QStringLiteral("Workload__c"), QStringLiteral("Workload"), FieldType::Number);
    const int small = *a.addField(FieldDef{QStringLiteral("Score__c"), QStringLiteral("Score"),
                                           FieldType::Number, ColumnKind::Floats, false});
    const int date =
        *a.addField(QStringLiteral("Renewal__c"), QStringLiteral("Renewal"), FieldType::Date);
    const int flag = *a.addField(QStringLiteral("Strategic__c"), QStringLiteral("Strategic"),
                                 FieldType::Boolean);
    const int dictText = *a.addField(FieldDef{QStringLiteral("Segment__c"), QString(),
                                              FieldType::Text, ColumnKind::Dictionary, false});
    // Geography: a state and a ZIP for the region, a county for its child,
    // and a drawn shape with a hole in the other model.
    d.territoryUnits = {{7, {UnitKind::State, "06"}},
                        {7, {UnitKind::Zip, "94105"}},
                        {8, {UnitKind::County, "06085"}},
                        {9, {UnitKind::Country, "840"}}};
    DrawnShape drawn;
    drawn.id = 12;
    drawn.territoryId = 9;
    drawn.name = QStringLiteral("Ring – Brooklyn");
    GeoPolygon poly;
    poly.outer() = {{-74.0, 40.6}, {-74.0, 40.7}, {-73.9, 40.7}, {-73.9, 40.6}, {-74.0, 40.6}};
    poly.inners().push_back(
        {{-73.97, 40.63}, {-73.93, 40.63}, {-73.93, 40.67}, {-73.97, 40.67}, {-73.97, 40.63}});
    drawn.shape.push_back(poly);
    d.drawnShapes.push_back(drawn);
    a.setRowCount(accountRows);
    const char *states[] = {"CA", "", "NY", "CA", "Zürich", "東京"};
    for (std::size_t r = 0; r < accountRows; ++r) {
        const std::string id = r == 0 ? "001A" : r == 1 ? "001B" : "001X" + std::to_string(r);
        a.setText(r, AccountStore::IdField, id);
        a.setText(r, AccountStore::NameField, r % 3 == 1 ? "" : "Acme 🚀 " + std::to_string(r));
        a.setText(r, AccountStore::BillingStateField, states[r % 6]);
        a.setText(r, AccountStore::BillingCityField, r % 2 ? "San José" : "");
        a.setNumber(r, AccountStore::BillingLatitudeField, r % 4 == 0 ? std::nan("") : 37.25);
        a.setNumber(r, AccountStore::BillingLongitudeField, r % 4 == 0 ? std::nan("") : -121.5);
        a.setNumber(r, AccountStore::AnnualRevenueField, r % 5 == 2 ? std::nan("") : 1e6 * r);
        a.setNumber(r, AccountStore::NumberOfEmployeesField,
                    r % 3 == 0 ? -0.0 : std::numeric_limits<double>::infinity());
        a.setText(r, text, r % 2 ? std::string(300 + r % 50, 'x') : std::string());
        a.setText(r, pick, r % 3 == 0 ? "Gold" : r % 3 == 1 ? "" : "Silver");
        a.setText(r, multi, "A;B");
        a.setNumber(r, number, r % 2 ? 0.1 * double(r) : std::nan(""));
        a.setNumber(r, small, r % 2 ? 1.5f : std::nanf(""));
        a.setDay(r, date, r % 3 == 0 ? NullDay : std::int32_t(19000 + r));
        a.setBoolean(r, flag, std::int8_t(r % 3) - 1);
        a.setText(r, dictText, r % 2 ? "SMB" : "Enterprise");
    }
    return d;
}

template<typename T>
bool sameBits(const std::vector<T> &a, const std::vector<T> &b)
{
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

// Field by field; numbers compare by their bits, so NaN and -0.0 count.
inline void expectSameAccounts(const AccountStore &a, const AccountStore &b)
{
    ASSERT_EQ(a.rowCount(), b.rowCount());
    ASSERT_EQ(a.fields(), b.fields());
    for (int f = 0; f < a.fieldCount(); ++f) {
        const Column &x = a.column(f);
        const Column &y = b.column(f);
        ASSERT_EQ(x.index(), y.index()) << "field " << f;
        if (auto *s = std::get_if<StringColumn>(&x)) {
            for (std::size_t r = 0; r < a.rowCount(); ++r)
                EXPECT_EQ(s->at(r), std::get<StringColumn>(y).at(r))
                    << "field " << f << " row " << r;
        } else if (auto *d = std::get_if<DictionaryColumn>(&x)) {
            EXPECT_EQ(d->values(), std::get<DictionaryColumn>(y).values()) << "field " << f;
            EXPECT_EQ(d->codes(), std::get<DictionaryColumn>(y).codes()) << "field " << f;
        } else if (auto *v = std::get_if<std::vector<double>>(&x)) {
            EXPECT_TRUE(sameBits(*v, std::get<std::vector<double>>(y))) << "field " << f;
        } else if (auto *v = std::get_if<std::vector<float>>(&x)) {
            EXPECT_TRUE(sameBits(*v, std::get<std::vector<float>>(y))) << "field " << f;
        } else if (auto *v = std::get_if<std::vector<std::int32_t>>(&x)) {
            EXPECT_EQ(*v, std::get<std::vector<std::int32_t>>(y)) << "field " << f;
        } else if (auto *v = std::get_if<std::vector<std::int8_t>>(&x)) {
            EXPECT_EQ(*v, std::get<std::vector<std::int8_t>>(y)) << "field " << f;
        }
    }
}

inline void expectSameWorkspace(const WorkspaceData &a, const WorkspaceData &b)
{
    EXPECT_EQ(a.models, b.models);
    EXPECT_EQ(a.types, b.types);
    EXPECT_EQ(a.territories, b.territories);
    EXPECT_EQ(a.rules, b.rules);
    EXPECT_EQ(a.ruleAssociations, b.ruleAssociations);
    EXPECT_EQ(a.reps, b.reps);
    EXPECT_EQ(a.repAssignments, b.repAssignments);
    EXPECT_EQ(a.manualAssignments, b.manualAssignments);
    EXPECT_EQ(a.exclusions, b.exclusions);
    EXPECT_EQ(a.territoryUnits, b.territoryUnits);
    EXPECT_TRUE(a.drawnShapes == b.drawnShapes);
    EXPECT_EQ(a.nextId, b.nextId);
    expectSameAccounts(a.accounts, b.accounts);
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

} // namespace Tessera::TestData
