// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/operation.h"

#include <QCoreApplication>

#include <array>

namespace Tessera {

namespace {
struct OpName
{
    Operation op;
    const char *token;
    const char *label;
};
constexpr std::array<OpName, 12> Ops{{
    {Operation::Equals, "equals", QT_TRANSLATE_NOOP("Tessera::Operation", "equals")},
    {Operation::NotEqual, "notEqual", QT_TRANSLATE_NOOP("Tessera::Operation", "not equal to")},
    {Operation::LessThan, "lessThan", QT_TRANSLATE_NOOP("Tessera::Operation", "less than")},
    {Operation::GreaterThan, "greaterThan",
     QT_TRANSLATE_NOOP("Tessera::Operation", "greater than")},
    {Operation::LessOrEqual, "lessOrEqual",
     QT_TRANSLATE_NOOP("Tessera::Operation", "less or equal")},
    {Operation::GreaterOrEqual, "greaterOrEqual",
     QT_TRANSLATE_NOOP("Tessera::Operation", "greater or equal")},
    {Operation::Contains, "contains", QT_TRANSLATE_NOOP("Tessera::Operation", "contains")},
    {Operation::NotContain, "notContain",
     QT_TRANSLATE_NOOP("Tessera::Operation", "does not contain")},
    {Operation::StartsWith, "startsWith", QT_TRANSLATE_NOOP("Tessera::Operation", "starts with")},
    {Operation::Includes, "includes", QT_TRANSLATE_NOOP("Tessera::Operation", "includes")},
    {Operation::Excludes, "excludes", QT_TRANSLATE_NOOP("Tessera::Operation", "excludes")},
    {Operation::Within, "within", QT_TRANSLATE_NOOP("Tessera::Operation", "within")},
}};
} // namespace

QString operationToken(Operation op)
{
    return QString::fromLatin1(Ops[static_cast<std::size_t>(op)].token);
}

std::optional<Operation> operationFromToken(QStringView token)
{
    for (const OpName &o : Ops) {
        if (token.compare(QLatin1String(o.token), Qt::CaseInsensitive) == 0)
            return o.op;
    }
    return std::nullopt;
}

QString operationLabel(Operation op)
{
    return QCoreApplication::translate("Tessera::Operation",
                                       Ops[static_cast<std::size_t>(op)].label);
}

bool isNegative(Operation op)
{
    return op == Operation::NotEqual || op == Operation::NotContain || op == Operation::Excludes;
}

bool isRange(Operation op)
{
    return op == Operation::LessThan || op == Operation::GreaterThan ||
           op == Operation::LessOrEqual || op == Operation::GreaterOrEqual;
}

} // namespace Tessera
