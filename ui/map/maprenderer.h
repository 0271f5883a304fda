// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/boundaries.h"
#include "core/model/ids.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTransform>

#include <vector>

class QPainter;

namespace Tessera {

class MapContent;
class MapGeometry;

// Which part of the projected plane a map shows: the point at the centre of
// the widget, in projected km, and the zoom in pixels per km.
struct MapViewport
{
    QSize size;
    QPointF centre;
    double pixelsPerKm = 0.3;

    QPointF toScreen(QPointF km) const;
    QPointF toMap(QPointF pixel) const;
    QTransform transform() const; // projected km -> pixels
    QRectF visibleMap() const;    // the projected rectangle on screen
    // Shows a projected rectangle whole, centred, with a margin in pixels,
    // in what the widget leaves free at its right edge.
    static MapViewport fitting(QRectF map, QSize size, int margin = 16, int reservedRight = 0);
    // Fitting beside a legend at the right edge unless that shrinks the map
    // by more than a third; else fitting under it. A map that the legend
    // hides a coast of reads worse than a somewhat smaller one.
    static MapViewport fittingBeside(QRectF map, QSize size, QRect legend);
};

// Draws the map: land and neighbouring countries, territory fills, county
// outlines when zoomed in, state outlines, drawn shapes, the accounts as a
// density of dots coloured by territory, and on top the legend and the
// scale. The widget and the headless render command both draw with it.
class MapRenderer
{
public:
    // Counties are outlined from this zoom on (about 25 px across a typical county).
    static constexpr double CountyOutlineZoom = 0.7;
    // Accounts go into cells of this many pixels; each cell draws one dot.
    static constexpr int DensityCell = 3;

    struct Options
    {
        Id highlightTerritory = NoId; // drawn strong; the others faded
        // Units (indices of Boundaries) and their territories, whose legend
        // entries give the colour; drawn in order, so coarse units first.
        const std::vector<std::pair<int, Id>> *unitTerritories = nullptr;
        // Shapes drawn by users, in projected km, with their territory.
        std::vector<std::pair<QPainterPath, Id>> drawnShapes;
        QPolygonF handles; // vertices that can be edited, projected km
        int activeHandle = -1;
        std::vector<int> selectedUnits;              // outlined
        QPolygonF pendingOutline;                    // lasso or polygon being drawn, projected km
        std::vector<std::uint32_t> selectedAccounts; // ringed
        bool legend = true;
        int legendLines = 0; // most entries the legend lists; 0: as many as fit
        bool scale = true;
        QString title;
    };

    MapRenderer(const MapGeometry &geometry, const MapContent &content)
        : m_geometry(geometry)
        , m_content(content)
    {}

    // The whole map: base layers, accounts, overlays.
    void paint(QPainter &painter, const MapViewport &view, const Options &options) const;
    // Layers that do not depend on the cursor: the part a view caches.
    void paintBase(QPainter &painter, const MapViewport &view, const Options &options) const;
    void paintAccounts(QPainter &painter, const MapViewport &view, const Options &options) const;
    void paintOverlays(QPainter &painter, const MapViewport &view, const Options &options) const;
    void paintLegend(QPainter &painter, const MapViewport &view, const Options &options) const;
    void paintScale(QPainter &painter, const MapViewport &view) const;
    // Where the legend goes on a view (empty when none), for fitting the map beside it.
    QRect legendRect(const QFont &font, const MapViewport &view, const Options &options) const;

    // The accounts as an image of dots, one per cell of DensityCell pixels
    // holding any, in the mean colour of their territories, stronger and
    // larger the more accounts the cell holds.
    QImage densityImage(const MapViewport &view, Id highlightTerritory) const;

    static QColor landColour() { return QColor(0xf4, 0xf1, 0xea); }
    static QColor waterColour() { return QColor(0xdc, 0xe8, 0xf0); }

private:
    struct LegendLayout;
    LegendLayout legendLayout(const QFont &font, const MapViewport &view,
                              const Options &options) const;
    QString legendLabel(std::size_t entry) const;

    const MapGeometry &m_geometry;
    const MapContent &m_content;
};

} // namespace Tessera
