// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/accountpieces.h"

#include "core/balance/balanceoptimizer.h"
#include "core/geo/zipcentroids.h"

#include <QCoreApplication>

#include <cmath>
#include <string>
#include <unordered_map>

namespace Tessera {

namespace {

double valueOf(const AccountStore &store, int field, std::uint32_t row, double fallback)
{
    if (field < 0)
        return fallback;
    const double v = store.number(row, field);
    return std::isfinite(v) && v > 0 ? v : 0.0;
}

} // namespace

namespace {

double given(const std::vector<double> &values, std::uint32_t row)
{
    const double v = values[row];
    return std::isfinite(v) && v > 0 ? v : 0.0;
}

} // namespace

double AccountPieces::workloadOf(const AccountStore &store, std::uint32_t row) const
{
    return row < workloadValues.size() ? given(workloadValues, row)
                                       : valueOf(store, workloadField, row, 1.0);
}

double AccountPieces::potentialOf(const AccountStore &store, std::uint32_t row) const
{
    return row < potentialValues.size() ? given(potentialValues, row)
                                        : valueOf(store, potentialField, row, 0.0);
}

Result<AccountPieces> accountPieces(const AccountStore &store, std::span<const std::uint32_t> rows,
                                    const AccountPieceOptions &options)
{
    auto zips = ZipCentroids::bundled();
    if (!zips)
        return zips.error();
    int workloadField = options.workloadField;
    if (workloadField < 0)
        workloadField = store.fieldIndex(QStringLiteral("Workload__c"));
    int potentialField = options.potentialField;
    if (potentialField < 0)
        potentialField = store.fieldIndex(QStringLiteral("Potential__c"));
    if (potentialField < 0)
        potentialField = AccountStore::AnnualRevenueField;
    for (int f : {workloadField, potentialField}) {
        if (f >= store.fieldCount() || (f >= 0 && store.field(f).type != FieldType::Number))
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "AccountPieces", "Workload and potential must be number fields."),
                             f >= 0 && f < store.fieldCount() ? store.field(f).name : QString());
    }

    AccountPieces out;
    out.workloadField = workloadField;
    out.potentialField = potentialField;
    for (const std::vector<double> *values : {&options.workloadValues, &options.potentialValues}) {
        if (!values->empty() && values->size() != store.rowCount())
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "AccountPieces", "The measure values do not match the accounts."));
    }
    out.workloadValues = options.workloadValues;
    out.potentialValues = options.potentialValues;
    BalanceProblem &p = out.problem;
    p.space = PieceSpace::LonLat;
    p.metrics = {{QStringLiteral("workload"), {}, -1},
                 {QStringLiteral("potential"), {}, -1},
                 {QStringLiteral("accounts"), {}, -1}};
    p.dispersionMetric = 0;
    std::vector<std::vector<std::uint32_t>> members;
    std::vector<double> sumLon, sumLat, located;
    std::unordered_map<std::string, std::uint32_t> byZip;
    for (std::uint32_t row : rows) {
        if (row >= store.rowCount())
            continue;
        const double lat = store.number(row, AccountStore::BillingLatitudeField);
        const double lon = store.number(row, AccountStore::BillingLongitudeField);
        const bool hasPoint =
            std::isfinite(lat) && std::isfinite(lon) && std::abs(lat) <= 90 && std::abs(lon) <= 180;
        std::string_view postal = store.text(row, AccountStore::BillingPostalCodeField);
        // A plain row and a flag rather than std::optional, which trips GCC 12's
        // -Wmaybe-uninitialized here.
        std::size_t zipIndex = 0;
        bool zipRow = false;
        if (postal.size() >= 5) {
            if (const auto found = (*zips)->find(postal)) {
                zipIndex = *found;
                zipRow = true;
            }
        }
        if (!hasPoint && !zipRow) {
            ++out.unplaced;
            continue;
        }
        std::uint32_t piece;
        const std::string key = zipRow ? std::string((*zips)->zip(zipIndex)) : std::string();
        auto it = options.kind == PieceKind::Zip && zipRow ? byZip.find(key) : byZip.end();
        if (it != byZip.end()) {
            piece = it->second;
        } else {
            piece = std::uint32_t(members.size());
            members.emplace_back();
            sumLon.push_back(0);
            sumLat.push_back(0);
            located.push_back(0);
            p.x.push_back(zipRow ? (*zips)->longitude(zipIndex) : lon);
            p.y.push_back(zipRow ? (*zips)->latitude(zipIndex) : lat);
            for (BalanceMetric &m : p.metrics)
                m.values.push_back(0);
            out.labels.push_back(options.kind == PieceKind::Zip && zipRow
                                     ? QString::fromLatin1(key.data(), qsizetype(key.size()))
                                     : store.accountId(row));
            if (options.kind == PieceKind::Zip && zipRow)
                byZip.emplace(key, piece);
        }
        members[piece].push_back(row);
        if (hasPoint) {
            sumLon[piece] += lon;
            sumLat[piece] += lat;
            located[piece] += 1;
        }
        p.metrics[0].values[piece] += out.workloadOf(store, row);
        p.metrics[1].values[piece] += out.potentialOf(store, row);
        p.metrics[2].values[piece] += 1;
    }
    out.rowStart.assign(1, 0);
    for (std::size_t i = 0; i < members.size(); ++i) {
        // The accounts' own mean position where they have one.
        if (located[i] > 0) {
            p.x[i] = sumLon[i] / located[i];
            p.y[i] = sumLat[i] / located[i];
        }
        out.rows.insert(out.rows.end(), members[i].begin(), members[i].end());
        out.rowStart.push_back(std::uint32_t(out.rows.size()));
    }
    nearestNeighbourGraph(p.space, p.x, p.y, options.neighbours, p.adjacencyStart, p.adjacency);
    return out;
}

} // namespace Tessera
