// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/scopeoptimizer.h"

#include "core/balance/metricsmeasures.h"
#include "core/model/apiname.h"
#include "core/rules/assignmentengine.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScopeOptimizer)
};

// The longest territory name the document takes.
constexpr int MaxNameLength = 255;

// Territories of a model whose parent is `parentId`, in the document's order.
std::vector<Id> childrenOf(const WorkspaceData &data, Id modelId, Id parentId)
{
    std::vector<Id> out;
    for (const Territory &t : data.territories) {
        if (t.modelId == modelId && t.parentId == parentId)
            out.push_back(t.id);
    }
    return out;
}

// Each territory's share of the capacity of the reps on it and below it
// (a rep counted once per territory), for targets by capacity.
Result<std::vector<double>> capacityShares(const WorkspaceData &data, const ScopeOptions &options,
                                           const std::vector<Id> &territories)
{
    std::unordered_map<Id, double> capacityOf;
    for (const Rep &r : data.reps)
        capacityOf.emplace(r.id, std::max(0.0, r.capacityHours));
    std::unordered_map<Id, std::vector<Id>> repsOn;
    for (const RepAssignment &a : data.repAssignments)
        repsOn[a.territoryId].push_back(a.repId);
    std::vector<double> shares;
    double total = 0;
    for (Id top : territories) {
        std::unordered_set<Id> reps;
        std::vector<Id> stack{top};
        while (!stack.empty()) {
            const Id t = stack.back();
            stack.pop_back();
            for (Id r : repsOn[t])
                reps.insert(r);
            for (Id child : childrenOf(data, options.modelId, t))
                stack.push_back(child);
        }
        double capacity = 0;
        for (Id r : reps) {
            auto it = capacityOf.find(r);
            capacity += it == capacityOf.end() ? 0.0 : it->second;
        }
        if (!(capacity > 0)) {
            QString name;
            for (const Territory &t : data.territories) {
                if (t.id == top)
                    name = t.name.isEmpty() ? t.apiName : t.name;
            }
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("\"%1\" has no rep capacity, so its target by capacity is zero: "
                       "give it a rep with capacity, or balance to equal shares.")
                    .arg(name));
        }
        shares.push_back(capacity);
        total += capacity;
    }
    for (double &s : shares)
        s /= total;
    return shares;
}

// Each metric's shares from the territories' own targets (an equal share of
// the total where a territory sets none), scaled to sum to one.
Status ownTargetShares(const WorkspaceData &data, const std::vector<Id> &territories,
                       BalanceProblem &p)
{
    std::vector<const Territory *> scope;
    for (Id id : territories) {
        for (const Territory &t : data.territories) {
            if (t.id == id)
                scope.push_back(&t);
        }
    }
    const std::size_t K = scope.size();
    p.metricShare.assign(p.metrics.size(), {});
    for (std::size_t m = 0; m < p.metrics.size() && m < 3; ++m) {
        const std::vector<double> &v = p.metrics[m].values;
        const double total = std::accumulate(v.begin(), v.end(), 0.0);
        std::vector<double> row;
        double sum = 0;
        for (const Territory *t : scope) {
            const double own = m == 0   ? t->targets.workload
                               : m == 1 ? t->targets.potential
                                        : t->targets.accounts;
            const double target = std::isnan(own) ? total / double(K) : own;
            if (!(target > 0)) {
                if (p.metrics[m].tolerance < 0)
                    break; // only reported: equal shares will do
                return makeError(
                    ErrorCode::Invalid,
                    Tr::tr("\"%1\" has a %2 target of zero: it cannot be balanced to "
                           "it.")
                        .arg(t->name.isEmpty() ? t->apiName : t->name, p.metrics[m].name));
            }
            row.push_back(target);
            sum += target;
        }
        if (row.size() != K)
            continue;
        for (double &x : row)
            x /= sum;
        p.metricShare[m] = std::move(row);
    }
    return {};
}

} // namespace

std::vector<Id> territoriesAtLevel(const WorkspaceData &data, Id modelId, int level)
{
    std::unordered_map<Id, Id> parentOf;
    for (const Territory &t : data.territories) {
        if (t.modelId == modelId)
            parentOf.emplace(t.id, t.parentId);
    }
    std::vector<Id> out;
    for (const Territory &t : data.territories) {
        if (t.modelId != modelId)
            continue;
        int depth = 0;
        for (Id up = t.parentId; up != NoId && depth <= level; ++depth) {
            auto it = parentOf.find(up);
            up = it == parentOf.end() ? NoId : it->second;
        }
        if (depth == level)
            out.push_back(t.id);
    }
    return out;
}

Result<ScopeProblem> buildScopeProblem(const WorkspaceData &data, const ScopeOptions &options,
                                       const Progress &progress)
{
    const bool designing = options.designTerritories > 0;
    const bool byLevel = options.level >= 0;
    if (byLevel && designing)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("A design starts from one territory, not from a whole level."));
    const Territory *parent = nullptr;
    for (const Territory &t : data.territories) {
        if (t.id == options.parentId && t.modelId == options.modelId)
            parent = &t;
    }
    if (!parent && !byLevel)
        return makeError(ErrorCode::NotFound, Tr::tr("The territory to optimise does not exist."));
    const QString scopeName = byLevel ? Tr::tr("level %1").arg(options.level + 1) : parent->apiName;
    ScopeProblem scope;
    std::unordered_set<Id> lockedChildren;
    if (!designing) {
        for (Id child : byLevel ? territoriesAtLevel(data, options.modelId, options.level)
                                : childrenOf(data, options.modelId, options.parentId)) {
            if (std::find(options.lockedTerritories.begin(), options.lockedTerritories.end(),
                          child) != options.lockedTerritories.end())
                lockedChildren.insert(child);
            else
                scope.territories.push_back(child);
        }
    }
    if (!designing && scope.territories.size() + lockedChildren.size() < 2)
        return makeError(
            ErrorCode::Invalid,
            byLevel ? Tr::tr("The level needs at least two territories to balance.")
                    : Tr::tr("The territory needs at least two child territories to balance."),
            scopeName);
    if (!designing && scope.territories.size() < 2)
        return makeError(ErrorCode::Invalid,
                         byLevel
                             ? Tr::tr("At least two territories of the level must stay unlocked "
                                      "to balance.")
                             : Tr::tr("At least two child territories must stay unlocked to "
                                      "balance."),
                         scopeName);

    AssignmentEngine engine(data, options.modelId);
    if (Status s = engine.run(progress); !s)
        return s.error();
    // The top territory of the scope above every territory of the model.
    std::unordered_map<Id, Id> parentOf;
    for (const Territory &t : data.territories)
        parentOf.emplace(t.id, t.parentId);
    std::unordered_map<Id, int> district;
    for (std::size_t k = 0; k < scope.territories.size(); ++k)
        district.emplace(scope.territories[k], int(k));
    const std::size_t rows = data.accounts.rowCount();
    std::vector<int> where(rows, -2); // -2: outside the scope
    for (Id t : engine.territories()) {
        // Walk up to a child of the parent (rebalancing) or to the parent (designing).
        Id up = t;
        int k = -2;
        while (up != NoId) {
            if (designing && up == options.parentId) {
                k = -1;
                break;
            }
            if (!designing) {
                auto it = district.find(up);
                if (it != district.end()) {
                    k = it->second;
                    break;
                }
                if (lockedChildren.count(up))
                    break; // a locked territory keeps its accounts: outside the scope
            }
            auto p = parentOf.find(up);
            up = p == parentOf.end() ? NoId : p->second;
        }
        if (k == -2)
            continue;
        engine.accountsOf(t).forEach([&](std::uint32_t row) {
            if (where[row] == -2 || (where[row] == -1 && k >= 0))
                where[row] = k;
        });
    }
    for (std::uint32_t r = 0; r < rows; ++r) {
        if (where[r] != -2) {
            scope.scopeRows.push_back(r);
            scope.accountDistrict.push_back(where[r]);
        }
    }
    if (scope.scopeRows.empty())
        return makeError(ErrorCode::Invalid,
                         Tr::tr("No account is in the territories to optimise."), scopeName);
    AccountPieceOptions pieceOptions;
    pieceOptions.kind = options.pieces;
    if (options.modelMeasures) {
        const TerritoryModel *model = nullptr;
        for (const TerritoryModel &m : data.models) {
            if (m.id == options.modelId)
                model = &m;
        }
        const BalanceSettings settings = model ? model->balance : BalanceSettings{};
        Result<MeasureColumn> workload =
            evaluateMeasure(settings.workload, data.accounts, defaultWorkloadField());
        if (!workload)
            return workload.error();
        Result<MeasureColumn> potential =
            evaluateMeasure(settings.potential, data.accounts, defaultPotentialField());
        if (!potential)
            return potential.error();
        // Without its field, workload falls back to one per account rather
        // than to nothing to balance; potential is 0 either way.
        if (workload->available)
            pieceOptions.workloadValues = std::move(workload->values);
        if (potential->available)
            pieceOptions.potentialValues = std::move(potential->values);
    }
    Result<AccountPieces> pieces = accountPieces(data.accounts, scope.scopeRows, pieceOptions);
    if (!pieces)
        return pieces.error();
    scope.pieces = std::move(*pieces);
    BalanceProblem &p = scope.pieces.problem;
    p.districts = designing ? options.designTerritories : int(scope.territories.size());
    p.metrics[0].tolerance = options.workloadTolerance;
    p.metrics[1].tolerance = options.potentialTolerance;
    p.metrics[2].tolerance = options.accountsTolerance;
    p.contiguous = options.contiguous;
    p.maxMovedShare = options.maxMovedShare;
    p.metrics[1].maxMovedShare = options.maxMovedPotentialShare;
    p.metrics[2].maxMovedShare = options.maxMovedAccountsShare;
    p.timeBudgetSeconds = options.timeBudgetSeconds;
    p.seed = options.seed;
    if (!designing && options.targets == TargetMode::Capacity) {
        Result<std::vector<double>> shares = capacityShares(data, options, scope.territories);
        if (!shares)
            return shares.error();
        p.targetShare = std::move(*shares);
    } else if (!designing && options.targets == TargetMode::TerritoryTargets) {
        if (Status s = ownTargetShares(data, scope.territories, p); !s)
            return s.error();
    }
    if (!designing) {
        // A piece's current district: where most of its accounts are.
        std::unordered_map<std::uint32_t, int> rowDistrict;
        for (std::size_t j = 0; j < scope.scopeRows.size(); ++j)
            rowDistrict.emplace(scope.scopeRows[j], scope.accountDistrict[j]);
        // Locks: accounts placed by hand in one of the children stay there.
        std::unordered_map<QString, Id> manual;
        for (const AccountTerritoryLink &l : data.manualAssignments) {
            if (district.count(l.territoryId))
                manual.emplace(l.accountId, l.territoryId);
        }
        const std::size_t n = p.x.size();
        p.current.assign(n, -1);
        p.locked.assign(n, -1);
        for (std::size_t i = 0; i < n; ++i) {
            std::map<int, int> votes;
            for (std::uint32_t e = scope.pieces.rowStart[i]; e < scope.pieces.rowStart[i + 1];
                 ++e) {
                const std::uint32_t row = scope.pieces.rows[e];
                ++votes[rowDistrict[row]];
                auto m = manual.find(data.accounts.accountId(row));
                if (m != manual.end())
                    p.locked[i] = district.at(m->second);
            }
            int best = -1, bestVotes = 0;
            for (const auto &[k, v] : votes) {
                if (k >= 0 && v > bestVotes) {
                    best = k;
                    bestVotes = v;
                }
            }
            p.current[i] = best;
            // Accounts of the piece in another territory (or in none) move
            // wherever the piece goes: the caps count them in advance.
            if (best < 0)
                continue;
            for (std::uint32_t e = scope.pieces.rowStart[i]; e < scope.pieces.rowStart[i + 1];
                 ++e) {
                const std::uint32_t row = scope.pieces.rows[e];
                if (rowDistrict[row] == best)
                    continue;
                p.metrics[0].movedBaseline += scope.pieces.workloadOf(data.accounts, row);
                p.metrics[1].movedBaseline += scope.pieces.potentialOf(data.accounts, row);
                p.metrics[2].movedBaseline += 1;
            }
        }
    }
    return scope;
}

Result<Scenario> applyScenario(WorkspaceDocument &doc, const ScopeProblem &scope,
                               const ScopeOptions &options, const BalanceResult &result,
                               const QString &name)
{
    const BalanceProblem &p = scope.pieces.problem;
    if (result.assignment.size() != p.x.size())
        return makeError(ErrorCode::Invalid, Tr::tr("The result does not belong to this problem."));
    const bool designing = options.designTerritories > 0;
    const Territory *parent = doc.territory(options.parentId);
    if (!parent && (designing || options.level < 0))
        return makeError(ErrorCode::NotFound, Tr::tr("The territory to optimise does not exist."));
    const QString parentApi = parent ? parent->apiName : QString();
    QString apiName = ApiName::fromLabel(name);
    for (int suffix = 2; std::any_of(doc.models().begin(), doc.models().end(),
                                     [&](const TerritoryModel &m) { return m.apiName == apiName; });
         ++suffix)
        apiName = ApiName::fromLabel(name + QStringLiteral(" %1").arg(suffix));
    Result<Id> cloned = doc.cloneModel(options.modelId, name, apiName);
    if (!cloned)
        return cloned.error();
    Scenario scenario;
    scenario.modelId = *cloned;
    auto inNewModel = [&](const QString &api) {
        for (const Territory &t : doc.territories()) {
            if (t.modelId == scenario.modelId && t.apiName == api)
                return t.id;
        }
        return NoId;
    };
    const Id newParent = inNewModel(parentApi);
    if (options.designTerritories > 0) {
        Result<Scenario> design = applyDesign(doc, newParent, scope, options, result);
        if (!design)
            return design.error();
        design->modelId = scenario.modelId;
        return design;
    }
    for (Id old : scope.territories) {
        const Territory *t = doc.territory(old);
        scenario.territories.push_back(t ? inNewModel(t->apiName) : NoId);
    }
    Result<MovePlan> plan = planMoves(doc.data(), scope, options, result, scenario.territories);
    if (!plan)
        return plan.error();
    if (Status s = applyLinkChanges(doc, plan->changes); !s)
        return s.error();
    scenario.moves = std::move(plan->moves);
    return scenario;
}

Result<Scenario> applyDesign(WorkspaceDocument &doc, Id parentId, const ScopeProblem &scope,
                             const ScopeOptions &options, const BalanceResult &result)
{
    const BalanceProblem &p = scope.pieces.problem;
    if (options.designTerritories <= 0 || p.districts != options.designTerritories ||
        result.assignment.size() != p.x.size())
        return makeError(ErrorCode::Invalid, Tr::tr("The result does not belong to this problem."));
    const Territory *found = doc.territory(parentId);
    if (!found)
        return makeError(ErrorCode::NotFound, Tr::tr("The territory to optimise does not exist."));
    const Territory parent = *found;
    Scenario design;
    design.modelId = parent.modelId;
    // The parent's children make way for the designed territories.
    for (Id child : std::vector<Id>(doc.children(parent.modelId, parentId))) {
        if (Status s = doc.removeTerritory(child); !s)
            return s.error();
    }
    // API names are unique in a model: another territory may already be
    // called "<parent>_1", or a long name may lose its number when cut to
    // the maximum length; a further "_2", "_3"… tells them apart.
    QSet<QString> taken;
    for (const Territory &t : doc.territories()) {
        if (t.modelId == parent.modelId)
            taken.insert(t.apiName.toCaseFolded());
    }
    for (int k = 0; k < options.designTerritories; ++k) {
        const QString number = QStringLiteral(" %1").arg(k + 1);
        Territory t = parent;
        t.id = NoId;
        t.parentId = parentId;
        t.name = parent.name.left(MaxNameLength - number.size()) + number;
        const QString base = ApiName::fromLabel(parent.apiName + number);
        t.apiName = base;
        for (int n = 2; taken.contains(t.apiName.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            t.apiName = ApiName::fromLabel(base.left(ApiName::MaxLength - suffix.size())) + suffix;
        }
        taken.insert(t.apiName.toCaseFolded());
        t.forecastManagerId = NoId;
        t.colour = 0;
        Result<Id> added = doc.addTerritory(t);
        if (!added)
            return added.error();
        design.territories.push_back(*added);
    }
    Result<MovePlan> plan = planMoves(doc.data(), scope, options, result, design.territories);
    if (!plan)
        return plan.error();
    if (Status s = applyLinkChanges(doc, plan->changes); !s)
        return s.error();
    design.moves = std::move(plan->moves);
    return design;
}

Result<MovePlan> planMoves(const WorkspaceData &data, const ScopeProblem &scope,
                           const ScopeOptions &options, const BalanceResult &result,
                           std::span<const Id> territories)
{
    const BalanceProblem &p = scope.pieces.problem;
    if (result.assignment.size() != p.x.size() || territories.size() != std::size_t(p.districts))
        return makeError(ErrorCode::Invalid, Tr::tr("The result does not belong to this problem."));
    const bool designing = options.designTerritories > 0;
    if (!designing && territories.size() != scope.territories.size())
        return makeError(ErrorCode::Invalid, Tr::tr("The result does not belong to this problem."));
    auto key = [](const QString &account, Id territory) {
        return account + QLatin1Char('\n') + QString::number(territory);
    };
    std::unordered_set<QString> manual, excluded;
    for (const AccountTerritoryLink &l : data.manualAssignments)
        manual.insert(key(l.accountId, l.territoryId));
    for (const AccountTerritoryLink &l : data.exclusions)
        excluded.insert(key(l.accountId, l.territoryId));
    std::unordered_map<std::uint32_t, int> rowDistrict;
    for (std::size_t j = 0; j < scope.scopeRows.size(); ++j)
        rowDistrict.emplace(scope.scopeRows[j], scope.accountDistrict[j]);
    const AccountStore &store = data.accounts;
    MovePlan plan;
    for (std::size_t i = 0; i < p.x.size(); ++i) {
        const int to = result.assignment[i];
        if (to < 0 || to >= p.districts)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("The result does not belong to this problem."));
        for (std::uint32_t e = scope.pieces.rowStart[i]; e < scope.pieces.rowStart[i + 1]; ++e) {
            const std::uint32_t row = scope.pieces.rows[e];
            const int from = designing ? -1 : rowDistrict[row];
            if (from == to)
                continue;
            if (row >= store.rowCount())
                return makeError(ErrorCode::Invalid,
                                 Tr::tr("The accounts changed since the optimisation ran."));
            const QString account = store.accountId(row);
            const Id toId = territories[std::size_t(to)];
            const Id fromId = from >= 0 ? territories[std::size_t(from)] : NoId;
            if (fromId != NoId) {
                const bool byHand = manual.count(key(account, fromId)) > 0;
                plan.changes.push_back(
                    {byHand ? LinkChange::RemoveManual : LinkChange::AddExclusion,
                     {account, fromId}});
            }
            if (excluded.count(key(account, toId)))
                plan.changes.push_back({LinkChange::RemoveExclusion, {account, toId}});
            if (!manual.count(key(account, toId)))
                plan.changes.push_back({LinkChange::AddManual, {account, toId}});
            plan.moves.push_back({account, fromId, toId, row, scope.pieces.workloadOf(store, row),
                                  scope.pieces.potentialOf(store, row)});
        }
    }
    return plan;
}

namespace {

Status change(WorkspaceDocument &doc, const LinkChange &c, bool forward)
{
    switch (c.kind) {
    case LinkChange::AddManual:
        return forward ? doc.addManualAssignment(c.link) : doc.removeManualAssignment(c.link);
    case LinkChange::RemoveManual:
        return forward ? doc.removeManualAssignment(c.link) : doc.addManualAssignment(c.link);
    case LinkChange::AddExclusion:
        return forward ? doc.addExclusion(c.link) : doc.removeExclusion(c.link);
    case LinkChange::RemoveExclusion:
        return forward ? doc.removeExclusion(c.link) : doc.addExclusion(c.link);
    }
    return {};
}

} // namespace

Status applyLinkChanges(WorkspaceDocument &doc, std::span<const LinkChange> changes)
{
    for (std::size_t i = 0; i < changes.size(); ++i) {
        if (Status s = change(doc, changes[i], true); !s) {
            (void)revertLinkChanges(doc, changes.first(i));
            return s;
        }
    }
    return {};
}

Status revertLinkChanges(WorkspaceDocument &doc, std::span<const LinkChange> changes)
{
    Status first;
    for (std::size_t i = changes.size(); i-- > 0;) {
        if (Status s = change(doc, changes[i], false); !s && first)
            first = s;
    }
    return first;
}

} // namespace Tessera
