// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/importcommands.h"

#include <QCoreApplication>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::ImportCommands)
};
} // namespace

ReplaceAccountsCommand::ReplaceAccountsCommand(WorkspaceDocument *document, AccountStore accounts,
                                               const QString &text)
    : DocumentCommand(document, text)
    , m_other(std::move(accounts))
{}

Status ReplaceAccountsCommand::apply()
{
    m_other = document()->exchangeAccounts(std::move(m_other));
    return {};
}

Status ReplaceAccountsCommand::revert()
{
    return apply(); // the same swap, back
}

ImportRepsCommand::ImportRepsCommand(WorkspaceDocument *document, RepImport::Plan plan)
    : DocumentCommand(document, QCoreApplication::translate(
                                    "Tessera::ImportCommands", "Import %n Reps", nullptr,
                                    int(plan.updates.size() + plan.additions.size())))
    , m_plan(std::move(plan))
{}

Status ImportRepsCommand::apply()
{
    const bool first = m_added.empty() && !m_plan.additions.empty();
    // Check every update before changing anything, so a failure changes nothing.
    std::vector<Rep> before;
    for (const Rep &r : m_plan.updates) {
        const Rep *old = document()->rep(r.id);
        if (!old)
            return makeError(ErrorCode::NotFound, Tr::tr("Rep %1 no longer exists.").arg(r.userId));
        before.push_back(*old);
    }
    std::size_t done = 0;
    Status failed;
    for (; done < m_plan.updates.size() && failed; ++done)
        failed = document()->updateRep(m_plan.updates[done]);
    std::vector<Id> added;
    if (failed) {
        if (first) {
            for (const Rep &r : m_plan.additions) {
                Result<Id> id = document()->addRep(r);
                if (!id) {
                    failed = id.error();
                    break;
                }
                added.push_back(*id);
            }
        } else {
            for (const Rep &r : m_added) {
                if (failed = document()->restoreRep(r, -1); !failed)
                    break;
                added.push_back(r.id);
            }
        }
    }
    if (!failed) {
        for (auto it = added.rbegin(); it != added.rend(); ++it)
            (void)document()->removeRep(*it);
        for (std::size_t i = 0; i < done; ++i)
            (void)document()->updateRep(before[i]);
        return failed;
    }
    m_before = std::move(before);
    if (first) {
        for (Id id : added)
            m_added.push_back(*document()->rep(id));
    }
    return {};
}

Status ImportRepsCommand::revert()
{
    for (auto it = m_added.rbegin(); it != m_added.rend(); ++it) {
        if (Status s = document()->removeRep(it->id); !s)
            return s;
    }
    for (const Rep &r : m_before) {
        if (Status s = document()->updateRep(r); !s)
            return s;
    }
    return {};
}

} // namespace Tessera
