// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

namespace Tessera {

// One line of text that gives way in a narrow window: it asks for its whole
// text but makes do with less, cutting the end off with an ellipsis (whole
// items first when the text is a list joined by " · "); the whole text is
// then its tooltip. For a status bar, whose permanent widgets
// otherwise keep the window from getting narrower than all their texts.
class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void clear() { setText(QString()); }
    // What is on screen: the text, or its beginning and an ellipsis.
    QString shownText() const;
    // Shown beside the whole text when it is cut.
    void setExplanation(const QString &explanation);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
    QString m_explanation;
};

} // namespace Tessera
