// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/balanceservice.h"

#include "core/balance/metricsanalysis.h"
#include "core/geo/accountlocation.h"
#include "core/rules/assignmentengine.h"
#include "ui/document/assignmentservice.h"

namespace Tessera {

BalanceService::BalanceService(AssignmentService *assignment, QObject *parent)
    : QObject(parent)
    , m_assignment(assignment)
{
    connect(assignment, &AssignmentService::resultsChanged, this, &BalanceService::refresh);
    refresh();
}

BalanceService::~BalanceService() = default;

const BalanceSettings &BalanceService::settings() const
{
    return m_metrics ? m_metrics->settings() : m_fallback;
}

void BalanceService::refresh()
{
    const AssignmentEngine *engine = m_assignment->engine();
    const WorkspaceData &data = m_assignment->data();
    if (!engine) {
        const bool had = m_metrics != nullptr;
        m_metrics.reset();
        m_engine = nullptr;
        if (had)
            emit metricsChanged();
        return;
    }
    if (engine != m_engine || m_metrics == nullptr) {
        // A full run: a new engine over a new copy of the data.
        m_metrics.reset();
        if (&data != m_dataSeen || data.accounts.rowCount() != m_rowsSeen || !m_locations) {
            m_locations = locateWithBundledGeography(data.accounts);
            m_dataSeen = &data;
            m_rowsSeen = data.accounts.rowCount();
        }
        m_metrics = std::make_unique<BalanceMetrics>(data, *engine);
        m_metrics->setLocations(m_locations);
        m_engine = engine;
    }
    // Compactness and contiguity once the workspace has geography; the
    // boundaries are read only then.
    if (!m_metrics->boundaries()) {
        if (std::shared_ptr<const Boundaries> b = boundariesForGeography(data))
            m_metrics->setGeography(std::move(b));
    }
    BalanceSettings wanted;
    for (const TerritoryModel &m : data.models) {
        if (m.id == engine->modelId())
            wanted = m.balance;
    }
    if (wanted != m_metrics->settings() || !m_settingsError.isEmpty()) {
        if (Status s = m_metrics->setSettings(wanted); !s) {
            m_settingsError = s.error().toString();
            // Keep measuring with the last good definitions, but the model's
            // tolerance and target mode still apply.
            BalanceSettings usable = m_metrics->settings();
            usable.tolerancePercent = wanted.tolerancePercent;
            usable.targetMode = wanted.targetMode;
            (void)m_metrics->setSettings(usable);
        } else {
            m_settingsError.clear();
        }
    }
    m_lastRecomputed = m_metrics->update();
    emit metricsChanged();
}

} // namespace Tessera
