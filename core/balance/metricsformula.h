// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/accountstore.h"
#include "core/util/result.h"

#include <QString>

#include <vector>

namespace Tessera {

// An arithmetic formula over the numeric fields of an account, such as
// "12 * 1.5" or "NumberOfEmployees / 50 * 2 + 4" (docs/balance.md):
// numbers, field names (number and checkbox fields, optionally prefixed
// "Account."), + - * / with the usual precedence, unary minus, parentheses,
// min(a, b, ...) and max(a, b, ...). A missing value makes the result
// missing (NaN); so does a division by zero.
class MetricsFormula
{
public:
    static constexpr int MaxLength = 2'000;
    static constexpr int MaxDepth = 64;

    // Parses text against the fields of a store; the error names the position.
    static Result<MetricsFormula> compile(const QString &text, const AccountStore &store);

    double evaluate(const AccountStore &store, std::size_t row) const;
    // Fields the formula reads, by index.
    const std::vector<int> &fields() const { return m_fields; }

private:
    struct Op
    {
        enum Kind : std::uint8_t { Number, Field, Add, Sub, Mul, Div, Neg, Min, Max } kind;
        int argc = 0;     // Min, Max
        int field = -1;   // Field
        double value = 0; // Number
    };
    friend class FormulaParser;
    std::vector<Op> m_program; // postfix
    std::vector<int> m_fields;
    int m_stackSize = 0;
};

} // namespace Tessera
