// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/metricsengine.h"

#include <QObject>

#include <memory>

namespace Tessera {

class AssignmentEngine;
class AssignmentService;
struct AccountLocations;

// Keeps the balance metrics of the assignment service's model current: after
// each assignment update it recomputes only the territories whose accounts
// changed (BalanceMetrics::update), and it follows the model's balance
// settings, so undo and redo of a settings edit show at once.
class BalanceService : public QObject
{
    Q_OBJECT

public:
    explicit BalanceService(AssignmentService *assignment, QObject *parent = nullptr);
    ~BalanceService() override;

    AssignmentService *assignment() const { return m_assignment; }
    // Null while the assignment runs or when there is no model.
    const BalanceMetrics *metrics() const { return m_metrics.get(); }
    // The settings in use: the model's, or the last good ones when the model's
    // do not evaluate (see settingsError()).
    const BalanceSettings &settings() const;
    // Why the model's settings cannot be used, or empty.
    QString settingsError() const { return m_settingsError; }
    // How many territories the last update recomputed.
    std::size_t lastRecomputed() const { return m_lastRecomputed; }

signals:
    // The metrics are new or changed; metrics() may be another object.
    void metricsChanged();

private:
    void refresh();

    AssignmentService *m_assignment;
    const AssignmentEngine *m_engine = nullptr;
    const void *m_dataSeen = nullptr;
    std::size_t m_rowsSeen = 0;
    std::unique_ptr<BalanceMetrics> m_metrics;
    std::shared_ptr<const AccountLocations> m_locations;
    BalanceSettings m_fallback;
    QString m_settingsError;
    std::size_t m_lastRecomputed = 0;
};

} // namespace Tessera
