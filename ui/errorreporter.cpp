// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errorreporter.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Tessera {

ErrorReporter::ErrorReporter(QWidget *parent)
    : m_parent(parent)
{}

ErrorReporter::~ErrorReporter() = default;

void ErrorReporter::showError(const Error &error)
{
    // A cancelled operation is the user's own choice, not a failure to report.
    if (error.code == ErrorCode::Cancelled)
        return;
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("Tessera::ErrorReporter", "Tessera"), error.message,
                    QMessageBox::Ok, m_parent);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

} // namespace Tessera
