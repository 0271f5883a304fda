// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/explanationpresenter.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Tessera {

ExplanationPresenter::~ExplanationPresenter() = default;

void ExplanationPresenter::showExplanation(QWidget *parent, const QString &title,
                                           const QString &text)
{
    // Not modal: an admin compares it with the rule editor while reading.
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("explanationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("explanationTitle"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *view = new QPlainTextEdit(text);
    view->setObjectName(QStringLiteral("explanationText"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(heading);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(720, 420);
    dialog->show();
}

} // namespace Tessera
