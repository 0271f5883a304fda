// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/rulecommands.h"

#include <QCoreApplication>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::RuleCommands)
};

QString ruleName(const WorkspaceDocument &document, Id ruleId)
{
    const AssignmentRule *r = document.rule(ruleId);
    return r ? r->label : QString();
}

QString territoryName(const WorkspaceDocument &document, Id territoryId)
{
    const Territory *t = document.territory(territoryId);
    return t ? t->name : QString();
}
} // namespace

AddRuleCommand::AddRuleCommand(WorkspaceDocument *document, AssignmentRule rule, Id territoryId,
                               bool applyToChildren)
    : DocumentCommand(document, Tr::tr("Add Rule \"%1\"").arg(rule.label))
    , m_rule(std::move(rule))
    , m_territoryId(territoryId)
    , m_applyToChildren(applyToChildren)
{}

Status AddRuleCommand::apply()
{
    if (m_rule.id != NoId) {
        if (Status s = document()->restoreRule(m_rule, m_row); !s)
            return s;
    } else {
        Result<Id> id = document()->addRule(m_rule);
        if (!id)
            return id.error();
        m_rule = *document()->rule(*id);
        m_row = document()->indexOf(ListKind::Rules, *id);
    }
    if (m_territoryId == NoId)
        return {};
    if (Status s =
            document()->addLink(RuleAssociation{m_rule.id, m_territoryId, m_applyToChildren});
        !s) {
        (void)document()->removeRule(m_rule.id); // all or nothing
        return s;
    }
    return {};
}

Status AddRuleCommand::revert()
{
    return document()->removeRule(m_rule.id); // its link goes with it
}

EditRuleCommand::EditRuleCommand(WorkspaceDocument *document, AssignmentRule after,
                                 const QString &text)
    : DocumentCommand(document, text.isEmpty() ? Tr::tr("Edit Rule \"%1\"").arg(after.label) : text)
    , m_after(std::move(after))
{
    if (const AssignmentRule *r = document->rule(m_after.id))
        m_before = *r;
}

Status EditRuleCommand::apply()
{
    return document()->updateRule(m_after);
}

Status EditRuleCommand::revert()
{
    return document()->updateRule(m_before);
}

RemoveRuleCommand::RemoveRuleCommand(WorkspaceDocument *document, Id ruleId)
    : DocumentCommand(document, Tr::tr("Delete Rule \"%1\"").arg(ruleName(*document, ruleId)))
    , m_id(ruleId)
{}

Status RemoveRuleCommand::apply()
{
    const AssignmentRule *r = document()->rule(m_id);
    if (!r)
        return makeError(ErrorCode::NotFound, Tr::tr("The assignment rule does not exist."));
    m_rule = *r;
    m_row = document()->indexOf(ListKind::Rules, m_id);
    m_links.clear();
    for (const RuleAssociation &a : document()->ruleAssociations()) {
        if (a.ruleId == m_id)
            m_links.push_back(a);
    }
    return document()->removeRule(m_id);
}

Status RemoveRuleCommand::revert()
{
    if (Status s = document()->restoreRule(m_rule, m_row); !s)
        return s;
    for (const RuleAssociation &a : m_links) {
        if (Status s = document()->addLink(a); !s)
            return s;
    }
    return {};
}

RuleLinkCommand::RuleLinkCommand(WorkspaceDocument *document, RuleAssociation link, bool add)
    : DocumentCommand(
          document,
          (add ? Tr::tr("Link Rule \"%1\" to \"%2\"") : Tr::tr("Unlink Rule \"%1\" from \"%2\""))
              .arg(ruleName(*document, link.ruleId), territoryName(*document, link.territoryId)))
    , m_link(link)
    , m_add(add)
{
    // Unlinking must give back the link as it was, with its switch.
    if (!add) {
        for (const RuleAssociation &a : document->ruleAssociations()) {
            if (a.ruleId == link.ruleId && a.territoryId == link.territoryId)
                m_link = a;
        }
    }
}

Status RuleLinkCommand::apply()
{
    return m_add ? document()->addLink(m_link) : document()->removeLink(m_link);
}

Status RuleLinkCommand::revert()
{
    return m_add ? document()->removeLink(m_link) : document()->addLink(m_link);
}

SetApplyToChildrenCommand::SetApplyToChildrenCommand(WorkspaceDocument *document, Id ruleId,
                                                     Id territoryId, bool on)
    : DocumentCommand(document, (on ? Tr::tr("Apply Rule \"%1\" to Child Territories")
                                    : Tr::tr("Stop Applying Rule \"%1\" to Child Territories"))
                                    .arg(ruleName(*document, ruleId)))
    , m_ruleId(ruleId)
    , m_territoryId(territoryId)
    , m_on(on)
{}

Status SetApplyToChildrenCommand::swap(bool from, bool to)
{
    // The document has no edit for a link: replace it, putting the old one
    // back if the new one is refused.
    const RuleAssociation before{m_ruleId, m_territoryId, from};
    if (Status s = document()->removeLink(before); !s)
        return s;
    if (Status s = document()->addLink(RuleAssociation{m_ruleId, m_territoryId, to}); !s) {
        (void)document()->addLink(before);
        return s;
    }
    return {};
}

Status SetApplyToChildrenCommand::apply()
{
    return swap(!m_on, m_on);
}

Status SetApplyToChildrenCommand::revert()
{
    return swap(m_on, !m_on);
}

} // namespace Tessera
