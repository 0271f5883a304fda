// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/accountcommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::AccountCommands)
};

QString textOf(AccountLinkCommand::Kind kind)
{
    switch (kind) {
    case AccountLinkCommand::AssignManually:
        return Tr::tr("Assign Account %1 to \"%2\"");
    case AccountLinkCommand::Exclude:
        return Tr::tr("Exclude Account %1 from \"%2\"");
    case AccountLinkCommand::RemoveManual:
        return Tr::tr("Remove Manual Assignment of %1 to \"%2\"");
    case AccountLinkCommand::RemoveExclusion:
        return Tr::tr("Remove Exclusion of %1 from \"%2\"");
    }
    return {};
}

bool holds(const std::vector<AccountTerritoryLink> &links, const AccountTerritoryLink &link)
{
    return std::find(links.begin(), links.end(), link) != links.end();
}
} // namespace

AccountLinkCommand::AccountLinkCommand(WorkspaceDocument *document, Kind kind,
                                       AccountTerritoryLink link)
    : DocumentCommand(document, textOf(kind).arg(link.accountId,
                                                 document->territory(link.territoryId)
                                                     ? document->territory(link.territoryId)->name
                                                     : QString()))
    , m_kind(kind)
    , m_link(std::move(link))
{
    m_wasManual = holds(document->manualAssignments(), m_link);
    m_wasExcluded = holds(document->exclusions(), m_link);
}

Status AccountLinkCommand::setManual(bool on)
{
    if (holds(document()->manualAssignments(), m_link) == on)
        return {};
    return on ? document()->addManualAssignment(m_link)
              : document()->removeManualAssignment(m_link);
}

Status AccountLinkCommand::setExcluded(bool on)
{
    if (holds(document()->exclusions(), m_link) == on)
        return {};
    return on ? document()->addExclusion(m_link) : document()->removeExclusion(m_link);
}

Status AccountLinkCommand::apply()
{
    // Refuse what would change nothing, so the undo stack holds no empty steps.
    switch (m_kind) {
    case AssignManually:
        if (m_wasManual)
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("Account %1 is already assigned here by hand.").arg(m_link.accountId));
        if (Status s = setExcluded(false); !s)
            return s;
        if (Status s = setManual(true); !s) {
            (void)setExcluded(m_wasExcluded);
            return s;
        }
        return {};
    case Exclude:
        if (m_wasExcluded)
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("Account %1 is already excluded from here.").arg(m_link.accountId));
        if (Status s = setManual(false); !s)
            return s;
        if (Status s = setExcluded(true); !s) {
            (void)setManual(m_wasManual);
            return s;
        }
        return {};
    case RemoveManual:
        if (!m_wasManual)
            return makeError(
                ErrorCode::NotFound,
                Tr::tr("Account %1 is not assigned here by hand.").arg(m_link.accountId));
        return setManual(false);
    case RemoveExclusion:
        if (!m_wasExcluded)
            return makeError(ErrorCode::NotFound,
                             Tr::tr("Account %1 is not excluded from here.").arg(m_link.accountId));
        return setExcluded(false);
    }
    return {};
}

Status AccountLinkCommand::revert()
{
    if (Status s = setManual(m_wasManual); !s)
        return s;
    return setExcluded(m_wasExcluded);
}

} // namespace Tessera
