// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary text to the boolean filter parser, the value-list parser
// and the item compiler, and checks that indexed evaluation agrees with the
// row-by-row reference on whatever compiles (a differential check).
#include "core/rules/booleanfilter.h"
#include "core/rules/compiledrule.h"
#include "core/rules/valuelist.h"

#include <cstdint>
#include <cstdlib>

namespace {

const Tessera::AccountStore &accounts()
{
    static const Tessera::AccountStore store = [] {
        using namespace Tessera;
        AccountStore s;
        const int tags =
            s.addField(QStringLiteral("Tags__c"), {}, FieldType::MultiPicklist).value();
        const int when = s.addField(QStringLiteral("When__c"), {}, FieldType::Date).value();
        const char *states[] = {"CA", "ca", "", "NV", "\xc3\x89le", "9"};
        const char *tagValues[] = {"A;B", "", "b", "C"};
        for (int i = 0; i < 64; ++i) {
            const std::size_t r = s.appendRow();
            s.setText(r, AccountStore::IdField, "a" + std::to_string(i));
            s.setText(r, AccountStore::NameField, states[(i * 7) % 6]);
            s.setText(r, AccountStore::BillingStateField, states[i % 6]);
            s.setText(r, AccountStore::BillingPostalCodeField, std::to_string(10000 + i * 1371));
            s.setText(r, tags, tagValues[i % 4]);
            if (i % 5)
                s.setNumber(r, AccountStore::AnnualRevenueField, i * 10.0);
            if (i % 3)
                s.setDay(r, when, i);
            s.setNumber(r, AccountStore::BillingLatitudeField, 30 + i * 0.1);
            s.setNumber(r, AccountStore::BillingLongitudeField, -120 + i * 0.1);
        }
        return s;
    }();
    return store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Tessera;
    if (size < 2 || size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1),
                                           static_cast<qsizetype>(size - 1));
    const int itemCount = data[0] % 12;

    Result<BooleanFilter> filter = BooleanFilter::parse(text, itemCount);
    if (filter.ok()) {
        // The canonical form must parse back to the same canonical form.
        Result<BooleanFilter> again = BooleanFilter::parse(filter->toString(), itemCount);
        if (!again.ok() || again->toString() != filter->toString())
            std::abort();
    }
    Result<std::vector<QString>> values = parseValueList(text);
    if (values.ok()) {
        Result<std::vector<QString>> again = parseValueList(joinValueList(*values));
        if (!again.ok() || *again != *values)
            std::abort();
    }
    (void)parseWithin(text);

    static const char *fields[] = {"Account.BillingState",  "Account.BillingPostalCode",
                                   "Account.Name",          "Account.Tags__c",
                                   "Account.AnnualRevenue", "Account.When__c",
                                   "Account.BillingAddress"};
    static const char *ops[] = {"equals",      "notEqual",       "lessThan", "greaterThan",
                                "lessOrEqual", "greaterOrEqual", "contains", "notContain",
                                "startsWith",  "includes",       "excludes", "within"};
    const RuleItem item{QString::fromLatin1(fields[data[0] % 7]),
                        QString::fromLatin1(ops[(data[0] / 7) % 12]), text};
    Result<CompiledItem> compiled = compileItem(item, accounts());
    if (compiled.ok()) {
        const AccountIndex index(accounts());
        const std::vector<std::uint32_t> fast = compiled->evaluate(index).toVector();
        std::vector<std::uint32_t> slow;
        for (std::size_t r = 0; r < accounts().rowCount(); ++r) {
            if (compiled->matches(accounts(), r))
                slow.push_back(static_cast<std::uint32_t>(r));
        }
        if (fast != slow)
            std::abort();
    }
    return 0;
}
