// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flowlayout.h"

#include <QWidget>

#include <algorithm>
#include <vector>

namespace Tessera {

namespace {

bool isGap(QLayoutItem *item)
{
    return item->spacerItem() != nullptr;
}

QSize preferredSize(QLayoutItem *item)
{
    return item->sizeHint().expandedTo(item->minimumSize()).boundedTo(item->maximumSize());
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addGap(int width)
{
    addItem(new QSpacerItem(width, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest item alone on a row; the height follows from heightForWidth.
    QSize size;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty() && !isGap(item))
            size = size.expandedTo(preferredSize(item));
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    int gap = 0;
    bool first = true;
    for (QLayoutItem *item : m_items) {
        if (isGap(item)) {
            if (!first)
                gap += item->sizeHint().width();
            continue;
        }
        if (item->isEmpty())
            continue;
        const QSize size = preferredSize(item);
        width += (first ? 0 : gap + m_itemSpacing) + size.width();
        height = std::max(height, size.height());
        gap = 0;
        first = false;
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::groupWidth(qsizetype first) const
{
    int width = 0;
    bool any = false;
    for (qsizetype i = first; i < m_items.size(); ++i) {
        QLayoutItem *item = m_items.at(i);
        if (isGap(item))
            break;
        if (item->isEmpty())
            continue;
        width += (any ? m_itemSpacing : 0) + preferredSize(item).width();
        any = true;
    }
    return width;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    struct Placed
    {
        QLayoutItem *item;
        QSize size;
        int before; // space between this item and the one before it in the row
    };
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.top();
    int rows = 0;
    qsizetype next = 0;
    while (next < m_items.size()) {
        // One row: items while they fit; a gap counts only between two items.
        std::vector<Placed> row;
        int width = 0;
        int height = 0;
        int gap = 0;
        for (; next < m_items.size(); ++next) {
            QLayoutItem *item = m_items.at(next);
            if (isGap(item)) {
                if (!row.empty())
                    gap += item->sizeHint().width();
                continue;
            }
            if (item->isEmpty())
                continue;
            const QSize size = preferredSize(item);
            const int before = row.empty() ? 0 : gap + m_itemSpacing;
            if (!row.empty() && width + before + size.width() > area.width())
                break;
            // A group that fits a row of its own starts one rather than split.
            if (gap > 0) {
                const int group = groupWidth(next);
                if (width + before + group > area.width() && group <= area.width())
                    break;
            }
            row.push_back({item, size, before});
            width += before + size.width();
            height = std::max(height, size.height());
            gap = 0;
        }
        if (row.empty())
            break;
        if (apply) {
            int x = area.left();
            for (const Placed &p : row) {
                x += p.before;
                p.item->setGeometry(QRect(QPoint(x, y + (height - p.size.height()) / 2), p.size));
                x += p.size.width();
            }
        }
        y += height + m_rowSpacing;
        ++rows;
    }
    const int used = rows > 0 ? y - m_rowSpacing - area.top() : 0;
    const QMargins m = contentsMargins();
    return used + m.top() + m.bottom();
}

} // namespace Tessera
