// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

class QWidget;

namespace Tessera {

// The one way the UI tells people that something failed. The default shows a
// message box with the core's message and, behind "Show Details", its
// technical detail; tests install a subclass that records instead.
class ErrorReporter
{
public:
    explicit ErrorReporter(QWidget *parent = nullptr);
    virtual ~ErrorReporter();

    virtual void showError(const Error &error);

    void setParentWidget(QWidget *parent) { m_parent = parent; }
    QWidget *parentWidget() const { return m_parent; }

private:
    QWidget *m_parent = nullptr;
};

} // namespace Tessera
