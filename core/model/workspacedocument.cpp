// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/workspacedocument.h"

#include "core/model/apiname.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <set>
#include <unordered_set>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::WorkspaceDocument)
};

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

Error notFound(const QString &message)
{
    return makeError(ErrorCode::NotFound, message);
}

template<typename T>
auto findById(std::vector<T> &items, Id id)
{
    return std::find_if(items.begin(), items.end(), [id](const T &x) { return x.id == id; });
}

template<typename T>
const T *findPtr(const std::vector<T> &items, Id id)
{
    auto it = std::find_if(items.begin(), items.end(), [id](const T &x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}

Status checkText(const QString &value, const QString &what, int maxLength)
{
    if (value.size() > maxLength)
        return invalid(Tr::tr("The %1 is longer than %2 characters.").arg(what).arg(maxLength));
    return {};
}

Status checkName(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        return invalid(Tr::tr("The %1 needs a name.").arg(what));
    return checkText(name, Tr::tr("name of the %1").arg(what), 255);
}

Status checkApiName(const QString &apiName, const QString &what)
{
    Status s = ApiName::check(apiName);
    if (!s.ok())
        return invalid(Tr::tr("%1: %2").arg(what, s.error().message));
    return {};
}

bool validCoordinate(double value, double limit)
{
    return std::isnan(value) || (std::isfinite(value) && value >= -limit && value <= limit);
}

QString key(const QString &apiName)
{
    return apiName.toCaseFolded();
}

Status checkShapeName(const DrawnShape &s)
{
    return checkText(s.name, Tr::tr("name of a drawn shape"), 255);
}

// The shape as the document keeps it: repaired, or refused with the reason.
Status repairShape(DrawnShape &s)
{
    if (s.shape.empty())
        return invalid(Tr::tr("The drawn shape \"%1\" has no polygon.").arg(s.name));
    Result<GeoMultiPolygon> repaired = TerritoryGeography::repair(std::move(s.shape));
    if (!repaired) {
        Error e = repaired.error();
        e.message = Tr::tr("The drawn shape \"%1\" cannot be used: %2").arg(s.name, e.message);
        return e;
    }
    s.shape = std::move(*repaired);
    return {};
}

// --- checks of one entity's own fields, shared by mutators and validate() ---

// Bounds of a model's balance settings; whether fields exist is checked
// when the measures are evaluated, since accounts may be imported later.
Status checkBalance(const BalanceSettings &b, const QString &model)
{
    const double tol = b.tolerancePercent;
    if (!(tol >= 0 && tol <= BalanceSettings::MaxTolerancePercent))
        return invalid(Tr::tr("The balance tolerance of model \"%1\" must lie between 0 and %2 %.")
                           .arg(model)
                           .arg(BalanceSettings::MaxTolerancePercent));
    if (int(b.targetMode) > int(TargetMode::TerritoryTargets))
        return invalid(Tr::tr("Model \"%1\" has an unknown balance target mode.").arg(model));
    for (const MeasureDefinition *d : {&b.workload, &b.potential}) {
        if (int(d->kind) > int(MeasureDefinition::Kind::Formula))
            return invalid(Tr::tr("Model \"%1\" has an unknown kind of measure.").arg(model));
        if (d->segments.size() > BalanceSettings::MaxSegments)
            return makeError(ErrorCode::Limit, Tr::tr("A measure may have at most %1 segments.")
                                                   .arg(BalanceSettings::MaxSegments));
        auto tooLong = [](const QString &text) {
            return text.size() > BalanceSettings::MaxFormulaLength;
        };
        bool bad = tooLong(d->field) || tooLong(d->segmentField) || tooLong(d->otherFormula);
        for (const MeasureSegment &seg : d->segments)
            bad = bad || tooLong(seg.value) || tooLong(seg.formula) ||
                  (!std::isnan(seg.lower) && !std::isfinite(seg.lower)) ||
                  (!std::isnan(seg.upper) && !std::isfinite(seg.upper));
        if (bad)
            return makeError(
                ErrorCode::Limit,
                Tr::tr("A balance formula or field name of model \"%1\" is longer than "
                       "%2 characters or not a finite number.")
                    .arg(model)
                    .arg(BalanceSettings::MaxFormulaLength));
    }
    return {};
}

Status fieldsOf(const TerritoryModel &m)
{
    if (Status s = checkName(m.name, Tr::tr("territory model")); !s)
        return s;
    if (Status s = checkApiName(m.apiName, Tr::tr("Territory model \"%1\"").arg(m.name)); !s)
        return s;
    if (Status s = checkText(m.description, Tr::tr("description of model \"%1\"").arg(m.name),
                             WorkspaceDocument::MaxTextLength);
        !s)
        return s;
    return checkBalance(m.balance, m.name);
}

Status fieldsOf(const TerritoryType &t)
{
    if (Status s = checkName(t.name, Tr::tr("territory type")); !s)
        return s;
    if (Status s = checkApiName(t.apiName, Tr::tr("Territory type \"%1\"").arg(t.name)); !s)
        return s;
    return checkText(t.description, Tr::tr("description of type \"%1\"").arg(t.name),
                     WorkspaceDocument::MaxTextLength);
}

Status fieldsOf(const Territory &t)
{
    if (Status s = checkName(t.name, Tr::tr("territory")); !s)
        return s;
    if (Status s = checkApiName(t.apiName, Tr::tr("Territory \"%1\"").arg(t.name)); !s)
        return s;
    if (t.colour > 0xffffffu)
        return invalid(Tr::tr("Territory \"%1\" has an invalid colour.").arg(t.name));
    for (double v : {t.targets.accounts, t.targets.workload, t.targets.potential}) {
        if (!std::isnan(v) && (!std::isfinite(v) || v < 0))
            return invalid(
                Tr::tr("Territory \"%1\" has a negative or infinite target.").arg(t.name));
    }
    return checkText(t.description, Tr::tr("description of territory \"%1\"").arg(t.name),
                     WorkspaceDocument::MaxTextLength);
}

Status fieldsOf(const AssignmentRule &r)
{
    if (Status s = checkApiName(r.apiName, Tr::tr("Assignment rule \"%1\"").arg(r.label)); !s)
        return s;
    if (Status s = checkName(r.label, Tr::tr("assignment rule")); !s)
        return s;
    if (r.objectType.isEmpty())
        return invalid(Tr::tr("Assignment rule \"%1\" has no object type.").arg(r.apiName));
    if (r.items.size() > WorkspaceDocument::MaxRuleItems)
        return invalid(Tr::tr("Assignment rule \"%1\" has more than %2 items.")
                           .arg(r.apiName)
                           .arg(WorkspaceDocument::MaxRuleItems));
    if (Status s = checkText(r.booleanFilter, Tr::tr("filter of rule \"%1\"").arg(r.apiName), 4000);
        !s)
        return s;
    for (const RuleItem &item : r.items) {
        if (item.field.isEmpty() || item.operation.isEmpty())
            return invalid(
                Tr::tr("An item of rule \"%1\" has no field or no operation.").arg(r.apiName));
        if (Status s = checkText(item.value, Tr::tr("value in rule \"%1\"").arg(r.apiName),
                                 WorkspaceDocument::MaxTextLength);
            !s)
            return s;
        if (Status s = checkText(item.field, Tr::tr("field in rule \"%1\"").arg(r.apiName), 255);
            !s)
            return s;
        if (Status s =
                checkText(item.operation, Tr::tr("operation in rule \"%1\"").arg(r.apiName), 64);
            !s)
            return s;
    }
    return {};
}

Status fieldsOf(const Rep &r)
{
    if (r.userId.trimmed().isEmpty())
        return invalid(Tr::tr("A rep needs a user id."));
    if (Status s = checkText(r.userId, Tr::tr("user id of rep \"%1\"").arg(r.name), 255); !s)
        return s;
    if (Status s = checkName(r.name, Tr::tr("rep")); !s)
        return s;
    if (Status s = checkText(r.email, Tr::tr("email of rep \"%1\"").arg(r.name), 255); !s)
        return s;
    if (!std::isfinite(r.capacityHours) || r.capacityHours < 0 || r.capacityHours > 1e7)
        return invalid(
            Tr::tr("Rep \"%1\" needs a capacity between 0 and 10,000,000 hours.").arg(r.name));
    if (!validCoordinate(r.homeLatitude, 90) || !validCoordinate(r.homeLongitude, 180))
        return invalid(Tr::tr("Rep \"%1\" has a home location outside the globe.").arg(r.name));
    if (std::isnan(r.homeLatitude) != std::isnan(r.homeLongitude))
        return invalid(Tr::tr("Rep \"%1\" has only half a home location.").arg(r.name));
    return {};
}

} // namespace

WorkspaceDocument::WorkspaceDocument(QObject *parent)
    : QObject(parent)
{}

WorkspaceDocument::~WorkspaceDocument() = default;

// --- whole-data validation ---------------------------------------------------

Status WorkspaceDocument::validate(const WorkspaceData &d)
{
    if (d.models.size() > MaxModels || d.types.size() > MaxTypes ||
        d.territories.size() > MaxTerritories || d.rules.size() > MaxRules ||
        d.reps.size() > MaxReps || d.ruleAssociations.size() > MaxLinks ||
        d.repAssignments.size() > MaxLinks || d.manualAssignments.size() > MaxLinks ||
        d.exclusions.size() > MaxLinks || d.accounts.rowCount() > AccountStore::MaxRows)
        return makeError(ErrorCode::Limit, Tr::tr("The workspace is larger than Tessera accepts."));

    std::unordered_set<Id> ids;
    auto claim = [&](Id id, const QString &what) -> Status {
        if (id <= 0 || id >= d.nextId)
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("The %1 has an invalid id %2.").arg(what).arg(id));
        if (!ids.insert(id).second)
            return makeError(ErrorCode::Corrupt, Tr::tr("The id %1 is used twice.").arg(id));
        return {};
    };

    QSet<QString> names;
    int active = 0;
    std::unordered_set<Id> modelIds;
    for (const TerritoryModel &m : d.models) {
        if (Status s = claim(m.id, Tr::tr("territory model \"%1\"").arg(m.name)); !s)
            return s;
        if (Status s = fieldsOf(m); !s)
            return s;
        if (names.contains(key(m.apiName)))
            return invalid(Tr::tr("Two territory models have the API name \"%1\".").arg(m.apiName));
        names.insert(key(m.apiName));
        active += m.state == ModelState::Active;
        modelIds.insert(m.id);
    }
    if (active > 1)
        return invalid(Tr::tr("Only one territory model can be active; %1 are.").arg(active));

    names.clear();
    std::unordered_set<int> priorities;
    std::unordered_set<Id> typeIds;
    for (const TerritoryType &t : d.types) {
        if (Status s = claim(t.id, Tr::tr("territory type \"%1\"").arg(t.name)); !s)
            return s;
        if (Status s = fieldsOf(t); !s)
            return s;
        if (names.contains(key(t.apiName)))
            return invalid(Tr::tr("Two territory types have the API name \"%1\".").arg(t.apiName));
        names.insert(key(t.apiName));
        if (!priorities.insert(t.priority).second)
            return invalid(Tr::tr("Two territory types have the priority %1.").arg(t.priority));
        typeIds.insert(t.id);
    }

    std::unordered_set<Id> repIds;
    QSet<QString> userIds;
    for (const Rep &r : d.reps) {
        if (Status s = claim(r.id, Tr::tr("rep \"%1\"").arg(r.name)); !s)
            return s;
        if (Status s = fieldsOf(r); !s)
            return s;
        if (userIds.contains(r.userId))
            return invalid(Tr::tr("Two reps have the user id \"%1\".").arg(r.userId));
        userIds.insert(r.userId);
        repIds.insert(r.id);
    }

    std::unordered_map<Id, const Territory *> byId;
    QSet<QString> territoryNames;
    for (const Territory &t : d.territories) {
        if (Status s = claim(t.id, Tr::tr("territory \"%1\"").arg(t.name)); !s)
            return s;
        if (Status s = fieldsOf(t); !s)
            return s;
        if (!modelIds.count(t.modelId))
            return makeError(
                ErrorCode::Corrupt,
                Tr::tr("Territory \"%1\" belongs to a model that does not exist.").arg(t.name));
        if (t.typeId != NoId && !typeIds.count(t.typeId))
            return makeError(
                ErrorCode::Corrupt,
                Tr::tr("Territory \"%1\" has a type that does not exist.").arg(t.name));
        if (t.forecastManagerId != NoId && !repIds.count(t.forecastManagerId))
            return makeError(
                ErrorCode::Corrupt,
                Tr::tr("Territory \"%1\" has a forecast manager who does not exist.").arg(t.name));
        const QString k = QString::number(t.modelId) + u'/' + key(t.apiName);
        if (territoryNames.contains(k))
            return invalid(
                Tr::tr("Two territories of one model have the API name \"%1\".").arg(t.apiName));
        territoryNames.insert(k);
        byId.emplace(t.id, &t);
    }
    for (const Territory &t : d.territories) {
        if (t.parentId == NoId)
            continue;
        auto parent = byId.find(t.parentId);
        if (parent == byId.end())
            return makeError(
                ErrorCode::Corrupt,
                Tr::tr("Territory \"%1\" has a parent that does not exist.").arg(t.name));
        if (parent->second->modelId != t.modelId)
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("Territory \"%1\" has a parent in another model.").arg(t.name));
    }
    // Cycle check: walking up from any node must reach a root within n steps.
    for (const Territory &t : d.territories) {
        Id cur = t.parentId;
        std::size_t steps = 0;
        while (cur != NoId) {
            if (cur == t.id || ++steps > d.territories.size())
                return makeError(
                    ErrorCode::Corrupt,
                    Tr::tr("The hierarchy has a cycle through territory \"%1\".").arg(t.name));
            cur = byId.at(cur)->parentId;
        }
    }

    std::unordered_map<Id, Id> ruleModel;
    QSet<QString> ruleNames;
    for (const AssignmentRule &r : d.rules) {
        if (Status s = claim(r.id, Tr::tr("assignment rule \"%1\"").arg(r.apiName)); !s)
            return s;
        if (Status s = fieldsOf(r); !s)
            return s;
        if (!modelIds.count(r.modelId))
            return makeError(
                ErrorCode::Corrupt,
                Tr::tr("Assignment rule \"%1\" belongs to a model that does not exist.")
                    .arg(r.apiName));
        const QString k = QString::number(r.modelId) + u'/' + key(r.apiName);
        if (ruleNames.contains(k))
            return invalid(
                Tr::tr("Two rules of one model have the API name \"%1\".").arg(r.apiName));
        ruleNames.insert(k);
        ruleModel.emplace(r.id, r.modelId);
    }

    std::set<std::pair<Id, Id>> pairs;
    for (const RuleAssociation &a : d.ruleAssociations) {
        auto r = ruleModel.find(a.ruleId);
        auto t = byId.find(a.territoryId);
        if (r == ruleModel.end() || t == byId.end())
            return makeError(
                ErrorCode::Corrupt,
                Tr::tr("A rule is linked to a territory or rule that does not exist."));
        if (r->second != t->second->modelId)
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("A rule is linked to a territory of another model."));
        if (!pairs.insert({a.ruleId, a.territoryId}).second)
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("A rule is linked twice to the same territory."));
    }
    pairs.clear();
    for (const RepAssignment &a : d.repAssignments) {
        if (!repIds.count(a.repId) || !byId.count(a.territoryId))
            return makeError(
                ErrorCode::Corrupt,
                Tr::tr("A rep assignment names a rep or territory that does not exist."));
        if (!pairs.insert({a.repId, a.territoryId}).second)
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("A rep is put twice on the same territory."));
        if (Status s = checkText(a.role, Tr::tr("role in territory"), 255); !s)
            return s;
    }
    for (const auto *links : {&d.manualAssignments, &d.exclusions}) {
        QSet<QString> seen;
        for (const AccountTerritoryLink &l : *links) {
            if (l.accountId.isEmpty() || l.accountId.size() > 255)
                return makeError(
                    ErrorCode::Corrupt,
                    Tr::tr("A manual assignment or exclusion has an invalid account id."));
            if (!byId.count(l.territoryId))
                return makeError(
                    ErrorCode::Corrupt,
                    Tr::tr(
                        "A manual assignment or exclusion names a territory that does not exist."));
            const QString k = l.accountId + u'/' + QString::number(l.territoryId);
            if (seen.contains(k))
                return makeError(
                    ErrorCode::Corrupt,
                    Tr::tr("Account %1 is linked twice to the same territory.").arg(l.accountId));
            seen.insert(k);
        }
    }

    if (d.territoryUnits.size() > MaxTerritoryUnits || d.drawnShapes.size() > MaxDrawnShapes)
        return makeError(ErrorCode::Limit, Tr::tr("The workspace has more geography than Tessera "
                                                  "accepts."));
    std::set<std::tuple<Id, UnitKind, std::string>> units;
    for (const TerritoryUnit &u : d.territoryUnits) {
        auto t = byId.find(u.territoryId);
        if (t == byId.end())
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("The unit %1 is given to a territory that does not exist.")
                                 .arg(unitLabel(u.unit)));
        if (u.unit.id.size() > 16 || !unitExists(u.unit))
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("Territory \"%1\" is given the unit %2, which the bundled "
                                    "geography does not have.")
                                 .arg(t->second->name, unitLabel(u.unit).left(64)));
        if (!units.emplace(t->second->modelId, u.unit.kind, u.unit.id).second)
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("The unit %1 is given to two territories of one model.")
                                 .arg(unitLabel(u.unit)));
    }
    std::size_t vertices = 0;
    for (const DrawnShape &shape : d.drawnShapes) {
        if (Status s = claim(shape.id, Tr::tr("drawn shape \"%1\"").arg(shape.name)); !s)
            return s;
        if (!byId.count(shape.territoryId))
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("The drawn shape \"%1\" belongs to a territory that does not "
                                    "exist.")
                                 .arg(shape.name));
        if (Status s = checkShapeName(shape); !s)
            return s;
        vertices += vertexCount(shape.shape);
        if (vertices > MaxDrawnVertices)
            return makeError(ErrorCode::Limit, Tr::tr("The drawn shapes have more than %1 vertices "
                                                      "together.")
                                                   .arg(MaxDrawnVertices));
        DrawnShape copy = shape;
        if (Status s = repairShape(copy); !s)
            return s;
    }

    const auto badIds = d.accounts.duplicateOrBlankIds();
    if (!badIds.empty()) {
        const QString id = d.accounts.accountId(badIds.front());
        return invalid(id.isEmpty() ? Tr::tr("Account row %1 has no id.").arg(badIds.front() + 1)
                                    : Tr::tr("The account id \"%1\" is used twice.").arg(id));
    }
    return {};
}

Status WorkspaceDocument::reset(WorkspaceData data)
{
    if (Status s = validate(data); !s)
        return s;
    // The documented order, so that snapshots compare equal after undo.
    std::sort(data.territoryUnits.begin(), data.territoryUnits.end());
    std::stable_sort(data.drawnShapes.begin(), data.drawnShapes.end(),
                     [](const DrawnShape &a, const DrawnShape &b) { return a.id < b.id; });
    for (DrawnShape &shape : data.drawnShapes)
        (void)repairShape(shape); // validate() checked that it succeeds
    emit aboutToReset();
    m_data = std::move(data);
    rebuildIndex();
    emit resetDone();
    return {};
}

WorkspaceData WorkspaceDocument::snapshot() const
{
    // Territories in tree order, so a reload gives siblings their order back.
    WorkspaceData copy = m_data;
    copy.territories.clear();
    copy.territories.reserve(m_data.territories.size());
    for (const TerritoryModel &m : m_data.models) {
        std::vector<Id> stack(children(m.id, NoId).rbegin(), children(m.id, NoId).rend());
        while (!stack.empty()) {
            const Id id = stack.back();
            stack.pop_back();
            copy.territories.push_back(*territory(id));
            const auto &kids = children(m.id, id);
            stack.insert(stack.end(), kids.rbegin(), kids.rend());
        }
    }
    return copy;
}

void WorkspaceDocument::rebuildIndex()
{
    m_territoryIndex.clear();
    m_children.clear();
    for (std::size_t i = 0; i < m_data.territories.size(); ++i) {
        const Territory &t = m_data.territories[i];
        m_territoryIndex.emplace(t.id, i);
        m_children[{t.modelId, t.parentId}].push_back(t.id);
    }
    rebuildUnitIndex();
}

void WorkspaceDocument::rebuildUnitIndex()
{
    m_unitOwners.clear();
    for (const TerritoryUnit &u : m_data.territoryUnits)
        m_unitOwners.emplace(std::tuple(modelOf(u.territoryId), u.unit.kind, u.unit.id),
                             u.territoryId);
}

Id WorkspaceDocument::modelOf(Id territoryId) const
{
    const Territory *t = territory(territoryId);
    return t ? t->modelId : NoId;
}

// --- lookups -------------------------------------------------------------------

const TerritoryModel *WorkspaceDocument::model(Id id) const
{
    return findPtr(m_data.models, id);
}

const TerritoryType *WorkspaceDocument::type(Id id) const
{
    return findPtr(m_data.types, id);
}

const Territory *WorkspaceDocument::territory(Id id) const
{
    auto it = m_territoryIndex.find(id);
    return it == m_territoryIndex.end() ? nullptr : &m_data.territories[it->second];
}

const AssignmentRule *WorkspaceDocument::rule(Id id) const
{
    return findPtr(m_data.rules, id);
}

const Rep *WorkspaceDocument::rep(Id id) const
{
    return findPtr(m_data.reps, id);
}

int WorkspaceDocument::indexOf(ListKind kind, Id id) const
{
    auto pos = [id](const auto &items) -> int {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id == id)
                return static_cast<int>(i);
        }
        return -1;
    };
    switch (kind) {
    case ListKind::Models:
        return pos(m_data.models);
    case ListKind::Types:
        return pos(m_data.types);
    case ListKind::Rules:
        return pos(m_data.rules);
    case ListKind::Reps:
        return pos(m_data.reps);
    }
    return -1;
}

const std::vector<Id> &WorkspaceDocument::children(Id modelId, Id parentId) const
{
    static const std::vector<Id> none;
    auto it = m_children.find({modelId, parentId});
    return it == m_children.end() ? none : it->second;
}

int WorkspaceDocument::rowOf(Id territoryId) const
{
    const Territory *t = territory(territoryId);
    if (!t)
        return -1;
    const auto &siblings = children(t->modelId, t->parentId);
    auto it = std::find(siblings.begin(), siblings.end(), territoryId);
    return it == siblings.end() ? -1 : static_cast<int>(it - siblings.begin());
}

int WorkspaceDocument::depth(Id territoryId) const
{
    int d = -1;
    for (const Territory *t = territory(territoryId); t; t = territory(t->parentId))
        ++d;
    return d;
}

bool WorkspaceDocument::isAncestor(Id ancestorId, Id territoryId) const
{
    const Territory *t = territory(territoryId);
    while (t && t->parentId != NoId) {
        if (t->parentId == ancestorId)
            return true;
        t = territory(t->parentId);
    }
    return false;
}

const TerritoryModel *WorkspaceDocument::activeModel() const
{
    for (const TerritoryModel &m : m_data.models) {
        if (m.state == ModelState::Active)
            return &m;
    }
    return nullptr;
}

std::vector<Id> &WorkspaceDocument::childList(Id modelId, Id parentId)
{
    return m_children[{modelId, parentId}];
}

std::vector<Id> WorkspaceDocument::subtree(Id id) const
{
    std::vector<Id> out{id};
    const Territory *root = territory(id);
    for (std::size_t i = 0; i < out.size(); ++i) {
        for (Id child : children(root->modelId, out[i]))
            out.push_back(child);
    }
    return out;
}

// --- models ----------------------------------------------------------------

Status WorkspaceDocument::checkModel(const TerritoryModel &m, bool isNew) const
{
    if (isNew && m_data.models.size() >= MaxModels)
        return makeError(ErrorCode::Limit,
                         Tr::tr("A workspace holds at most %1 models.").arg(MaxModels));
    if (Status s = fieldsOf(m); !s)
        return s;
    for (const TerritoryModel &other : m_data.models) {
        if (other.id == m.id)
            continue;
        if (key(other.apiName) == key(m.apiName))
            return invalid(Tr::tr("There is already a territory model with the API name \"%1\".")
                               .arg(m.apiName));
        if (m.state == ModelState::Active && other.state == ModelState::Active)
            return invalid(
                Tr::tr("Only one territory model can be active; \"%1\" is active already.")
                    .arg(other.name));
    }
    return {};
}

Result<Id> WorkspaceDocument::addModel(TerritoryModel m)
{
    m.id = NoId;
    if (Status s = checkModel(m, true); !s)
        return s.error();
    m.id = allocateId();
    const int row = static_cast<int>(m_data.models.size());
    emit listAboutToInsert(ListKind::Models, row);
    m_data.models.push_back(std::move(m));
    emit listInserted(ListKind::Models, row);
    return m_data.models.back().id;
}

Status WorkspaceDocument::updateModel(const TerritoryModel &m)
{
    auto it = findById(m_data.models, m.id);
    if (it == m_data.models.end())
        return notFound(Tr::tr("The territory model does not exist."));
    if (Status s = checkModel(m, false); !s)
        return s;
    unsigned mask = 0;
    mask |= it->name != m.name ? unsigned(TerritoryModel::NameField) : 0u;
    mask |= it->apiName != m.apiName ? unsigned(TerritoryModel::ApiNameField) : 0u;
    mask |= it->description != m.description ? unsigned(TerritoryModel::DescriptionField) : 0u;
    mask |= it->state != m.state ? unsigned(TerritoryModel::StateField) : 0u;
    mask |= it->balance != m.balance ? unsigned(TerritoryModel::BalanceField) : 0u;
    *it = m;
    if (mask)
        emit listItemChanged(ListKind::Models, m.id, mask);
    return {};
}

Status WorkspaceDocument::removeModel(Id id)
{
    const int row = indexOf(ListKind::Models, id);
    if (row < 0)
        return notFound(Tr::tr("The territory model does not exist."));
    // Territories first, so tree views see them go before their model.
    for (Id root : std::vector<Id>(children(id, NoId))) {
        if (Status s = removeTerritory(root); !s)
            return s;
    }
    std::vector<Id> rules;
    for (const AssignmentRule &r : m_data.rules) {
        if (r.modelId == id)
            rules.push_back(r.id);
    }
    for (Id r : rules)
        (void)removeRule(r);
    emit listAboutToRemove(ListKind::Models, row);
    m_data.models.erase(m_data.models.begin() + row);
    m_children.erase({id, NoId});
    emit listRemoved(ListKind::Models, row);
    return {};
}

// --- types -----------------------------------------------------------------

Status WorkspaceDocument::checkType(const TerritoryType &t, bool isNew) const
{
    if (isNew && m_data.types.size() >= MaxTypes)
        return makeError(ErrorCode::Limit,
                         Tr::tr("A workspace holds at most %1 territory types.").arg(MaxTypes));
    if (Status s = fieldsOf(t); !s)
        return s;
    for (const TerritoryType &other : m_data.types) {
        if (other.id == t.id)
            continue;
        if (key(other.apiName) == key(t.apiName))
            return invalid(Tr::tr("There is already a territory type with the API name \"%1\".")
                               .arg(t.apiName));
        if (other.priority == t.priority)
            return invalid(Tr::tr("The priority %1 is taken by territory type \"%2\".")
                               .arg(t.priority)
                               .arg(other.name));
    }
    return {};
}

Result<Id> WorkspaceDocument::addType(TerritoryType t)
{
    t.id = NoId;
    if (Status s = checkType(t, true); !s)
        return s.error();
    t.id = allocateId();
    const int row = static_cast<int>(m_data.types.size());
    emit listAboutToInsert(ListKind::Types, row);
    m_data.types.push_back(std::move(t));
    emit listInserted(ListKind::Types, row);
    return m_data.types.back().id;
}

Status WorkspaceDocument::updateType(const TerritoryType &t)
{
    auto it = findById(m_data.types, t.id);
    if (it == m_data.types.end())
        return notFound(Tr::tr("The territory type does not exist."));
    if (Status s = checkType(t, false); !s)
        return s;
    unsigned mask = 0;
    mask |= it->name != t.name ? unsigned(TerritoryType::NameField) : 0u;
    mask |= it->apiName != t.apiName ? unsigned(TerritoryType::ApiNameField) : 0u;
    mask |= it->description != t.description ? unsigned(TerritoryType::DescriptionField) : 0u;
    mask |= it->priority != t.priority ? unsigned(TerritoryType::PriorityField) : 0u;
    *it = t;
    if (mask)
        emit listItemChanged(ListKind::Types, t.id, mask);
    return {};
}

Status WorkspaceDocument::removeType(Id id)
{
    const int row = indexOf(ListKind::Types, id);
    if (row < 0)
        return notFound(Tr::tr("The territory type does not exist."));
    for (const Territory &t : m_data.territories) {
        if (t.typeId == id)
            return invalid(Tr::tr("The territory type \"%1\" is still used by territory \"%2\".")
                               .arg(m_data.types[static_cast<std::size_t>(row)].name, t.name));
    }
    emit listAboutToRemove(ListKind::Types, row);
    m_data.types.erase(m_data.types.begin() + row);
    emit listRemoved(ListKind::Types, row);
    return {};
}

// --- territories -------------------------------------------------------------

Status WorkspaceDocument::checkTerritory(const Territory &t, bool isNew) const
{
    if (isNew && m_data.territories.size() >= MaxTerritories)
        return makeError(ErrorCode::Limit,
                         Tr::tr("A workspace holds at most %1 territories.").arg(MaxTerritories));
    if (Status s = fieldsOf(t); !s)
        return s;
    if (!model(t.modelId))
        return notFound(Tr::tr("Territory \"%1\" names a model that does not exist.").arg(t.name));
    if (t.typeId != NoId && !type(t.typeId))
        return notFound(Tr::tr("Territory \"%1\" names a type that does not exist.").arg(t.name));
    if (t.forecastManagerId != NoId && !rep(t.forecastManagerId))
        return notFound(
            Tr::tr("Territory \"%1\" names a forecast manager who does not exist.").arg(t.name));
    if (t.parentId != NoId) {
        const Territory *parent = territory(t.parentId);
        if (!parent)
            return notFound(
                Tr::tr("Territory \"%1\" names a parent that does not exist.").arg(t.name));
        if (parent->modelId != t.modelId)
            return invalid(
                Tr::tr("Territory \"%1\" cannot have a parent in another model.").arg(t.name));
        if (!isNew && (t.parentId == t.id || isAncestor(t.id, t.parentId)))
            return invalid(
                Tr::tr("Territory \"%1\" cannot be moved under itself or its own descendant.")
                    .arg(t.name));
    }
    const QString k = key(t.apiName);
    for (const Territory &other : m_data.territories) {
        if (other.id != t.id && other.modelId == t.modelId && key(other.apiName) == k)
            return invalid(
                Tr::tr("There is already a territory with the API name \"%1\" in this model.")
                    .arg(t.apiName));
    }
    return {};
}

Result<Id> WorkspaceDocument::addTerritory(Territory t, int row)
{
    t.id = NoId;
    if (Status s = checkTerritory(t, true); !s)
        return s.error();
    t.id = allocateId();
    std::vector<Id> &siblings = childList(t.modelId, t.parentId);
    if (row < 0 || row > static_cast<int>(siblings.size()))
        row = static_cast<int>(siblings.size());
    emit territoryAboutToBeAdded(t.modelId, t.parentId, row);
    siblings.insert(siblings.begin() + row, t.id);
    m_territoryIndex.emplace(t.id, m_data.territories.size());
    m_data.territories.push_back(std::move(t));
    const Id id = m_data.territories.back().id;
    emit territoryAdded(id);
    return id;
}

Status WorkspaceDocument::updateTerritory(const Territory &t)
{
    const Territory *old = territory(t.id);
    if (!old)
        return notFound(Tr::tr("The territory does not exist."));
    if (t.modelId != old->modelId)
        return invalid(Tr::tr("A territory cannot change its model; clone the model instead."));
    if (Status s = checkTerritory(t, false); !s)
        return s;
    if (t.parentId != old->parentId) {
        const int end = static_cast<int>(children(t.modelId, t.parentId).size());
        if (Status s = moveTerritory(t.id, t.parentId, end); !s)
            return s;
    }
    Territory &cur = m_data.territories[m_territoryIndex.at(t.id)];
    unsigned mask = 0;
    mask |= cur.name != t.name ? unsigned(Territory::NameField) : 0u;
    mask |= cur.apiName != t.apiName ? unsigned(Territory::ApiNameField) : 0u;
    mask |= cur.description != t.description ? unsigned(Territory::DescriptionField) : 0u;
    mask |= cur.typeId != t.typeId ? unsigned(Territory::TypeField) : 0u;
    mask |= (cur.accountAccess != t.accountAccess || cur.opportunityAccess != t.opportunityAccess ||
             cur.caseAccess != t.caseAccess || cur.contactAccess != t.contactAccess)
                ? unsigned(Territory::AccessField)
                : 0u;
    mask |= cur.forecastManagerId != t.forecastManagerId ? unsigned(Territory::ForecastManagerField)
                                                         : 0u;
    mask |= cur.colour != t.colour ? unsigned(Territory::ColourField) : 0u;
    mask |= !(cur.targets == t.targets) ? unsigned(Territory::TargetsField) : 0u;
    cur = t;
    if (mask)
        emit territoryChanged(t.id, mask);
    return {};
}

Status WorkspaceDocument::moveTerritory(Id id, Id newParentId, int row)
{
    const Territory *t = territory(id);
    if (!t)
        return notFound(Tr::tr("The territory does not exist."));
    Territory moved = *t;
    moved.parentId = newParentId;
    if (Status s = checkTerritory(moved, false); !s)
        return s;
    std::vector<Id> &from = childList(t->modelId, t->parentId);
    const int oldRow = static_cast<int>(std::find(from.begin(), from.end(), id) - from.begin());
    std::vector<Id> &to = childList(t->modelId, newParentId);
    const int size = static_cast<int>(to.size());
    if (row < 0 || row > size)
        row = size;
    if (newParentId == t->parentId && (row == oldRow || row == oldRow + 1))
        return {}; // already there
    emit territoryAboutToBeMoved(id, newParentId, row);
    from.erase(from.begin() + oldRow);
    if (newParentId == t->parentId && row > oldRow)
        --row;
    to.insert(to.begin() + row, id);
    m_data.territories[m_territoryIndex.at(id)].parentId = newParentId;
    emit territoryMoved(id);
    emit territoryChanged(id, Territory::ParentField);
    return {};
}

void WorkspaceDocument::eraseTerritories(const std::vector<Id> &ids)
{
    const std::unordered_set<Id> gone(ids.begin(), ids.end());
    auto &v = m_data.territories;
    v.erase(
        std::remove_if(v.begin(), v.end(), [&](const Territory &t) { return gone.count(t.id); }),
        v.end());
    std::erase_if(m_children, [&](const auto &entry) { return gone.count(entry.first.second); });
    m_territoryIndex.clear();
    for (std::size_t i = 0; i < v.size(); ++i)
        m_territoryIndex.emplace(v[i].id, i);
}

Status WorkspaceDocument::removeTerritory(Id id)
{
    const Territory *t = territory(id);
    if (!t)
        return notFound(Tr::tr("The territory does not exist."));
    const Id modelId = t->modelId;
    const Id parentId = t->parentId;
    const int row = rowOf(id);
    const std::vector<Id> ids = subtree(id);
    const std::unordered_set<Id> gone(ids.begin(), ids.end());

    // Geography first, so listeners still find the territories it names.
    std::vector<Id> lostUnits;
    for (const TerritoryUnit &u : m_data.territoryUnits) {
        if (gone.count(u.territoryId) && (lostUnits.empty() || lostUnits.back() != u.territoryId))
            lostUnits.push_back(u.territoryId);
    }
    if (std::erase_if(m_data.territoryUnits,
                      [&](const TerritoryUnit &u) { return gone.count(u.territoryId) > 0; })) {
        rebuildUnitIndex();
        emit territoryUnitsChanged(modelId, lostUnits);
    }
    std::vector<std::pair<Id, Id>> shapes;
    for (const DrawnShape &shape : m_data.drawnShapes) {
        if (gone.count(shape.territoryId))
            shapes.emplace_back(shape.id, shape.territoryId);
    }
    for (const auto &[shapeId, territoryId] : shapes) {
        emit drawnShapeAboutToBeRemoved(shapeId);
        std::erase_if(m_data.drawnShapes,
                      [id = shapeId](const DrawnShape &x) { return x.id == id; });
        emit drawnShapeRemoved(shapeId, territoryId);
    }

    emit territoryAboutToBeRemoved(id);
    std::vector<Id> &siblings = childList(modelId, parentId);
    siblings.erase(siblings.begin() + row);
    eraseTerritories(ids);
    emit territoryRemoved(modelId, parentId, row);

    auto touches = [&](const auto &link) {
        return gone.count(link.territoryId) > 0;
    };
    if (std::erase_if(m_data.ruleAssociations, touches))
        emit linksChanged(LinkKind::RuleAssociations);
    if (std::erase_if(m_data.repAssignments, touches))
        emit linksChanged(LinkKind::RepAssignments);
    if (std::erase_if(m_data.manualAssignments, touches))
        emit linksChanged(LinkKind::ManualAssignments);
    if (std::erase_if(m_data.exclusions, touches))
        emit linksChanged(LinkKind::Exclusions);
    return {};
}

// --- rules -------------------------------------------------------------------

Status WorkspaceDocument::checkRule(const AssignmentRule &r, bool isNew) const
{
    if (isNew && m_data.rules.size() >= MaxRules)
        return makeError(ErrorCode::Limit,
                         Tr::tr("A workspace holds at most %1 rules.").arg(MaxRules));
    if (Status s = fieldsOf(r); !s)
        return s;
    if (!model(r.modelId))
        return notFound(Tr::tr("Rule \"%1\" names a model that does not exist.").arg(r.apiName));
    const QString k = key(r.apiName);
    for (const AssignmentRule &other : m_data.rules) {
        if (other.id != r.id && other.modelId == r.modelId && key(other.apiName) == k)
            return invalid(Tr::tr("There is already a rule with the API name \"%1\" in this model.")
                               .arg(r.apiName));
    }
    return {};
}

Result<Id> WorkspaceDocument::addRule(AssignmentRule r)
{
    r.id = NoId;
    if (Status s = checkRule(r, true); !s)
        return s.error();
    r.id = allocateId();
    const int row = static_cast<int>(m_data.rules.size());
    emit listAboutToInsert(ListKind::Rules, row);
    m_data.rules.push_back(std::move(r));
    emit listInserted(ListKind::Rules, row);
    return m_data.rules.back().id;
}

Status WorkspaceDocument::updateRule(const AssignmentRule &r)
{
    auto it = findById(m_data.rules, r.id);
    if (it == m_data.rules.end())
        return notFound(Tr::tr("The assignment rule does not exist."));
    if (r.modelId != it->modelId)
        return invalid(Tr::tr("A rule cannot change its model."));
    if (Status s = checkRule(r, false); !s)
        return s;
    unsigned mask = 0;
    mask |= it->apiName != r.apiName ? unsigned(AssignmentRule::ApiNameField) : 0u;
    mask |= it->label != r.label ? unsigned(AssignmentRule::LabelField) : 0u;
    mask |= it->objectType != r.objectType ? unsigned(AssignmentRule::ObjectTypeField) : 0u;
    mask |= it->active != r.active ? unsigned(AssignmentRule::ActiveField) : 0u;
    mask |= it->booleanFilter != r.booleanFilter ? unsigned(AssignmentRule::FilterField) : 0u;
    mask |= it->items != r.items ? unsigned(AssignmentRule::ItemsField) : 0u;
    *it = r;
    if (mask)
        emit listItemChanged(ListKind::Rules, r.id, mask);
    return {};
}

Status WorkspaceDocument::removeRule(Id id)
{
    const int row = indexOf(ListKind::Rules, id);
    if (row < 0)
        return notFound(Tr::tr("The assignment rule does not exist."));
    if (std::erase_if(m_data.ruleAssociations,
                      [id](const RuleAssociation &a) { return a.ruleId == id; }))
        emit linksChanged(LinkKind::RuleAssociations);
    emit listAboutToRemove(ListKind::Rules, row);
    m_data.rules.erase(m_data.rules.begin() + row);
    emit listRemoved(ListKind::Rules, row);
    return {};
}

// --- reps --------------------------------------------------------------------

Status WorkspaceDocument::checkRep(const Rep &r, bool isNew) const
{
    if (isNew && m_data.reps.size() >= MaxReps)
        return makeError(ErrorCode::Limit,
                         Tr::tr("A workspace holds at most %1 reps.").arg(MaxReps));
    if (Status s = fieldsOf(r); !s)
        return s;
    for (const Rep &other : m_data.reps) {
        if (other.id != r.id && other.userId == r.userId)
            return invalid(Tr::tr("There is already a rep with the user id \"%1\".").arg(r.userId));
    }
    return {};
}

Result<Id> WorkspaceDocument::addRep(Rep r)
{
    r.id = NoId;
    if (Status s = checkRep(r, true); !s)
        return s.error();
    r.id = allocateId();
    const int row = static_cast<int>(m_data.reps.size());
    emit listAboutToInsert(ListKind::Reps, row);
    m_data.reps.push_back(std::move(r));
    emit listInserted(ListKind::Reps, row);
    return m_data.reps.back().id;
}

Status WorkspaceDocument::updateRep(const Rep &r)
{
    auto it = findById(m_data.reps, r.id);
    if (it == m_data.reps.end())
        return notFound(Tr::tr("The rep does not exist."));
    if (Status s = checkRep(r, false); !s)
        return s;
    unsigned mask = 0;
    mask |= it->userId != r.userId ? unsigned(Rep::UserIdField) : 0u;
    mask |= it->name != r.name ? unsigned(Rep::NameField) : 0u;
    mask |= it->email != r.email ? unsigned(Rep::EmailField) : 0u;
    mask |= it->capacityHours != r.capacityHours ? unsigned(Rep::CapacityField) : 0u;
    mask |= !(it->homeLatitude == r.homeLatitude && it->homeLongitude == r.homeLongitude)
                ? unsigned(Rep::HomeField)
                : 0u;
    *it = r;
    if (mask)
        emit listItemChanged(ListKind::Reps, r.id, mask);
    return {};
}

Status WorkspaceDocument::removeRep(Id id)
{
    const int row = indexOf(ListKind::Reps, id);
    if (row < 0)
        return notFound(Tr::tr("The rep does not exist."));
    if (std::erase_if(m_data.repAssignments,
                      [id](const RepAssignment &a) { return a.repId == id; }))
        emit linksChanged(LinkKind::RepAssignments);
    for (Territory &t : m_data.territories) {
        if (t.forecastManagerId == id) {
            t.forecastManagerId = NoId;
            emit territoryChanged(t.id, Territory::ForecastManagerField);
        }
    }
    emit listAboutToRemove(ListKind::Reps, row);
    m_data.reps.erase(m_data.reps.begin() + row);
    emit listRemoved(ListKind::Reps, row);
    return {};
}

// --- links -------------------------------------------------------------------

Status WorkspaceDocument::addLink(const RuleAssociation &link)
{
    const AssignmentRule *r = rule(link.ruleId);
    const Territory *t = territory(link.territoryId);
    if (!r || !t)
        return notFound(Tr::tr("The rule or the territory does not exist."));
    if (r->modelId != t->modelId)
        return invalid(Tr::tr("A rule can only be linked to territories of its own model."));
    for (const RuleAssociation &a : m_data.ruleAssociations) {
        if (a.ruleId == link.ruleId && a.territoryId == link.territoryId)
            return invalid(Tr::tr("Rule \"%1\" is already linked to territory \"%2\".")
                               .arg(r->apiName, t->name));
    }
    m_data.ruleAssociations.push_back(link);
    emit linksChanged(LinkKind::RuleAssociations);
    return {};
}

Status WorkspaceDocument::removeLink(const RuleAssociation &link)
{
    if (!std::erase_if(m_data.ruleAssociations, [&](const RuleAssociation &a) {
            return a.ruleId == link.ruleId && a.territoryId == link.territoryId;
        }))
        return notFound(Tr::tr("The rule is not linked to that territory."));
    emit linksChanged(LinkKind::RuleAssociations);
    return {};
}

Status WorkspaceDocument::addLink(const RepAssignment &link)
{
    const Rep *r = rep(link.repId);
    const Territory *t = territory(link.territoryId);
    if (!r || !t)
        return notFound(Tr::tr("The rep or the territory does not exist."));
    if (Status s = checkText(link.role, Tr::tr("role in territory"), 255); !s)
        return s;
    for (const RepAssignment &a : m_data.repAssignments) {
        if (a.repId == link.repId && a.territoryId == link.territoryId)
            return invalid(Tr::tr("%1 is already on territory \"%2\".").arg(r->name, t->name));
    }
    m_data.repAssignments.push_back(link);
    emit linksChanged(LinkKind::RepAssignments);
    return {};
}

Status WorkspaceDocument::removeLink(const RepAssignment &link)
{
    if (!std::erase_if(m_data.repAssignments, [&](const RepAssignment &a) {
            return a.repId == link.repId && a.territoryId == link.territoryId;
        }))
        return notFound(Tr::tr("The rep is not on that territory."));
    emit linksChanged(LinkKind::RepAssignments);
    return {};
}

namespace {
Status addAccountLink(const WorkspaceDocument &doc, std::vector<AccountTerritoryLink> &links,
                      const AccountTerritoryLink &link)
{
    if (link.accountId.isEmpty() || link.accountId.size() > 255)
        return invalid(Tr::tr("An account id must have 1 to 255 characters."));
    if (!doc.territory(link.territoryId))
        return notFound(Tr::tr("The territory does not exist."));
    if (std::find(links.begin(), links.end(), link) != links.end())
        return invalid(
            Tr::tr("Account %1 is already linked to that territory.").arg(link.accountId));
    if (links.size() >= WorkspaceDocument::MaxLinks)
        return makeError(ErrorCode::Limit, Tr::tr("Too many account links."));
    links.push_back(link);
    return {};
}
} // namespace

Status WorkspaceDocument::addManualAssignment(const AccountTerritoryLink &link)
{
    if (Status s = addAccountLink(*this, m_data.manualAssignments, link); !s)
        return s;
    emit linksChanged(LinkKind::ManualAssignments);
    return {};
}

Status WorkspaceDocument::removeManualAssignment(const AccountTerritoryLink &link)
{
    if (!std::erase(m_data.manualAssignments, link))
        return notFound(
            Tr::tr("Account %1 is not assigned to that territory by hand.").arg(link.accountId));
    emit linksChanged(LinkKind::ManualAssignments);
    return {};
}

Status WorkspaceDocument::addExclusion(const AccountTerritoryLink &link)
{
    if (Status s = addAccountLink(*this, m_data.exclusions, link); !s)
        return s;
    emit linksChanged(LinkKind::Exclusions);
    return {};
}

Status WorkspaceDocument::removeExclusion(const AccountTerritoryLink &link)
{
    if (!std::erase(m_data.exclusions, link))
        return notFound(
            Tr::tr("Account %1 is not excluded from that territory.").arg(link.accountId));
    emit linksChanged(LinkKind::Exclusions);
    return {};
}

void WorkspaceDocument::setAccounts(AccountStore accounts)
{
    emit accountsAboutToBeReset();
    m_data.accounts = std::move(accounts);
    emit accountsReset();
}

AccountStore WorkspaceDocument::exchangeAccounts(AccountStore accounts)
{
    emit accountsAboutToBeReset();
    std::swap(m_data.accounts, accounts);
    emit accountsReset();
    return accounts;
}

// --- cloning -----------------------------------------------------------------

Result<Id> WorkspaceDocument::cloneModel(Id modelId, const QString &name, const QString &apiName)
{
    const TerritoryModel *source = model(modelId);
    if (!source)
        return notFound(Tr::tr("The territory model does not exist."));
    TerritoryModel copy = *source;
    copy.name = name;
    copy.apiName = apiName;
    copy.state = ModelState::Planning;
    Result<Id> newModel = addModel(copy);
    if (!newModel)
        return newModel;
    const Id target = *newModel;

    std::unordered_map<Id, Id> map;
    // Parents before children: breadth-first from the roots.
    std::vector<Id> order(children(modelId, NoId));
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto &kids = children(modelId, order[i]);
        order.insert(order.end(), kids.begin(), kids.end());
    }
    for (Id oldId : order) {
        Territory t = *territory(oldId);
        t.modelId = target;
        t.parentId = t.parentId == NoId ? NoId : map.at(t.parentId);
        Result<Id> added = addTerritory(t);
        if (!added)
            return added;
        map.emplace(oldId, *added);
    }
    std::unordered_map<Id, Id> ruleMap;
    std::vector<AssignmentRule> sourceRules;
    for (const AssignmentRule &r : m_data.rules) {
        if (r.modelId == modelId)
            sourceRules.push_back(r);
    }
    for (AssignmentRule r : sourceRules) {
        const Id oldId = r.id;
        r.modelId = target;
        Result<Id> added = addRule(r);
        if (!added)
            return added;
        ruleMap.emplace(oldId, *added);
    }
    const auto mapped = [&](Id territoryId) {
        return map.count(territoryId) > 0;
    };
    for (const RuleAssociation &a : std::vector<RuleAssociation>(m_data.ruleAssociations)) {
        if (mapped(a.territoryId))
            m_data.ruleAssociations.push_back(
                {ruleMap.at(a.ruleId), map.at(a.territoryId), a.applyToChildren});
    }
    for (const RepAssignment &a : std::vector<RepAssignment>(m_data.repAssignments)) {
        if (mapped(a.territoryId))
            m_data.repAssignments.push_back({a.repId, map.at(a.territoryId), a.role});
    }
    for (auto *links : {&m_data.manualAssignments, &m_data.exclusions}) {
        for (const AccountTerritoryLink &l : std::vector<AccountTerritoryLink>(*links)) {
            if (mapped(l.territoryId))
                links->push_back({l.accountId, map.at(l.territoryId)});
        }
    }
    for (LinkKind k : {LinkKind::RuleAssociations, LinkKind::RepAssignments,
                       LinkKind::ManualAssignments, LinkKind::Exclusions})
        emit linksChanged(k);
    std::vector<UnitOwner> units;
    for (const TerritoryUnit &u : m_data.territoryUnits) {
        if (mapped(u.territoryId))
            units.push_back({u.unit, map.at(u.territoryId)});
    }
    if (!units.empty()) {
        if (Result<std::vector<UnitOwner>> r = setUnitOwners(target, units); !r)
            return r.error();
    }
    std::vector<DrawnShape> shapes;
    for (const DrawnShape &shape : m_data.drawnShapes) {
        if (mapped(shape.territoryId))
            shapes.push_back(shape);
    }
    for (DrawnShape &shape : shapes) {
        shape.territoryId = map.at(shape.territoryId);
        if (Result<Id> r = addDrawnShape(std::move(shape)); !r)
            return r;
    }
    return target;
}

// --- geography ---------------------------------------------------------------

const DrawnShape *WorkspaceDocument::drawnShape(Id id) const
{
    auto it = std::lower_bound(m_data.drawnShapes.begin(), m_data.drawnShapes.end(), id,
                               [](const DrawnShape &s, Id v) { return s.id < v; });
    return it != m_data.drawnShapes.end() && it->id == id ? &*it : nullptr;
}

Id WorkspaceDocument::unitOwner(Id modelId, const UnitRef &unit) const
{
    auto it = m_unitOwners.find(std::tuple(modelId, unit.kind, unit.id));
    return it == m_unitOwners.end() ? NoId : it->second;
}

std::vector<UnitRef> WorkspaceDocument::unitsOf(Id territoryId) const
{
    // Sorted by territory first, so a territory's units are one run.
    auto first =
        std::lower_bound(m_data.territoryUnits.begin(), m_data.territoryUnits.end(), territoryId,
                         [](const TerritoryUnit &u, Id v) { return u.territoryId < v; });
    std::vector<UnitRef> out;
    for (auto it = first; it != m_data.territoryUnits.end() && it->territoryId == territoryId; ++it)
        out.push_back(it->unit);
    return out;
}

std::vector<const DrawnShape *> WorkspaceDocument::shapesOf(Id territoryId) const
{
    std::vector<const DrawnShape *> out;
    for (const DrawnShape &s : m_data.drawnShapes) {
        if (s.territoryId == territoryId)
            out.push_back(&s);
    }
    return out;
}

bool WorkspaceDocument::hasGeography(Id modelId) const
{
    for (const auto &[k, owner] : m_unitOwners) {
        if (std::get<0>(k) == modelId)
            return true;
    }
    return std::any_of(m_data.drawnShapes.begin(), m_data.drawnShapes.end(),
                       [&](const DrawnShape &s) { return modelOf(s.territoryId) == modelId; });
}

Result<std::vector<UnitOwner>>
WorkspaceDocument::setUnitOwners(Id modelId, const std::vector<UnitOwner> &owners)
{
    if (!model(modelId))
        return notFound(Tr::tr("The territory model does not exist."));
    std::set<std::pair<UnitKind, std::string>> seen;
    std::size_t added = 0;
    for (const UnitOwner &o : owners) {
        if (o.territoryId != NoId) {
            const Territory *t = territory(o.territoryId);
            if (!t)
                return notFound(Tr::tr("The territory does not exist."));
            if (t->modelId != modelId)
                return invalid(
                    Tr::tr("Territory \"%1\" belongs to another territory model.").arg(t->name));
        }
        if (!unitExists(o.unit))
            return notFound(Tr::tr("There is no %1 \"%2\" in the bundled geography.")
                                .arg(QLatin1String(unitKindName(o.unit.kind)),
                                     QString::fromStdString(o.unit.id).left(64)));
        if (!seen.emplace(o.unit.kind, o.unit.id).second)
            return invalid(Tr::tr("The unit %1 is named twice.").arg(unitLabel(o.unit)));
        added += o.territoryId != NoId && unitOwner(modelId, o.unit) == NoId;
    }
    if (m_data.territoryUnits.size() + added > MaxTerritoryUnits)
        return makeError(
            ErrorCode::Limit,
            Tr::tr("A workspace holds at most %1 territory units.").arg(MaxTerritoryUnits));

    std::vector<UnitOwner> previous;
    previous.reserve(owners.size());
    std::set<Id> touched;
    std::set<std::pair<Id, std::pair<UnitKind, std::string>>> drop; // (old owner, unit)
    std::vector<TerritoryUnit> add;
    for (const UnitOwner &o : owners) {
        const Id old = unitOwner(modelId, o.unit);
        previous.push_back({o.unit, old});
        if (old == o.territoryId)
            continue;
        if (old != NoId) {
            drop.insert({old, {o.unit.kind, o.unit.id}});
            touched.insert(old);
        }
        if (o.territoryId != NoId) {
            add.push_back({o.territoryId, o.unit});
            touched.insert(o.territoryId);
        }
    }
    if (touched.empty())
        return previous;
    std::erase_if(m_data.territoryUnits, [&](const TerritoryUnit &u) {
        return drop.count({u.territoryId, {u.unit.kind, u.unit.id}}) > 0;
    });
    m_data.territoryUnits.insert(m_data.territoryUnits.end(), add.begin(), add.end());
    std::sort(m_data.territoryUnits.begin(), m_data.territoryUnits.end());
    for (const UnitOwner &o : owners) {
        const auto k = std::tuple(modelId, o.unit.kind, o.unit.id);
        if (o.territoryId == NoId)
            m_unitOwners.erase(k);
        else
            m_unitOwners[k] = o.territoryId;
    }
    emit territoryUnitsChanged(modelId, std::vector<Id>(touched.begin(), touched.end()));
    return previous;
}

std::size_t WorkspaceDocument::drawnVertices() const
{
    std::size_t n = 0;
    for (const DrawnShape &s : m_data.drawnShapes)
        n += vertexCount(s.shape);
    return n;
}

Status WorkspaceDocument::checkDrawnShape(DrawnShape &shape, bool isNew) const
{
    if (isNew && m_data.drawnShapes.size() >= MaxDrawnShapes)
        return makeError(ErrorCode::Limit,
                         Tr::tr("A workspace holds at most %1 drawn shapes.").arg(MaxDrawnShapes));
    if (!territory(shape.territoryId))
        return notFound(Tr::tr("The territory of the drawn shape does not exist."));
    if (Status s = checkShapeName(shape); !s)
        return s;
    if (Status s = repairShape(shape); !s)
        return s;
    const DrawnShape *old = isNew ? nullptr : drawnShape(shape.id);
    const std::size_t total =
        drawnVertices() - (old ? vertexCount(old->shape) : 0) + vertexCount(shape.shape);
    if (total > MaxDrawnVertices)
        return makeError(ErrorCode::Limit, Tr::tr("The drawn shapes have more than %1 vertices "
                                                  "together.")
                                               .arg(MaxDrawnVertices));
    return {};
}

Result<Id> WorkspaceDocument::addDrawnShape(DrawnShape shape)
{
    shape.id = NoId;
    if (Status s = checkDrawnShape(shape, true); !s)
        return s.error();
    shape.id = allocateId();
    m_data.drawnShapes.push_back(std::move(shape)); // the newest id sorts last
    const Id id = m_data.drawnShapes.back().id;
    emit drawnShapeAdded(id);
    return id;
}

Status WorkspaceDocument::updateDrawnShape(const DrawnShape &shape)
{
    const DrawnShape *old = drawnShape(shape.id);
    if (!old)
        return notFound(Tr::tr("The drawn shape does not exist."));
    DrawnShape next = shape;
    if (Status s = checkDrawnShape(next, false); !s)
        return s;
    if (modelOf(next.territoryId) != modelOf(old->territoryId))
        return invalid(Tr::tr("A drawn shape cannot move to another territory model."));
    unsigned mask = 0;
    mask |= old->name != next.name ? unsigned(DrawnShape::NameField) : 0u;
    mask |= !sameShape(old->shape, next.shape) ? unsigned(DrawnShape::ShapeField) : 0u;
    mask |= old->territoryId != next.territoryId ? unsigned(DrawnShape::TerritoryField) : 0u;
    m_data.drawnShapes[static_cast<std::size_t>(old - m_data.drawnShapes.data())] = std::move(next);
    if (mask)
        emit drawnShapeChanged(shape.id, mask);
    return {};
}

Status WorkspaceDocument::removeDrawnShape(Id id)
{
    const DrawnShape *shape = drawnShape(id);
    if (!shape)
        return notFound(Tr::tr("The drawn shape does not exist."));
    const Id territoryId = shape->territoryId;
    emit drawnShapeAboutToBeRemoved(id);
    m_data.drawnShapes.erase(m_data.drawnShapes.begin() + (shape - m_data.drawnShapes.data()));
    emit drawnShapeRemoved(id, territoryId);
    return {};
}

Status WorkspaceDocument::restoreDrawnShape(const DrawnShape &shape)
{
    if (Status s = checkRestoredId(shape.id); !s)
        return s;
    DrawnShape copy = shape;
    if (Status s = checkDrawnShape(copy, true); !s)
        return s;
    auto at = std::lower_bound(m_data.drawnShapes.begin(), m_data.drawnShapes.end(), copy.id,
                               [](const DrawnShape &s, Id v) { return s.id < v; });
    m_data.drawnShapes.insert(at, std::move(copy));
    emit drawnShapeAdded(shape.id);
    return {};
}

// --- restoring (undo) --------------------------------------------------------

bool WorkspaceDocument::idInUse(Id id) const
{
    return m_territoryIndex.count(id) || model(id) || type(id) || rule(id) || rep(id) ||
           drawnShape(id);
}

Status WorkspaceDocument::checkRestoredId(Id id) const
{
    if (id <= 0 || id >= m_data.nextId)
        return invalid(Tr::tr("The id %1 was not issued by this workspace.").arg(id));
    if (idInUse(id))
        return invalid(Tr::tr("The id %1 is already in use.").arg(id));
    return {};
}

Status WorkspaceDocument::restoreModel(const TerritoryModel &m, int row)
{
    if (Status s = checkRestoredId(m.id); !s)
        return s;
    if (Status s = checkModel(m, true); !s)
        return s;
    const int size = static_cast<int>(m_data.models.size());
    if (row < 0 || row > size)
        row = size;
    emit listAboutToInsert(ListKind::Models, row);
    m_data.models.insert(m_data.models.begin() + row, m);
    emit listInserted(ListKind::Models, row);
    return {};
}

Status WorkspaceDocument::restoreType(const TerritoryType &t, int row)
{
    if (Status s = checkRestoredId(t.id); !s)
        return s;
    if (Status s = checkType(t, true); !s)
        return s;
    const int size = static_cast<int>(m_data.types.size());
    if (row < 0 || row > size)
        row = size;
    emit listAboutToInsert(ListKind::Types, row);
    m_data.types.insert(m_data.types.begin() + row, t);
    emit listInserted(ListKind::Types, row);
    return {};
}

Status WorkspaceDocument::restoreRule(const AssignmentRule &r, int row)
{
    if (Status s = checkRestoredId(r.id); !s)
        return s;
    if (Status s = checkRule(r, true); !s)
        return s;
    const int size = static_cast<int>(m_data.rules.size());
    if (row < 0 || row > size)
        row = size;
    emit listAboutToInsert(ListKind::Rules, row);
    m_data.rules.insert(m_data.rules.begin() + row, r);
    emit listInserted(ListKind::Rules, row);
    return {};
}

Status WorkspaceDocument::restoreRep(const Rep &r, int row)
{
    if (Status s = checkRestoredId(r.id); !s)
        return s;
    if (Status s = checkRep(r, true); !s)
        return s;
    const int size = static_cast<int>(m_data.reps.size());
    if (row < 0 || row > size)
        row = size;
    emit listAboutToInsert(ListKind::Reps, row);
    m_data.reps.insert(m_data.reps.begin() + row, r);
    emit listInserted(ListKind::Reps, row);
    return {};
}

Status WorkspaceDocument::restoreTerritories(const std::vector<Territory> &subtree, int row,
                                             const TerritoryLinks &links)
{
    if (subtree.empty())
        return invalid(Tr::tr("There are no territories to restore."));
    if (m_data.territories.size() + subtree.size() > MaxTerritories)
        return makeError(ErrorCode::Limit,
                         Tr::tr("A workspace holds at most %1 territories.").arg(MaxTerritories));
    const Territory &root = subtree.front();
    if (!model(root.modelId))
        return notFound(
            Tr::tr("Territory \"%1\" names a model that does not exist.").arg(root.name));
    if (root.parentId != NoId) {
        const Territory *parent = territory(root.parentId);
        if (!parent)
            return notFound(
                Tr::tr("Territory \"%1\" names a parent that does not exist.").arg(root.name));
        if (parent->modelId != root.modelId)
            return invalid(
                Tr::tr("Territory \"%1\" cannot have a parent in another model.").arg(root.name));
    }
    QSet<QString> names;
    for (const Territory &other : m_data.territories) {
        if (other.modelId == root.modelId)
            names.insert(key(other.apiName));
    }
    std::unordered_set<Id> batch;
    for (const Territory &t : subtree) {
        if (Status s = checkRestoredId(t.id); !s)
            return s;
        if (batch.count(t.id))
            return invalid(Tr::tr("The id %1 is used twice.").arg(t.id));
        if (Status s = fieldsOf(t); !s)
            return s;
        if (t.modelId != root.modelId)
            return invalid(
                Tr::tr("Territory \"%1\" cannot have a parent in another model.").arg(t.name));
        if (&t != &root && !batch.count(t.parentId))
            return invalid(
                Tr::tr("Territory \"%1\" does not follow its parent in the subtree.").arg(t.name));
        if (t.typeId != NoId && !type(t.typeId))
            return notFound(
                Tr::tr("Territory \"%1\" names a type that does not exist.").arg(t.name));
        if (t.forecastManagerId != NoId && !rep(t.forecastManagerId))
            return notFound(Tr::tr("Territory \"%1\" names a forecast manager who does not exist.")
                                .arg(t.name));
        if (names.contains(key(t.apiName)))
            return invalid(
                Tr::tr("There is already a territory with the API name \"%1\" in this model.")
                    .arg(t.apiName));
        names.insert(key(t.apiName));
        batch.insert(t.id);
    }

    const QString outside = Tr::tr("A restored link names a territory outside the subtree.");
    std::set<std::pair<Id, Id>> pairs;
    for (const RuleAssociation &a : links.ruleAssociations) {
        const AssignmentRule *r = rule(a.ruleId);
        if (!batch.count(a.territoryId))
            return invalid(outside);
        if (!r)
            return notFound(Tr::tr("The rule or the territory does not exist."));
        if (r->modelId != root.modelId)
            return invalid(Tr::tr("A rule can only be linked to territories of its own model."));
        if (!pairs.insert({a.ruleId, a.territoryId}).second)
            return invalid(Tr::tr("A rule is linked twice to the same territory."));
    }
    pairs.clear();
    for (const RepAssignment &a : links.repAssignments) {
        if (!batch.count(a.territoryId))
            return invalid(outside);
        if (!rep(a.repId))
            return notFound(Tr::tr("The rep or the territory does not exist."));
        if (Status s = checkText(a.role, Tr::tr("role in territory"), 255); !s)
            return s;
        if (!pairs.insert({a.repId, a.territoryId}).second)
            return invalid(Tr::tr("A rep is put twice on the same territory."));
    }
    for (const auto *list : {&links.manualAssignments, &links.exclusions}) {
        QSet<QString> seen;
        for (const AccountTerritoryLink &l : *list) {
            if (!batch.count(l.territoryId))
                return invalid(outside);
            if (l.accountId.isEmpty() || l.accountId.size() > 255)
                return invalid(Tr::tr("An account id must have 1 to 255 characters."));
            const QString k = l.accountId + u'/' + QString::number(l.territoryId);
            if (seen.contains(k))
                return invalid(
                    Tr::tr("Account %1 is linked twice to the same territory.").arg(l.accountId));
            seen.insert(k);
        }
    }

    std::set<std::pair<UnitKind, std::string>> units;
    for (const TerritoryUnit &u : links.units) {
        if (!batch.count(u.territoryId))
            return invalid(outside);
        if (!unitExists(u.unit))
            return notFound(Tr::tr("There is no %1 \"%2\" in the bundled geography.")
                                .arg(QLatin1String(unitKindName(u.unit.kind)),
                                     QString::fromStdString(u.unit.id).left(64)));
        if (unitOwner(root.modelId, u.unit) != NoId ||
            !units.emplace(u.unit.kind, u.unit.id).second)
            return invalid(Tr::tr("The unit %1 already belongs to a territory of this model.")
                               .arg(unitLabel(u.unit)));
    }
    if (m_data.territoryUnits.size() + links.units.size() > MaxTerritoryUnits)
        return makeError(
            ErrorCode::Limit,
            Tr::tr("A workspace holds at most %1 territory units.").arg(MaxTerritoryUnits));
    std::vector<DrawnShape> shapes;
    for (const DrawnShape &shape : links.shapes) {
        if (!batch.count(shape.territoryId))
            return invalid(outside);
        if (Status s = checkRestoredId(shape.id); !s)
            return s;
        DrawnShape copy = shape;
        // The territory is not there yet: check the shape with a stand-in owner.
        if (Status s = checkShapeName(copy); !s)
            return s;
        if (Status s = repairShape(copy); !s)
            return s;
        shapes.push_back(std::move(copy));
    }

    for (const Territory &t : subtree) {
        std::vector<Id> &siblings = childList(t.modelId, t.parentId);
        int at = static_cast<int>(siblings.size());
        if (&t == &root && row >= 0 && row < at)
            at = row;
        emit territoryAboutToBeAdded(t.modelId, t.parentId, at);
        siblings.insert(siblings.begin() + at, t.id);
        m_territoryIndex.emplace(t.id, m_data.territories.size());
        m_data.territories.push_back(t);
        emit territoryAdded(t.id);
    }
    auto append = [this](auto &to, const auto &from, LinkKind kind) {
        if (from.empty())
            return;
        to.insert(to.end(), from.begin(), from.end());
        emit linksChanged(kind);
    };
    append(m_data.ruleAssociations, links.ruleAssociations, LinkKind::RuleAssociations);
    append(m_data.repAssignments, links.repAssignments, LinkKind::RepAssignments);
    append(m_data.manualAssignments, links.manualAssignments, LinkKind::ManualAssignments);
    append(m_data.exclusions, links.exclusions, LinkKind::Exclusions);
    if (!links.units.empty()) {
        m_data.territoryUnits.insert(m_data.territoryUnits.end(), links.units.begin(),
                                     links.units.end());
        std::sort(m_data.territoryUnits.begin(), m_data.territoryUnits.end());
        std::set<Id> gained;
        for (const TerritoryUnit &u : links.units) {
            m_unitOwners[std::tuple(root.modelId, u.unit.kind, u.unit.id)] = u.territoryId;
            gained.insert(u.territoryId);
        }
        emit territoryUnitsChanged(root.modelId, std::vector<Id>(gained.begin(), gained.end()));
    }
    for (DrawnShape &shape : shapes) {
        const Id id = shape.id;
        auto at = std::lower_bound(m_data.drawnShapes.begin(), m_data.drawnShapes.end(), id,
                                   [](const DrawnShape &s, Id v) { return s.id < v; });
        m_data.drawnShapes.insert(at, std::move(shape));
        emit drawnShapeAdded(id);
    }
    return {};
}

} // namespace Tessera
