// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/repimport.h"
#include "ui/commands/documentcommand.h"

namespace Tessera {

// Puts an imported (or refreshed) account table in place of the document's.
// The previous table is kept by the command, not copied: undo swaps the two
// back. Manual assignments and exclusions are keyed by account id and stay.
class ReplaceAccountsCommand : public DocumentCommand
{
public:
    ReplaceAccountsCommand(WorkspaceDocument *document, AccountStore accounts, const QString &text);
    Status apply() override;
    Status revert() override;

private:
    AccountStore m_other; // the table that is not in the document
};

// Applies a rep import plan: updates reps with the same user id (keeping
// their ids and territories) and adds the new ones. Undo removes the added
// reps and gives the updated ones their old values; redo adds them back with
// the same ids.
class ImportRepsCommand : public DocumentCommand
{
public:
    ImportRepsCommand(WorkspaceDocument *document, RepImport::Plan plan);
    Status apply() override;
    Status revert() override;

private:
    RepImport::Plan m_plan;
    std::vector<Rep> m_before; // the updated reps as they were
    std::vector<Rep> m_added;  // with their ids, once added
};

} // namespace Tessera
