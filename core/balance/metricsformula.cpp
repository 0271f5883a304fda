// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/metricsformula.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::MetricsFormula)
};

double fieldValue(const AccountStore &store, int field, std::size_t row)
{
    const Column &col = store.column(field);
    switch (col.index()) {
    case 2:
        return std::get<2>(col)[row];
    case 3:
        return static_cast<double>(std::get<3>(col)[row]);
    case 5: {
        const std::int8_t b = std::get<5>(col)[row];
        return b == NullBool ? std::nan("") : double(b);
    }
    default:
        return std::nan("");
    }
}
} // namespace

// Recursive descent over the text, emitting postfix operations.
class FormulaParser
{
public:
    FormulaParser(const QString &text, const AccountStore &store, MetricsFormula &out)
        : m_text(text)
        , m_store(store)
        , m_out(out)
    {}

    Status parse()
    {
        if (m_text.size() > MetricsFormula::MaxLength)
            return makeError(
                ErrorCode::Limit,
                Tr::tr("A formula may have at most %1 characters.").arg(MetricsFormula::MaxLength));
        skipSpace();
        if (m_pos >= m_text.size())
            return makeError(ErrorCode::Invalid, Tr::tr("The formula is empty."));
        if (Status s = expression(0); !s)
            return s;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(Tr::tr("Unexpected \"%1\".").arg(m_text.at(m_pos)));
        return {};
    }

private:
    Status fail(const QString &message) const
    {
        return makeError(ErrorCode::Invalid, message,
                         Tr::tr("formula \"%1\", at character %2").arg(m_text).arg(m_pos + 1));
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool accept(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void push(MetricsFormula::Op op, int stackChange)
    {
        m_out.m_program.push_back(op);
        m_depth += stackChange;
        m_out.m_stackSize = std::max(m_out.m_stackSize, m_depth);
    }

    Status expression(int nesting)
    {
        if (nesting > MetricsFormula::MaxDepth)
            return fail(Tr::tr("The formula nests too deeply."));
        if (Status s = term(nesting); !s)
            return s;
        for (;;) {
            using Op = MetricsFormula::Op;
            Op::Kind kind;
            if (accept(u'+'))
                kind = Op::Add;
            else if (accept(u'-') || accept(QChar(0x2212)))
                kind = Op::Sub;
            else
                return {};
            if (Status s = term(nesting); !s)
                return s;
            push({kind}, -1);
        }
    }

    Status term(int nesting)
    {
        if (Status s = unary(nesting); !s)
            return s;
        for (;;) {
            using Op = MetricsFormula::Op;
            Op::Kind kind;
            if (accept(u'*') || accept(QChar(0x00D7)))
                kind = Op::Mul;
            else if (accept(u'/') || accept(QChar(0x00F7)))
                kind = Op::Div;
            else
                return {};
            if (Status s = unary(nesting); !s)
                return s;
            push({kind}, -1);
        }
    }

    Status unary(int nesting)
    {
        if (nesting > MetricsFormula::MaxDepth)
            return fail(Tr::tr("The formula nests too deeply."));
        if (accept(u'-') || accept(QChar(0x2212))) {
            if (Status s = unary(nesting + 1); !s)
                return s;
            push({MetricsFormula::Op::Neg}, 0);
            return {};
        }
        if (accept(u'+'))
            return unary(nesting + 1);
        return primary(nesting);
    }

    Status primary(int nesting)
    {
        using Op = MetricsFormula::Op;
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(Tr::tr("The formula ends too early."));
        if (accept(u'(')) {
            if (Status s = expression(nesting + 1); !s)
                return s;
            if (!accept(u')'))
                return fail(Tr::tr("A closing parenthesis is missing."));
            return {};
        }
        const QChar c = m_text.at(m_pos);
        if (c.isDigit() || c == u'.') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() &&
                   (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.'))
                ++m_pos;
            if (m_pos < m_text.size() && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E')) {
                qsizetype p = m_pos + 1;
                if (p < m_text.size() && (m_text.at(p) == u'+' || m_text.at(p) == u'-'))
                    ++p;
                if (p < m_text.size() && m_text.at(p).isDigit()) {
                    m_pos = p;
                    while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
                        ++m_pos;
                }
            }
            bool ok = false;
            const double v = QStringView(m_text).mid(start, m_pos - start).toDouble(&ok);
            if (!ok || !std::isfinite(v)) {
                m_pos = start;
                return fail(Tr::tr("\"%1\" is not a number.")
                                .arg(QStringView(m_text).mid(start, m_pos - start)));
            }
            Op op{Op::Number};
            op.value = v;
            push(op, 1);
            return {};
        }
        if (c.isLetter() || c == u'_') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() ||
                                             m_text.at(m_pos) == u'_' || m_text.at(m_pos) == u'.'))
                ++m_pos;
            const QString name = m_text.mid(start, m_pos - start);
            if (accept(u'(')) {
                const bool isMin = name.compare(u"min", Qt::CaseInsensitive) == 0;
                const bool isMax = name.compare(u"max", Qt::CaseInsensitive) == 0;
                if (!isMin && !isMax) {
                    m_pos = start;
                    return fail(Tr::tr("\"%1\" is not a function; min and max are.").arg(name));
                }
                int argc = 0;
                do {
                    if (Status s = expression(nesting + 1); !s)
                        return s;
                    ++argc;
                } while (accept(u','));
                if (!accept(u')'))
                    return fail(Tr::tr("A closing parenthesis is missing."));
                Op op{isMin ? Op::Min : Op::Max};
                op.argc = argc;
                push(op, 1 - argc);
                return {};
            }
            const int field = m_store.fieldIndex(name);
            if (field < 0) {
                m_pos = start;
                return fail(Tr::tr("There is no account field \"%1\".").arg(name));
            }
            const FieldType type = m_store.field(field).type;
            if (type != FieldType::Number && type != FieldType::Boolean) {
                m_pos = start;
                return fail(
                    Tr::tr("The field \"%1\" is not a number or checkbox field.").arg(name));
            }
            Op op{Op::Field};
            op.field = field;
            push(op, 1);
            if (std::find(m_out.m_fields.begin(), m_out.m_fields.end(), field) ==
                m_out.m_fields.end())
                m_out.m_fields.push_back(field);
            return {};
        }
        return fail(Tr::tr("Unexpected \"%1\".").arg(c));
    }

    const QString &m_text;
    const AccountStore &m_store;
    MetricsFormula &m_out;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

Result<MetricsFormula> MetricsFormula::compile(const QString &text, const AccountStore &store)
{
    MetricsFormula f;
    FormulaParser parser(text, store, f);
    if (Status s = parser.parse(); !s)
        return s.error();
    return f;
}

double MetricsFormula::evaluate(const AccountStore &store, std::size_t row) const
{
    // Formulas are short: a fixed stack avoids allocating per account.
    std::array<double, 2 * MaxDepth + 8> small{};
    std::vector<double> large;
    double *stack = small.data();
    if (m_stackSize > static_cast<int>(small.size())) {
        large.resize(static_cast<std::size_t>(m_stackSize));
        stack = large.data();
    }
    int top = 0;
    for (const Op &op : m_program) {
        switch (op.kind) {
        case Op::Number:
            stack[top++] = op.value;
            break;
        case Op::Field:
            stack[top++] = fieldValue(store, op.field, row);
            break;
        case Op::Add:
            --top;
            stack[top - 1] += stack[top];
            break;
        case Op::Sub:
            --top;
            stack[top - 1] -= stack[top];
            break;
        case Op::Mul:
            --top;
            stack[top - 1] *= stack[top];
            break;
        case Op::Div:
            --top;
            stack[top - 1] = stack[top] == 0 ? std::nan("") : stack[top - 1] / stack[top];
            break;
        case Op::Neg:
            stack[top - 1] = -stack[top - 1];
            break;
        case Op::Min:
        case Op::Max: {
            double v = stack[top - op.argc];
            for (int i = top - op.argc + 1; i < top; ++i) {
                if (std::isnan(stack[i]) || std::isnan(v))
                    v = std::nan("");
                else
                    v = op.kind == Op::Min ? std::min(v, stack[i]) : std::max(v, stack[i]);
            }
            top -= op.argc;
            stack[top++] = v;
            break;
        }
        }
    }
    return top == 1 ? stack[0] : std::nan("");
}

} // namespace Tessera
