// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"
#include "core/util/result.h"

namespace Tessera {

class DocumentSession;

// The facade that widgets call to change a workspace: each function wraps
// one undoable command, pushes it on the session's undo stack when it
// succeeds, and reports a failure through the session's error reporter.
// Widgets never call document mutators themselves.
namespace Editor {

Result<Id> addTerritory(DocumentSession &session, Territory territory, int row = -1);
// A territory with this name, an API name derived from it and the type of its
// siblings, at the end of parent's children (NoId: a new root).
Result<Id> addTerritory(DocumentSession &session, Id modelId, Id parentId, const QString &name);
Status editTerritory(DocumentSession &session, const Territory &territory);
Status renameTerritory(DocumentSession &session, Id territoryId, const QString &name);
Status setTerritoryDescription(DocumentSession &session, Id territoryId,
                               const QString &description);
Status moveTerritory(DocumentSession &session, Id territoryId, Id newParentId, int row);
Status removeTerritory(DocumentSession &session, Id territoryId);

Result<Id> addModel(DocumentSession &session, TerritoryModel model);
Status editModel(DocumentSession &session, const TerritoryModel &model);
Result<Id> cloneModel(DocumentSession &session, Id modelId, const QString &name);
Status removeModel(DocumentSession &session, Id modelId);

Result<Id> addType(DocumentSession &session, TerritoryType type);
Status editType(DocumentSession &session, const TerritoryType &type);
Status removeType(DocumentSession &session, Id typeId);

// An API name derived from a label that no territory of the model uses yet.
QString uniqueTerritoryApiName(const WorkspaceDocument &document, Id modelId, const QString &label);

} // namespace Editor
} // namespace Tessera
