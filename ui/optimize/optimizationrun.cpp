// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/optimize/optimizationrun.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>
#include <unordered_map>

namespace Tessera {

namespace {

// Share of the progress bar for building the scope (it runs the assignment).
constexpr double ScopeShare = 0.15;

} // namespace

Result<OptimizationOutcome> computeOptimization(const WorkspaceData &data,
                                                const ScopeOptions &options,
                                                const Progress &progress)
{
    OptimizationOutcome out;
    out.options = options;
    const auto cancelled = [] {
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate("Tessera::OptimizationRun", "Cancelled."));
    };
    progress.update(0);
    Progress scopeProgress{[&](double f) { progress.update(ScopeShare * f); }, progress.cancel};
    Result<ScopeProblem> scope = buildScopeProblem(data, options, scopeProgress);
    if (!scope)
        return scope.error();
    if (progress.cancelled())
        return cancelled();
    out.scope = std::move(*scope);
    const BalanceProblem &problem = out.scope.pieces.problem;
    if (options.contiguous && problem.adjacencyStart.empty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Tessera::OptimizationRun",
                                                     "The pieces have no adjacency, so "
                                                     "contiguity cannot be asked for."));
    if (!problem.current.empty()) {
        // Pieces in none of the territories count against the first, as in the CLI.
        std::vector<int> start = problem.current;
        for (int &k : start)
            k = std::max(k, 0);
        out.before = evaluateBalance(problem, start);
        out.hasBefore = true;
    }
    Progress solveProgress{[&](double f) { progress.update(ScopeShare + (1 - ScopeShare) * f); },
                           progress.cancel};
    Result<BalanceResult> result = optimizeBalance(problem, solveProgress);
    if (!result)
        return result.error();
    // A cancel that came as the optimizer finished still counts.
    if (progress.cancelled())
        return cancelled();
    out.after = std::move(*result);

    std::unordered_map<Id, const Territory *> byId;
    for (const Territory &t : data.territories)
        byId.emplace(t.id, &t);
    if (options.designTerritories > 0) {
        const Territory *parent = byId.count(options.parentId) ? byId[options.parentId] : nullptr;
        for (int k = 0; k < options.designTerritories; ++k)
            out.districtNames.push_back(
                QStringLiteral("%1 %2").arg(parent ? parent->name : QString()).arg(k + 1));
    } else {
        for (Id id : out.scope.territories)
            out.districtNames.push_back(byId.count(id) ? byId[id]->name : QString());
        for (Id id : options.lockedTerritories) {
            if (byId.count(id) && byId[id]->parentId == options.parentId)
                out.lockedNames.push_back(byId[id]->name);
        }
        Result<MovePlan> plan =
            planMoves(data, out.scope, options, out.after, out.scope.territories);
        if (!plan)
            return plan.error();
        out.plan = std::move(*plan);
    }
    progress.update(1.0);
    return out;
}

OptimizationRun::OptimizationRun(QObject *parent)
    : QObject(parent)
{}

OptimizationRun::~OptimizationRun()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
}

bool OptimizationRun::start(WorkspaceData data, const ScopeOptions &options)
{
    if (m_running)
        return false;
    if (m_worker.joinable())
        m_worker.join();
    m_running = true;
    m_cancel = false;
    m_lastPermille = -1;
    m_result.reset();
    m_worker = std::thread([this, data = std::move(data), options, hook = m_hook] {
        Progress progress;
        progress.cancel = &m_cancel;
        progress.report = [this, &hook](double fraction) {
            if (hook)
                hook(fraction);
            const int permille = int(fraction * 1000);
            if (m_lastPermille.exchange(permille) == permille)
                return;
            QMetaObject::invokeMethod(
                this, [this, fraction] { emit progressChanged(fraction); }, Qt::QueuedConnection);
        };
        auto result = std::make_shared<Result<OptimizationOutcome>>(
            computeOptimization(data, options, progress));
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result); }, Qt::QueuedConnection);
    });
    return true;
}

void OptimizationRun::cancel()
{
    m_cancel = true;
}

void OptimizationRun::deliver(std::shared_ptr<Result<OptimizationOutcome>> result)
{
    if (!m_running)
        return;
    if (m_worker.joinable())
        m_worker.join();
    m_running = false;
    m_result = std::move(result);
    emit finished();
}

void OptimizationRun::wait()
{
    if (!m_running)
        return;
    if (m_worker.joinable())
        m_worker.join();
    // The worker's last act was to post the result: deliver it now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace Tessera
