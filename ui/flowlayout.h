// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace Tessera {

// Lays its items out left to right at their preferred sizes and starts a new
// row when the width runs out, so a bar of controls stays whole in a narrow
// window instead of hiding what does not fit. Gaps separate groups of items;
// a group that fits a row is not split, and a gap vanishes where a row starts
// or ends. Items in a row are centred vertically.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // A gap between groups of items, kept only inside a row.
    void addGap(int width);
    void setRowSpacing(int spacing) { m_rowSpacing = spacing; }
    void setItemSpacing(int spacing) { m_itemSpacing = spacing; }

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures unless `apply`); returns the
    // height the rows take, margins included.
    int arrange(const QRect &rect, bool apply) const;
    // The width of the items from `first` to the next gap, in one row.
    int groupWidth(qsizetype first) const;

    QList<QLayoutItem *> m_items;
    int m_itemSpacing = 2;
    int m_rowSpacing = 2;
};

} // namespace Tessera
