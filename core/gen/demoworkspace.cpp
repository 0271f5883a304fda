// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled demo: its parameters are data (resources/demo/demo.json); this
// file turns them into a blueprint, builds it, and adds what a real plan has
// beyond generated territories: manual picks, an exclusion, a what-if copy.
#include "core/gen/blueprint.h"
#include "core/gen/workspacegenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <unordered_map>

static void initDemoResource()
{
    Q_INIT_RESOURCE(tessera_demo);
}

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::DemoWorkspace)
};

Error broken(const QString &detail)
{
    return makeError(ErrorCode::Corrupt, Tr::tr("The bundled demo is damaged."), detail);
}

std::vector<std::string> strings(const QJsonValue &v)
{
    std::vector<std::string> out;
    for (const QJsonValue &s : v.toArray())
        out.push_back(s.toString().toStdString());
    return out;
}

Result<QJsonObject> demoJson()
{
    initDemoResource();
    QFile file(QStringLiteral(":/tessera/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return broken(file.fileName());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return broken(error.errorString());
    const QJsonObject o = doc.object();
    if (o.value(u"format").toInt() != 1)
        return broken(QStringLiteral("unknown format"));
    return o;
}

// Copies a model with its territories, rules and links under new ids.
void cloneModel(WorkspaceData &d, Id source, const TerritoryModel &target)
{
    std::unordered_map<Id, Id> map;
    const std::size_t territories = d.territories.size();
    for (std::size_t i = 0; i < territories; ++i) {
        if (d.territories[i].modelId != source)
            continue;
        Territory t = d.territories[i];
        map[t.id] = d.nextId++;
        t.id = map[t.id];
        t.modelId = target.id;
        d.territories.push_back(t);
    }
    for (Territory &t : d.territories) {
        if (t.modelId == target.id && t.parentId != NoId)
            t.parentId = map.at(t.parentId);
    }
    std::unordered_map<Id, Id> ruleMap;
    const std::size_t rules = d.rules.size();
    for (std::size_t i = 0; i < rules; ++i) {
        if (d.rules[i].modelId != source)
            continue;
        AssignmentRule r = d.rules[i];
        ruleMap[r.id] = d.nextId++;
        r.id = ruleMap[r.id];
        r.modelId = target.id;
        d.rules.push_back(r);
    }
    for (const RuleAssociation a : std::vector<RuleAssociation>(d.ruleAssociations)) {
        if (map.count(a.territoryId))
            d.ruleAssociations.push_back(
                {ruleMap.at(a.ruleId), map.at(a.territoryId), a.applyToChildren});
    }
    for (const RepAssignment &a : std::vector<RepAssignment>(d.repAssignments)) {
        if (map.count(a.territoryId))
            d.repAssignments.push_back({a.repId, map.at(a.territoryId), a.role});
    }
    for (auto *links : {&d.manualAssignments, &d.exclusions}) {
        for (const AccountTerritoryLink &l : std::vector<AccountTerritoryLink>(*links)) {
            if (map.count(l.territoryId))
                links->push_back({l.accountId, map.at(l.territoryId)});
        }
    }
    for (const TerritoryUnit &u : std::vector<TerritoryUnit>(d.territoryUnits)) {
        if (map.count(u.territoryId))
            d.territoryUnits.push_back({map.at(u.territoryId), u.unit});
    }
    std::sort(d.territoryUnits.begin(), d.territoryUnits.end());
}

} // namespace

QString demoCompany()
{
    auto json = demoJson();
    return json ? json->value(u"company").toString() : QString();
}

Result<WorkspaceData> demoWorkspace()
{
    auto json = demoJson();
    if (!json)
        return json.error();
    const QJsonObject o = *json;

    Gen::Blueprint bp;
    bp.seed = static_cast<std::uint64_t>(o.value(u"seed").toInteger(1));
    bp.accounts = static_cast<std::size_t>(o.value(u"accounts").toInteger(0));
    bp.leaves = o.value(u"territories").toInt();
    bp.reps = o.value(u"reps").toInt();
    bp.geography = o.value(u"geography").toBool();
    bp.company = o.value(u"company").toString();
    bp.emailDomain = o.value(u"emailDomain").toString().toStdString();
    const QJsonArray models = o.value(u"models").toArray();
    if (models.size() != 2 || bp.accounts == 0 || bp.accounts > 100'000 || bp.leaves < 1 ||
        bp.reps < 1)
        return broken(QStringLiteral("sizes or models out of bounds"));
    const QJsonObject first = models[0].toObject();
    bp.modelName = first.value(u"name").toString();
    bp.modelApiName = first.value(u"apiName").toString();
    bp.modelDescription = first.value(u"description").toString();
    if (!modelStateFromName(first.value(u"state").toString(), &bp.modelState))
        return broken(QStringLiteral("model state"));
    const QJsonObject types = o.value(u"types").toObject();
    bp.regionTypeName = types.value(u"region").toString();
    bp.areaTypeName = types.value(u"area").toString();
    bp.leafTypeName = types.value(u"territory").toString();

    std::unordered_map<QString, std::pair<int, std::unordered_map<QString, int>>> regionIndex;
    for (const QJsonValue &rv : o.value(u"regions").toArray()) {
        const QJsonObject r = rv.toObject();
        Gen::RegionSpec region{r.value(u"name").toString(), {}, {}};
        auto &index = regionIndex[region.name];
        index.first = static_cast<int>(bp.regions.size());
        for (const QJsonValue &av : r.value(u"areas").toArray()) {
            const QJsonObject a = av.toObject();
            Gen::AreaSpec area{a.value(u"name").toString(), strings(a.value(u"states"))};
            index.second[area.name] = static_cast<int>(region.areas.size());
            region.states.insert(region.states.end(), area.states.begin(), area.states.end());
            region.areas.push_back(std::move(area));
        }
        bp.regions.push_back(std::move(region));
    }
    bp.areas = 0;
    for (const auto &r : bp.regions)
        bp.areas += static_cast<int>(r.areas.size());

    bp.segmentField = o.value(u"segmentField").toString().toStdString();
    bp.segmentLabel = o.value(u"segmentLabel").toString();
    for (const QJsonValue &sv : o.value(u"segments").toArray()) {
        const QJsonObject s = sv.toObject();
        bp.segments.push_back(
            {s.value(u"value").toString().toStdString(),
             s.value(u"industry").toString().toStdString(), s.value(u"weight").toDouble(1),
             s.value(u"medianEmployees").toDouble(50), s.value(u"revenuePerEmployee").toDouble(2e5),
             strings(s.value(u"names"))});
    }
    for (const QJsonValue &tv : o.value(u"accountTypes").toArray()) {
        const QJsonObject t = tv.toObject();
        bp.accountTypes.push_back(
            {t.value(u"value").toString().toStdString(), t.value(u"weight").toDouble(1),
             t.value(u"workloadFactor").toDouble(1), t.value(u"potentialFactor").toDouble(1)});
    }
    const QJsonObject words = o.value(u"words").toObject();
    for (auto it = words.begin(); it != words.end(); ++it)
        bp.words[it.key().toStdString()] = strings(it.value());
    bp.repFirstNames = strings(o.value(u"repFirstNames"));
    bp.repLastNames = strings(o.value(u"repLastNames"));
    if (bp.regions.empty() || bp.segments.empty() || bp.accountTypes.empty())
        return broken(QStringLiteral("regions, segments or account types missing"));

    for (const QJsonValue &ev : o.value(u"extraRules").toArray()) {
        const QJsonObject e = ev.toObject();
        auto region = regionIndex.find(e.value(u"region").toString());
        if (region == regionIndex.end())
            return broken(QStringLiteral("rule names an unknown region"));
        Gen::ExtraRule rule;
        rule.label = e.value(u"label").toString();
        rule.region = region->second.first;
        rule.withRegionStates = e.value(u"withRegionStates").toBool();
        if (e.contains(u"area")) {
            auto area = region->second.second.find(e.value(u"area").toString());
            if (area == region->second.second.end())
                return broken(QStringLiteral("rule names an unknown area"));
            rule.area = area->second;
        }
        for (const QJsonValue &iv : e.value(u"items").toArray()) {
            const QJsonObject i = iv.toObject();
            rule.items.push_back({i.value(u"field").toString(), i.value(u"operation").toString(),
                                  i.value(u"value").toString()});
        }
        bp.extraRules.push_back(std::move(rule));
    }

    auto built = Gen::build(bp, {});
    if (!built)
        return built.error();
    WorkspaceData d = std::move(built).value();
    const Id activeModel = d.models.front().id;

    // Where each account lands: its owner's leaf. Areas are found by name.
    std::unordered_map<QString, Id> territoryByName;
    std::unordered_map<Id, Id> parentOf;
    for (const Territory &t : d.territories) {
        territoryByName[t.name] = t.id;
        parentOf[t.id] = t.parentId;
    }
    std::unordered_map<QString, Id> repIdOfUser;
    for (const Rep &r : d.reps)
        repIdOfUser[r.userId] = r.id;
    std::unordered_map<Id, Id> leafOfRep;
    for (const RepAssignment &a : d.repAssignments) {
        if (a.role == QLatin1String("Sales Rep") && !leafOfRep.count(a.repId))
            leafOfRep[a.repId] = a.territoryId;
    }
    auto accountAt = [&](const QJsonObject &link, std::size_t *row) {
        *row = static_cast<std::size_t>(link.value(u"accountRow").toInteger(-1));
        return *row < d.accounts.rowCount();
    };
    auto firstLeafOf = [&](Id area) {
        for (const Territory &t : d.territories) {
            if (t.parentId == area)
                return t.id;
        }
        return NoId;
    };
    for (const QJsonValue &mv : o.value(u"manualAssignments").toArray()) {
        std::size_t row = 0;
        const auto area = territoryByName.find(mv.toObject().value(u"area").toString());
        if (!accountAt(mv.toObject(), &row) || area == territoryByName.end())
            return broken(QStringLiteral("manual assignment"));
        d.manualAssignments.push_back({d.accounts.accountId(row), firstLeafOf(area->second)});
    }
    for (const QJsonValue &ev : o.value(u"exclusions").toArray()) {
        std::size_t row = 0;
        if (!accountAt(ev.toObject(), &row))
            return broken(QStringLiteral("exclusion"));
        const QString owner = QString::fromUtf8(d.accounts.text(row, AccountStore::OwnerIdField));
        d.exclusions.push_back({d.accounts.accountId(row), leafOfRep.at(repIdOfUser.at(owner))});
    }

    // The what-if: a copy in Planning where one territory changes area.
    const QJsonObject second = models[1].toObject();
    TerritoryModel whatIf;
    whatIf.id = d.nextId++;
    whatIf.name = second.value(u"name").toString();
    whatIf.apiName = second.value(u"apiName").toString();
    whatIf.description = second.value(u"description").toString();
    if (!modelStateFromName(second.value(u"state").toString(), &whatIf.state))
        return broken(QStringLiteral("model state"));
    d.models.push_back(whatIf);
    cloneModel(d, activeModel, whatIf);
    const QJsonObject move = o.value(u"rebalance").toObject();
    Id fromArea = NoId, toArea = NoId;
    for (const Territory &t : d.territories) {
        if (t.modelId != whatIf.id)
            continue;
        if (t.name == move.value(u"moveFromArea").toString())
            fromArea = t.id;
        if (t.name == move.value(u"toArea").toString())
            toArea = t.id;
    }
    if (fromArea == NoId || toArea == NoId)
        return broken(QStringLiteral("rebalance names an unknown area"));
    for (auto it = d.territories.rbegin(); it != d.territories.rend(); ++it) {
        if (it->parentId == fromArea) {
            it->parentId = toArea;
            break;
        }
    }

    if (Status s = WorkspaceDocument::validate(d); !s)
        return broken(s.error().message);
    return d;
}

} // namespace Tessera
