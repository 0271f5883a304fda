// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>

#include <vector>

namespace Tessera {

// The boolean filter of a rule ("1 AND (2 OR NOT 3)"), parsed. Like
// Salesforce's filter logic it requires parentheses where AND and OR meet,
// and every item 1..n to be referenced. An empty filter ANDs all items.
class BooleanFilter
{
public:
    struct Node
    {
        enum Kind { Item, And, Or, Not } kind = Item;
        int item = 0; // 0-based item index, for Item
        int left = -1;
        int right = -1;
    };

    static constexpr int MaxLength = 4000;

    static Result<BooleanFilter> parse(QStringView text, int itemCount);

    const std::vector<Node> &nodes() const { return m_nodes; }
    int root() const { return m_root; }
    int itemCount() const { return m_itemCount; }

    // Evaluates with one leaf function; leaf(itemIndex) -> bool.
    template<typename Leaf>
    bool evaluate(Leaf &&leaf) const
    {
        return eval(m_root, leaf);
    }

    // Evaluates over any set type: leaf(i) -> Set, and(a, b), or(a, b), not(a).
    template<typename Set, typename Leaf, typename AndF, typename OrF, typename NotF>
    Set combine(Leaf &&leaf, AndF &&andF, OrF &&orF, NotF &&notF) const
    {
        return combineAt<Set>(m_root, leaf, andF, orF, notF);
    }

    // The filter written out in canonical form ("1 AND (2 OR 3)").
    QString toString() const;

private:
    template<typename Leaf>
    bool eval(int n, Leaf &leaf) const
    {
        const Node &node = m_nodes[static_cast<std::size_t>(n)];
        switch (node.kind) {
        case Node::Item:
            return leaf(node.item);
        case Node::Not:
            return !eval(node.left, leaf);
        case Node::And:
            return eval(node.left, leaf) && eval(node.right, leaf);
        case Node::Or:
            return eval(node.left, leaf) || eval(node.right, leaf);
        }
        return false;
    }
    template<typename Set, typename Leaf, typename AndF, typename OrF, typename NotF>
    Set combineAt(int n, Leaf &leaf, AndF &andF, OrF &orF, NotF &notF) const
    {
        const Node &node = m_nodes[static_cast<std::size_t>(n)];
        switch (node.kind) {
        case Node::Item:
            return leaf(node.item);
        case Node::Not:
            return notF(combineAt<Set>(node.left, leaf, andF, orF, notF));
        case Node::And:
            return andF(combineAt<Set>(node.left, leaf, andF, orF, notF),
                        combineAt<Set>(node.right, leaf, andF, orF, notF));
        case Node::Or:
            return orF(combineAt<Set>(node.left, leaf, andF, orF, notF),
                       combineAt<Set>(node.right, leaf, andF, orF, notF));
        }
        return leaf(0);
    }
    QString write(int n, Node::Kind parent) const;

    std::vector<Node> m_nodes;
    int m_root = -1;
    int m_itemCount = 0;
};

} // namespace Tessera
