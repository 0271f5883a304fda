// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/balance/metricsanalysis.h"

#include <cmath>
#include <unordered_map>

namespace Tessera::Cli {

namespace {

QString number(double v, int decimals = 0)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

QString signedPercent(double v)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    return (v > 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', 1);
}

QString targetModeName(TargetMode m)
{
    switch (m) {
    case TargetMode::EqualShare:
        return QStringLiteral("equal share");
    case TargetMode::Capacity:
        return QStringLiteral("proportional to capacity");
    case TargetMode::TerritoryTargets:
        return QStringLiteral("territory targets");
    }
    return {};
}

// Columns padded to their widest cell; the first column left-aligned.
void printTable(QTextStream &o, const std::vector<QStringList> &rows)
{
    std::vector<qsizetype> width;
    for (const QStringList &r : rows) {
        width.resize(std::max<std::size_t>(width.size(), std::size_t(r.size())));
        for (qsizetype c = 0; c < r.size(); ++c)
            width[std::size_t(c)] = std::max(width[std::size_t(c)], r[c].size());
    }
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype c = 0; c < r.size(); ++c) {
            const qsizetype w = width[std::size_t(c)];
            line += c == 0 ? r[c].leftJustified(w) : QStringLiteral("  ") + r[c].rightJustified(w);
        }
        o << line.trimmed() << "\n";
    }
}

} // namespace

Result<BalanceOptions> takeBalanceOptions(QStringList &args)
{
    BalanceOptions o;
    o.model = takeOption(args, QStringLiteral("--model"));
    o.parent = takeOption(args, QStringLiteral("--parent"));
    const QString level = takeOption(args, QStringLiteral("--level"));
    const QString tolerance = takeOption(args, QStringLiteral("--tolerance"));
    const QString target = takeOption(args, QStringLiteral("--target"));
    bool ok = true;
    if (!level.isEmpty()) {
        o.level = level.toInt(&ok) - 1;
        if (!ok || o.level < 0 || !o.parent.isEmpty())
            return makeError(ErrorCode::Usage,
                             QStringLiteral("--level takes a level from 1 (the top) and does not "
                                            "go with --parent"));
    }
    if (!tolerance.isEmpty()) {
        o.tolerance = tolerance.toDouble(&ok);
        if (!ok || !(o.tolerance >= 0 && o.tolerance <= BalanceSettings::MaxTolerancePercent))
            return makeError(ErrorCode::Usage,
                             QStringLiteral("--tolerance takes a percentage between 0 and %1")
                                 .arg(BalanceSettings::MaxTolerancePercent));
    }
    if (!target.isEmpty()) {
        if (target == u"equal")
            o.target = TargetMode::EqualShare;
        else if (target == u"capacity")
            o.target = TargetMode::Capacity;
        else if (target == u"targets")
            o.target = TargetMode::TerritoryTargets;
        else
            return makeError(ErrorCode::Usage,
                             QStringLiteral("--target takes equal, capacity or targets"));
    }
    return o;
}

Result<BalanceSummary> computeBalance(const WorkspaceData &data, const BalanceOptions &options)
{
    Result<Id> model = pickModel(data, options.model);
    if (!model)
        return model.error();
    BalanceSettings settings;
    for (const TerritoryModel &m : data.models) {
        if (m.id == *model)
            settings = m.balance;
    }
    if (!std::isnan(options.tolerance))
        settings.tolerancePercent = options.tolerance;
    if (options.target)
        settings.targetMode = *options.target;
    Result<BalanceAnalysis> analysis = analyseBalance(data, *model, settings);
    if (!analysis)
        return analysis.error();
    Result<BalanceScope> scope =
        balanceScope(data, *analysis->metrics, *model, options.parent, options.level);
    if (!scope)
        return scope.error();
    BalanceSummary r;
    r.modelId = *model;
    r.report = analysis->metrics->report(*scope);
    r.scopeName = describeScope(data, *scope);
    r.workloadAvailable = analysis->metrics->workload().available;
    return r;
}

int runBalance(QStringList args)
{
    Result<BalanceOptions> options = takeBalanceOptions(args);
    if (!options)
        return usage(options.error().message);
    if (args.size() != 1)
        return usage(QStringLiteral(
            "usage: tessera-cli balance WS [--model NAME] [--parent API_NAME | --level N] "
            "[--tolerance PERCENT] [--target equal|capacity|targets]"));
    const QString path = args.front();
    Result<WorkspaceData> loaded = openWorkspace(path);
    if (!loaded)
        return fail(loaded.error(), path);
    const WorkspaceData &data = *loaded;
    Result<BalanceSummary> result = computeBalance(data, *options);
    if (!result)
        return fail(result.error(), path);
    const BalanceReport &r = result->report;

    std::unordered_map<Id, const Territory *> byId;
    for (const Territory &t : data.territories)
        byId.emplace(t.id, &t);
    QTextStream &o = out();
    o << "scope: " << result->scopeName << ", " << r.territories.size() << " territories\n";
    o << "targets: " << targetModeName(r.targetMode) << ", tolerance: +/-"
      << QString::number(r.tolerancePercent) << " %\n";
    if (!result->workloadAvailable)
        o << "workload: the accounts have no Workload__c field and the model defines no "
             "workload; workload is 0\n";
    o << "\n";

    // Compactness and contiguity columns when the scope has geography.
    const bool geographic = r.geography.territories > 0;
    std::vector<QStringList> rows;
    rows.push_back(
        {QStringLiteral("territory"), QStringLiteral("accounts"), QStringLiteral("dev %"),
         QStringLiteral("workload h"), QStringLiteral("target h"), QStringLiteral("dev %"),
         QStringLiteral("potential"), QStringLiteral("dev %"), QStringLiteral("capacity h"),
         QStringLiteral("util %"), QStringLiteral("spread km")});
    if (geographic)
        rows.back() << QStringLiteral("compact") << QStringLiteral("parts");
    rows.back() << QString();
    for (const ScopedTerritory &t : r.territories) {
        const TerritoryMetrics &m = t.metrics;
        const bool outside = t.outside[std::size_t(Measure::Workload)];
        rows.push_back({byId.count(m.id) ? byId.at(m.id)->apiName : QString::number(m.id),
                        number(m.accounts()), signedPercent(t.deviationPercent[0]),
                        number(m.workload()), number(t.target[1]),
                        signedPercent(t.deviationPercent[1]), number(m.potential()),
                        signedPercent(t.deviationPercent[2]), number(m.capacity),
                        number(m.utilisation * 100, 1), number(m.spreadKm, 1)});
        if (geographic)
            rows.back() << number(m.compactness, 3)
                        << (m.geographic() ? QString::number(m.contiguousParts)
                                           : QStringLiteral("-"));
        rows.back() << (outside ? QStringLiteral("*") : QString());
    }
    printTable(o, rows);
    o << "(* workload outside the tolerance";
    if (geographic)
        o << "; compact: Polsby-Popper of the territory's shape, 1 for a disc; parts: "
             "connected parts of its geography";
    o << ")\n\n";

    rows.clear();
    rows.push_back({QStringLiteral("statistic"), QStringLiteral("accounts"),
                    QStringLiteral("workload"), QStringLiteral("potential"),
                    QStringLiteral("utilisation %")});
    auto stat = [&](const QString &name, auto get, int decimals) {
        QStringList row{name};
        for (std::size_t k = 0; k < MeasureCount; ++k)
            row << number(get(r.statistics[k]), decimals);
        row << number(get(r.utilisation), decimals);
        rows.push_back(row);
    };
    stat(
        QStringLiteral("mean"), [](const LevelStatistics &s) { return s.mean; }, 1);
    stat(
        QStringLiteral("cv"), [](const LevelStatistics &s) { return s.cv; }, 3);
    stat(
        QStringLiteral("min"), [](const LevelStatistics &s) { return s.min; }, 1);
    stat(
        QStringLiteral("max"), [](const LevelStatistics &s) { return s.max; }, 1);
    stat(
        QStringLiteral("max deviation %"),
        [](const LevelStatistics &s) { return s.maxDeviationPercent; }, 1);
    stat(
        QStringLiteral("gini"), [](const LevelStatistics &s) { return s.gini; }, 3);
    stat(
        QStringLiteral("outside +/-%1 %").arg(r.tolerancePercent),
        [](const LevelStatistics &s) { return double(s.outside); }, 0);
    printTable(o, rows);
    if (geographic) {
        const GeographySummary &g = r.geography;
        o << "\ngeography: " << g.territories << " of " << r.territories.size()
          << " territories geographic, " << g.contiguous << " contiguous, most parts "
          << g.mostParts << "; compactness mean " << number(g.meanCompactness, 3) << ", min "
          << number(g.minCompactness, 3) << "\n";
    }
    return 0;
}

} // namespace Tessera::Cli
