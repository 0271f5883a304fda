// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of real Salesforce territory metadata (tests/data/salesforce)
// evaluated on a small account set made for them. Expected territories follow
// ETM: inherited rules reach every descendant, a child's own rule is not
// ANDed with its parent's, inactive and unlinked rules assign nothing.
#include "core/interchange/salesforcemetadata.h"
#include "core/rules/assignmentengine.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace Tessera;

namespace {

WorkspaceData accountsForFixtures()
{
    WorkspaceData d;
    AccountStore &a = d.accounts;
    // Standard Salesforce fields Tessera does not keep by default.
    const int site = a.addField(QStringLiteral("Site"), {}, FieldType::Text).value();
    const int sic = a.addField(QStringLiteral("SicDesc"), {}, FieldType::Text).value();
    const int phone = a.addField(QStringLiteral("Phone"), {}, FieldType::Text).value();
    const int createdBy = a.addField(QStringLiteral("CreatedById"), {}, FieldType::Text).value();
    struct Row
    {
        const char *id, *name, *city, *country, *industry, *owner, *site, *sic, *phone, *createdBy;
    };
    const Row rows[] = {
        {"C1", "Cabela's Outfitters", "Austin", "US", "Retail", "", "", "", "", ""},
        {"C2", "Northwind West Traders", "Chicago", "US", "Biotechnology", "", "", "", "", ""},
        {"C3", "Southwest Surf", "Carlsbad", "US", "Retail", "", "San Diego", "", "", ""},
        {"C4", "Crown Charity", "London", "GB", "Not For Profit", "", "", "", "", ""},
        {"C5", "Royal Mail Ltd", "London", "GB", "Logistics", "", "", "", "", ""},
        {"C6", "East Coast Co", "Boston", "US", "Finance", "Bob123", "", "", "", ""},
        {"C7", "Territory One", "Encinitas", "US", "", "", "", "", "555-555-5555", "Buddy1"},
        {"C8", "Plain Co", "", "", "", "", "", "", "", ""},
    };
    for (const Row &r : rows) {
        const std::size_t row = a.appendRow();
        a.setText(row, AccountStore::IdField, r.id);
        a.setText(row, AccountStore::NameField, r.name);
        a.setText(row, AccountStore::BillingCityField, r.city);
        a.setText(row, AccountStore::BillingCountryField, r.country);
        a.setText(row, AccountStore::IndustryField, r.industry);
        a.setText(row, AccountStore::OwnerIdField, r.owner);
        a.setText(row, site, r.site);
        a.setText(row, sic, r.sic);
        a.setText(row, phone, r.phone);
        a.setText(row, createdBy, r.createdBy);
    }
    return d;
}

using Landing = std::map<QString, std::set<QString>>; // account id -> territory API names

Landing assign(const WorkspaceData &d, const QString &modelApiName)
{
    Landing out;
    Id model = NoId;
    for (const TerritoryModel &m : d.models) {
        if (m.apiName == modelApiName)
            model = m.id;
    }
    EXPECT_NE(model, NoId) << modelApiName.toStdString();
    AssignmentEngine engine(d, model);
    EXPECT_TRUE(engine.run().ok());
    for (const auto &[ruleId, error] : engine.ruleErrors())
        ADD_FAILURE() << "rule " << ruleId << ": " << error.message.toStdString();
    for (Id t : engine.territories()) {
        const Territory *territory = nullptr;
        for (const Territory &candidate : d.territories) {
            if (candidate.id == t)
                territory = &candidate;
        }
        engine.accountsOf(t).forEach(
            [&](std::uint32_t row) { out[d.accounts.accountId(row)].insert(territory->apiName); });
    }
    return out;
}

WorkspaceData imported(const char *fixture)
{
    WorkspaceData d = accountsForFixtures();
    const QString dir =
        QStringLiteral(TESSERA_TEST_DATA "/salesforce/") + QString::fromLatin1(fixture);
    Result<SalesforceMetadata::ImportReport> report = SalesforceMetadata::importFolder(dir, d);
    EXPECT_TRUE(report.ok()) << (report.ok() ? std::string()
                                             : report.error().toString().toStdString());
    return d;
}

std::set<QString> names(std::initializer_list<const char *> list)
{
    std::set<QString> out;
    for (const char *n : list)
        out.insert(QString::fromLatin1(n));
    return out;
}

} // namespace

TEST(RulesOnSalesforceFixtures, FishingStoresReachEveryLevelBelowUsa)
{
    for (const char *fixture : {"scw-mdapi", "scw-source"}) {
        SCOPED_TRACE(fixture);
        const WorkspaceData d = imported(fixture);
        const Landing landing = assign(d, QStringLiteral("SCW_Territory_Model"));
        EXPECT_EQ(landing, (Landing{{QStringLiteral("C1"), names({"USA", "Texas", "Austin"})}}));
    }
}

TEST(RulesOnSalesforceFixtures, InactiveAndUnlinkedRulesAssignNothing)
{
    const WorkspaceData d = imported("tmtools-export");
    EXPECT_TRUE(assign(d, QStringLiteral("Territory_Model_1")).empty());
    EXPECT_TRUE(assign(d, QStringLiteral("Territory_Model_2")).empty());
}

TEST(RulesOnSalesforceFixtures, ImportedTerritoryModelFollowsEtm)
{
    const WorkspaceData d = imported("tmtools-transform");
    const Landing landing = assign(d, QStringLiteral("Imported_Territory"));
    // For_Profit_Accounts (Industry notContain "Not For Profit") is linked to
    // London_For_Profit alone, so it catches every account but the charity,
    // London or not: ETM does not AND a child's rule with its parent's.
    const Landing expected{
        {QStringLiteral("C1"), names({"London_For_Profit"})},
        {QStringLiteral("C2"),
         names({"AMER_West", "San_Diego", "AMER_North", "Chicago", "London_For_Profit"})},
        {QStringLiteral("C3"), names({"AMER_West", "San_Diego", "London_For_Profit"})},
        {QStringLiteral("C4"), names({"London", "London_For_Profit", "London_Non_Profit"})},
        {QStringLiteral("C5"), names({"London", "London_For_Profit", "London_Non_Profit"})},
        {QStringLiteral("C6"), names({"London_For_Profit"})},
        {QStringLiteral("C7"), names({"London_For_Profit"})},
        {QStringLiteral("C8"), names({"London_For_Profit"})},
    };
    EXPECT_EQ(landing, expected);
}
