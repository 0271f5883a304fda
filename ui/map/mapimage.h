// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"
#include "core/util/result.h"
#include "ui/map/maprenderer.h"

#include <QImage>
#include <QSize>

namespace Tessera {

class AssignmentEngine;

// The map of a territory model as an image, drawn as the map view draws it
// fitted to the whole map: for the command line and for exports.
struct MapImageOptions
{
    QSize size{1600, 1000};
    Id modelId = NoId; // whose territories' units and drawn shapes are filled
    Id highlightTerritory = NoId;
    QString title; // the legend's heading; empty: "Territories"
};

// engine: the model's assignment (run), or null to show accounts unassigned.
Result<QImage> renderMapImage(const WorkspaceData &data, const AssignmentEngine *engine,
                              const MapImageOptions &options);
// The view that renderMapImage draws, to find a place in its image.
MapViewport mapImageViewport(const WorkspaceData &data, const AssignmentEngine *engine,
                             const MapImageOptions &options);

} // namespace Tessera
