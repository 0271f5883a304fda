// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/elidedlabel.h"

#include <QPainter>
#include <QStringList>
#include <QStyle>

namespace Tessera {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    updateGeometry();
    updateToolTip();
    update();
}

void ElidedLabel::setExplanation(const QString &explanation)
{
    m_explanation = explanation;
    updateToolTip();
}

QString ElidedLabel::shownText() const
{
    const QFontMetrics metrics = fontMetrics();
    const int room = contentsRect().width();
    if (metrics.horizontalAdvance(m_text) <= room)
        return m_text;
    // A list ("a · b · c") loses whole items from its end first, so that
    // no number is cut in two.
    const QString separator = QStringLiteral(" \u00b7 ");
    QStringList parts = m_text.split(separator);
    while (parts.size() > 1) {
        parts.removeLast();
        const QString shorter = parts.join(separator) + QStringLiteral(" \u2026");
        if (metrics.horizontalAdvance(shorter) <= room)
            return shorter;
    }
    // Then whole words, then characters.
    QStringList words = parts.constFirst().split(QLatin1Char(' '));
    while (words.size() > 1) {
        words.removeLast();
        const QString shorter = words.join(QLatin1Char(' ')) + QStringLiteral(" \u2026");
        if (metrics.horizontalAdvance(shorter) <= room)
            return shorter;
    }
    return metrics.elidedText(m_text, Qt::ElideRight, room);
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_text) + m.left() + m.right(),
            fontMetrics().height() + m.top() + m.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters and the ellipsis, at most the whole text.
    const QMargins m = contentsMargins();
    const int few = fontMetrics().horizontalAdvance(m_text.left(6) + QChar(0x2026));
    return {std::min(few, fontMetrics().horizontalAdvance(m_text)) + m.left() + m.right(),
            fontMetrics().height() + m.top() + m.bottom()};
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(contentsRect(), int(Qt::AlignLeft | Qt::AlignVCenter), shownText());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    const bool cut = shownText() != m_text;
    if (cut)
        setToolTip(m_explanation.isEmpty() ? m_text
                                           : m_text + QStringLiteral("\n\n") + m_explanation);
    else
        setToolTip(m_explanation);
}

} // namespace Tessera
