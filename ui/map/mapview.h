// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/boundaries.h"
#include "core/model/ids.h"
#include "ui/document/assignmentservice.h"
#include "ui/map/mapcontent.h"
#include "ui/map/mapgeography.h"
#include "ui/map/maprenderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPolygonF>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

class QTimer;

namespace Tessera {

class AssignmentService;
class DocumentSession;
class MapGeometry;

// The territory map of the current model: units and territories, the
// accounts as dots coloured by territory, a legend and a scale.
//
// Speed: the layers below the cursor (land, fills, outlines, accounts) are
// drawn once into an image for the current view; while the view pans or
// zooms, frames draw that image moved and scaled, and the layers are drawn
// again once the view stays still for a moment. Outlines come simplified
// per zoom band (MapGeometry) and accounts binned per screen cell
// (MapRenderer::densityImage), so a full redraw costs about the same at any
// zoom and with a million accounts.
//
// Mouse: the wheel zooms around the cursor; the middle button always pans.
// Tools: Select (drag pans, a click picks the territory there), Select
// Accounts (a lasso), Assign Units (a click gives the unit under the cursor
// to the selected territory, or takes it back; a lasso gives every unit
// whose centre it holds), Draw Shape (clicks add vertices, a double click or
// Enter closes, Backspace takes the last back) and Edit Shapes (drag a
// vertex; Delete or a right click removes it). Every change goes through the
// Editor facade, one undo step each. Keys: + and - zoom, arrows pan, 0 fits,
// Escape cancels.
class MapView : public QWidget
{
    Q_OBJECT

public:
    enum class Tool { Select, SelectAccounts, AssignUnits, DrawShape, EditShapes };
    // A vertex of a drawn shape: ring counts outer and inner rings in order.
    struct VertexRef
    {
        Id shapeId = NoId;
        int ring = -1;
        int vertex = -1;
        bool operator==(const VertexRef &) const = default;
    };
    enum class UnitLevel { Automatic, States, Counties };

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setSession(DocumentSession *session, AssignmentService *service);
    // The territory drawn strong, the others faded; NoId for none.
    void setTerritory(Id territoryId);
    Id territory() const { return m_territory; }

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    void setUnitLevel(UnitLevel level);
    UnitLevel unitLevel() const { return m_unitLevel; }
    void setProjectionKind(MapProjection::Kind kind);
    MapProjection::Kind projectionKind() const;

    const MapViewport &viewport() const { return m_view; }
    void setViewport(QPointF centre, double pixelsPerKm);
    void zoomBy(double factor, QPointF anchor);
    void panBy(QPointF pixels);
    void fitToMap();

    // Brings the map's data up to date with the document and the assignment now.
    void refresh();
    const MapContent &content() const { return m_content; }
    // Whether the map waits for its accounts: for the assignment service to
    // locate them or for its own worker thread to project them (a large
    // workspace); it shows them when they come.
    bool waitingForAccounts() const { return m_waitingForAccounts; }
    // Blocks until accounts being projected on the worker thread are shown.
    void waitForAccounts();
    // Blocks until the world map's outlines, built in the background when
    // the view opened, are ready.
    void waitForWarmUp();
    // Account tables of at least this many rows are projected on a worker
    // thread (most of a second for a million accounts).
    void setBackgroundThreshold(std::size_t rows) { m_backgroundThreshold = rows; }
    // The state or county (per unit level and zoom) under a widget point, or -1.
    int unitAt(QPointF pos) const;
    UnitKind unitKindAtZoom() const;
    // What the tooltip says about a unit: its name and its accounts' totals.
    QString unitSummary(int unit) const;
    // The territory whose account lies nearest a widget point, within a few pixels.
    Id territoryAt(QPointF pos) const;

    // Accounts chosen with the Select Accounts tool, ascending rows.
    const std::vector<std::uint32_t> &selectedAccounts() const { return m_selectedAccounts; }
    // Selects the accounts inside a polygon given in widget coordinates.
    void selectAccountsIn(const QPolygonF &widgetPolygon);
    void clearAccountSelection();

    // The model's territory geography as drawn.
    const MapTerritoryGeography &geography() const { return m_geography; }
    // Assign Units: gives the unit under a widget point to the selected
    // territory, or takes it back when that territory has it already.
    bool clickUnit(QPointF pos);
    // Assign Units: gives the selected territory every unit of the current
    // level whose centre lies in a widget polygon; one undo step.
    bool assignUnitsIn(const QPolygonF &widgetPolygon);
    // Draw Shape: the polygon under way, in widget points.
    void addDrawingVertex(QPointF pos);
    void removeDrawingVertex();
    // Closes the polygon under way into a drawn shape of the selected territory.
    bool finishDrawing();
    QPolygonF drawing() const; // projected km
    // Edit Shapes: the vertex within a few pixels of a widget point.
    std::optional<VertexRef> vertexAt(QPointF pos) const;
    bool moveVertex(const VertexRef &vertex, QPointF to);
    bool deleteVertex(const VertexRef &vertex);

    // Milliseconds of the last full redraw of the layers and of the last frame.
    double lastRenderMs() const { return m_lastRenderMs; }
    double lastFrameMs() const { return m_lastFrameMs; }
    // Draws the layers again now (tests and measurements).
    void renderLayersNow();

signals:
    void territoryPicked(Tessera::Id territoryId);
    void accountsSelected(const std::vector<std::uint32_t> &rows);
    void viewportChanged();
    void hoverChanged(const QString &text);
    // Something the user should know about a tool ("select a territory first").
    void message(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void markAccountsDirty();
    void markAssignmentDirty();
    void markGeographyDirty();
    Id modelId() const;
    bool canEditFor(Id territoryId);
    Result<DrawnShape> editableShape(Id shapeId) const;
    void ensureContent();
    void applyAccounts(std::shared_ptr<const AccountLocations> located,
                       MapContent::Projected *projected);
    void startProjection(std::shared_ptr<const AccountLocations> located);
    void finishProjection(std::shared_ptr<const AccountLocations> located,
                          std::shared_ptr<MapContent::Projected> projected,
                          std::uint64_t generation);
    void joinProjector();
    void invalidateLayers();
    void viewChanged();
    MapRenderer::Options renderOptions() const;
    void updateHover(QPointF pos, QPoint globalPos);
    double minZoom() const;

    DocumentSession *m_session = nullptr;
    AssignmentService *m_service = nullptr;
    std::shared_ptr<const Boundaries> m_boundaries;
    std::shared_ptr<const MapGeometry> m_geometry;
    MapContent m_content;
    MapTerritoryGeography m_geography;
    bool m_geographyDirty = true;
    QPolygonF m_drawing; // projected km
    std::optional<VertexRef> m_dragVertex;
    std::optional<VertexRef> m_activeVertex;
    bool m_accountsDirty = true;
    bool m_waitingForAccounts = false;
    bool m_projecting = false;
    std::uint64_t m_accountsGeneration = 0; // counts account tables, to drop stale projections
    std::size_t m_backgroundThreshold = AssignmentService::DefaultBackgroundThreshold;
    std::thread m_projector;
    // Builds the world map's outlines in the background, so that the first
    // switch to it does not build them on the GUI thread.
    std::jthread m_warmUp;
    bool m_assignmentDirty = true;
    bool m_fitPending = true;
    bool m_userMoved = false;  // zoomed or panned since the last fit
    bool m_kindChosen = false; // the user picked the projection

    Id m_territory = NoId;
    Tool m_tool = Tool::Select;
    UnitLevel m_unitLevel = UnitLevel::Automatic;
    MapViewport m_view;

    QImage m_layers; // land, fills, outlines, accounts for m_layersView
    MapViewport m_layersView;
    bool m_layersValid = false;
    QTimer *m_settleTimer;

    // Mouse gesture under way.
    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QPolygonF m_lasso; // projected km
    int m_hoverUnit = -1;

    std::vector<std::uint32_t> m_selectedAccounts;
    double m_lastRenderMs = 0;
    double m_lastFrameMs = 0;
};

} // namespace Tessera
