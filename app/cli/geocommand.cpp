// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/store/workspacefile.h"

namespace Tessera::Cli {

namespace {

const QString Usage = QStringLiteral(
    "usage: tessera-cli geo WS --territory API_NAME [--model NAME] [--add UNITS] [--remove UNITS]\n"
    "  UNITS: comma-separated KIND:ID, KIND one of country, state, county, zip\n"
    "  (county:06085,state:CA,zip:94105,country:US); without --add or --remove,\n"
    "  lists the territory's units and drawn shapes");

// Parses a comma-separated list; the exit status says whether the text was
// malformed (usage) or named a unit that does not exist.
Result<std::vector<UnitRef>> parseUnits(const QString &list)
{
    std::vector<UnitRef> units;
    for (const QString &item : list.split(u',', Qt::SkipEmptyParts)) {
        UnitRef unit;
        QString message;
        if (!parseUnit(item.trimmed(), &unit, &message)) {
            // A kind we know naming no bundled unit, or text that is no unit at all.
            UnitKind kind;
            const bool knownKind =
                item.contains(u':') &&
                unitKindFromName(item.section(u':', 0, 0).trimmed().toLower().toStdString(), &kind);
            return makeError(knownKind ? ErrorCode::NotFound : ErrorCode::Usage, message);
        }
        units.push_back(std::move(unit));
    }
    if (units.empty())
        return makeError(ErrorCode::Usage, QStringLiteral("no unit given in \"%1\"").arg(list));
    return units;
}

} // namespace

int runGeo(QStringList args)
{
    const QString modelName = takeOption(args, QStringLiteral("--model"));
    const QString apiName = takeOption(args, QStringLiteral("--territory"));
    const QString addList = takeOption(args, QStringLiteral("--add"));
    const QString removeList = takeOption(args, QStringLiteral("--remove"));
    if (args.size() != 1 || apiName.isEmpty())
        return usage(Usage);
    const QString path = args.front();

    std::vector<UnitRef> toAdd, toRemove;
    for (auto [list, into] : {std::pair{&addList, &toAdd}, std::pair{&removeList, &toRemove}}) {
        if (list->isEmpty())
            continue;
        Result<std::vector<UnitRef>> parsed = parseUnits(*list);
        if (!parsed)
            return parsed.error().code == ErrorCode::Usage ? usage(parsed.error().message)
                                                           : fail(parsed.error());
        *into = std::move(*parsed);
    }

    Result<WorkspaceData> loaded = openWorkspace(path);
    if (!loaded)
        return fail(loaded.error(), path);
    Result<Id> model = pickModel(*loaded, modelName);
    if (!model)
        return fail(model.error(), path);
    WorkspaceDocument doc;
    if (Status s = doc.reset(std::move(*loaded)); !s)
        return fail(s.error(), path);
    const Territory *territory = nullptr;
    for (const Territory &t : doc.territories()) {
        if (t.modelId == *model && t.apiName.compare(apiName, Qt::CaseInsensitive) == 0)
            territory = &t;
    }
    if (!territory)
        return fail(
            makeError(ErrorCode::NotFound, QStringLiteral("territory \"%1\" is not in model \"%2\"")
                                               .arg(apiName, doc.model(*model)->apiName)),
            path);
    const Id territoryId = territory->id;
    const QString territoryName = territory->apiName;

    QTextStream &o = out();
    if (toAdd.empty() && toRemove.empty()) {
        for (const UnitRef &u : doc.unitsOf(territoryId))
            o << unitLabel(u) << "\t" << unitName(u) << "\n";
        for (const DrawnShape *s : doc.shapesOf(territoryId))
            o << "shape " << s->id << "\t" << s->name << "\n";
        return 0;
    }

    for (const UnitRef &u : toRemove) {
        if (doc.unitOwner(*model, u) != territoryId)
            return fail(
                makeError(ErrorCode::NotFound, QStringLiteral("%1 does not belong to territory %2")
                                                   .arg(unitLabel(u), territoryName)),
                path);
    }
    std::vector<UnitOwner> owners;
    for (const UnitRef &u : toRemove)
        owners.push_back({u, NoId});
    for (const UnitRef &u : toAdd)
        owners.push_back({u, territoryId});
    Result<std::vector<UnitOwner>> previous = doc.setUnitOwners(*model, owners);
    if (!previous)
        return fail(previous.error(), path);
    for (std::size_t i = 0; i < owners.size(); ++i) {
        const UnitOwner &was = (*previous)[i];
        const QString label = unitLabel(owners[i].unit);
        if (owners[i].territoryId == NoId) {
            o << "removed " << label << "\n";
        } else if (was.territoryId == territoryId) {
            o << "kept " << label << " (already there)\n";
        } else if (was.territoryId != NoId) {
            o << "added " << label << " (taken from " << doc.territory(was.territoryId)->apiName
              << ")\n";
        } else {
            o << "added " << label << "\n";
        }
    }
    if (Status s = WorkspaceFile::save(doc.snapshot(), path); !s)
        return fail(s.error(), path);
    o << "territory " << territoryName << " units: " << doc.unitsOf(territoryId).size() << "\n";
    o << "saved " << path << "\n";
    return 0;
}

} // namespace Tessera::Cli
