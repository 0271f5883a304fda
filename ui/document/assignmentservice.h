// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"

#include <QObject>

#include <array>
#include <atomic>
#include <memory>
#include <set>
#include <thread>

namespace Tessera {

class AccountPlaces;
class AssignmentEngine;
struct AccountLocations;

// Keeps the assignment of one territory model current while the document
// changes, for the views that show results (rule editor, accounts list,
// balance charts).
//
// Threading: the engine reads a WorkspaceData by reference and the document
// changes its own data in place on the GUI thread, so the engine never reads
// the document's data. It reads a copy that this service owns (data()):
// - the copy is taken with WorkspaceDocument::snapshot() for a full run
//   (opening, model switch, new accounts); on a large workspace the run goes
//   to a worker thread that owns that copy and its engine alone until it
//   hands both back through the GUI thread's event queue; meanwhile engine()
//   is null and edits are only recorded;
// - after an edit the copy's small parts (models, territories, rules, reps, links)
//   are brought up to date from the document on the GUI thread and the
//   engine updates incrementally there (milliseconds). Edits are coalesced:
//   a command that emits many signals costs one update, run from the event
//   loop or by flush().
// The account table is never edited in place (only replaced, which asks for
// a full run), so the copy's rows are the document's rows.
class AssignmentService : public QObject
{
    Q_OBJECT

public:
    explicit AssignmentService(WorkspaceDocument *document, QObject *parent = nullptr);
    ~AssignmentService() override; // cancels and waits for a running worker

    WorkspaceDocument *document() const { return m_document; }
    void setModelId(Id modelId);
    Id modelId() const { return m_modelId; }

    // The engine of the current model, or null while a full run is under way
    // or when there is no model. Valid until the next resultsChanged().
    const AssignmentEngine *engine() const { return m_running ? nullptr : m_engine.get(); }
    // The data the engine reads: the document's, as of the last update.
    const WorkspaceData &data() const { return *m_data; }
    bool isRunning() const { return m_running; }
    // Accounts per LocationPrecision (exact, zip, state, country, none) as of
    // the last full run; false before the first one.
    bool locationCounts(std::array<std::size_t, 5> *counts) const;
    // Where the document's accounts lie, found by the last full run (on the
    // worker thread for a large workspace), so that the map need not locate
    // them again on the GUI thread. Null while a full run is due or under
    // way, as the accounts may have changed, and when the bundled geography
    // cannot be read.
    std::shared_ptr<const AccountLocations> accountLocations() const;
    // Whether a full run is due or under way: accountLocations() will follow
    // with a resultsChanged().
    bool fullRunPending() const { return m_fullRunNeeded || m_running; }

    // Applies recorded edits now instead of from the event loop.
    void flush();
    // Blocks until a running full run is done and delivered, then flushes.
    void waitForRun();

    // Full runs over more accounts than this go to a worker thread.
    void setBackgroundThreshold(std::size_t rows) { m_backgroundThreshold = rows; }
    static constexpr std::size_t DefaultBackgroundThreshold = 100'000;

signals:
    void runStarted();
    void progressChanged(double fraction);
    // After a full run or an update: engine() and data() may be new.
    void resultsChanged();

private:
    void scheduleFlush();
    void requestFullRun();
    void startFullRun();
    void finishRun(std::shared_ptr<WorkspaceData> data, std::shared_ptr<AssignmentEngine> engine,
                   bool cancelled, std::shared_ptr<const AccountLocations> locations);
    void syncSmallParts();
    void joinWorker();
    void connectDocument();

    WorkspaceDocument *m_document;
    Id m_modelId = NoId;
    std::shared_ptr<WorkspaceData> m_data;
    std::shared_ptr<AssignmentEngine> m_engine;
    std::shared_ptr<const AccountPlaces> m_places; // kept across full runs of one account table
    std::shared_ptr<const AccountLocations> m_locations; // of the last full run
    std::array<std::size_t, 5> m_locationCounts{};
    bool m_haveLocationCounts = false;
    std::size_t m_backgroundThreshold = DefaultBackgroundThreshold;

    // Recorded edits, applied by flush().
    bool m_flushScheduled = false;
    bool m_fullRunNeeded = false;
    bool m_linksDirty = false;
    bool m_geographyDirty = false;
    bool m_smallPartsDirty = false;
    std::set<Id> m_dirtyRules;
    Id m_removingRule = NoId;

    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    std::atomic<int> m_lastPercent{-1};
    bool m_running = false;
};

} // namespace Tessera
