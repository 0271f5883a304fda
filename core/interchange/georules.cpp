// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/georules.h"

#include "core/geo/boundaries.h"
#include "core/geo/zipcentroids.h"
#include "core/model/apiname.h"
#include "core/rules/rulecheck.h"

#include <QCoreApplication>

#include <boost/geometry/algorithms/covered_by.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace Tessera::GeoRules {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::GeoRules)
};

// Room for the territory's name in a rule label of at most 80 characters.
constexpr int LabelRoom = 80 - 14;

const QString PostalCodeField = QStringLiteral("Account.BillingPostalCode");
const QString StateField = QStringLiteral("Account.BillingState");
const QString CountryField = QStringLiteral("Account.BillingCountryCode");

struct Owners
{
    // Per unit kind, unit id -> territory.
    std::map<std::pair<UnitKind, std::string>, Id> units;
    std::vector<std::pair<Id, const GeoMultiPolygon *>> shapes;

    Id of(UnitKind kind, const std::string &id) const
    {
        auto it = units.find({kind, id});
        return it == units.end() ? NoId : it->second;
    }
};

// A DeveloperName for a territory's n-th rule that no rule of the model has.
QString ruleName(const QString &territory, int n, std::set<QString> &taken)
{
    for (int attempt = 0;; ++attempt) {
        const QString suffix =
            QStringLiteral("_Geo") +
            (n + attempt > 1 ? QStringLiteral("_%1").arg(n + attempt) : QString());
        QString base = territory.left(ApiName::MaxLength - suffix.size());
        while (base.endsWith(u'_'))
            base.chop(1);
        const QString name = base + suffix;
        if (taken.insert(name.toCaseFolded()).second)
            return name;
    }
}

} // namespace

const char *modeName(Mode mode)
{
    switch (mode) {
    case Mode::Zip:
        return "zip";
    case Mode::Region:
        return "region";
    case Mode::None:
        break;
    }
    return "none";
}

bool modeFromName(QStringView name, Mode *out)
{
    for (Mode m : {Mode::None, Mode::Zip, Mode::Region}) {
        if (name == QLatin1String(modeName(m))) {
            *out = m;
            return true;
        }
    }
    return false;
}

std::vector<QStringList> pack(const QStringList &values)
{
    std::vector<QStringList> rules;
    QStringList items;
    QString current;
    auto closeItem = [&] {
        if (current.isEmpty())
            return;
        items << current;
        current.clear();
        if (items.size() == EtmLimits::ItemsPerRule) {
            rules.push_back(items);
            items.clear();
        }
    };
    for (const QString &v : values) {
        if (!current.isEmpty() && current.size() + 1 + v.size() > EtmLimits::ValueLength)
            closeItem();
        if (!current.isEmpty())
            current += u',';
        current += v;
    }
    closeItem();
    if (!items.isEmpty())
        rules.push_back(items);
    return rules;
}

Result<Generated> generate(const WorkspaceData &data, Id modelId, Mode mode,
                           const std::vector<TerritoryGeo> &geography)
{
    Generated out;
    if (mode == Mode::None || geography.empty())
        return out;
    Result<std::shared_ptr<const Boundaries>> loaded = Boundaries::bundled();
    if (!loaded)
        return loaded.error();
    Result<std::shared_ptr<const ZipCentroids>> zipsLoaded = ZipCentroids::bundled();
    if (!zipsLoaded)
        return zipsLoaded.error();
    const Boundaries &b = **loaded;
    const ZipCentroids &zips = **zipsLoaded;

    std::unordered_map<Id, const Territory *> territories;
    for (const Territory &t : data.territories) {
        if (t.modelId == modelId)
            territories.emplace(t.id, &t);
    }
    Owners owners;
    for (const TerritoryGeo &g : geography) {
        if (!territories.count(g.territoryId))
            return makeError(ErrorCode::NotFound,
                             Tr::tr("A territory with geography is not in the model."));
        for (const UnitRef &u : g.units)
            owners.units[{u.kind, u.id}] = g.territoryId;
        for (const GeoMultiPolygon &shape : g.drawn)
            owners.shapes.push_back({g.territoryId, &shape});
    }

    // The owner of every bundled ZIP, finest first.
    const std::vector<int> &zipCounty = b.zipCounties();
    const int us = b.findCountry("US");
    const std::string usId = us >= 0 ? b.unit(static_cast<std::size_t>(us)).id : std::string();
    std::unordered_map<Id, QStringList> zipsOf;
    // ZIPs per state and per state that its owner holds, to tell whole states.
    std::map<std::string, std::size_t> zipsInState;
    std::map<std::pair<Id, std::string>, std::size_t> ownedInState;
    for (std::size_t row = 0; row < zips.size(); ++row) {
        const GeoPoint p(zips.longitude(row), zips.latitude(row));
        Id owner = NoId;
        for (const auto &[territory, shape] : owners.shapes) {
            if (boost::geometry::covered_by(p, *shape)) {
                owner = territory;
                break;
            }
        }
        const std::string zip(zips.zip(row));
        if (owner == NoId)
            owner = owners.of(UnitKind::Zip, zip);
        if (owner == NoId && zipCounty[row] >= 0)
            owner =
                owners.of(UnitKind::County, b.unit(static_cast<std::size_t>(zipCounty[row])).id);
        const int state = b.findState(zips.state(row));
        const std::string stateId =
            state >= 0 ? b.unit(static_cast<std::size_t>(state)).id : std::string();
        if (owner == NoId && state >= 0)
            owner = owners.of(UnitKind::State, stateId);
        if (owner == NoId && !usId.empty())
            owner = owners.of(UnitKind::Country, usId);
        if (!stateId.empty())
            ++zipsInState[stateId];
        if (owner == NoId)
            continue;
        zipsOf[owner] << QString::fromLatin1(zip.data(), 5);
        if (!stateId.empty())
            ++ownedInState[{owner, stateId}];
    }

    std::set<QString> taken;
    for (const AssignmentRule &r : data.rules) {
        if (r.modelId == modelId)
            taken.insert(r.apiName.toCaseFolded());
    }
    Id nextId = data.nextId;
    for (const TerritoryGeo &g : geography) {
        const Territory &t = *territories.at(g.territoryId);
        // Items as (field, values); all ORed.
        std::vector<std::pair<QString, QStringList>> fields;
        bool region = mode == Mode::Region && g.drawn.empty() && !g.units.empty();
        QStringList states, countries, foreign;
        for (const UnitRef &u : g.units) {
            const int index = b.find(u.kind, u.id);
            if (u.kind == UnitKind::State && index >= 0) {
                const BoundaryUnit &s = b.unit(static_cast<std::size_t>(index));
                // Whole only when no finer unit or shape of another territory carves it.
                if (ownedInState[{t.id, s.id}] != zipsInState[s.id])
                    region = false;
                states << QString::fromStdString(s.code) << QString::fromStdString(s.name);
            } else if (u.kind == UnitKind::Country && index >= 0) {
                const BoundaryUnit &c = b.unit(static_cast<std::size_t>(index));
                if (c.id == usId) {
                    for (const auto &[stateId, count] : zipsInState)
                        region = region && ownedInState[{t.id, stateId}] == count;
                    countries << QString::fromStdString(c.code);
                } else {
                    // ZIP codes cannot say it; the country code always does.
                    foreign << QString::fromStdString(c.code);
                }
            } else {
                region = false;
            }
        }
        if (region) {
            if (!states.isEmpty())
                fields.push_back({StateField, states});
            if (!countries.isEmpty())
                fields.push_back({CountryField, countries + foreign});
            else if (!foreign.isEmpty())
                fields.push_back({CountryField, foreign});
        } else {
            if (mode == Mode::Region)
                out.notes << Tr::tr(
                                 "%1: its geography is not whole states or countries; written as "
                                 "ZIP codes.")
                                 .arg(t.apiName);
            QStringList own = zipsOf[t.id];
            own.sort();
            if (!own.isEmpty())
                fields.push_back({PostalCodeField, own});
            if (!foreign.isEmpty())
                fields.push_back({CountryField, foreign});
        }
        if (fields.empty()) {
            out.notes << Tr::tr("%1: no ZIP code falls in its geography; no rule written.")
                             .arg(t.apiName);
            continue;
        }
        // Pack field by field, then fill rules of up to 10 items.
        std::vector<RuleItem> items;
        for (const auto &[field, values] : fields) {
            const QString op =
                field == PostalCodeField ? QStringLiteral("startsWith") : QStringLiteral("equals");
            for (const QStringList &rule : pack(values)) {
                for (const QString &value : rule)
                    items.push_back({field, op, value});
            }
        }
        ++out.territories;
        for (std::size_t start = 0, n = 1; start < items.size();
             start += EtmLimits::ItemsPerRule, ++n) {
            AssignmentRule rule;
            rule.id = nextId++;
            rule.modelId = modelId;
            rule.apiName = ruleName(t.apiName, static_cast<int>(n), taken);
            rule.label = (t.name.left(LabelRoom) + Tr::tr(" geography") +
                          (n > 1 ? QStringLiteral(" %1").arg(n) : QString()));
            const std::size_t end = std::min(items.size(), start + EtmLimits::ItemsPerRule);
            rule.items.assign(items.begin() + static_cast<std::ptrdiff_t>(start),
                              items.begin() + static_cast<std::ptrdiff_t>(end));
            QStringList terms;
            for (std::size_t i = 1; i <= rule.items.size(); ++i)
                terms << QString::number(i);
            if (terms.size() > 1)
                rule.booleanFilter = terms.join(QStringLiteral(" OR "));
            out.links.push_back({rule.id, t.id, false});
            out.rules.push_back(std::move(rule));
        }
    }
    return out;
}

Status addRules(WorkspaceData &data, Id modelId, Mode mode,
                const std::vector<TerritoryGeo> &geography, Generated &report)
{
    Result<Generated> generated = generate(data, modelId, mode, geography);
    if (!generated)
        return generated.error();
    for (AssignmentRule &r : generated->rules) {
        data.nextId = std::max(data.nextId, r.id + 1);
        report.rules.push_back(r);
        data.rules.push_back(std::move(r));
    }
    data.ruleAssociations.insert(data.ruleAssociations.end(), generated->links.begin(),
                                 generated->links.end());
    report.links.insert(report.links.end(), generated->links.begin(), generated->links.end());
    report.territories += generated->territories;
    report.notes += generated->notes;
    return {};
}

std::vector<TerritoryGeo> geographyOf(const WorkspaceData &data, Id modelId)
{
    std::unordered_map<Id, std::size_t> slot;
    std::vector<TerritoryGeo> out;
    for (const Territory &t : data.territories) {
        if (t.modelId != modelId)
            continue;
        slot.emplace(t.id, out.size());
        out.push_back({t.id, {}, {}});
    }
    for (const TerritoryUnit &u : data.territoryUnits) {
        auto it = slot.find(u.territoryId);
        if (it != slot.end())
            out[it->second].units.push_back(u.unit);
    }
    for (const DrawnShape &d : data.drawnShapes) {
        auto it = slot.find(d.territoryId);
        if (it != slot.end())
            out[it->second].drawn.push_back(d.shape);
    }
    std::erase_if(out, [](const TerritoryGeo &g) { return g.units.empty() && g.drawn.empty(); });
    return out;
}

} // namespace Tessera::GeoRules
