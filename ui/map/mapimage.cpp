// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapimage.h"

#include "ui/map/mapcontent.h"
#include "ui/map/mapgeography.h"
#include "ui/map/mapgeometry.h"
#include "ui/map/maprenderer.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>

namespace Tessera {

namespace {

struct Prepared
{
    MapContent content;
    std::shared_ptr<const MapGeometry> geometry;
    MapTerritoryGeography geography;
    MapRenderer::Options drawing;
    MapViewport view;
};

Result<std::unique_ptr<Prepared>> prepare(const WorkspaceData &data, const AssignmentEngine *engine,
                                          const MapImageOptions &options, const QFont &font)
{
    constexpr int MaxSide = 16'384;
    if (options.size.width() < 16 || options.size.height() < 16 || options.size.width() > MaxSide ||
        options.size.height() > MaxSide)
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Tessera::MapImage",
                                                     "the image must be 16 to %1 pixels a side")
                             .arg(MaxSide));
    auto p = std::make_unique<Prepared>();
    p->content.setAccounts(data);
    p->content.setAssignment(data, engine);
    p->geometry = MapGeometry::shared(p->content.projectionKind());
    if (!p->geometry)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("Tessera::MapImage",
                                                     "the bundled boundaries cannot be read"));
    if (Result<std::shared_ptr<const Boundaries>> b = Boundaries::bundled())
        p->geography =
            MapTerritoryGeography::build(data, options.modelId, **b, p->geometry->projection());
    p->drawing.unitTerritories = &p->geography.unitOwners;
    for (const MapTerritoryGeography::Shape &shape : p->geography.shapes)
        p->drawing.drawnShapes.emplace_back(shape.path, shape.territoryId);
    p->drawing.highlightTerritory = options.highlightTerritory;
    p->drawing.title = options.title;
    const MapRenderer renderer(*p->geometry, p->content);
    const QRectF home = p->geometry->projection().homeExtent();
    p->view = MapViewport::fitting(home, options.size);
    const QRect legend = renderer.legendRect(font, p->view, p->drawing);
    p->view = MapViewport::fittingBeside(home, options.size, legend);
    return p;
}

} // namespace

Result<QImage> renderMapImage(const WorkspaceData &data, const AssignmentEngine *engine,
                              const MapImageOptions &options)
{
    QImage image(std::max(1, options.size.width()), std::max(1, options.size.height()),
                 QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    Result<std::unique_ptr<Prepared>> p = prepare(data, engine, options, painter.font());
    if (!p)
        return p.error();
    MapRenderer(*(*p)->geometry, (*p)->content).paint(painter, (*p)->view, (*p)->drawing);
    painter.end();
    return image;
}

MapViewport mapImageViewport(const WorkspaceData &data, const AssignmentEngine *engine,
                             const MapImageOptions &options)
{
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&probe);
    Result<std::unique_ptr<Prepared>> p = prepare(data, engine, options, painter.font());
    return p ? (*p)->view : MapViewport{};
}

} // namespace Tessera
