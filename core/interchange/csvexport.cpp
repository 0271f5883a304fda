// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/csvexport.h"

#include "core/interchange/csvwriter.h"
#include "core/interchange/territorynames.h"
#include "core/rules/assignmentengine.h"

#include <QCoreApplication>

#include <unordered_map>

namespace Tessera::CsvExport {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CsvExport)
};

// Rows between two looks at the cancel flag.
constexpr std::uint32_t CheckEvery = 1 << 16;

} // namespace

Status write(const WorkspaceData &data, Id modelId, ExportFolder &folder, const Progress &progress)
{
    const TerritoryNames names(data);
    std::unordered_map<Id, const Rep *> reps;
    for (const Rep &r : data.reps)
        reps.emplace(r.id, &r);
    // Reps of each territory of the model, in the order they were put there.
    std::unordered_map<Id, std::pair<QStringList, QStringList>> repsOf; // user ids, names
    for (const RepAssignment &a : data.repAssignments) {
        const Territory *t = names.territory(a.territoryId);
        if (!t || t->modelId != modelId)
            continue;
        auto &[ids, repNames] = repsOf[a.territoryId];
        ids << reps.at(a.repId)->userId;
        repNames << reps.at(a.repId)->name;
    }

    AssignmentEngine engine(data, modelId);
    Progress inner;
    inner.cancel = progress.cancel;
    inner.report = [&](double x) {
        progress.update(0.4 * x);
    };
    if (Status s = engine.run(inner); !s)
        return s;

    Result<QString> accountsPath = folder.filePath(QStringLiteral("accounts.csv"));
    if (!accountsPath)
        return accountsPath.error();
    CsvWriter accounts(*accountsPath);
    if (Status s = accounts.open(); !s)
        return s;
    accounts.writeRow({QStringLiteral("AccountId"), QStringLiteral("AccountName"),
                       QStringLiteral("TerritoryApiName"), QStringLiteral("TerritoryName"),
                       QStringLiteral("TerritoryPath"), QStringLiteral("Cause"),
                       QStringLiteral("RepUserIds"), QStringLiteral("RepNames")});
    const auto rows = static_cast<std::uint32_t>(data.accounts.rowCount());
    const QString separator = QStringLiteral("; ");
    for (std::uint32_t row = 0; row < rows; ++row) {
        if (row % CheckEvery == 0) {
            if (progress.cancelled())
                return makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
            progress.update(0.4 + 0.5 * row / rows);
        }
        const QString id = data.accounts.accountId(row);
        const QString name = data.accounts.displayText(row, AccountStore::NameField);
        const std::vector<Id> territories = engine.territoriesOf(row);
        if (territories.empty())
            accounts.writeRow({id, name, {}, {}, {}, {}, {}, {}});
        for (Id t : territories) {
            const auto it = repsOf.find(t);
            const bool staffed = it != repsOf.end();
            accounts.writeRow({id, name, names.apiName(t), names.territory(t)->name, names.path(t),
                               names.causes(engine, row, t),
                               staffed ? it->second.first.join(separator) : QString(),
                               staffed ? it->second.second.join(separator) : QString()});
        }
    }
    if (Status s = accounts.close(); !s)
        return s;

    Result<QString> repsPath = folder.filePath(QStringLiteral("reps.csv"));
    if (!repsPath)
        return repsPath.error();
    CsvWriter repsCsv(*repsPath);
    if (Status s = repsCsv.open(); !s)
        return s;
    repsCsv.writeRow({QStringLiteral("UserId"), QStringLiteral("Name"), QStringLiteral("Email"),
                      QStringLiteral("TerritoryApiName"), QStringLiteral("TerritoryName"),
                      QStringLiteral("TerritoryPath"), QStringLiteral("RoleInTerritory2")});
    std::unordered_map<Id, std::vector<const RepAssignment *>> assignmentsOf;
    for (const RepAssignment &a : data.repAssignments)
        assignmentsOf[a.repId].push_back(&a);
    for (const Rep &rep : data.reps) {
        bool any = false;
        for (const RepAssignment *a : assignmentsOf[rep.id]) {
            const Territory *t = names.territory(a->territoryId);
            if (!t || t->modelId != modelId)
                continue;
            any = true;
            repsCsv.writeRow(
                {rep.userId, rep.name, rep.email, t->apiName, t->name, names.path(t->id), a->role});
        }
        if (!any)
            repsCsv.writeRow({rep.userId, rep.name, rep.email, {}, {}, {}, {}});
    }
    return repsCsv.close();
}

} // namespace Tessera::CsvExport
