// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/accountstore.h"
#include "core/model/assignmentrule.h"
#include "core/rules/accountindex.h"
#include "core/rules/booleanfilter.h"
#include "core/rules/operation.h"
#include "core/rules/rowset.h"
#include "core/rules/valuelist.h"
#include "core/util/result.h"

#include <memory>
#include <string>
#include <vector>

namespace Tessera {

// A rule item ready to run: the field resolved to a column, the value split
// into alternatives and converted to the column's type.
struct CompiledItem
{
    int field = -1; // -1 for "within", which uses the account's location
    Operation op = Operation::Equals;
    ColumnKind kind = ColumnKind::Strings;
    std::vector<std::string> text; // folded alternatives; "" is blank
    std::vector<double> numbers;   // numeric, date (days) or boolean (0/1) alternatives
    bool blank = false;            // one alternative is blank
    WithinArea area;
    std::string key; // identifies equal items across rules
    // A second bound fused in from a sibling range item of the same AND, so
    // that "ZIP >= 94000 AND ZIP < 95000" is one range lookup, not two halves
    // of the table intersected.
    std::shared_ptr<const CompiledItem> upper;

    // Does one account match? The reference semantics; evaluate() must agree.
    bool matches(const AccountStore &store, std::size_t row) const;
    // Every matching account at once, using the index.
    RowSet evaluate(const AccountIndex &index) const;
};

// Resolves and checks one item against the account schema.
Result<CompiledItem> compileItem(const RuleItem &item, const AccountStore &store);

struct CompiledRule
{
    std::vector<CompiledItem> items; // as written, for explanations
    BooleanFilter filter;
    // What to evaluate: the items, with range pairs fused; evalOf[i] is the
    // entry that stands for item i.
    std::vector<CompiledItem> evalItems;
    std::vector<int> evalOf;

    bool matches(const AccountStore &store, std::size_t row) const
    {
        return filter.evaluate(
            [&](int i) { return items[static_cast<std::size_t>(i)].matches(store, row); });
    }
    // Combines the results of evalItems, which callers may share between rules.
    RowSet combine(const std::vector<const RowSet *> &evalSets) const;
};

// Fills evalItems and evalOf: pairs of a lower and an upper range item on the
// same field within one AND chain become one bounded range.
void fuseRanges(CompiledRule &rule);

// Compiles a rule; the error names the item (1-based) that is wrong.
Result<CompiledRule> compileRule(const AssignmentRule &rule, const AccountStore &store);

} // namespace Tessera
