// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Tessera {

// Shows why an account is, or is not, in a territory. The default opens a
// window with the text; tests install a subclass that records instead.
class ExplanationPresenter
{
public:
    virtual ~ExplanationPresenter();
    virtual void showExplanation(QWidget *parent, const QString &title, const QString &text);
};

} // namespace Tessera
