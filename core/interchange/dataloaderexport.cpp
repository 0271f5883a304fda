// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/dataloaderexport.h"

#include "core/interchange/csvwriter.h"
#include "core/rules/assignmentengine.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace Tessera::DataLoader {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::DataLoader)
};

// One file of the load: which object, insert or update, and which of its
// columns hold placeholders to replace with ids from earlier steps.
struct Step
{
    QString file;
    QString object;
    QString operation; // "Insert" or "Update"
    QStringList mapping;
    std::size_t rows = 0;
};

class Writer
{
public:
    Writer(const WorkspaceData &data, const Options &options, ExportFolder &folder)
        : d(data)
        , o(options)
        , f(folder)
    {
        for (const Territory &t : d.territories)
            territories.emplace(t.id, &t);
        for (const TerritoryType &t : d.types)
            types.emplace(t.id, &t);
        for (const Rep &r : d.reps)
            reps.emplace(r.id, &r);
        for (const TerritoryModel &m : d.models) {
            if (m.id == o.modelId)
                model = &m;
        }
    }

    Status run(const Progress &progress)
    {
        if (!model)
            return makeError(ErrorCode::NotFound, Tr::tr("The model to export does not exist."));
        // Territories of the model, parents before children, grouped by depth.
        std::vector<std::vector<const Territory *>> levels;
        std::unordered_map<Id, std::size_t> depth;
        for (const Territory &t : d.territories) {
            if (t.modelId != model->id)
                continue;
            modelTerritories.push_back(&t);
        }
        // The document keeps parents before children; sort by depth, stable.
        for (const Territory *t : modelTerritories) {
            std::size_t level = 0;
            for (Id up = t->parentId; up != NoId; up = territories.at(up)->parentId)
                ++level;
            depth[t->id] = level;
            if (levels.size() <= level)
                levels.resize(level + 1);
            levels[level].push_back(t);
        }

        if (Status s = writeTypes(); !s)
            return s;
        if (Status s = writeModel(); !s)
            return s;
        for (std::size_t level = 0; level < levels.size(); ++level) {
            if (Status s = writeTerritories(levels[level], level); !s)
                return s;
        }
        progress.update(0.2);
        if (progress.cancelled())
            return makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
        if (!o.allAsManual) {
            if (Status s = writeRules(); !s)
                return s;
        }
        if (Status s = writeUsers(); !s)
            return s;
        if (Status s = writeForecastManagers(); !s)
            return s;
        if (o.allAsManual) {
            if (Status s = writePreviewedAssignment(progress); !s)
                return s;
        } else {
            if (Status s = writeAccountLinks(QStringLiteral("ObjectTerritory2Association"),
                                             d.manualAssignments, true);
                !s)
                return s;
            if (Status s = writeAccountLinks(QStringLiteral("Territory2ObjectExclusion"),
                                             d.exclusions, false);
                !s)
                return s;
        }
        progress.update(0.95);
        return f.write(QStringLiteral("README.txt"), readme().toUtf8());
    }

private:
    QString nextFile(const QString &name)
    {
        return QStringLiteral("%1_%2.csv").arg(steps.size() + 1, 2, 10, QLatin1Char('0')).arg(name);
    }

    // Writes one CSV and records its step.
    template<typename Rows>
    Status csv(Step step, const QStringList &header, Rows &&rows)
    {
        Result<QString> path = f.filePath(step.file);
        if (!path)
            return path.error();
        CsvWriter w(*path);
        if (Status s = w.open(); !s)
            return s;
        w.writeRow(header);
        rows([&](const QStringList &cells) {
            w.writeRow(cells);
            ++step.rows;
        });
        if (Status s = w.close(); !s)
            return s;
        steps.push_back(std::move(step));
        return {};
    }

    static QString boolText(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }

    Status writeTypes()
    {
        std::set<Id> used;
        for (const Territory *t : modelTerritories)
            used.insert(t->typeId);
        Step step{nextFile(QStringLiteral("Territory2Type")),
                  QStringLiteral("Territory2Type"),
                  QStringLiteral("Insert"),
                  {},
                  0};
        return csv(std::move(step),
                   {QStringLiteral("DeveloperName"), QStringLiteral("MasterLabel"),
                    QStringLiteral("Priority"), QStringLiteral("Description")},
                   [&](auto row) {
                       for (const TerritoryType &t : d.types) {
                           if (used.count(t.id))
                               row({t.apiName, t.name, QString::number(t.priority), t.description});
                       }
                   });
    }

    Status writeModel()
    {
        Step step{nextFile(QStringLiteral("Territory2Model")),
                  QStringLiteral("Territory2Model"),
                  QStringLiteral("Insert"),
                  {},
                  0};
        return csv(std::move(step),
                   {QStringLiteral("DeveloperName"), QStringLiteral("Name"),
                    QStringLiteral("Description")},
                   [&](auto row) {
                       row({model->apiName, model->name, model->description});
                   });
    }

    QString typeName(Id typeId) const
    {
        auto it = types.find(typeId);
        return it == types.end() ? QString() : it->second->apiName;
    }

    Status writeTerritories(const std::vector<const Territory *> &level, std::size_t depth)
    {
        Step step{
            nextFile(QStringLiteral("Territory2_level%1").arg(depth + 1)),
            QStringLiteral("Territory2"),
            QStringLiteral("Insert"),
            {Tr::tr("Territory2ModelId: the Id of Territory2Model %1 (step %2)")
                 .arg(model->apiName)
                 .arg(modelStep()),
             Tr::tr("Territory2TypeId: the Ids of the Territory2Type DeveloperNames (step 1, or "
                    "the types the org already has)")},
            0};
        if (depth > 0)
            step.mapping << Tr::tr("ParentTerritory2Id: the Ids of the parent territories' "
                                   "DeveloperNames (step %1)")
                                .arg(steps.size());
        return csv(
            std::move(step),
            {QStringLiteral("DeveloperName"), QStringLiteral("Name"),
             QStringLiteral("Territory2ModelId"), QStringLiteral("Territory2TypeId"),
             QStringLiteral("ParentTerritory2Id"), QStringLiteral("Description"),
             QStringLiteral("AccountAccessLevel"), QStringLiteral("OpportunityAccessLevel"),
             QStringLiteral("CaseAccessLevel")},
            [&](auto row) {
                for (const Territory *t : level) {
                    const QString parent =
                        t->parentId == NoId ? QString() : territories.at(t->parentId)->apiName;
                    row({t->apiName, t->name, model->apiName, typeName(t->typeId), parent,
                         t->description, accessLevelName(t->accountAccess),
                         accessLevelName(t->opportunityAccess), accessLevelName(t->caseAccess)});
                }
            });
    }

    static int modelStep() { return 2; }

    int firstTerritoryStep() const { return 3; }

    QString territoryMapping(const QString &column) const
    {
        return Tr::tr("%1: the Ids of the territories' DeveloperNames (steps %2 to %3)")
            .arg(column)
            .arg(firstTerritoryStep())
            .arg(firstTerritoryStep() + static_cast<int>(territoryLevels()) - 1);
    }

    std::size_t territoryLevels() const
    {
        return static_cast<std::size_t>(std::count_if(
            steps.begin(), steps.end(), [](const Step &s) { return s.object == u"Territory2"; }));
    }

    Status writeRules()
    {
        std::vector<const AssignmentRule *> rules;
        for (const AssignmentRule &r : d.rules) {
            if (r.modelId == model->id)
                rules.push_back(&r);
        }
        // Items can be created only while the rule has no filter, so rules go
        // in inactive and without one; an update sets both after the items.
        Step insert{nextFile(QStringLiteral("ObjectTerritory2AssignmentRule")),
                    QStringLiteral("ObjectTerritory2AssignmentRule"),
                    QStringLiteral("Insert"),
                    {Tr::tr("Territory2ModelId: the Id of Territory2Model %1 (step %2)")
                         .arg(model->apiName)
                         .arg(modelStep())},
                    0};
        if (Status s = csv(
                std::move(insert),
                {QStringLiteral("DeveloperName"), QStringLiteral("MasterLabel"),
                 QStringLiteral("Territory2ModelId"), QStringLiteral("ObjectType"),
                 QStringLiteral("IsActive")},
                [&](auto row) {
                    for (const AssignmentRule *r : rules)
                        row({r->apiName, r->label, model->apiName, r->objectType, boolText(false)});
                });
            !s)
            return s;
        const int ruleStep = static_cast<int>(steps.size());
        Step items{nextFile(QStringLiteral("ObjectTerritory2AssignmentRuleItem")),
                   QStringLiteral("ObjectTerritory2AssignmentRuleItem"),
                   QStringLiteral("Insert"),
                   {Tr::tr("RuleId: the Ids of the rules' DeveloperNames (step %1)").arg(ruleStep)},
                   0};
        if (Status s =
                csv(std::move(items),
                    {QStringLiteral("RuleId"), QStringLiteral("SortOrder"), QStringLiteral("Field"),
                     QStringLiteral("Operation"), QStringLiteral("Value")},
                    [&](auto row) {
                        for (const AssignmentRule *r : rules) {
                            for (std::size_t i = 0; i < r->items.size(); ++i)
                                row({r->apiName, QString::number(i + 1), r->items[i].field,
                                     r->items[i].operation, r->items[i].value});
                        }
                    });
            !s)
            return s;
        Step update{nextFile(QStringLiteral("ObjectTerritory2AssignmentRule_update")),
                    QStringLiteral("ObjectTerritory2AssignmentRule"),
                    QStringLiteral("Update"),
                    {Tr::tr("Id: the Ids of the rules' DeveloperNames (step %1)").arg(ruleStep)},
                    0};
        return csv(
            std::move(update),
            {QStringLiteral("Id"), QStringLiteral("BooleanFilter"), QStringLiteral("IsActive")},
            [&](auto row) {
                for (const AssignmentRule *r : rules)
                    row({r->apiName, r->booleanFilter, boolText(r->active)});
            });
    }

    Status writeUsers()
    {
        Step step{nextFile(QStringLiteral("UserTerritory2Association")),
                  QStringLiteral("UserTerritory2Association"),
                  QStringLiteral("Insert"),
                  {territoryMapping(QStringLiteral("Territory2Id"))},
                  0};
        return csv(std::move(step),
                   {QStringLiteral("UserId"), QStringLiteral("Territory2Id"),
                    QStringLiteral("RoleInTerritory2")},
                   [&](auto row) {
                       for (const Territory *t : modelTerritories) {
                           for (const RepAssignment &a : d.repAssignments) {
                               if (a.territoryId == t->id)
                                   row({reps.at(a.repId)->userId, t->apiName, a.role});
                           }
                       }
                   });
    }

    // ForecastUserId cannot be set on insert, and only to a user already on
    // the territory.
    Status writeForecastManagers()
    {
        Step step{nextFile(QStringLiteral("Territory2_forecast_update")),
                  QStringLiteral("Territory2"),
                  QStringLiteral("Update"),
                  {territoryMapping(QStringLiteral("Id"))},
                  0};
        return csv(std::move(step), {QStringLiteral("Id"), QStringLiteral("ForecastUserId")},
                   [&](auto row) {
                       for (const Territory *t : modelTerritories) {
                           if (t->forecastManagerId != NoId)
                               row({t->apiName, reps.at(t->forecastManagerId)->userId});
                       }
                   });
    }

    Status writeAccountLinks(const QString &object, const std::vector<AccountTerritoryLink> &links,
                             bool manual)
    {
        Step step{nextFile(object),
                  object,
                  QStringLiteral("Insert"),
                  {territoryMapping(QStringLiteral("Territory2Id"))},
                  0};
        QStringList header{QStringLiteral("ObjectId"), QStringLiteral("Territory2Id")};
        if (manual)
            header << QStringLiteral("AssociationCause");
        return csv(std::move(step), header, [&](auto row) {
            for (const Territory *t : modelTerritories) {
                for (const AccountTerritoryLink &l : links) {
                    if (l.territoryId != t->id)
                        continue;
                    QStringList cells{l.accountId, t->apiName};
                    if (manual)
                        cells << QStringLiteral("Territory2Manual");
                    row(cells);
                }
            }
        });
    }

    Status writePreviewedAssignment(const Progress &progress)
    {
        AssignmentEngine engine(d, model->id);
        Progress inner;
        inner.cancel = progress.cancel;
        inner.report = [&](double x) {
            progress.update(0.2 + 0.5 * x);
        };
        if (Status s = engine.run(inner); !s)
            return s;
        Step step{nextFile(QStringLiteral("ObjectTerritory2Association")),
                  QStringLiteral("ObjectTerritory2Association"),
                  QStringLiteral("Insert"),
                  {territoryMapping(QStringLiteral("Territory2Id"))},
                  0};
        previewed = true;
        return csv(
            std::move(step),
            {QStringLiteral("ObjectId"), QStringLiteral("Territory2Id"),
             QStringLiteral("AssociationCause")},
            [&](auto row) {
                for (Id t : engine.territories()) {
                    const QString name = territories.at(t)->apiName;
                    engine.accountsOf(t).forEach([&](std::uint32_t r) {
                        row({d.accounts.accountId(r), name, QStringLiteral("Territory2Manual")});
                    });
                }
            });
    }

    QString readme() const
    {
        QString t;
        t += Tr::tr("Salesforce Data Loader files for territory model %1 (%2)\n")
                 .arg(model->name, model->apiName);
        t += QString(72, u'=') + u'\n';
        t += u'\n';
        t += Tr::tr("Load the files with Data Loader in this order. Each file is one step; the\n"
                    "success file of a step holds the Id of every record it created.\n"
                    "Columns that refer to records of earlier steps hold DeveloperName\n"
                    "placeholders: before loading a file, replace each placeholder with the Id\n"
                    "of the record of that DeveloperName (a lookup on the success file).\n"
                    "Files with no rows have nothing to load.\n");
        t += u'\n';
        for (const QString &n : o.notes)
            t += n + u'\n';
        if (!o.notes.isEmpty())
            t += u'\n';
        int n = 0;
        for (const Step &s : steps) {
            ++n;
            t += Tr::tr("%1. %2  (%3 %4; rows: %5)\n")
                     .arg(n)
                     .arg(s.file, s.operation, s.object)
                     .arg(s.rows);
            for (const QString &m : s.mapping)
                t += QStringLiteral("     map %1\n").arg(m);
        }
        t += u'\n';
        t += Tr::tr("Notes\n-----\n");
        t +=
            Tr::tr("- Rule-to-territory links (RuleTerritory2Association) cannot be created\n"
                   "  through the API; they travel only with the metadata deploy\n"
                   "  (tessera-cli export WS --format salesforce-metadata) or are set in Setup.\n");
        t += Tr::tr("- ContactAccessLevel cannot be set through the API; it follows the org's\n"
                    "  default territory access settings.\n");
        t += Tr::tr("- Forecast managers (step with Territory2_forecast_update) must be users\n"
                    "  already on the territory, so that step comes after the user assignments.\n");
        t += Tr::tr("- Models are created in the Planning state; activate the model in Setup.\n");
        if (previewed)
            t += Tr::tr("- Every account is exported where the previewed assignment puts it, as a\n"
                        "  manual association; assignment rules and exclusions are left out.\n");
        t += u'\n';
        if (!o.allAsManual && !ruleLinks().isEmpty()) {
            t += Tr::tr("Rule links to set up through the metadata deploy or in Setup\n"
                        "-------------------------------------------------------------\n");
            t += ruleLinks();
            t += u'\n';
        }
        t += Tr::tr("Warnings\n--------\n");
        if (o.warnings.isEmpty())
            t += Tr::tr("None.\n");
        for (const QString &w : o.warnings)
            t += QStringLiteral("- ") + w + u'\n';
        return t;
    }

    QString ruleLinks() const
    {
        std::unordered_map<Id, const AssignmentRule *> rules;
        for (const AssignmentRule &r : d.rules)
            rules.emplace(r.id, &r);
        QString out;
        for (const Territory *t : modelTerritories) {
            for (const RuleAssociation &a : d.ruleAssociations) {
                if (a.territoryId != t->id)
                    continue;
                out += QStringLiteral("- %1: %2%3\n")
                           .arg(t->apiName, rules.at(a.ruleId)->apiName,
                                a.applyToChildren ? Tr::tr(" (apply to child territories)")
                                                  : QString());
            }
        }
        return out;
    }

    const WorkspaceData &d;
    const Options &o;
    ExportFolder &f;
    const TerritoryModel *model = nullptr;
    std::unordered_map<Id, const Territory *> territories;
    std::unordered_map<Id, const TerritoryType *> types;
    std::unordered_map<Id, const Rep *> reps;
    std::vector<const Territory *> modelTerritories;
    std::vector<Step> steps;
    bool previewed = false;
};

} // namespace

Status write(const WorkspaceData &data, const Options &options, ExportFolder &folder,
             const Progress &progress)
{
    return Writer(data, options, folder).run(progress);
}

} // namespace Tessera::DataLoader
