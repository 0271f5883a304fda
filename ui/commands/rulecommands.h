// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/documentcommand.h"

namespace Tessera {

// Adds an assignment rule, optionally linked to a territory in the same
// step; redo gives the rule back its first id so later commands naming it
// stay valid.
class AddRuleCommand : public DocumentCommand
{
public:
    AddRuleCommand(WorkspaceDocument *document, AssignmentRule rule, Id territoryId = NoId,
                   bool applyToChildren = false);
    Status apply() override;
    Status revert() override;
    Id ruleId() const { return m_rule.id; }

private:
    AssignmentRule m_rule;
    int m_row = -1;
    Id m_territoryId;
    bool m_applyToChildren;
};

// Replaces a rule's fields (label, API name, active, filter, items).
class EditRuleCommand : public DocumentCommand
{
public:
    EditRuleCommand(WorkspaceDocument *document, AssignmentRule after, const QString &text = {});
    Status apply() override;
    Status revert() override;

private:
    AssignmentRule m_before;
    AssignmentRule m_after;
};

// Removes a rule and its links; undo restores the rule at its position with
// its id and every link it had.
class RemoveRuleCommand : public DocumentCommand
{
public:
    RemoveRuleCommand(WorkspaceDocument *document, Id ruleId);
    Status apply() override;
    Status revert() override;

private:
    Id m_id;
    AssignmentRule m_rule;
    int m_row = -1;
    std::vector<RuleAssociation> m_links;
};

// Links a rule to a territory, or unlinks it.
class RuleLinkCommand : public DocumentCommand
{
public:
    RuleLinkCommand(WorkspaceDocument *document, RuleAssociation link, bool add);
    Status apply() override;
    Status revert() override;

private:
    RuleAssociation m_link;
    bool m_add;
};

// Turns "apply to child territories" on or off for one link.
class SetApplyToChildrenCommand : public DocumentCommand
{
public:
    SetApplyToChildrenCommand(WorkspaceDocument *document, Id ruleId, Id territoryId, bool on);
    Status apply() override;
    Status revert() override;

private:
    Status swap(bool from, bool to);
    Id m_ruleId;
    Id m_territoryId;
    bool m_on;
};

} // namespace Tessera
