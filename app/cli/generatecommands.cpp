// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/gen/workspacegenerator.h"
#include "core/store/workspacefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

#include <map>
#include <unordered_map>

namespace Tessera::Cli {

namespace {

// A whole number in [lo, hi], or an explanation of what is wrong with it.
bool parseCount(const QString &text, const QString &option, quint64 lo, quint64 hi, quint64 *value,
                QString *problem)
{
    bool ok = false;
    const quint64 v = text.toULongLong(&ok);
    if (!ok || text.startsWith(u'+') || text.startsWith(u'-')) {
        *problem = QStringLiteral("%1 needs a whole number, not \"%2\"").arg(option, text);
        return false;
    }
    if (v < lo || v > hi) {
        *problem = QStringLiteral("%1 must be between %2 and %3").arg(option).arg(lo).arg(hi);
        return false;
    }
    *value = v;
    return true;
}

std::map<int, int> levelsOf(const WorkspaceData &d, Id modelId)
{
    std::unordered_map<Id, Id> parent;
    for (const Territory &t : d.territories)
        parent[t.id] = t.parentId;
    std::map<int, int> perLevel;
    for (const Territory &t : d.territories) {
        if (t.modelId != modelId)
            continue;
        int depth = 0;
        for (Id p = t.parentId; p != NoId && depth <= int(d.territories.size()); p = parent[p])
            ++depth;
        ++perLevel[depth];
    }
    return perLevel;
}

// Name of the type used at each level of a model, for "4 regions, 12 areas".
std::map<int, QString> levelNames(const WorkspaceData &d, Id modelId)
{
    std::unordered_map<Id, Id> parent;
    std::unordered_map<Id, QString> typeName;
    for (const TerritoryType &t : d.types)
        typeName[t.id] = t.name;
    for (const Territory &t : d.territories)
        parent[t.id] = t.parentId;
    std::map<int, QString> names;
    for (const Territory &t : d.territories) {
        if (t.modelId != modelId || !typeName.count(t.typeId))
            continue;
        int depth = 0;
        for (Id p = t.parentId; p != NoId && depth <= int(d.territories.size()); p = parent[p])
            ++depth;
        names.emplace(depth, typeName[t.typeId]);
    }
    return names;
}

QString levelSummary(const WorkspaceData &d, Id modelId)
{
    const auto counts = levelsOf(d, modelId);
    const auto names = levelNames(d, modelId);
    QStringList parts;
    for (const auto &[level, n] : counts) {
        const QString name = names.count(level) ? names.at(level).toLower()
                                                : QStringLiteral("level %1").arg(level + 1);
        QString plural = name + u's';
        if (name.endsWith(u'y'))
            plural = name.chopped(1) + QStringLiteral("ies");
        parts << QStringLiteral("%1 %2").arg(n).arg(n == 1 ? name : plural);
    }
    return parts.join(QStringLiteral(", "));
}

QString demoSummary(const WorkspaceData &d)
{
    QString s;
    QTextStream o(&s);
    o << "Company: " << demoCompany() << "\n";
    o << "Models: " << d.models.size() << "\n";
    const TerritoryModel *active = nullptr;
    for (const TerritoryModel &m : d.models) {
        o << "  " << m.name << " (" << modelStateName(m.state) << "): " << levelSummary(d, m.id)
          << "\n";
        if (m.state == ModelState::Active)
            active = &m;
    }
    o << "Territory types: ";
    QStringList types;
    for (const TerritoryType &t : d.types)
        types << QStringLiteral("%1 (priority %2)").arg(t.name).arg(t.priority);
    o << types.join(QStringLiteral(", ")) << "\n";
    o << "Accounts: " << d.accounts.rowCount() << "\n";
    o << "Reps: " << d.reps.size() << "\n";
    o << "Assignment rules: " << d.rules.size() << " (" << d.ruleAssociations.size()
      << " links to territories)\n";
    o << "Manual assignments: " << d.manualAssignments.size()
      << ", exclusions: " << d.exclusions.size() << "\n";
    o << "Counties given to territories: " << d.territoryUnits.size() << "\n";

    if (active) {
        // Accounts per region of the active model, through each account's owner.
        std::unordered_map<Id, const Territory *> byId;
        for (const Territory &t : d.territories)
            byId[t.id] = &t;
        std::unordered_map<QString, Id> repOfUser;
        for (const Rep &r : d.reps)
            repOfUser[r.userId] = r.id;
        std::unordered_map<Id, Id> regionOfRep;
        for (const RepAssignment &a : d.repAssignments) {
            const Territory *t = byId.at(a.territoryId);
            if (t->modelId != active->id || a.role != QLatin1String("Sales Rep"))
                continue;
            while (t->parentId != NoId)
                t = byId.at(t->parentId);
            regionOfRep.emplace(a.repId, t->id);
        }
        std::map<QString, std::size_t> perRegion;
        std::vector<std::size_t> perOwnerCode;
        const DictionaryColumn &owners = d.accounts.dictionary(AccountStore::OwnerIdField);
        perOwnerCode.assign(owners.values().size(), 0);
        for (std::uint32_t code : owners.codes())
            ++perOwnerCode[code];
        for (std::size_t code = 0; code < perOwnerCode.size(); ++code) {
            if (perOwnerCode[code] == 0)
                continue;
            const QString user = QString::fromStdString(owners.values()[code]);
            auto rep = repOfUser.find(user);
            auto region =
                rep == repOfUser.end() ? regionOfRep.end() : regionOfRep.find(rep->second);
            const QString name = region == regionOfRep.end() ? QStringLiteral("(no region)")
                                                             : byId.at(region->second)->name;
            perRegion[name] += perOwnerCode[code];
        }
        o << "Accounts per region (" << active->name << "):\n";
        for (const auto &[name, n] : perRegion)
            o << "  " << name << ": " << n << "\n";
    }
    o.flush();
    return s;
}

} // namespace

int runGenerate(QStringList args)
{
    const QString help = QStringLiteral(
        "usage: tessera-cli generate [--accounts N] [--territories K] [--reps R] [--seed S] "
        "[--no-rules] [--geography] [--force] -o FILE\n"
        "  --geography: leaf territories own contiguous counties instead of ZIP rules");
    GeneratorOptions options;
    QString problem;
    quint64 v = 0;
    const QString accounts = takeOption(args, QStringLiteral("--accounts"));
    const QString territories = takeOption(args, QStringLiteral("--territories"));
    const QString reps = takeOption(args, QStringLiteral("--reps"));
    const QString seed = takeOption(args, QStringLiteral("--seed"));
    QString path = takeOption(args, QStringLiteral("-o"));
    if (path.isEmpty())
        path = takeOption(args, QStringLiteral("--out"));
    options.rules = !takeFlag(args, QStringLiteral("--no-rules"));
    options.geography = takeFlag(args, QStringLiteral("--geography"));
    const bool force = takeFlag(args, QStringLiteral("--force"));
    if (!args.isEmpty())
        return usage(QStringLiteral("unexpected argument \"%1\"\n%2").arg(args.front(), help));
    if (path.isEmpty())
        return usage(QStringLiteral("generate needs an output file (-o FILE)\n") + help);
    if (!accounts.isNull()) {
        if (!parseCount(accounts, QStringLiteral("--accounts"), 1, MaxGeneratedAccounts, &v,
                        &problem))
            return usage(problem);
        options.accounts = v;
    }
    if (!territories.isNull()) {
        if (!parseCount(territories, QStringLiteral("--territories"), 1, MaxGeneratedTerritories,
                        &v, &problem))
            return usage(problem);
        options.territories = static_cast<int>(v);
    }
    if (!reps.isNull()) {
        if (!parseCount(reps, QStringLiteral("--reps"), 1, MaxGeneratedReps, &v, &problem))
            return usage(problem);
        options.reps = static_cast<int>(v);
    }
    if (!seed.isNull()) {
        if (!parseCount(seed, QStringLiteral("--seed"), 0, ~quint64(0), &v, &problem))
            return usage(problem);
        options.seed = v;
    }
    if (QFileInfo::exists(path) && !force)
        return fail(
            makeError(ErrorCode::Io, QStringLiteral("the file exists; use --force to replace it")),
            path);

    QElapsedTimer timer;
    timer.start();
    Result<WorkspaceData> data = generateWorkspace(options);
    if (!data)
        return fail(data.error());
    const double generated = timer.elapsed() / 1000.0;
    if (Status saved = WorkspaceFile::save(*data, path); !saved)
        return fail(saved.error(), path);
    const double total = timer.elapsed() / 1000.0;

    const WorkspaceData &d = *data;
    out() << "wrote " << path << ": " << d.accounts.rowCount() << " accounts, "
          << levelSummary(d, d.models.front().id) << ", " << d.reps.size() << " reps, "
          << d.rules.size() << " rules, seed " << options.seed << " (generated in "
          << QString::number(generated, 'f', 2) << " s, saved in "
          << QString::number(total - generated, 'f', 2) << " s)\n";
    return 0;
}

int runDemo(QStringList args)
{
    const QString help = QStringLiteral("usage: tessera-cli demo --out DIR");
    const QString dirPath = takeOption(args, QStringLiteral("--out"));
    if (!args.isEmpty())
        return usage(QStringLiteral("unexpected argument \"%1\"\n%2").arg(args.front(), help));
    if (dirPath.isEmpty())
        return usage(QStringLiteral("demo needs an output directory (--out DIR)\n") + help);
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot create the directory")),
                    dirPath);

    Result<WorkspaceData> demo = demoWorkspace();
    if (!demo)
        return fail(demo.error());
    const QString workspacePath = dir.filePath(QStringLiteral("demo.tessera"));
    if (Status saved = WorkspaceFile::save(*demo, workspacePath); !saved)
        return fail(saved.error(), workspacePath);

    const QString summary = demoSummary(*demo);
    const QString summaryPath = dir.filePath(QStringLiteral("summary.txt"));
    QSaveFile file(summaryPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(summary.toUtf8()) < 0 ||
        !file.commit())
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot write the summary"),
                              file.errorString()),
                    summaryPath);
    out() << summary << "Wrote " << workspacePath << " and " << summaryPath << "\n";
    return 0;
}

} // namespace Tessera::Cli
