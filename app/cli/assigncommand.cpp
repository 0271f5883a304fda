// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/interchange/csvwriter.h"
#include "core/interchange/territorynames.h"
#include "core/rules/assignmentengine.h"
#include "core/rules/explain.h"

#include <QElapsedTimer>

namespace Tessera::Cli {

int runAssign(QStringList args)
{
    const QString modelName = takeOption(args, QStringLiteral("--model"));
    const QString outPath = takeOption(args, QStringLiteral("--out"));
    const QString explainId = takeOption(args, QStringLiteral("--explain"));
    const QString territoryName = takeOption(args, QStringLiteral("--territory"));
    if (args.size() != 1 || (!territoryName.isEmpty() && explainId.isEmpty()))
        return usage(QStringLiteral("usage: tessera-cli assign FILE [--model NAME] [--out CSV] "
                                    "[--explain ACCOUNT_ID [--territory API_NAME]]"));
    const QString path = args.front();
    Result<WorkspaceData> loaded = openWorkspace(path);
    if (!loaded)
        return fail(loaded.error(), path);
    const WorkspaceData &data = *loaded;
    Result<Id> model = pickModel(data, modelName);
    if (!model)
        return fail(model.error(), path);

    QElapsedTimer timer;
    timer.start();
    AssignmentEngine engine(data, *model);
    if (Status s = engine.run(); !s)
        return fail(s.error(), path);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const TerritoryNames names(data);

    for (const auto &[ruleId, error] : engine.ruleErrors())
        err() << path << ": rule " << names.ruleName(ruleId) << " is left out: " << error.message
              << "\n";
    err().flush();

    if (!explainId.isEmpty()) {
        const std::int64_t row = data.accounts.rowOf(explainId.toStdString());
        if (row < 0)
            return fail(makeError(ErrorCode::NotFound,
                                  QStringLiteral("no account with id \"%1\"").arg(explainId)),
                        path);
        std::vector<Id> targets;
        if (!territoryName.isEmpty()) {
            for (Id t : engine.territories()) {
                if (names.apiName(t).compare(territoryName, Qt::CaseInsensitive) == 0)
                    targets.push_back(t);
            }
            if (targets.empty())
                return fail(
                    makeError(
                        ErrorCode::NotFound,
                        QStringLiteral("no territory \"%1\" in the model").arg(territoryName)),
                    path);
        } else {
            targets = engine.territoriesOf(static_cast<std::uint32_t>(row));
            if (targets.empty())
                out() << "Account " << explainId << " lands in no territory of this model.\n"
                      << "Name a territory with --territory to see why it is not there.\n";
        }
        for (Id t : targets)
            out() << explain(engine, data, static_cast<std::uint32_t>(row), t).toText(data) << "\n";
        return 0;
    }

    const RowSet unassigned = engine.unassigned();
    const RowSet multiple = engine.multiplyAssigned();
    const TerritoryModel *m = nullptr;
    for (const TerritoryModel &candidate : data.models) {
        if (candidate.id == *model)
            m = &candidate;
    }
    QTextStream &o = out();
    o << "model: " << m->apiName << "\n";
    o << "accounts: " << data.accounts.rowCount() << "\n";
    o << "assigned: " << data.accounts.rowCount() - unassigned.count() << "\n";
    o << "unassigned: " << unassigned.count() << "\n";
    o << "in two or more leaf territories: " << multiple.count() << "\n";
    std::size_t modelRules = 0;
    for (const AssignmentRule &r : data.rules)
        modelRules += r.modelId == *model;
    o << "rules evaluated: " << modelRules - engine.ruleErrors().size() << "\n";
    o << "rules left out: " << engine.ruleErrors().size() << "\n";
    o << "time ms: " << QString::number(ms, 'f', 1) << "\n";

    if (!outPath.isEmpty()) {
        CsvWriter csv(outPath);
        if (Status s = csv.open(); !s)
            return fail(s.error());
        csv.writeRow({QStringLiteral("AccountId"), QStringLiteral("AccountName"),
                      QStringLiteral("Territory"), QStringLiteral("TerritoryPath"),
                      QStringLiteral("Cause")});
        for (std::uint32_t row = 0; row < data.accounts.rowCount(); ++row) {
            const QString id = data.accounts.accountId(row);
            const QString name = data.accounts.displayText(row, AccountStore::NameField);
            const std::vector<Id> territories = engine.territoriesOf(row);
            if (territories.empty())
                csv.writeRow({id, name, {}, {}, QStringLiteral("Unassigned")});
            for (Id t : territories) {
                csv.writeRow(
                    {id, name, names.apiName(t), names.path(t), names.causes(engine, row, t)});
            }
        }
        if (Status s = csv.close(); !s)
            return fail(s.error());
        o << "written: " << outPath << "\n";
    }
    return 0;
}

} // namespace Tessera::Cli
