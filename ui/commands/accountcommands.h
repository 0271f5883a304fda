// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/documentcommand.h"

namespace Tessera {

// Puts an account into a territory by hand [ObjectTerritory2Association,
// cause Territory2Manual], or keeps it out [Territory2ObjectExclusion].
// The two contradict each other for one pair, so setting one drops the
// other for that pair in the same step; undo gives back both as they were.
class AccountLinkCommand : public DocumentCommand
{
public:
    enum Kind { AssignManually, Exclude, RemoveManual, RemoveExclusion };

    AccountLinkCommand(WorkspaceDocument *document, Kind kind, AccountTerritoryLink link);
    Status apply() override;
    Status revert() override;

private:
    Status setManual(bool on);
    Status setExcluded(bool on);

    Kind m_kind;
    AccountTerritoryLink m_link;
    bool m_wasManual = false;
    bool m_wasExcluded = false;
};

} // namespace Tessera
