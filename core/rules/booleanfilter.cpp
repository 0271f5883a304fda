// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/booleanfilter.h"

#include <QCoreApplication>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::BooleanFilter)
};

struct Token
{
    enum Kind { Number, And, Or, Not, Open, Close, End } kind = End;
    int number = 0;
    qsizetype position = 0; // 1-based, for messages
    QString text;
};

Result<std::vector<Token>> tokenize(QStringView s)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.position = i + 1;
        if (c == u'(' || c == u')') {
            t.kind = c == u'(' ? Token::Open : Token::Close;
            t.text = c;
            ++i;
        } else if (c.isDigit()) {
            qsizetype j = i;
            while (j < s.size() && s[j].isDigit())
                ++j;
            t.kind = Token::Number;
            t.text = s.mid(i, j - i).toString();
            bool ok = false;
            t.number = t.text.size() <= 6 ? t.text.toInt(&ok) : 0;
            if (!ok)
                t.number = 1'000'000;
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < s.size() && s[j].isLetter())
                ++j;
            t.text = s.mid(i, j - i).toString();
            const QString word = t.text.toUpper();
            if (word == u"AND")
                t.kind = Token::And;
            else if (word == u"OR")
                t.kind = Token::Or;
            else if (word == u"NOT")
                t.kind = Token::Not;
            else
                return makeError(
                    ErrorCode::Invalid,
                    Tr::tr("Unknown word \"%1\" at position %2: expected AND, OR or NOT.")
                        .arg(t.text)
                        .arg(t.position));
            i = j;
        } else {
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("Unexpected character \"%1\" at position %2.").arg(QString(c)).arg(i + 1));
        }
        tokens.push_back(t);
    }
    Token end;
    end.position = s.size() + 1;
    tokens.push_back(end);
    return tokens;
}

class Parser
{
public:
    Parser(std::vector<Token> tokens, int itemCount, std::vector<BooleanFilter::Node> &nodes)
        : m_tokens(std::move(tokens))
        , m_itemCount(itemCount)
        , m_nodes(nodes)
    {}

    Result<int> parseAll()
    {
        Result<int> root = parseExpression();
        if (!root)
            return root;
        if (peek().kind != Token::End)
            return unexpected(Tr::tr("AND, OR or the end of the filter"));
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }

    Error unexpected(const QString &expected) const
    {
        const Token &t = peek();
        if (t.kind == Token::End)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("The filter ends at position %1 where %2 was expected.")
                                 .arg(t.position)
                                 .arg(expected));
        return makeError(ErrorCode::Invalid, Tr::tr("Expected %1 at position %2 but found \"%3\".")
                                                 .arg(expected)
                                                 .arg(t.position)
                                                 .arg(t.text));
    }

    int add(BooleanFilter::Node node)
    {
        m_nodes.push_back(node);
        return static_cast<int>(m_nodes.size()) - 1;
    }

    // expression := unary ((AND unary)* | (OR unary)*) — one connective per level.
    Result<int> parseExpression()
    {
        Result<int> left = parseUnary();
        if (!left)
            return left;
        Token::Kind connective = Token::End;
        int node = *left;
        while (peek().kind == Token::And || peek().kind == Token::Or) {
            const Token op = peek();
            if (connective != Token::End && op.kind != connective)
                return makeError(ErrorCode::Invalid,
                                 Tr::tr("Add parentheses where AND and OR meet, at position %1.")
                                     .arg(op.position));
            connective = op.kind;
            ++m_pos;
            Result<int> right = parseUnary();
            if (!right)
                return right;
            BooleanFilter::Node n;
            n.kind = op.kind == Token::And ? BooleanFilter::Node::And : BooleanFilter::Node::Or;
            n.left = node;
            n.right = *right;
            node = add(n);
        }
        return node;
    }

    Result<int> parseUnary()
    {
        if (++m_depth > 200)
            return makeError(ErrorCode::Invalid, Tr::tr("The filter is nested too deeply."));
        const Token t = peek();
        Result<int> result = makeError(ErrorCode::Invalid, QString());
        if (t.kind == Token::Not) {
            ++m_pos;
            Result<int> inner = parseUnary();
            if (!inner)
                return inner;
            BooleanFilter::Node n;
            n.kind = BooleanFilter::Node::Not;
            n.left = *inner;
            result = add(n);
        } else if (t.kind == Token::Open) {
            ++m_pos;
            Result<int> inner = parseExpression();
            if (!inner)
                return inner;
            if (peek().kind != Token::Close)
                return unexpected(Tr::tr("\")\""));
            ++m_pos;
            result = *inner;
        } else if (t.kind == Token::Number) {
            if (t.number < 1 || t.number > m_itemCount)
                return makeError(
                    ErrorCode::Invalid,
                    Tr::tr("Item %1 at position %2 does not exist: the rule has %3 items.")
                        .arg(t.text)
                        .arg(t.position)
                        .arg(m_itemCount));
            ++m_pos;
            BooleanFilter::Node n;
            n.kind = BooleanFilter::Node::Item;
            n.item = t.number - 1;
            result = add(n);
        } else {
            return unexpected(Tr::tr("an item number, NOT or \"(\""));
        }
        --m_depth;
        return result;
    }

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    int m_itemCount;
    int m_depth = 0;
    std::vector<BooleanFilter::Node> &m_nodes;
};

} // namespace

Result<BooleanFilter> BooleanFilter::parse(QStringView text, int itemCount)
{
    BooleanFilter f;
    f.m_itemCount = itemCount;
    if (text.size() > MaxLength)
        return makeError(ErrorCode::Limit,
                         Tr::tr("The filter is longer than %1 characters.").arg(MaxLength));
    if (text.trimmed().isEmpty()) {
        // No filter: all items ANDed; no items: matches nothing.
        if (itemCount == 0)
            return makeError(ErrorCode::Invalid, Tr::tr("The rule has no items."));
        int node = -1;
        for (int i = 0; i < itemCount; ++i) {
            Node leaf;
            leaf.item = i;
            f.m_nodes.push_back(leaf);
            const int leafIndex = static_cast<int>(f.m_nodes.size()) - 1;
            if (node < 0) {
                node = leafIndex;
            } else {
                Node n;
                n.kind = Node::And;
                n.left = node;
                n.right = leafIndex;
                f.m_nodes.push_back(n);
                node = static_cast<int>(f.m_nodes.size()) - 1;
            }
        }
        f.m_root = node;
        return f;
    }
    Result<std::vector<Token>> tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    Parser parser(std::move(*tokens), itemCount, f.m_nodes);
    Result<int> root = parser.parseAll();
    if (!root)
        return root.error();
    f.m_root = *root;

    std::vector<bool> used(static_cast<std::size_t>(itemCount), false);
    for (const Node &n : f.m_nodes) {
        if (n.kind == Node::Item)
            used[static_cast<std::size_t>(n.item)] = true;
    }
    for (int i = 0; i < itemCount; ++i) {
        if (!used[static_cast<std::size_t>(i)])
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("Item %1 is not used in the filter; every item from 1 to %2 must be.")
                    .arg(i + 1)
                    .arg(itemCount));
    }
    return f;
}

QString BooleanFilter::write(int n, Node::Kind parent) const
{
    const Node &node = m_nodes[static_cast<std::size_t>(n)];
    switch (node.kind) {
    case Node::Item:
        return QString::number(node.item + 1);
    case Node::Not:
        return QStringLiteral("NOT ") + write(node.left, Node::Not);
    case Node::And:
    case Node::Or: {
        const QString op =
            node.kind == Node::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
        const QString body = write(node.left, node.kind) + op + write(node.right, node.kind);
        return parent == node.kind || parent == Node::Item ? body : u'(' + body + u')';
    }
    }
    return {};
}

QString BooleanFilter::toString() const
{
    return m_root < 0 ? QString() : write(m_root, Node::Item);
}

} // namespace Tessera
