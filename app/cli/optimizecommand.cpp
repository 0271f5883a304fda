// SPDX-License-Identifier: GPL-3.0-or-later
// optimize: rebalance the children of a territory (or design new ones) and
// save the result as a new scenario model, with its certificate.
#include "app/cli/cli.h"

#include "core/balance/scopeoptimizer.h"
#include "core/store/workspacefile.h"

#include <algorithm>
#include <numeric>

namespace Tessera::Cli {

namespace {

// "workload=2,potential=5" -> fractions; false on anything else.
bool parseTolerances(const QString &text, ScopeOptions &options)
{
    options.workloadTolerance = options.potentialTolerance = options.accountsTolerance = -1;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        bool ok = false;
        const double v = kv.size() == 2 ? kv[1].trimmed().remove(u'%').toDouble(&ok) : 0;
        if (!ok || !(v >= 0 && v < 100))
            return false;
        const QString key = kv[0].trimmed().toLower();
        if (key == u"workload")
            options.workloadTolerance = v / 100;
        else if (key == u"potential")
            options.potentialTolerance = v / 100;
        else if (key == u"accounts")
            options.accountsTolerance = v / 100;
        else
            return false;
    }
    return true;
}

QString percent(double v)
{
    return QString::number(100 * v, 'f', 2) + QLatin1Char('%');
}

} // namespace

int runOptimize(QStringList args)
{
    const QString usageText = QStringLiteral(
        "usage: tessera-cli optimize WS (--parent API_NAME | --level N) [--model NAME]\n"
        "         [--tolerance workload=2,potential=5[,accounts=10]] [--contiguous]\n"
        "         [--max-moves 10%] [--max-moved-accounts 10%] [--max-moved-potential 10%]\n"
        "         [--time 5] [--seed 1] [--pieces zip|accounts]\n"
        "         [--design K] [--targets equal|capacity|own] [--as NEW_MODEL_NAME]");
    ScopeOptions options;
    const QString parentApi = takeOption(args, QStringLiteral("--parent"));
    const QString modelName = takeOption(args, QStringLiteral("--model"));
    const QString tolerance =
        takeOption(args, QStringLiteral("--tolerance"), QStringLiteral("workload=2,potential=5"));
    options.contiguous = takeFlag(args, QStringLiteral("--contiguous"));
    const QString maxMoves =
        takeOption(args, QStringLiteral("--max-moves"), QStringLiteral("100%"));
    const QString movedAccounts =
        takeOption(args, QStringLiteral("--max-moved-accounts"), QStringLiteral("100%"));
    const QString movedPotential =
        takeOption(args, QStringLiteral("--max-moved-potential"), QStringLiteral("100%"));
    const QString time = takeOption(args, QStringLiteral("--time"), QStringLiteral("5"));
    const QString seed = takeOption(args, QStringLiteral("--seed"), QStringLiteral("1"));
    const QString pieces = takeOption(args, QStringLiteral("--pieces"), QStringLiteral("zip"));
    // Whether --design is there at all: "--design=" (no number) is not the
    // same as no --design.
    const bool designGiven = std::any_of(args.begin(), args.end(), [](const QString &a) {
        return a == u"--design" || a.startsWith(u"--design=");
    });
    const QString design = takeOption(args, QStringLiteral("--design"));
    const QString targets = takeOption(args, QStringLiteral("--targets"), QStringLiteral("equal"));
    const QString level = takeOption(args, QStringLiteral("--level"));
    QString name = takeOption(args, QStringLiteral("--as"));
    if (args.size() != 1 || parentApi.isEmpty() == level.isEmpty())
        return usage(usageText);
    if (!level.isEmpty()) {
        bool ok = false;
        options.level = level.toInt(&ok) - 1;
        if (!ok || options.level < 0)
            return usage(QStringLiteral("--level takes a level from 1 (the top)"));
    }
    if (!parseTolerances(tolerance, options))
        return usage(
            QStringLiteral("--tolerance takes workload=P,potential=P,accounts=P in percent"));
    // A share as "10%" or "0.1", between 0 and 1.
    const auto share = [](QString text, double &out) {
        text = text.trimmed();
        const bool isPercent = text.endsWith(u'%');
        if (isPercent)
            text.chop(1);
        bool ok = false;
        out = text.toDouble(&ok) / (isPercent ? 100.0 : 1.0);
        return ok && out >= 0 && out <= 1;
    };
    for (auto [option, text, out] :
         {std::tuple{"--max-moves", maxMoves, &options.maxMovedShare},
          std::tuple{"--max-moved-accounts", movedAccounts, &options.maxMovedAccountsShare},
          std::tuple{"--max-moved-potential", movedPotential, &options.maxMovedPotentialShare}}) {
        if (!share(text, *out))
            return usage(
                QStringLiteral("%1 takes a share such as 10% or 0.1").arg(QLatin1String(option)));
    }
    bool ok2 = false, ok3 = false, ok4 = false;
    options.timeBudgetSeconds = time.toDouble(&ok2);
    options.seed = seed.toULongLong(&ok3);
    // Without --design the children are rebalanced; --design 0 is not a
    // way to say so.
    options.designTerritories = designGiven ? design.toInt(&ok4) : 0;
    if (!ok2 || !(options.timeBudgetSeconds > 0 && options.timeBudgetSeconds <= 3600))
        return usage(QStringLiteral("--time takes seconds between 0 and 3600"));
    if (!ok3)
        return usage(usageText);
    if (designGiven && (!ok4 || options.designTerritories < 1 || options.designTerritories > 5000))
        return usage(QStringLiteral("--design takes a number of territories from 1 to 5000"));
    if (pieces == u"zip")
        options.pieces = PieceKind::Zip;
    else if (pieces == u"accounts")
        options.pieces = PieceKind::Account;
    else
        return usage(QStringLiteral("--pieces takes zip or accounts"));
    if (targets == u"equal")
        options.targets = TargetMode::EqualShare;
    else if (targets == u"capacity")
        options.targets = TargetMode::Capacity;
    else if (targets == u"own")
        options.targets = TargetMode::TerritoryTargets;
    else
        return usage(QStringLiteral("--targets takes equal, capacity or own"));

    const QString path = args.front();
    Result<WorkspaceData> data = openWorkspace(path);
    if (!data)
        return fail(data.error(), path);
    Result<Id> model = pickModel(*data, modelName);
    if (!model)
        return fail(model.error(), path);
    options.modelId = *model;
    for (const Territory &t : data->territories) {
        if (!parentApi.isEmpty() && t.modelId == options.modelId &&
            t.apiName.compare(parentApi, Qt::CaseInsensitive) == 0)
            options.parentId = t.id;
    }
    if (options.parentId == NoId && options.level < 0)
        return fail(makeError(ErrorCode::NotFound,
                              QStringLiteral("no territory \"%1\" in the model").arg(parentApi)),
                    path);

    Result<ScopeProblem> scope = buildScopeProblem(*data, options);
    if (!scope)
        return fail(scope.error(), path);
    const BalanceProblem &problem = scope->pieces.problem;
    if (options.contiguous && problem.adjacencyStart.empty())
        return fail(makeError(ErrorCode::Invalid, QStringLiteral("no adjacency for contiguity")));
    BalanceResult before;
    if (!problem.current.empty()) {
        std::vector<int> start = problem.current;
        for (std::size_t i = 0; i < start.size(); ++i) {
            if (start[i] < 0)
                start[i] = 0; // pieces in none count against the first, for the "before" figures
        }
        before = evaluateBalance(problem, start);
    }
    Result<BalanceResult> result = optimizeBalance(problem);
    if (!result)
        return fail(result.error(), path);

    if (name.isEmpty()) {
        const auto *m = [&]() -> const TerritoryModel * {
            for (const TerritoryModel &x : data->models) {
                if (x.id == options.modelId)
                    return &x;
            }
            return nullptr;
        }();
        name = (m ? m->name : QStringLiteral("Model")) + QStringLiteral(" optimized");
    }
    WorkspaceDocument doc;
    if (Status s = doc.reset(std::move(*data)); !s)
        return fail(s.error(), path);
    Result<Scenario> scenario = applyScenario(doc, *scope, options, *result, name);
    if (!scenario)
        return fail(scenario.error(), path);
    if (Status saved = WorkspaceFile::save(doc.snapshot(), path); !saved)
        return fail(saved.error(), path);

    QTextStream &o = out();
    const BalanceResult &r = *result;
    o << "scope: " << (parentApi.isEmpty() ? QStringLiteral("level %1").arg(level) : parentApi)
      << ", " << scope->scopeRows.size() << " accounts in " << problem.x.size()
      << (options.pieces == PieceKind::Zip ? " ZIP pieces" : " account pieces") << ", "
      << problem.districts << " territories"
      << (options.designTerritories > 0 ? " designed from scratch" : "") << "\n";
    if (scope->pieces.unplaced > 0)
        o << "left out: " << scope->pieces.unplaced
          << " accounts with neither coordinates nor a known ZIP\n";
    o << "metric      tolerance   max deviation before   after\n";
    for (std::size_t m = 0; m < problem.metrics.size(); ++m) {
        const BalanceMetric &metric = problem.metrics[m];
        o << QStringLiteral("%1 %2 %3 %4\n")
                 .arg(metric.name, -11)
                 .arg(metric.tolerance >= 0 ? percent(metric.tolerance) : QStringLiteral("-"), 9)
                 .arg(before.maxDeviation.empty() ? QStringLiteral("-")
                                                  : percent(before.maxDeviation[m]),
                      22)
                 .arg(percent(r.maxDeviation[m]), 8);
    }
    o << "within tolerance: " << (r.withinTolerance ? "yes" : "NO") << "\n";
    for (std::size_t m = 0; m < r.leastDeviation.size() && m < problem.metrics.size(); ++m) {
        const BalanceMetric &metric = problem.metrics[m];
        if (metric.tolerance >= 0 && r.leastDeviation[m] > metric.tolerance + 1e-9)
            o << "out of reach: " << metric.name << " cannot be within "
              << percent(metric.tolerance)
              << ": pieces are not split, and no assignment deviates less than "
              << percent(r.leastDeviation[m])
              << (m < r.widenedTolerance.size() && r.widenedTolerance[m] >= 0
                      ? QStringLiteral("; aimed at within %1 instead")
                            .arg(percent(r.widenedTolerance[m]))
                      : QString())
              << "\n";
    }
    o << "contiguity violations: " << r.contiguityViolations
      << (options.contiguous ? "" : " (not required)") << "\n";
    const double total =
        std::accumulate(problem.metrics[0].values.begin(), problem.metrics[0].values.end(), 0.0);
    o << "dispersion: " << QString::number(r.dispersion / std::max(total, 1e-300), 'f', 2)
      << " km workload-weighted mean distance to the territory centre\n";
    if (r.boundApplies(problem.metrics))
        o << "lower bound: " << QString::number(r.lowerBound / std::max(total, 1e-300), 'f', 2)
          << " km for the same centres and tolerances"
          << (r.widenedTolerance.empty() ? "" : " (as widened)") << "; gap " << percent(r.gap)
          << "\n";
    else
        o << "lower bound: none (it holds for assignments within the tolerances, and this one "
             "is not)\n";
    if (!problem.current.empty()) {
        o << "moves: " << r.moves << " pieces (at least " << r.movesLowerBound
          << " needed to reach the tolerance), " << scenario->moves.size() << " accounts, "
          << percent(r.movedShare[0]) << " of workload, " << percent(r.movedShare[1])
          << " of potential, " << percent(r.movedShare[2]) << " of accounts\n";
        if (!r.withinMoveCaps)
            o << "move caps: NOT kept (contiguity, accounts without a territory, manual "
                 "assignments or a new territory needed more moves than they allow)\n";
    } else {
        o << "assigned: " << scenario->moves.size() << " accounts\n";
    }
    o << "time: " << QString::number(r.seconds, 'f', 2) << " s\n";
    o << "saved as model \"" << name << "\" in " << path << "\n";
    return 0;
}

} // namespace Tessera::Cli
