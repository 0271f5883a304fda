// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/metricsanalysis.h"

#include "core/geo/accountlocation.h"
#include "core/geo/boundaries.h"
#include "core/geo/zipcentroids.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::BalanceMetrics)
};
} // namespace

std::shared_ptr<const AccountLocations> locateWithBundledGeography(const AccountStore &accounts)
{
    Result<std::shared_ptr<const Boundaries>> boundaries = Boundaries::bundled();
    Result<std::shared_ptr<const ZipCentroids>> zips = ZipCentroids::bundled();
    if (!boundaries || !zips)
        return nullptr;
    return std::make_shared<const AccountLocations>(locateAccounts(accounts, **boundaries, **zips));
}

std::shared_ptr<const Boundaries> boundariesForGeography(const WorkspaceData &data)
{
    if (data.territoryUnits.empty() && data.drawnShapes.empty())
        return nullptr;
    Result<std::shared_ptr<const Boundaries>> boundaries = Boundaries::bundled();
    return boundaries ? *boundaries : nullptr;
}

Result<BalanceAnalysis> analyseBalance(const WorkspaceData &data, Id modelId,
                                       const BalanceSettings &settings)
{
    BalanceAnalysis a;
    a.engine = std::make_unique<AssignmentEngine>(data, modelId);
    if (Status s = a.engine->run(); !s)
        return s.error();
    a.metrics = std::make_unique<BalanceMetrics>(data, *a.engine);
    if (Status s = a.metrics->setSettings(settings); !s)
        return s.error();
    a.locations = locateWithBundledGeography(data.accounts);
    a.metrics->setLocations(a.locations);
    if (std::shared_ptr<const Boundaries> b = boundariesForGeography(data))
        a.metrics->setGeography(std::move(b));
    a.metrics->update();
    return a;
}

Result<BalanceScope> balanceScope(const WorkspaceData &data, const BalanceMetrics &metrics,
                                  Id modelId, const QString &parentApi, int level)
{
    if (!parentApi.isEmpty()) {
        for (const Territory &t : data.territories) {
            if (t.modelId == modelId && t.apiName.compare(parentApi, Qt::CaseInsensitive) == 0)
                return BalanceScope::children(t.id);
        }
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no territory \"%1\" in the model.").arg(parentApi));
    }
    if (level >= 0) {
        // A level below the model's deepest would report on no territories
        // at all, with statistics of nothing.
        int levels = 0;
        for (Id id : metrics.territories()) {
            if (const TerritoryMetrics *m = metrics.territory(id))
                levels = std::max(levels, m->depth + 1);
        }
        if (level >= levels)
            return makeError(ErrorCode::NotFound,
                             Tr::tr("There is no level %1 in the model; its deepest level is %2.")
                                 .arg(level + 1)
                                 .arg(levels));
        return BalanceScope::level(level);
    }
    return BalanceScope::leaves();
}

QString describeScope(const WorkspaceData &data, const BalanceScope &scope)
{
    switch (scope.kind) {
    case BalanceScope::Kind::Children:
        if (scope.parentId == NoId)
            return Tr::tr("top-level territories");
        for (const Territory &t : data.territories) {
            if (t.id == scope.parentId)
                return Tr::tr("children of %1").arg(t.name);
        }
        return Tr::tr("children of a missing territory");
    case BalanceScope::Kind::Level:
        return Tr::tr("level %1").arg(scope.depth + 1);
    case BalanceScope::Kind::Leaves:
        break;
    }
    return Tr::tr("leaf territories");
}

} // namespace Tessera
