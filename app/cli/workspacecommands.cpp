// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/geo/accountlocation.h"
#include "core/geo/boundaries.h"
#include "core/geo/zipcentroids.h"
#include "core/model/apiname.h"
#include "core/rules/assignmentengine.h"
#include "core/rules/rulecheck.h"
#include "core/store/workspacefile.h"

#include <QFileInfo>

#include <map>

namespace Tessera::Cli {

namespace {

Result<WorkspaceData> open(const QString &path)
{
    return openWorkspace(path);
}

} // namespace

int runNew(QStringList args)
{
    const bool force = takeFlag(args, QStringLiteral("--force"));
    const QString modelName =
        takeOption(args, QStringLiteral("--model"), QStringLiteral("Territory Model"));
    if (args.size() != 1)
        return usage(QStringLiteral("usage: tessera-cli new FILE [--model NAME] [--force]"));
    const QString path = args.front();
    if (QFileInfo::exists(path) && !force)
        return fail(
            makeError(ErrorCode::Io, QStringLiteral("the file exists; use --force to replace it")),
            path);

    WorkspaceDocument doc;
    if (!modelName.isEmpty()) {
        TerritoryModel model;
        model.name = modelName;
        model.apiName = ApiName::fromLabel(modelName);
        if (Result<Id> added = doc.addModel(model); !added)
            return fail(added.error());
    }
    if (Status saved = WorkspaceFile::save(doc.snapshot(), path); !saved)
        return fail(saved.error(), path);
    out() << "created " << path << "\n";
    return 0;
}

int runInfo(QStringList args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("usage: tessera-cli info FILE"));
    const QString path = args.front();
    Result<WorkspaceData> loaded = open(path);
    if (!loaded)
        return fail(loaded.error(), path);
    WorkspaceDocument doc;
    if (Status s = doc.reset(std::move(loaded.value())); !s)
        return fail(s.error(), path);

    QTextStream &o = out();
    o << "file: " << QFileInfo(path).fileName() << "\n";
    o << "schema version: " << WorkspaceFile::SchemaVersion << "\n";
    o << "models: " << doc.models().size() << "\n";
    for (const TerritoryModel &m : doc.models()) {
        const QString prefix = QStringLiteral("model ") + m.apiName;
        o << prefix << " name: " << m.name << "\n";
        o << prefix << " state: " << modelStateName(m.state) << "\n";
        std::map<int, int> perLevel;
        int count = 0;
        for (const Territory &t : doc.territories()) {
            if (t.modelId == m.id) {
                ++perLevel[doc.depth(t.id) + 1];
                ++count;
            }
        }
        o << prefix << " territories: " << count << "\n";
        for (const auto &[level, n] : perLevel)
            o << prefix << " level " << level << " territories: " << n << "\n";
        int rules = 0;
        for (const AssignmentRule &r : doc.rules())
            rules += r.modelId == m.id;
        o << prefix << " rules: " << rules << "\n";
        std::size_t units = 0, shapes = 0;
        for (const TerritoryUnit &u : doc.territoryUnits())
            units += doc.territory(u.territoryId)->modelId == m.id;
        for (const DrawnShape &s : doc.drawnShapes())
            shapes += doc.territory(s.territoryId)->modelId == m.id;
        o << prefix << " geographic units: " << units << "\n";
        o << prefix << " drawn shapes: " << shapes << "\n";
    }
    o << "territory types: " << doc.types().size() << "\n";
    o << "accounts: " << doc.accounts().rowCount() << "\n";
    o << "account fields: " << doc.accounts().fieldCount() << "\n";
    // Where the accounts can be put on the map, and how precisely.
    auto boundaries = Boundaries::bundled();
    auto zips = ZipCentroids::bundled();
    if (!boundaries || !zips)
        return fail(!boundaries ? boundaries.error() : zips.error());
    const AccountLocations located = locateAccounts(doc.accounts(), **boundaries, **zips);
    for (LocationPrecision p :
         {LocationPrecision::Exact, LocationPrecision::Zip, LocationPrecision::State,
          LocationPrecision::Country, LocationPrecision::None})
        o << "accounts located " << locationPrecisionName(p) << ": " << located.count(p) << "\n";
    o << "reps: " << doc.reps().size() << "\n";
    o << "rep assignments: " << doc.repAssignments().size() << "\n";
    o << "manual assignments: " << doc.manualAssignments().size() << "\n";
    o << "exclusions: " << doc.exclusions().size() << "\n";
    return 0;
}

int runValidate(QStringList args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("usage: tessera-cli validate FILE"));
    const QString path = args.front();
    // Loading checks the file and every invariant of the model.
    Result<WorkspaceData> loaded = open(path);
    if (!loaded) {
        fail(loaded.error(), path);
        return static_cast<int>(loaded.error().code);
    }
    const WorkspaceData &d = *loaded;
    // Things that are legal but that an admin will want to hear about.
    QStringList warnings;
    for (const Territory &t : d.territories) {
        if (t.typeId == NoId)
            warnings << QStringLiteral("territory %1 has no territory type").arg(t.apiName);
    }
    std::size_t unlocated = 0;
    const AccountStore &a = d.accounts;
    for (std::size_t r = 0; r < a.rowCount(); ++r) {
        if (std::isnan(a.number(r, AccountStore::BillingLatitudeField)) &&
            a.text(r, AccountStore::BillingPostalCodeField).empty() &&
            a.text(r, AccountStore::BillingStateField).empty())
            ++unlocated;
    }
    if (unlocated)
        warnings << QStringLiteral("%1 accounts have no coordinates, postal code or state")
                        .arg(unlocated);
    // Rules: ETM's limits and what would not compile are errors.
    QStringList errors;
    for (const TerritoryModel &m : d.models) {
        AssignmentEngine engine(d, m.id);
        if (Status s = engine.run(); !s)
            return fail(s.error(), path);
        for (const RuleIssue &issue : checkRules(d, m.id, &engine)) {
            const QString line = QStringLiteral("model %1: %2").arg(m.apiName, issue.message);
            (issue.severity == RuleIssue::Error ? errors : warnings) << line;
        }
    }
    for (const QString &e : errors)
        out() << path << ": error: " << e << "\n";
    for (const QString &w : warnings)
        out() << path << ": warning: " << w << "\n";
    if (!errors.isEmpty()) {
        out() << path << ": invalid (" << errors.size() << " errors, " << warnings.size()
              << " warnings)\n";
        return static_cast<int>(ErrorCode::Failed);
    }
    out() << path << ": valid (" << d.territories.size() << " territories, " << a.rowCount()
          << " accounts, " << warnings.size() << " warnings)\n";
    return 0;
}

} // namespace Tessera::Cli
