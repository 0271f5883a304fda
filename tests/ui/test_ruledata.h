// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/assignmentengine.h"
#include "tests/ui/uitestsupport.h"

#include <string>

namespace Tessera::Test {

// The sample workspace with accounts worth assigning: 001A (CA, assigned by
// hand to Los Angeles), 001B (CA, excluded from San Francisco), 001C (NV)
// and 97 more spread over six states.
inline WorkspaceData ruleSampleData()
{
    WorkspaceData d = sampleData();
    AccountStore &a = d.accounts;
    auto fill = [&a](std::size_t row, const std::string &name, const char *state, const char *zip,
                     const char *industry, double revenue) {
        a.setText(row, AccountStore::NameField, name);
        a.setText(row, AccountStore::BillingStateField, state);
        a.setText(row, AccountStore::BillingPostalCodeField, zip);
        a.setText(row, AccountStore::IndustryField, industry);
        a.setNumber(row, AccountStore::AnnualRevenueField, revenue);
    };
    fill(0, "Acme Outfitters", "CA", "94105", "Retail", 5'000'000);
    fill(1, "Bay Clinic", "CA", "94110", "Healthcare", 250'000);
    fill(2, "Reno Labs", "NV", "89501", "Technology", 1'200'000);
    const char *states[] = {"CA", "NV", "OR", "TX", "ca", "WA"};
    const char *industries[] = {"Retail", "Healthcare", "Technology"};
    for (int i = 0; i < 97; ++i) {
        const std::size_t row = a.appendRow();
        a.setText(row, AccountStore::IdField, "002" + std::to_string(100 + i));
        fill(row, "Account " + std::to_string(i), states[i % 6],
             std::to_string(90000 + i * 37).c_str(), industries[i % 3], 10'000.0 * (i + 1));
    }
    return d;
}

// Each territory of the model holds what a fresh engine over the same data
// puts there.
inline void expectSameAssignment(const AssignmentEngine &engine, const WorkspaceData &data,
                                 Id modelId)
{
    AssignmentEngine fresh(data, modelId);
    ASSERT_TRUE(fresh.run().ok());
    ASSERT_EQ(engine.territories(), fresh.territories());
    for (Id t : fresh.territories())
        EXPECT_TRUE(engine.accountsOf(t) == fresh.accountsOf(t)) << "territory " << t;
}

} // namespace Tessera::Test
