// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Tessera {

// Rule item operations, with the tokens Salesforce ETM writes in metadata.
enum class Operation {
    Equals,
    NotEqual,
    LessThan,
    GreaterThan,
    LessOrEqual,
    GreaterOrEqual,
    Contains,
    NotContain,
    StartsWith,
    Includes,
    Excludes,
    Within,
};

QString operationToken(Operation op); // "equals", "notEqual", ...
std::optional<Operation> operationFromToken(QStringView token);
QString operationLabel(Operation op); // "equals", "not equal to", ... for people
// True for notEqual, notContain and excludes: they match only when no alternative does.
bool isNegative(Operation op);
bool isRange(Operation op); // lessThan .. greaterOrEqual

} // namespace Tessera
