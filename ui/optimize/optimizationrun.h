// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/scopeoptimizer.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace Tessera {

// What one run of the optimizer found for a scope, with what adopting it
// takes. Row numbers and ids refer to the data the run was given.
struct OptimizationOutcome
{
    ScopeOptions options;
    ScopeProblem scope;
    bool hasBefore = false; // rebalancing: the certificate of the current alignment
    BalanceResult before;
    BalanceResult after;
    // The link changes that put the result into the original model (empty
    // when designing: a design can only become a scenario).
    MovePlan plan;
    std::vector<QString> districtNames; // territory of each district, or "New 1"...
    std::vector<QString> lockedNames;   // territories left out by a lock
};

// The whole computation, blocking: builds the scope, certifies the current
// alignment, optimises and plans the moves. Progress goes from 0 to 1; a
// cancel returns ErrorCode::Cancelled.
Result<OptimizationOutcome> computeOptimization(const WorkspaceData &data,
                                                const ScopeOptions &options,
                                                const Progress &progress = {});

// Runs computeOptimization on a worker thread over its own copy of the data,
// reporting progress and the end on this object's thread. Destroying the
// object cancels the run and waits for it.
class OptimizationRun : public QObject
{
    Q_OBJECT

public:
    explicit OptimizationRun(QObject *parent = nullptr);
    ~OptimizationRun() override;

    // False while a run is going.
    bool start(WorkspaceData data, const ScopeOptions &options);
    bool isRunning() const { return m_running; }
    // Asks the run to stop; finished() follows with ErrorCode::Cancelled.
    void cancel();
    bool isCancelRequested() const { return m_cancel.load(); }
    // Blocks until the running computation ends and finished() was emitted.
    void wait();
    // The last run's result; valid after finished().
    const Result<OptimizationOutcome> &result() const { return *m_result; }
    Result<OptimizationOutcome> &result() { return *m_result; }
    bool hasResult() const { return m_result != nullptr; }
    // Called on the worker thread with every progress report, before it is
    // passed on: tests hold or cancel a run at a known point with it.
    void setWorkerHook(std::function<void(double fraction)> hook) { m_hook = std::move(hook); }

signals:
    void progressChanged(double fraction);
    void finished();

private:
    void deliver(std::shared_ptr<Result<OptimizationOutcome>> result);

    std::function<void(double)> m_hook;
    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    std::atomic<int> m_lastPermille{-1};
    bool m_running = false;
    std::shared_ptr<Result<OptimizationOutcome>> m_result;
};

} // namespace Tessera
