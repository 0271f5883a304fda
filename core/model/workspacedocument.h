// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/accountstore.h"
#include "core/model/assignmentrule.h"
#include "core/model/rep.h"
#include "core/model/territory.h"
#include "core/model/territorygeo.h"
#include "core/model/territorymodel.h"
#include "core/model/territorytype.h"
#include "core/util/result.h"

#include <QObject>

#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Tessera {

// Content of an imported file that Tessera does not model, kept so that an
// export gives it back unchanged (see docs/salesforce-metadata.md). Opaque to
// the model: only the importer and exporter of `kind` read `content`. Entries
// whose owner was removed are ignored by the exporter.
struct PreservedContent
{
    QString kind;      // who wrote it and for what, e.g. "salesforce.territory"
    Id ownerId = NoId; // the entity it belongs to; NoId for the workspace as a whole
    QString content;

    bool operator==(const PreservedContent &) const = default;
};

// Everything a workspace holds, as plain values. The document wraps it with
// invariants and notifications; loaders and generators fill one directly and
// hand it over with WorkspaceDocument::reset(), which validates it whole.
struct WorkspaceData
{
    std::vector<TerritoryModel> models;
    std::vector<TerritoryType> types;
    std::vector<Territory> territories;
    std::vector<AssignmentRule> rules;
    std::vector<RuleAssociation> ruleAssociations;
    std::vector<Rep> reps;
    std::vector<RepAssignment> repAssignments;
    std::vector<AccountTerritoryLink> manualAssignments;
    std::vector<AccountTerritoryLink> exclusions;
    AccountStore accounts;
    std::vector<PreservedContent> preserved;
    // Geography (see territorygeo.h): units given to territories, sorted by
    // (territory, kind, id), and drawn shapes, sorted by id.
    std::vector<TerritoryUnit> territoryUnits;
    std::vector<DrawnShape> drawnShapes;
    Id nextId = 1;
};

// The links that name a set of territories: what goes with them when they are
// removed and comes back when they are restored.
struct TerritoryLinks
{
    std::vector<RuleAssociation> ruleAssociations;
    std::vector<RepAssignment> repAssignments;
    std::vector<AccountTerritoryLink> manualAssignments;
    std::vector<AccountTerritoryLink> exclusions;
    std::vector<TerritoryUnit> units;
    std::vector<DrawnShape> shapes;
};

// Kinds of entity kept in flat lists (territories are a tree, see below).
enum class ListKind { Models, Types, Rules, Reps };
// Kinds of links between entities.
enum class LinkKind { RuleAssociations, RepAssignments, ManualAssignments, Exclusions };

// One open workspace: the only way to change its data. Every mutator checks
// the model's invariants first and changes nothing when they would break;
// then it changes the data and notifies. Structural changes come as
// "about to / done" pairs that map onto item-model begin/end calls; field
// edits come as one signal with a mask of the fields that changed.
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(QObject *parent = nullptr);
    ~WorkspaceDocument() override;

    // Sizes beyond which a workspace is refused, so hostile files stay bounded.
    static constexpr std::size_t MaxModels = 1'000;
    static constexpr std::size_t MaxTypes = 1'000;
    static constexpr std::size_t MaxTerritories = 100'000;
    static constexpr std::size_t MaxRules = 100'000;
    static constexpr std::size_t MaxRuleItems = 100;
    static constexpr std::size_t MaxReps = 1'000'000;
    static constexpr std::size_t MaxLinks = 20'000'000;
    static constexpr int MaxTextLength = 32'000;
    static constexpr std::size_t MaxTerritoryUnits = 5'000'000; // all models together
    static constexpr std::size_t MaxDrawnShapes = 100'000;
    static constexpr std::size_t MaxDrawnVertices = 20'000'000; // all shapes together

    const WorkspaceData &data() const { return m_data; }
    // A copy of the data, for saving on another thread or undo snapshots.
    // Territories come in tree order (parents first, siblings in display order).
    WorkspaceData snapshot() const;
    // Replaces everything after checking every invariant; on failure nothing changes.
    Status reset(WorkspaceData data);
    // Checks every invariant of a complete data set; the first problem found.
    static Status validate(const WorkspaceData &data);

    // --- lookups ---
    const TerritoryModel *model(Id id) const;
    const TerritoryType *type(Id id) const;
    const Territory *territory(Id id) const;
    const AssignmentRule *rule(Id id) const;
    const Rep *rep(Id id) const;
    const std::vector<TerritoryModel> &models() const { return m_data.models; }
    const std::vector<TerritoryType> &types() const { return m_data.types; }
    const std::vector<Territory> &territories() const { return m_data.territories; }
    const std::vector<AssignmentRule> &rules() const { return m_data.rules; }
    const std::vector<Rep> &reps() const { return m_data.reps; }
    const AccountStore &accounts() const { return m_data.accounts; }
    int indexOf(ListKind kind, Id id) const;

    // Children of a territory in display order; parent NoId gives the roots of the model.
    const std::vector<Id> &children(Id modelId, Id parentId) const;
    // Position of a territory among its siblings.
    int rowOf(Id territoryId) const;
    // Depth of a territory: 0 for a root.
    int depth(Id territoryId) const;
    bool isAncestor(Id ancestorId, Id territoryId) const;
    const TerritoryModel *activeModel() const;

    // --- mutators: each returns the new id or an Error and changes nothing on error ---
    Result<Id> addModel(TerritoryModel model);
    Status updateModel(const TerritoryModel &model);
    Status removeModel(Id id); // and everything that belongs to it

    Result<Id> addType(TerritoryType type);
    Status updateType(const TerritoryType &type);
    Status removeType(Id id); // refused while territories use it

    // Adds at the given position among its siblings (-1: at the end).
    Result<Id> addTerritory(Territory territory, int row = -1);
    // Edits fields; a new parent moves the territory (and its subtree) to the end of the new
    // siblings.
    Status updateTerritory(const Territory &territory);
    // Moves to a position among new siblings.
    Status moveTerritory(Id id, Id newParentId, int row);
    Status removeTerritory(Id id); // the subtree and its links go too

    Result<Id> addRule(AssignmentRule rule);
    Status updateRule(const AssignmentRule &rule);
    Status removeRule(Id id); // and its associations

    Result<Id> addRep(Rep rep);
    Status updateRep(const Rep &rep);
    Status removeRep(Id id); // and its assignments; clears forecast managers

    Status addLink(const RuleAssociation &link);
    Status removeLink(const RuleAssociation &link);
    Status addLink(const RepAssignment &link);
    Status removeLink(const RepAssignment &link);
    Status addManualAssignment(const AccountTerritoryLink &link);
    Status removeManualAssignment(const AccountTerritoryLink &link);
    Status addExclusion(const AccountTerritoryLink &link);
    Status removeExclusion(const AccountTerritoryLink &link);
    const std::vector<RuleAssociation> &ruleAssociations() const { return m_data.ruleAssociations; }
    const std::vector<RepAssignment> &repAssignments() const { return m_data.repAssignments; }
    const std::vector<AccountTerritoryLink> &manualAssignments() const
    {
        return m_data.manualAssignments;
    }
    const std::vector<AccountTerritoryLink> &exclusions() const { return m_data.exclusions; }

    // --- geography ---
    // A territory owns the accounts located in its units and drawn shapes;
    // the finest unit and any drawn shape win (docs/geography.md). Within a
    // model a unit has at most one owner. Units must exist in the bundled
    // boundaries or ZIP table; drawn shapes are repaired by
    // TerritoryGeography::repair or refused with its message.
    const std::vector<TerritoryUnit> &territoryUnits() const { return m_data.territoryUnits; }
    const std::vector<DrawnShape> &drawnShapes() const { return m_data.drawnShapes; }
    const DrawnShape *drawnShape(Id id) const;
    // The territory owning a unit in a model, or NoId.
    Id unitOwner(Id modelId, const UnitRef &unit) const;
    // A territory's units in (kind, id) order, and its drawn shapes by id.
    std::vector<UnitRef> unitsOf(Id territoryId) const;
    std::vector<const DrawnShape *> shapesOf(Id territoryId) const;
    // True when a territory of the model has a unit or a drawn shape.
    bool hasGeography(Id modelId) const;

    // Sets the owner of each unit in model modelId: a territory of that model,
    // or NoId to take the unit from whoever has it. A unit given to a new
    // territory leaves its previous owner. Returns the previous owner of every
    // unit given, in the same order, so that passing the result back undoes
    // the change. Emits territoryUnitsChanged with every territory that gained
    // or lost a unit (nothing when nothing changed).
    Result<std::vector<UnitOwner>> setUnitOwners(Id modelId, const std::vector<UnitOwner> &owners);

    // Drawn shapes: the shape is repaired (rings closed, orientation fixed)
    // or refused; the territory must exist.
    Result<Id> addDrawnShape(DrawnShape shape);
    // Edits name, shape or territory (within the same model).
    Status updateDrawnShape(const DrawnShape &shape);
    Status removeDrawnShape(Id id);
    // Puts back a removed shape with its id, for undo.
    Status restoreDrawnShape(const DrawnShape &shape);

    // Replaces the account table (an import, a refresh). Manual links keep their ids.
    void setAccounts(AccountStore accounts);
    // The same, handing back the previous table, so that undo needs no copy.
    AccountStore exchangeAccounts(AccountStore accounts);

    // Makes an independent copy of a model with all its territories, rules and
    // links under a new name; returns the new model's id.
    Result<Id> cloneModel(Id modelId, const QString &name, const QString &apiName);

    // --- restoring removed entities with their ids, for undo ---
    // Each checks the same invariants as the add mutators and, in addition,
    // that the ids were issued by this document and are free; on error
    // nothing changes. Notifications are the same as for adding.

    // Puts back a subtree: territories parents first, siblings in display
    // order; the first is the subtree's root and goes to row among its
    // siblings (-1: at the end), the others follow their parents. The links
    // may only name territories of the subtree; their units must be free.
    Status restoreTerritories(const std::vector<Territory> &subtree, int row,
                              const TerritoryLinks &links = {});
    Status restoreModel(const TerritoryModel &model, int row);
    Status restoreType(const TerritoryType &type, int row);
    Status restoreRule(const AssignmentRule &rule, int row);
    Status restoreRep(const Rep &rep, int row);

signals:
    void aboutToReset();
    void resetDone();

    void listAboutToInsert(Tessera::ListKind kind, int row);
    void listInserted(Tessera::ListKind kind, int row);
    void listAboutToRemove(Tessera::ListKind kind, int row);
    void listRemoved(Tessera::ListKind kind, int row);
    void listItemChanged(Tessera::ListKind kind, Tessera::Id id, unsigned fieldMask);

    void territoryAboutToBeAdded(Tessera::Id modelId, Tessera::Id parentId, int row);
    void territoryAdded(Tessera::Id id);
    void territoryAboutToBeRemoved(Tessera::Id id);
    void territoryRemoved(Tessera::Id modelId, Tessera::Id parentId, int row);
    void territoryAboutToBeMoved(Tessera::Id id, Tessera::Id newParentId, int newRow);
    void territoryMoved(Tessera::Id id);
    void territoryChanged(Tessera::Id id, unsigned fieldMask);

    void linksChanged(Tessera::LinkKind kind);

    // Units changed owner in a model; the territories that gained or lost one.
    void territoryUnitsChanged(Tessera::Id modelId, const std::vector<Tessera::Id> &territoryIds);
    void drawnShapeAdded(Tessera::Id shapeId);
    void drawnShapeChanged(Tessera::Id shapeId, unsigned fieldMask); // DrawnShape::Field
    void drawnShapeAboutToBeRemoved(Tessera::Id shapeId);
    void drawnShapeRemoved(Tessera::Id shapeId, Tessera::Id territoryId);
    void accountsAboutToBeReset();
    void accountsReset();

private:
    Id allocateId() { return m_data.nextId++; }
    void rebuildIndex();
    Status checkModel(const TerritoryModel &m, bool isNew) const;
    Status checkType(const TerritoryType &t, bool isNew) const;
    Status checkTerritory(const Territory &t, bool isNew) const;
    Status checkRule(const AssignmentRule &r, bool isNew) const;
    Status checkRep(const Rep &r, bool isNew) const;
    std::vector<Id> &childList(Id modelId, Id parentId);
    std::vector<Id> subtree(Id id) const; // id and descendants, parents first
    void eraseTerritories(const std::vector<Id> &ids);
    bool idInUse(Id id) const;
    Status checkRestoredId(Id id) const;
    Id modelOf(Id territoryId) const;
    void rebuildUnitIndex();
    Status checkDrawnShape(DrawnShape &shape, bool isNew) const; // repairs in place
    std::size_t drawnVertices() const;

    WorkspaceData m_data;
    // Derived, rebuilt on reset: id -> index in the vectors, and child lists.
    std::unordered_map<Id, std::size_t> m_territoryIndex;
    std::map<std::pair<Id, Id>, std::vector<Id>> m_children;
    // (model, kind, unit id) -> owning territory.
    std::map<std::tuple<Id, UnitKind, std::string>, Id> m_unitOwners;
};

} // namespace Tessera
