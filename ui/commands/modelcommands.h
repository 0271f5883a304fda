// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/documentcommand.h"

namespace Tessera {

// A territory model with everything that belongs to it, as removing it takes
// it away: its rules with their positions and its root subtrees.
struct ModelContents
{
    TerritoryModel model;
    int row = -1;
    std::vector<std::pair<int, AssignmentRule>> rules; // position in the rule list, rule
    std::vector<TerritorySubtree> roots;
};
ModelContents captureModel(const WorkspaceDocument &document, Id modelId);
Status restoreModelContents(WorkspaceDocument &document, const ModelContents &contents);

class AddModelCommand : public DocumentCommand
{
public:
    AddModelCommand(WorkspaceDocument *document, TerritoryModel model);
    Status apply() override;
    Status revert() override;
    Id modelId() const { return m_model.id; }

private:
    TerritoryModel m_model;
    int m_row = -1;
};

class EditModelCommand : public DocumentCommand
{
public:
    EditModelCommand(WorkspaceDocument *document, TerritoryModel after);
    Status apply() override;
    Status revert() override;

private:
    TerritoryModel m_before;
    TerritoryModel m_after;
};

// Copies a model with its territories, rules and links; redo recreates the
// copy with the ids it got the first time.
class CloneModelCommand : public DocumentCommand
{
public:
    CloneModelCommand(WorkspaceDocument *document, Id sourceId, QString name, QString apiName);
    Status apply() override;
    Status revert() override;
    Id modelId() const { return m_clone.model.id; }

private:
    Id m_sourceId;
    QString m_name;
    QString m_apiName;
    ModelContents m_clone;
};

class RemoveModelCommand : public DocumentCommand
{
public:
    RemoveModelCommand(WorkspaceDocument *document, Id modelId);
    Status apply() override;
    Status revert() override;

private:
    Id m_id;
    ModelContents m_removed;
};

} // namespace Tessera
