// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"
#include "core/util/result.h"

#include <QUndoCommand>

#include <memory>
#include <vector>

namespace Tessera {

class DocumentSession;

// Base of every undo command: it changes the document only through its
// mutators and keeps by value (ids, copies of entities) what it needs to
// undo. apply() runs once before the command is pushed; if it fails the
// command is dropped and the error shown, so the stack never holds a command
// that did nothing.
class DocumentCommand : public QUndoCommand
{
public:
    explicit DocumentCommand(WorkspaceDocument *document, const QString &text = {});

    // Does the change (first time and every redo).
    virtual Status apply() = 0;
    // Takes it back.
    virtual Status revert() = 0;

    void redo() final;
    void undo() final;

protected:
    WorkspaceDocument *document() const { return m_document; }

private:
    WorkspaceDocument *m_document;
    bool m_applied = false;
};

// Runs a command's first apply() and pushes it on the session's stack, or
// reports the error through the session's error reporter and drops it.
Status execute(DocumentSession &session, std::unique_ptr<DocumentCommand> command);

// A territory with its descendants, parents first and siblings in display
// order, with the links that name any of them: what removing it takes away.
struct TerritorySubtree
{
    std::vector<Territory> territories;
    TerritoryLinks links;
    int row = -1; // position of the root among its siblings
};
TerritorySubtree captureSubtree(const WorkspaceDocument &document, Id rootId);
Status restoreSubtree(WorkspaceDocument &document, const TerritorySubtree &subtree);

} // namespace Tessera
