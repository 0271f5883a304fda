// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/editor.h"

#include "core/model/apiname.h"
#include "ui/commands/accountcommands.h"
#include "ui/commands/geographycommands.h"
#include "ui/commands/importcommands.h"
#include "ui/commands/modelcommands.h"
#include "ui/commands/optimizationcommands.h"
#include "ui/commands/rulecommands.h"
#include "ui/commands/territorycommands.h"
#include "ui/commands/typecommands.h"
#include "ui/document/documentsession.h"
#include "ui/errorreporter.h"

#include <QCoreApplication>
#include <QSet>

namespace Tessera::Editor {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Editor)
};

Status notFound(DocumentSession &session, const QString &message)
{
    Error error = makeError(ErrorCode::NotFound, message);
    if (ErrorReporter *reporter = session.errorReporter())
        reporter->showError(error);
    return error;
}

// Pushes a command that creates something and returns the new id.
template<typename Command>
Result<Id> create(DocumentSession &session, std::unique_ptr<Command> command,
                  Id (Command::*idOf)() const)
{
    Command *raw = command.get();
    if (Status s = execute(session, std::move(command)); !s)
        return s.error();
    return (raw->*idOf)();
}

QString uniqueApiName(const QSet<QString> &taken, const QString &label,
                      const QString &fallback = QStringLiteral("Territory"))
{
    QString base = ApiName::fromLabel(label);
    if (base.isEmpty())
        base = fallback;
    QString candidate = base;
    for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral("_%1").arg(n);
        candidate = base.left(ApiName::MaxLength - suffix.size()) + suffix;
    }
    return candidate;
}

} // namespace

QString uniqueTerritoryApiName(const WorkspaceDocument &document, Id modelId, const QString &label)
{
    QSet<QString> taken;
    for (const Territory &t : document.territories()) {
        if (t.modelId == modelId)
            taken.insert(t.apiName.toCaseFolded());
    }
    return uniqueApiName(taken, label);
}

QString uniqueRuleApiName(const WorkspaceDocument &document, Id modelId, const QString &label)
{
    QSet<QString> taken;
    for (const AssignmentRule &r : document.rules()) {
        if (r.modelId == modelId)
            taken.insert(r.apiName.toCaseFolded());
    }
    return uniqueApiName(taken, label, QStringLiteral("Rule"));
}

Result<Id> addTerritory(DocumentSession &session, Territory territory, int row)
{
    return create(
        session,
        std::make_unique<AddTerritoryCommand>(session.document(), std::move(territory), row),
        &AddTerritoryCommand::territoryId);
}

Result<Id> addTerritory(DocumentSession &session, Id modelId, Id parentId, const QString &name)
{
    const WorkspaceDocument &doc = *session.document();
    Territory t;
    t.modelId = modelId;
    t.parentId = parentId;
    t.name = name;
    t.apiName = uniqueTerritoryApiName(doc, modelId, name);
    // A new territory most likely has the type of its siblings.
    const auto &siblings = doc.children(modelId, parentId);
    if (!siblings.empty())
        t.typeId = doc.territory(siblings.back())->typeId;
    return addTerritory(session, std::move(t));
}

Status editTerritory(DocumentSession &session, const Territory &territory)
{
    if (!session.document()->territory(territory.id))
        return notFound(session, Tr::tr("The territory does not exist."));
    return execute(session, std::make_unique<EditTerritoryCommand>(session.document(), territory));
}

Status renameTerritory(DocumentSession &session, Id territoryId, const QString &name)
{
    const Territory *t = session.document()->territory(territoryId);
    if (!t)
        return notFound(session, Tr::tr("The territory does not exist."));
    if (t->name == name)
        return {};
    Territory changed = *t;
    changed.name = name;
    return editTerritory(session, changed);
}

Status setTerritoryDescription(DocumentSession &session, Id territoryId, const QString &description)
{
    const Territory *t = session.document()->territory(territoryId);
    if (!t)
        return notFound(session, Tr::tr("The territory does not exist."));
    if (t->description == description)
        return {};
    Territory changed = *t;
    changed.description = description;
    return editTerritory(session, changed);
}

Status moveTerritory(DocumentSession &session, Id territoryId, Id newParentId, int row)
{
    const WorkspaceDocument &doc = *session.document();
    const Territory *t = doc.territory(territoryId);
    if (!t)
        return notFound(session, Tr::tr("The territory does not exist."));
    const int size = static_cast<int>(doc.children(t->modelId, newParentId).size());
    if (row < 0 || row > size)
        row = size;
    const int current = doc.rowOf(territoryId);
    if (newParentId == t->parentId && (row == current || row == current + 1))
        return {}; // already there: nothing worth an undo step
    return execute(session, std::make_unique<MoveTerritoryCommand>(session.document(), territoryId,
                                                                   newParentId, row));
}

Status removeTerritory(DocumentSession &session, Id territoryId)
{
    return execute(session,
                   std::make_unique<RemoveTerritoryCommand>(session.document(), territoryId));
}

Result<Id> addModel(DocumentSession &session, TerritoryModel model)
{
    return create(session, std::make_unique<AddModelCommand>(session.document(), std::move(model)),
                  &AddModelCommand::modelId);
}

Status editModel(DocumentSession &session, const TerritoryModel &model)
{
    if (!session.document()->model(model.id))
        return notFound(session, Tr::tr("The territory model does not exist."));
    return execute(session, std::make_unique<EditModelCommand>(session.document(), model));
}

Result<Id> cloneModel(DocumentSession &session, Id modelId, const QString &name)
{
    QSet<QString> taken;
    for (const TerritoryModel &m : session.document()->models())
        taken.insert(m.apiName.toCaseFolded());
    return create(session,
                  std::make_unique<CloneModelCommand>(session.document(), modelId, name,
                                                      uniqueApiName(taken, name)),
                  &CloneModelCommand::modelId);
}

Status adoptMoves(DocumentSession &session, std::vector<LinkChange> changes, const QString &text)
{
    return execute(
        session, std::make_unique<AdoptMovesCommand>(session.document(), std::move(changes), text));
}

Result<Id> addScenario(DocumentSession &session, std::shared_ptr<const ScopeProblem> scope,
                       const ScopeOptions &options, const BalanceResult &result,
                       const QString &name)
{
    return create(session,
                  std::make_unique<AddScenarioCommand>(session.document(), std::move(scope),
                                                       options, result, name),
                  &AddScenarioCommand::modelId);
}

Status adoptDesign(DocumentSession &session, std::shared_ptr<const ScopeProblem> scope,
                   const ScopeOptions &options, const BalanceResult &result, const QString &text)
{
    return execute(session, std::make_unique<AdoptDesignCommand>(
                                session.document(), std::move(scope), options, result, text));
}

Status setBalanceSettings(DocumentSession &session, Id modelId, const BalanceSettings &settings)
{
    const TerritoryModel *model = session.document()->model(modelId);
    if (!model)
        return notFound(session, Tr::tr("The territory model does not exist."));
    if (model->balance == settings)
        return {};
    TerritoryModel changed = *model;
    changed.balance = settings;
    auto command = std::make_unique<EditModelCommand>(session.document(), changed);
    command->setText(Tr::tr("Change Balance Settings of \"%1\"").arg(model->name));
    return execute(session, std::move(command));
}

Status removeModel(DocumentSession &session, Id modelId)
{
    return execute(session, std::make_unique<RemoveModelCommand>(session.document(), modelId));
}

Result<Id> addType(DocumentSession &session, TerritoryType type)
{
    return create(session, std::make_unique<AddTypeCommand>(session.document(), std::move(type)),
                  &AddTypeCommand::typeId);
}

Status editType(DocumentSession &session, const TerritoryType &type)
{
    if (!session.document()->type(type.id))
        return notFound(session, Tr::tr("The territory type does not exist."));
    return execute(session, std::make_unique<EditTypeCommand>(session.document(), type));
}

Status removeType(DocumentSession &session, Id typeId)
{
    return execute(session, std::make_unique<RemoveTypeCommand>(session.document(), typeId));
}

Result<Id> addRule(DocumentSession &session, AssignmentRule rule, Id territoryId,
                   bool applyToChildren)
{
    return create(session,
                  std::make_unique<AddRuleCommand>(session.document(), std::move(rule), territoryId,
                                                   applyToChildren),
                  &AddRuleCommand::ruleId);
}

Result<Id> addRule(DocumentSession &session, Id modelId, Id territoryId, const QString &label)
{
    AssignmentRule rule;
    rule.modelId = modelId;
    rule.label = label;
    rule.apiName = uniqueRuleApiName(*session.document(), modelId, label);
    return addRule(session, std::move(rule), territoryId, false);
}

Status editRule(DocumentSession &session, const AssignmentRule &rule)
{
    const AssignmentRule *current = session.document()->rule(rule.id);
    if (!current)
        return notFound(session, Tr::tr("The assignment rule does not exist."));
    if (*current == rule)
        return {};
    return execute(session, std::make_unique<EditRuleCommand>(session.document(), rule));
}

Status setRuleActive(DocumentSession &session, Id ruleId, bool active)
{
    const AssignmentRule *current = session.document()->rule(ruleId);
    if (!current)
        return notFound(session, Tr::tr("The assignment rule does not exist."));
    if (current->active == active)
        return {};
    AssignmentRule changed = *current;
    changed.active = active;
    const QString text = active ? Tr::tr("Activate Rule \"%1\"").arg(changed.label)
                                : Tr::tr("Deactivate Rule \"%1\"").arg(changed.label);
    return execute(session, std::make_unique<EditRuleCommand>(session.document(), changed, text));
}

Status replaceAccounts(DocumentSession &session, AccountStore accounts, const QString &text)
{
    return execute(session, std::make_unique<ReplaceAccountsCommand>(session.document(),
                                                                     std::move(accounts), text));
}

Status importReps(DocumentSession &session, RepImport::Plan plan)
{
    if (plan.updates.empty() && plan.additions.empty())
        return {}; // nothing changes: no empty step in the history
    return execute(session,
                   std::make_unique<ImportRepsCommand>(session.document(), std::move(plan)));
}

Status removeRule(DocumentSession &session, Id ruleId)
{
    return execute(session, std::make_unique<RemoveRuleCommand>(session.document(), ruleId));
}

Status linkRule(DocumentSession &session, Id ruleId, Id territoryId, bool applyToChildren)
{
    return execute(session, std::make_unique<RuleLinkCommand>(
                                session.document(),
                                RuleAssociation{ruleId, territoryId, applyToChildren}, true));
}

Status unlinkRule(DocumentSession &session, Id ruleId, Id territoryId)
{
    return execute(session,
                   std::make_unique<RuleLinkCommand>(
                       session.document(), RuleAssociation{ruleId, territoryId, false}, false));
}

Status setApplyToChildren(DocumentSession &session, Id ruleId, Id territoryId, bool on)
{
    for (const RuleAssociation &a : session.document()->ruleAssociations()) {
        if (a.ruleId == ruleId && a.territoryId == territoryId) {
            if (a.applyToChildren == on)
                return {};
            return execute(session, std::make_unique<SetApplyToChildrenCommand>(
                                        session.document(), ruleId, territoryId, on));
        }
    }
    return notFound(session, Tr::tr("The rule is not linked to that territory."));
}

namespace {
Status accountLink(DocumentSession &session, AccountLinkCommand::Kind kind,
                   const QString &accountId, Id territoryId)
{
    return execute(session,
                   std::make_unique<AccountLinkCommand>(
                       session.document(), kind, AccountTerritoryLink{accountId, territoryId}));
}
} // namespace

Status assignAccountManually(DocumentSession &session, const QString &accountId, Id territoryId)
{
    return accountLink(session, AccountLinkCommand::AssignManually, accountId, territoryId);
}

Status excludeAccount(DocumentSession &session, const QString &accountId, Id territoryId)
{
    return accountLink(session, AccountLinkCommand::Exclude, accountId, territoryId);
}

Status removeManualAssignment(DocumentSession &session, const QString &accountId, Id territoryId)
{
    return accountLink(session, AccountLinkCommand::RemoveManual, accountId, territoryId);
}

Status removeExclusion(DocumentSession &session, const QString &accountId, Id territoryId)
{
    return accountLink(session, AccountLinkCommand::RemoveExclusion, accountId, territoryId);
}

Status assignUnits(DocumentSession &session, Id territoryId, const std::vector<UnitRef> &units)
{
    WorkspaceDocument &doc = *session.document();
    const Territory *t = doc.territory(territoryId);
    if (!t)
        return notFound(session, Tr::tr("The territory does not exist."));
    return execute(session,
                   std::make_unique<SetUnitOwnersCommand>(&doc, t->modelId, units, territoryId));
}

Status unassignUnits(DocumentSession &session, Id modelId, const std::vector<UnitRef> &units)
{
    WorkspaceDocument &doc = *session.document();
    return execute(session, std::make_unique<SetUnitOwnersCommand>(&doc, modelId, units, NoId));
}

Result<Id> addDrawnShape(DocumentSession &session, DrawnShape shape)
{
    return create(session,
                  std::make_unique<AddDrawnShapeCommand>(session.document(), std::move(shape)),
                  &AddDrawnShapeCommand::shapeId);
}

Status editDrawnShape(DocumentSession &session, const DrawnShape &shape)
{
    return execute(session, std::make_unique<EditDrawnShapeCommand>(session.document(), shape));
}

Status removeDrawnShape(DocumentSession &session, Id shapeId)
{
    return execute(session, std::make_unique<RemoveDrawnShapeCommand>(session.document(), shapeId));
}

} // namespace Tessera::Editor
