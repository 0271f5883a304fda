// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/geojson.h"

#include "core/geo/accountlocation.h"
#include "core/geo/boundaries.h"
#include "core/geo/geometrics.h"
#include "core/geo/territorygeography.h"
#include "core/geo/zipcentroids.h"
#include "core/interchange/territorynames.h"
#include "core/model/apiname.h"
#include "core/rules/assignmentengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <set>
#include <unordered_map>

namespace Tessera::GeoJson {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::GeoJson)
};

QJsonArray ringJson(const GeoRing &ring, bool reverse)
{
    QJsonArray out;
    auto point = [](const GeoPoint &p) {
        // Six decimals: about 0.1 m, more than the boundaries carry.
        return QJsonArray{std::round(p.x() * 1e6) / 1e6, std::round(p.y() * 1e6) / 1e6};
    };
    if (reverse) {
        for (auto it = ring.rbegin(); it != ring.rend(); ++it)
            out.append(point(*it));
    } else {
        for (const GeoPoint &p : ring)
            out.append(point(p));
    }
    return out;
}

QJsonValue geometryJson(const GeoMultiPolygon &shape)
{
    if (shape.empty())
        return QJsonValue::Null;
    QJsonArray polygons;
    for (const GeoPolygon &p : shape) {
        // Tessera keeps outer rings clockwise; RFC 7946 wants them counter-clockwise.
        QJsonArray rings{ringJson(p.outer(), true)};
        for (const GeoRing &h : p.inners())
            rings.append(ringJson(h, true));
        polygons.append(rings);
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                       {QStringLiteral("coordinates"), polygons}};
}

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::isfinite(v) ? std::round(v * f) / f : 0.0;
}

} // namespace

Result<QByteArray> territoryCollection(const WorkspaceData &data, Id modelId,
                                       const std::vector<GeoRules::TerritoryGeo> &geography,
                                       const Progress &progress)
{
    Result<std::shared_ptr<const Boundaries>> boundaries = Boundaries::bundled();
    if (!boundaries)
        return boundaries.error();
    Result<std::shared_ptr<const ZipCentroids>> zips = ZipCentroids::bundled();
    if (!zips)
        return zips.error();

    AssignmentEngine engine(data, modelId);
    Progress inner;
    inner.cancel = progress.cancel;
    inner.report = [&](double x) {
        progress.update(0.3 * x);
    };
    if (Status s = engine.run(inner); !s)
        return s.error();
    const AccountLocations places = locateAccounts(data.accounts, **boundaries, **zips);
    const int workloadField = data.accounts.fieldIndex(u"Workload__c");
    std::vector<double> weight(data.accounts.rowCount(), 1.0);
    if (workloadField >= 0 && data.accounts.field(workloadField).type == FieldType::Number) {
        for (std::size_t r = 0; r < weight.size(); ++r) {
            const double w = data.accounts.number(r, workloadField);
            weight[r] = std::isnan(w) ? 0.0 : w;
        }
    }

    const TerritoryNames names(data);
    QJsonArray features;
    std::size_t done = 0;
    for (const GeoRules::TerritoryGeo &g : geography) {
        if (progress.cancelled())
            return makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
        const Territory *t = names.territory(g.territoryId);
        if (!t || t->modelId != modelId)
            continue;
        Result<GeoMultiPolygon> shape = TerritoryGeography::shape(**boundaries, g.units, g.drawn);
        if (!shape)
            return makeError(shape.error().code,
                             Tr::tr("Territory %1: %2").arg(t->apiName, shape.error().message),
                             shape.error().detail);
        const ShapeMetrics m = shapeMetrics(*shape);
        const TerritoryTotals totals = engine.totals(t->id);
        std::vector<std::uint32_t> rows;
        engine.accountsOf(t->id).forEach([&](std::uint32_t r) { rows.push_back(r); });
        const double spread =
            shape->empty() ? 0.0 : spreadKm(m.centroid, places.lon, places.lat, weight, rows);
        QJsonObject properties{
            {QStringLiteral("name"), t->name},
            {QStringLiteral("apiName"), t->apiName},
            {QStringLiteral("path"), names.path(t->id)},
            {QStringLiteral("areaKm2"), rounded(m.areaKm2, 1)},
            {QStringLiteral("polsbyPopper"), rounded(m.polsbyPopper, 4)},
            {QStringLiteral("convexHullRatio"), rounded(m.convexHullRatio, 4)},
            {QStringLiteral("parts"), m.parts},
            {QStringLiteral("centroid"),
             shape->empty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonArray{rounded(m.centroid.x(), 6), rounded(m.centroid.y(), 6)})},
            {QStringLiteral("accounts"), static_cast<qint64>(totals.accounts)},
            {QStringLiteral("workload"), rounded(totals.workload, 2)},
            {QStringLiteral("potential"), rounded(totals.potential, 2)},
            {QStringLiteral("spreadKm"), rounded(spread, 2)},
        };
        if (t->colour != 0)
            properties.insert(QStringLiteral("colour"),
                              QStringLiteral("#%1").arg(t->colour, 6, 16, QLatin1Char('0')));
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("properties"), properties},
                                    {QStringLiteral("geometry"), geometryJson(*shape)}});
        progress.update(0.3 +
                        0.7 * static_cast<double>(++done) / static_cast<double>(geography.size()));
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

namespace {

// Reads [[lon, lat], ...]; false when it is not an array of number pairs.
bool readRing(const QJsonValue &value, GeoRing &ring)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &p : value.toArray()) {
        const QJsonArray xy = p.toArray();
        if (xy.size() < 2 || !xy[0].isDouble() || !xy[1].isDouble())
            return false;
        ring.push_back(GeoPoint(xy[0].toDouble(), xy[1].toDouble()));
    }
    return true;
}

bool readPolygon(const QJsonValue &value, GeoPolygon &polygon)
{
    const QJsonArray rings = value.toArray();
    if (!value.isArray() || rings.isEmpty())
        return false;
    if (!readRing(rings[0], polygon.outer()))
        return false;
    for (qsizetype i = 1; i < rings.size(); ++i) {
        polygon.inners().emplace_back();
        if (!readRing(rings[i], polygon.inners().back()))
            return false;
    }
    return true;
}

} // namespace

Result<ReadReport> read(const QByteArray &bytes, const QString &nameProperty,
                        const QString &fileName)
{
    if (bytes.size() > MaxFileBytes)
        return makeError(ErrorCode::Limit,
                         Tr::tr("%1 is larger than %2 MB.").arg(fileName).arg(MaxFileBytes >> 20));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Corrupt, Tr::tr("%1 is not GeoJSON.").arg(fileName),
                         parseError.error != QJsonParseError::NoError
                             ? QStringLiteral("%1 at byte %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset)
                             : QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    const QString type = root.value(QStringLiteral("type")).toString();
    QJsonArray features;
    if (type == u"FeatureCollection")
        features = root.value(QStringLiteral("features")).toArray();
    else if (type == u"Feature")
        features = {root};
    else if (type == u"Polygon" || type == u"MultiPolygon")
        features = {QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                {QStringLiteral("geometry"), root}}};
    else
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("%1 is not GeoJSON: the type is \"%2\"; a FeatureCollection, a "
                                "Feature or a polygon is expected.")
                             .arg(fileName, type));
    if (features.size() > MaxFeatures)
        return makeError(ErrorCode::Limit,
                         Tr::tr("%1 has more than %2 features.").arg(fileName).arg(MaxFeatures));

    ReadReport report;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject f = features[i].toObject();
        const QString name = f.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(nameProperty)
                                 .toVariant()
                                 .toString()
                                 .trimmed();
        const QString label = name.isEmpty() ? Tr::tr("feature %1").arg(i + 1)
                                             : Tr::tr("feature %1 (\"%2\")").arg(i + 1).arg(name);
        auto refuse = [&](const QString &why) {
            report.refused << label + QStringLiteral(": ") + why;
        };
        const QJsonObject geometry = f.value(QStringLiteral("geometry")).toObject();
        const QString kind = geometry.value(QStringLiteral("type")).toString();
        if (kind != u"Polygon" && kind != u"MultiPolygon") {
            refuse(Tr::tr("its geometry is %1, not a Polygon or MultiPolygon.")
                       .arg(kind.isEmpty() ? Tr::tr("missing") : kind));
            continue;
        }
        if (name.isEmpty()) {
            refuse(Tr::tr("it has no \"%1\" property to name its territory.").arg(nameProperty));
            continue;
        }
        GeoMultiPolygon shape;
        const QJsonValue coordinates = geometry.value(QStringLiteral("coordinates"));
        bool ok = true;
        if (kind == u"Polygon") {
            shape.emplace_back();
            ok = readPolygon(coordinates, shape.back());
        } else {
            for (const QJsonValue &p : coordinates.toArray()) {
                shape.emplace_back();
                ok = ok && readPolygon(p, shape.back());
            }
            ok = ok && !shape.empty();
        }
        if (!ok) {
            refuse(Tr::tr("its coordinates are not rings of [longitude, latitude] pairs."));
            continue;
        }
        Result<GeoMultiPolygon> repaired = TerritoryGeography::repair(std::move(shape));
        if (!repaired) {
            refuse(repaired.error().toString());
            continue;
        }
        report.features.push_back({static_cast<int>(i + 1), name, std::move(*repaired)});
    }
    return report;
}

ImportPlan plan(const WorkspaceData &data, Id modelId, const ReadReport &read, Id parentId)
{
    ImportPlan out;
    std::unordered_map<QString, std::vector<Id>> byName; // case-folded name and API name
    std::set<QString> apiNames;
    Id parentType = NoId, siblingType = NoId;
    for (const Territory &t : data.territories) {
        if (t.modelId != modelId)
            continue;
        byName[t.name.toCaseFolded()].push_back(t.id);
        if (t.apiName.compare(t.name, Qt::CaseInsensitive) != 0)
            byName[t.apiName.toCaseFolded()].push_back(t.id);
        apiNames.insert(t.apiName.toCaseFolded());
        if (t.id == parentId)
            parentType = t.typeId;
        if (t.parentId == parentId && siblingType == NoId)
            siblingType = t.typeId;
    }
    std::unordered_map<QString, int> createdByName;
    for (const Feature &f : read.features) {
        const QString key = f.name.toCaseFolded();
        const auto it = byName.find(key);
        ImportPlan::Shape shape{f.index, f.name, NoId, -1, f.shape};
        if (it != byName.end() && it->second.size() > 1) {
            out.refused << Tr::tr("feature %1 (\"%2\"): %3 territories have this name.")
                               .arg(f.index)
                               .arg(f.name)
                               .arg(it->second.size());
            continue;
        }
        if (it != byName.end()) {
            shape.territoryId = it->second.front();
        } else if (auto c = createdByName.find(key); c != createdByName.end()) {
            shape.newTerritory = c->second;
        } else if (parentId != NoId) {
            QString api = ApiName::fromLabel(f.name);
            const QString base = api.left(ApiName::MaxLength - 4);
            for (int n = 2; apiNames.count(api.toCaseFolded()); ++n)
                api = base + QStringLiteral("_%1").arg(n);
            apiNames.insert(api.toCaseFolded());
            out.created.push_back(
                {f.name, api, parentId, siblingType != NoId ? siblingType : parentType});
            shape.newTerritory = static_cast<int>(out.created.size() - 1);
            createdByName.emplace(key, shape.newTerritory);
        } else {
            out.refused << Tr::tr("feature %1 (\"%2\"): no territory of the model has this name; "
                                  "choose a parent to create it under.")
                               .arg(f.index)
                               .arg(f.name);
            continue;
        }
        out.shapes.push_back(std::move(shape));
    }
    return out;
}

Status apply(WorkspaceData &data, Id modelId, const ImportPlan &plan)
{
    std::vector<Id> createdIds;
    for (const ImportPlan::NewTerritory &n : plan.created) {
        Territory t;
        t.id = data.nextId++;
        t.modelId = modelId;
        t.parentId = n.parentId;
        t.typeId = n.typeId;
        t.name = n.name.left(80);
        t.apiName = n.apiName;
        data.territories.push_back(t);
        createdIds.push_back(t.id);
    }
    for (const ImportPlan::Shape &s : plan.shapes) {
        DrawnShape d;
        d.id = data.nextId++;
        d.territoryId = s.territoryId != NoId
                            ? s.territoryId
                            : createdIds[static_cast<std::size_t>(s.newTerritory)];
        d.name = s.name;
        d.shape = s.shape;
        data.drawnShapes.push_back(std::move(d));
    }
    return WorkspaceDocument::validate(data);
}

} // namespace Tessera::GeoJson
