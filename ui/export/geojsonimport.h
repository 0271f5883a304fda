// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/geojson.h"

namespace Tessera {

class DocumentSession;

// Carries out a GeoJSON import plan on an open workspace as one undo step:
// the new territories, then the drawn shapes. On an error the step is taken
// back whole and the error is reported through the session.
Status importGeoJsonShapes(DocumentSession &session, Id modelId, const GeoJson::ImportPlan &plan);

} // namespace Tessera
