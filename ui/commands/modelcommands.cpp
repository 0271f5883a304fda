// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/modelcommands.h"

#include <QCoreApplication>

namespace Tessera {

ModelContents captureModel(const WorkspaceDocument &document, Id modelId)
{
    ModelContents out;
    const TerritoryModel *m = document.model(modelId);
    if (!m)
        return out;
    out.model = *m;
    out.row = document.indexOf(ListKind::Models, modelId);
    const auto &rules = document.rules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].modelId == modelId)
            out.rules.emplace_back(static_cast<int>(i), rules[i]);
    }
    for (Id root : document.children(modelId, NoId))
        out.roots.push_back(captureSubtree(document, root));
    return out;
}

Status restoreModelContents(WorkspaceDocument &document, const ModelContents &contents)
{
    if (Status s = document.restoreModel(contents.model, contents.row); !s)
        return s;
    // Ascending positions: each rule finds the ones before it back in place.
    for (const auto &[row, rule] : contents.rules) {
        if (Status s = document.restoreRule(rule, row); !s)
            return s;
    }
    for (const TerritorySubtree &root : contents.roots) {
        if (Status s = restoreSubtree(document, root); !s)
            return s;
    }
    return {};
}

AddModelCommand::AddModelCommand(WorkspaceDocument *document, TerritoryModel model)
    : DocumentCommand(document, QCoreApplication::translate("Tessera::ModelCommands",
                                                            "Add Territory Model \"%1\"")
                                    .arg(model.name))
    , m_model(std::move(model))
{}

Status AddModelCommand::apply()
{
    if (m_model.id != NoId)
        return document()->restoreModel(m_model, m_row);
    Result<Id> id = document()->addModel(m_model);
    if (!id)
        return id.error();
    m_model = *document()->model(*id);
    m_row = document()->indexOf(ListKind::Models, *id);
    return {};
}

Status AddModelCommand::revert()
{
    return document()->removeModel(m_model.id);
}

EditModelCommand::EditModelCommand(WorkspaceDocument *document, TerritoryModel after)
    : DocumentCommand(document, QCoreApplication::translate("Tessera::ModelCommands",
                                                            "Edit Territory Model \"%1\"")
                                    .arg(after.name))
    , m_after(std::move(after))
{
    if (const TerritoryModel *m = document->model(m_after.id))
        m_before = *m;
}

Status EditModelCommand::apply()
{
    return document()->updateModel(m_after);
}

Status EditModelCommand::revert()
{
    return document()->updateModel(m_before);
}

CloneModelCommand::CloneModelCommand(WorkspaceDocument *document, Id sourceId, QString name,
                                     QString apiName)
    : DocumentCommand(document, QCoreApplication::translate("Tessera::ModelCommands",
                                                            "Clone Territory Model as \"%1\"")
                                    .arg(name))
    , m_sourceId(sourceId)
    , m_name(std::move(name))
    , m_apiName(std::move(apiName))
{}

Status CloneModelCommand::apply()
{
    if (m_clone.model.id != NoId)
        return restoreModelContents(*document(), m_clone);
    Result<Id> id = document()->cloneModel(m_sourceId, m_name, m_apiName);
    if (!id)
        return id.error();
    m_clone = captureModel(*document(), *id);
    return {};
}

Status CloneModelCommand::revert()
{
    return document()->removeModel(m_clone.model.id);
}

RemoveModelCommand::RemoveModelCommand(WorkspaceDocument *document, Id modelId)
    : DocumentCommand(document)
    , m_id(modelId)
{
    const TerritoryModel *m = document->model(modelId);
    setText(QCoreApplication::translate("Tessera::ModelCommands", "Delete Territory Model \"%1\"")
                .arg(m ? m->name : QString()));
}

Status RemoveModelCommand::apply()
{
    if (document()->model(m_id))
        m_removed = captureModel(*document(), m_id);
    return document()->removeModel(m_id);
}

Status RemoveModelCommand::revert()
{
    return restoreModelContents(*document(), m_removed);
}

} // namespace Tessera
