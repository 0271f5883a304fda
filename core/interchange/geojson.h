// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geotypes.h"
#include "core/interchange/georules.h"
#include "core/model/workspacedocument.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace Tessera::GeoJson {

// Bounds for untrusted GeoJSON.
constexpr qint64 MaxFileBytes = 256 * 1024 * 1024;
constexpr int MaxFeatures = 100'000;

// The territories of a model that have geography, as an RFC 7946
// FeatureCollection: each shape (units and drawn polygons, unioned) with
// properties name, apiName, path, areaKm2, polsbyPopper, convexHullRatio,
// parts (connected parts of the shape), centroid [lon, lat], accounts,
// workload, potential (the previewed assignment) and spreadKm (workload-
// weighted mean distance of its accounts to the centroid). Outer rings
// counter-clockwise, as RFC 7946 asks.
Result<QByteArray> territoryCollection(const WorkspaceData &data, Id modelId,
                                       const std::vector<GeoRules::TerritoryGeo> &geography,
                                       const Progress &progress = {});

// A polygon feature read from a file.
struct Feature
{
    int index = 0;         // position in the file, from 1
    QString name;          // the name property
    GeoMultiPolygon shape; // repaired: rings closed and oriented
};

struct ReadReport
{
    std::vector<Feature> features;
    QStringList refused; // "feature 3 (\"North\"): why", for features that cannot be used
};

// Reads Polygon and MultiPolygon features (a FeatureCollection, a Feature or
// a bare geometry) and their name property. Features of other geometry
// types, without a name, or whose polygons cannot be repaired are listed in
// refused, each naming the feature. A file that is not GeoJSON is an error.
Result<ReadReport> read(const QByteArray &bytes, const QString &nameProperty,
                        const QString &fileName);

// What an import does to a model: territories to create (under a chosen
// parent) for names no territory has, and the shapes to draw on each.
struct ImportPlan
{
    struct NewTerritory
    {
        QString name;
        QString apiName;
        Id parentId = NoId;
        Id typeId = NoId;
    };
    struct Shape
    {
        int feature = 0;
        QString name;
        Id territoryId = NoId; // an existing territory, or NoId with newTerritory set
        int newTerritory = -1; // index into created
        GeoMultiPolygon shape;
    };
    std::vector<NewTerritory> created;
    std::vector<Shape> shapes;
    QStringList refused; // features that name no territory (without a parent), or two
};

// Matches features to territories of the model by name or API name (any
// case). A feature naming no territory gives a new one under parentId when
// that is set (with the type of its siblings, else of the parent), and is
// refused otherwise.
ImportPlan plan(const WorkspaceData &data, Id modelId, const ReadReport &read, Id parentId);

// Carries out a plan on workspace data (the CLI; the GUI uses undo commands).
Status apply(WorkspaceData &data, Id modelId, const ImportPlan &plan);

} // namespace Tessera::GeoJson
