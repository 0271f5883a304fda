// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/assignmentservice.h"

#include "core/geo/zipcentroids.h"
#include "core/rules/assignmentengine.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QtDebug>

#include <algorithm>

namespace Tessera {

namespace {

// Where the accounts lie: from the engine's places when the model has
// geography, else located here (on the thread of the run), so a workspace
// without geography has them too. Null without the bundled geography.
std::shared_ptr<const AccountLocations> locate(const WorkspaceData &data,
                                               const AssignmentEngine *engine)
{
    if (engine && engine->places()) {
        std::shared_ptr<const AccountPlaces> places = engine->places();
        return std::shared_ptr<const AccountLocations>(places, &places->locations());
    }
    auto boundaries = Boundaries::bundled();
    auto zips = ZipCentroids::bundled();
    if (!boundaries || !zips)
        return nullptr;
    return std::make_shared<const AccountLocations>(
        locateAccounts(data.accounts, **boundaries, **zips));
}

} // namespace

std::shared_ptr<const AccountLocations> AssignmentService::accountLocations() const
{
    return fullRunPending() ? nullptr : m_locations;
}

bool AssignmentService::locationCounts(std::array<std::size_t, 5> *counts) const
{
    if (m_haveLocationCounts)
        *counts = m_locationCounts;
    return m_haveLocationCounts;
}

AssignmentService::AssignmentService(WorkspaceDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_data(std::make_shared<WorkspaceData>())
{
    connectDocument();
}

AssignmentService::~AssignmentService()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
}

void AssignmentService::connectDocument()
{
    WorkspaceDocument *doc = m_document;
    connect(doc, &WorkspaceDocument::resetDone, this, &AssignmentService::requestFullRun);
    connect(doc, &WorkspaceDocument::accountsReset, this, &AssignmentService::requestFullRun);
    connect(doc, &WorkspaceDocument::listItemChanged, this, [this](ListKind kind, Id id, unsigned) {
        m_smallPartsDirty = true;
        if (kind == ListKind::Rules)
            m_dirtyRules.insert(id);
        scheduleFlush();
    });
    connect(doc, &WorkspaceDocument::listInserted, this, [this](ListKind kind, int row) {
        m_smallPartsDirty = true;
        if (kind == ListKind::Rules)
            m_dirtyRules.insert(m_document->rules()[static_cast<std::size_t>(row)].id);
        if (kind == ListKind::Models && !m_engine && m_document->model(m_modelId))
            m_fullRunNeeded = true; // the model came back
        scheduleFlush();
    });
    connect(doc, &WorkspaceDocument::listAboutToRemove, this, [this](ListKind kind, int row) {
        if (kind == ListKind::Rules)
            m_removingRule = m_document->rules()[static_cast<std::size_t>(row)].id;
    });
    connect(doc, &WorkspaceDocument::listRemoved, this, [this](ListKind kind, int) {
        m_smallPartsDirty = true;
        if (kind == ListKind::Rules && m_removingRule != NoId)
            m_dirtyRules.insert(std::exchange(m_removingRule, NoId));
        if (kind == ListKind::Models && !m_document->model(m_modelId))
            m_fullRunNeeded = true; // the model went: results go too
        scheduleFlush();
    });
    auto structure = [this] {
        m_smallPartsDirty = true;
        m_linksDirty = true;
        scheduleFlush();
    };
    connect(doc, &WorkspaceDocument::territoryAdded, this, structure);
    connect(doc, &WorkspaceDocument::territoryRemoved, this, structure);
    connect(doc, &WorkspaceDocument::territoryMoved, this, structure);
    connect(doc, &WorkspaceDocument::territoryChanged, this, [this] {
        m_smallPartsDirty = true; // names, shown in explanations
        scheduleFlush();
    });
    connect(doc, &WorkspaceDocument::linksChanged, this, [this, structure](LinkKind kind) {
        if (kind != LinkKind::RepAssignments) {
            structure();
            return;
        }
        m_smallPartsDirty = true; // capacities on the balance charts
        scheduleFlush();
    });
    auto geography = [this] {
        m_smallPartsDirty = true;
        m_geographyDirty = true;
        scheduleFlush();
    };
    connect(doc, &WorkspaceDocument::territoryUnitsChanged, this, geography);
    connect(doc, &WorkspaceDocument::drawnShapeAdded, this, geography);
    connect(doc, &WorkspaceDocument::drawnShapeChanged, this, geography);
    connect(doc, &WorkspaceDocument::drawnShapeRemoved, this, geography);
    // Account locations are worked out once per account table.
    connect(doc, &WorkspaceDocument::accountsAboutToBeReset, this, [this] {
        m_places.reset();
        m_locations.reset();
    });
    connect(doc, &WorkspaceDocument::aboutToReset, this, [this] {
        m_places.reset();
        m_locations.reset();
    });
}

void AssignmentService::setModelId(Id modelId)
{
    if (modelId == m_modelId && (m_engine || m_running))
        return;
    m_modelId = modelId;
    requestFullRun();
    flush(); // a new model shows at once (or its run starts)
}

void AssignmentService::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &AssignmentService::flush, Qt::QueuedConnection);
}

void AssignmentService::requestFullRun()
{
    m_fullRunNeeded = true;
    if (m_running)
        m_cancel = true; // its snapshot is obsolete; restarted when it is delivered
    scheduleFlush();
}

void AssignmentService::syncSmallParts()
{
    // Copies of small vectors; QString's implicit sharing keeps them cheap.
    WorkspaceData &d = *m_data;
    d.models = m_document->models();
    d.types = m_document->types();
    d.territories = m_document->territories();
    d.rules = m_document->rules();
    d.ruleAssociations = m_document->ruleAssociations();
    d.manualAssignments = m_document->manualAssignments();
    d.exclusions = m_document->exclusions();
    d.territoryUnits = m_document->territoryUnits();
    d.drawnShapes = m_document->drawnShapes();
    d.reps = m_document->reps();
    d.repAssignments = m_document->repAssignments();
    m_smallPartsDirty = false;
}

void AssignmentService::flush()
{
    m_flushScheduled = false;
    if (m_running)
        return; // applied when the run is delivered
    if (m_fullRunNeeded) {
        startFullRun();
        return;
    }
    if (!m_smallPartsDirty && !m_linksDirty && !m_geographyDirty && m_dirtyRules.empty())
        return;
    syncSmallParts();
    if (m_engine) {
        for (Id id : m_dirtyRules)
            m_engine->updateRule(id);
        if (m_linksDirty)
            m_engine->updateLinks(); // geography included
        else if (m_geographyDirty)
            m_engine->updateGeography();
        if (m_engine->places())
            m_places = m_engine->places();
    }
    m_dirtyRules.clear();
    m_linksDirty = false;
    m_geographyDirty = false;
    emit resultsChanged();
}

void AssignmentService::startFullRun()
{
    m_fullRunNeeded = false;
    m_dirtyRules.clear();
    m_linksDirty = false;
    m_geographyDirty = false;
    auto data = std::make_shared<WorkspaceData>(m_document->snapshot());
    m_smallPartsDirty = false;
    std::shared_ptr<AssignmentEngine> engine;
    if (m_document->model(m_modelId)) {
        AssignmentEngine::Options options;
        options.places = m_places;
        engine = std::make_shared<AssignmentEngine>(*data, m_modelId, options);
    }
    if (!engine || data->accounts.rowCount() < m_backgroundThreshold) {
        if (engine) {
            if (Status s = engine->run(); !s) {
                qWarning().noquote() << "Assignment failed:" << s.error().toString();
                engine.reset();
            }
        }
        m_locations = locate(*data, engine.get());
        m_locationCounts = m_locations ? m_locations->counts : std::array<std::size_t, 5>{};
        m_haveLocationCounts = true;
        // The old engine reads the old data: replace the engine first.
        m_engine = std::move(engine);
        m_data = std::move(data);
        emit resultsChanged();
        return;
    }

    joinWorker();
    m_running = true;
    m_cancel = false;
    m_lastPercent = -1;
    m_engine.reset();
    emit runStarted();
    emit resultsChanged();
    m_worker = std::thread([this, data, engine] {
        Progress progress{[this](double fraction) {
                              const int percent = static_cast<int>(fraction * 100.0);
                              if (m_lastPercent.exchange(percent) == percent)
                                  return;
                              QMetaObject::invokeMethod(
                                  this, [this, fraction] { emit progressChanged(fraction); },
                                  Qt::QueuedConnection);
                          },
                          &m_cancel};
        const Status s = engine->run(progress);
        if (!s && s.error().code != ErrorCode::Cancelled)
            qWarning().noquote() << "Assignment failed:" << s.error().toString();
        const bool cancelled = !s;
        std::shared_ptr<const AccountLocations> locations =
            cancelled ? nullptr : locate(*data, engine.get());
        QMetaObject::invokeMethod(
            this,
            [this, data, engine, cancelled, locations] {
                finishRun(data, engine, cancelled, locations);
            },
            Qt::QueuedConnection);
    });
}

void AssignmentService::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

void AssignmentService::finishRun(std::shared_ptr<WorkspaceData> data,
                                  std::shared_ptr<AssignmentEngine> engine, bool cancelled,
                                  std::shared_ptr<const AccountLocations> locations)
{
    joinWorker();
    m_running = false;
    if (m_fullRunNeeded || cancelled) {
        // Something replaced what the run read; its result is of no use.
        m_fullRunNeeded = true;
        flush();
        return;
    }
    m_data = std::move(data);
    m_engine = std::move(engine);
    m_locations = std::move(locations);
    m_locationCounts = m_locations ? m_locations->counts : std::array<std::size_t, 5>{};
    m_haveLocationCounts = true;
    if (m_engine && m_engine->places())
        m_places = m_engine->places();
    // Edits made during the run were recorded; apply them to the new copy.
    m_smallPartsDirty = true;
    m_linksDirty = true;
    flush();
}

void AssignmentService::waitForRun()
{
    flush();
    // A delivered run may start another (edits asked for one meanwhile).
    while (m_running) {
        joinWorker();
        // Deliver what the worker posted (progress, then the result).
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    flush();
}

} // namespace Tessera
