// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapview.h"

#include "core/geo/pointlocator.h"
#include "ui/commands/editor.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/documentsession.h"
#include "ui/map/mapgeometry.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Tessera {

namespace {

constexpr double MaxZoom = 400.0; // pixels per km: a city block
constexpr int DragThreshold = 4;
constexpr int SettleMs = 90;
constexpr double PickRadius = 7.0;
constexpr int LegendLines = 16;

// "$4.64 B": sums of revenue read at a glance.
QString compactAmount(double value)
{
    const QLocale locale;
    const double a = std::abs(value);
    if (a >= 1e9)
        return MapView::tr("%1 B").arg(locale.toString(value / 1e9, 'f', 2));
    if (a >= 1e6)
        return MapView::tr("%1 M").arg(locale.toString(value / 1e6, 'f', 1));
    if (a >= 1e4)
        return MapView::tr("%1 K").arg(locale.toString(value / 1e3, 'f', 0));
    return locale.toString(value, 'f', 0);
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_settleTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(SettleMs);
    connect(m_settleTimer, &QTimer::timeout, this, [this] {
        m_layersValid = false;
        update();
    });
    if (Result<std::shared_ptr<const Boundaries>> b = Boundaries::bundled())
        m_boundaries = *b;
    m_geometry = MapGeometry::shared(MapProjection::Kind::UnitedStates);
    m_warmUp = std::jthread([] { MapGeometry::shared(MapProjection::Kind::World); });
}

MapView::~MapView()
{
    joinProjector();
}

void MapView::waitForWarmUp()
{
    if (m_warmUp.joinable())
        m_warmUp.join();
}

void MapView::setSession(DocumentSession *session, AssignmentService *service)
{
    if (m_session)
        disconnect(m_session->document(), nullptr, this, nullptr);
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_session = session;
    m_service = service;
    m_territory = NoId;
    m_selectedAccounts.clear();
    m_kindChosen = false;
    m_fitPending = true;
    m_userMoved = false;
    markAccountsDirty();
    if (!session || !service)
        return;
    WorkspaceDocument *doc = session->document();
    connect(doc, &WorkspaceDocument::resetDone, this, &MapView::markAccountsDirty);
    connect(doc, &WorkspaceDocument::accountsReset, this, &MapView::markAccountsDirty);
    connect(doc, &WorkspaceDocument::territoryChanged, this, &MapView::markAssignmentDirty);
    connect(service, &AssignmentService::resultsChanged, this, &MapView::markAssignmentDirty);
    connect(doc, &WorkspaceDocument::resetDone, this, &MapView::markGeographyDirty);
    connect(doc, &WorkspaceDocument::territoryUnitsChanged, this, &MapView::markGeographyDirty);
    connect(doc, &WorkspaceDocument::drawnShapeAdded, this, &MapView::markGeographyDirty);
    connect(doc, &WorkspaceDocument::drawnShapeChanged, this, &MapView::markGeographyDirty);
    connect(doc, &WorkspaceDocument::drawnShapeRemoved, this, &MapView::markGeographyDirty);
    connect(doc, &WorkspaceDocument::territoryAdded, this, &MapView::markGeographyDirty);
    connect(doc, &WorkspaceDocument::territoryRemoved, this, &MapView::markGeographyDirty);
}

void MapView::markGeographyDirty()
{
    m_geographyDirty = true;
    m_activeVertex.reset();
    m_dragVertex.reset();
    invalidateLayers();
}

Id MapView::modelId() const
{
    return m_service ? m_service->modelId() : NoId;
}

void MapView::markAccountsDirty()
{
    m_accountsDirty = true;
    ++m_accountsGeneration;
    m_assignmentDirty = true;
    m_selectedAccounts.clear();
    invalidateLayers();
}

void MapView::markAssignmentDirty()
{
    m_assignmentDirty = true;
    invalidateLayers();
}

void MapView::invalidateLayers()
{
    m_layersValid = false;
    update();
}

void MapView::refresh()
{
    ensureContent();
}

void MapView::ensureContent()
{
    if (!m_session)
        return;
    if (m_accountsDirty && !m_projecting) {
        // The assignment service locates the accounts with its full run, on
        // a worker thread for a large workspace: the map takes them from
        // there, waits for them rather than locating them again here, and
        // projects a large table on a thread of its own.
        std::shared_ptr<const AccountLocations> located =
            m_service ? m_service->accountLocations() : nullptr;
        m_waitingForAccounts = !located && m_service && m_service->fullRunPending();
        if (m_waitingForAccounts) {
            m_content.clearAccounts();
        } else if (located && located->lon.size() >= m_backgroundThreshold) {
            m_content.clearAccounts();
            startProjection(std::move(located));
        } else {
            applyAccounts(std::move(located), nullptr);
        }
    }
    if (m_assignmentDirty && m_service && !m_waitingForAccounts) {
        // The model may have changed with the assignment.
        m_geographyDirty = true;
        const AssignmentEngine *engine = m_service->engine();
        // While a full run is under way the previous colours stay.
        if (engine || m_service->isRunning() == false)
            m_content.setAssignment(m_service->data(), engine);
        m_assignmentDirty = false;
    }
    if (m_geographyDirty && m_boundaries && m_geometry) {
        m_geography = MapTerritoryGeography::build(m_session->document()->data(), modelId(),
                                                   *m_boundaries, m_geometry->projection());
        m_geographyDirty = false;
    }
    if (m_fitPending && width() > 0 && height() > 0 && m_geometry) {
        const QRectF home = m_geometry->projection().homeExtent();
        m_view = MapViewport::fitting(home, size());
        // Beside the legend when the view is wide enough for both.
        const QRect legend =
            MapRenderer(*m_geometry, m_content).legendRect(font(), m_view, renderOptions());
        m_view = MapViewport::fittingBeside(home, size(), legend);
        m_fitPending = false;
    }
}

void MapView::applyAccounts(std::shared_ptr<const AccountLocations> located,
                            MapContent::Projected *projected)
{
    const MapProjection::Kind kept = m_content.projectionKind();
    m_content.setAccounts(m_session->document()->data(), std::move(located), projected);
    if (m_kindChosen)
        m_content.setProjectionKind(kept);
    else if (m_content.projectionKind() != kept && !m_userMoved)
        m_fitPending = true; // the accounts asked for the other map
    m_geometry = MapGeometry::shared(m_content.projectionKind());
    m_accountsDirty = false;
    m_assignmentDirty = true;
    m_waitingForAccounts = false;
}

void MapView::startProjection(std::shared_ptr<const AccountLocations> located)
{
    joinProjector();
    m_projecting = true;
    m_waitingForAccounts = true;
    const std::optional<MapProjection::Kind> kind =
        m_kindChosen ? std::optional(m_content.projectionKind()) : std::nullopt;
    const std::uint64_t generation = m_accountsGeneration;
    // The worker reads only the locations, which nobody changes; the result
    // comes back through the GUI thread's event queue.
    m_projector = std::thread([this, located, kind, generation] {
        auto projected =
            std::make_shared<MapContent::Projected>(MapContent::project(*located, kind));
        QMetaObject::invokeMethod(
            this,
            [this, located, projected, generation] {
                finishProjection(located, projected, generation);
            },
            Qt::QueuedConnection);
    });
}

void MapView::finishProjection(std::shared_ptr<const AccountLocations> located,
                               std::shared_ptr<MapContent::Projected> projected,
                               std::uint64_t generation)
{
    joinProjector();
    m_projecting = false;
    // New accounts came meanwhile: this projection is of the old ones.
    if (generation == m_accountsGeneration)
        applyAccounts(std::move(located), projected.get());
    invalidateLayers();
}

void MapView::joinProjector()
{
    if (m_projector.joinable())
        m_projector.join();
}

void MapView::waitForAccounts()
{
    ensureContent();
    while (m_projecting) {
        joinProjector();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        ensureContent();
    }
}

// --- view ------------------------------------------------------------------------

void MapView::setTerritory(Id territoryId)
{
    if (territoryId == m_territory)
        return;
    m_territory = territoryId;
    invalidateLayers();
}

void MapView::setTool(Tool tool)
{
    m_tool = tool;
    m_lasso.clear();
    m_drawing.clear();
    m_dragVertex.reset();
    m_activeVertex.reset();
    setCursor(tool == Tool::Select ? Qt::OpenHandCursor : Qt::CrossCursor);
    update();
}

void MapView::setUnitLevel(UnitLevel level)
{
    m_unitLevel = level;
    m_hoverUnit = -1;
}

void MapView::setProjectionKind(MapProjection::Kind kind)
{
    ensureContent();
    m_kindChosen = true;
    if (kind == m_content.projectionKind())
        return;
    // A large table is projected for the other map on the worker thread, as
    // when it came: the map switches now and its accounts follow.
    std::shared_ptr<const AccountLocations> located =
        m_service && !m_projecting && !m_waitingForAccounts ? m_service->accountLocations()
                                                            : nullptr;
    const bool background = located && located->lon.size() >= m_backgroundThreshold &&
                            located->lon.size() == m_content.accountCount();
    if (background)
        m_content.clearAccounts();
    m_content.setProjectionKind(kind);
    if (background)
        startProjection(std::move(located));
    m_geometry = MapGeometry::shared(kind);
    m_geographyDirty = true;
    m_drawing.clear();
    m_fitPending = true;
    m_selectedAccounts.clear();
    ensureContent();
    invalidateLayers();
    emit viewportChanged();
}

MapProjection::Kind MapView::projectionKind() const
{
    return m_content.projectionKind();
}

double MapView::minZoom() const
{
    if (!m_geometry)
        return 1e-4;
    return MapViewport::fitting(m_geometry->projection().homeExtent(), size()).pixelsPerKm / 2;
}

void MapView::setViewport(QPointF centre, double pixelsPerKm)
{
    m_fitPending = false;
    m_userMoved = true;
    m_view.size = size();
    m_view.centre = centre;
    m_view.pixelsPerKm = std::clamp(pixelsPerKm, minZoom(), MaxZoom);
    viewChanged();
}

void MapView::zoomBy(double factor, QPointF anchor)
{
    ensureContent();
    m_userMoved = true;
    const QPointF before = m_view.toMap(anchor);
    const double zoom = std::clamp(m_view.pixelsPerKm * factor, minZoom(), MaxZoom);
    // Keep the map point under the anchor where it is.
    const QPointF centre(before.x() - (anchor.x() - width() / 2.0) / zoom,
                         before.y() + (anchor.y() - height() / 2.0) / zoom);
    setViewport(centre, zoom);
}

void MapView::panBy(QPointF pixels)
{
    ensureContent();
    m_userMoved = true;
    setViewport(m_view.centre + QPointF(-pixels.x(), pixels.y()) / m_view.pixelsPerKm,
                m_view.pixelsPerKm);
}

void MapView::fitToMap()
{
    m_fitPending = true;
    m_userMoved = false;
    ensureContent();
    viewChanged();
}

void MapView::viewChanged()
{
    // Frames until the view settles draw the cached layers moved; then they are drawn anew.
    m_settleTimer->start();
    update();
    emit viewportChanged();
}

// --- drawing ---------------------------------------------------------------------

MapRenderer::Options MapView::renderOptions() const
{
    MapRenderer::Options options;
    options.highlightTerritory = m_territory;
    options.pendingOutline = m_lasso;
    options.selectedAccounts = m_selectedAccounts;
    options.legendLines = LegendLines;
    if (m_hoverUnit >= 0 && (m_tool == Tool::Select || m_tool == Tool::AssignUnits))
        options.selectedUnits.push_back(m_hoverUnit);
    options.unitTerritories = &m_geography.unitOwners;
    for (const MapTerritoryGeography::Shape &shape : m_geography.shapes)
        options.drawnShapes.emplace_back(shape.path, shape.territoryId);
    if (m_tool == Tool::DrawShape && !m_drawing.isEmpty()) {
        options.pendingOutline = m_drawing;
        options.handles = m_drawing;
    }
    if (m_tool == Tool::EditShapes) {
        // Every vertex in view can be dragged; the one held follows the mouse.
        const QRectF visible = m_view.visibleMap();
        for (const MapTerritoryGeography::Shape &shape : m_geography.shapes) {
            for (std::size_t r = 0; r < shape.rings.size(); ++r) {
                for (qsizetype v = 0; v < shape.rings[r].size(); ++v) {
                    const VertexRef ref{shape.id, int(r), int(v)};
                    const QPointF p = m_dragVertex && *m_dragVertex == ref ? m_view.toMap(m_lastPos)
                                                                           : shape.rings[r][v];
                    if (!visible.contains(p))
                        continue;
                    if (m_activeVertex && *m_activeVertex == ref)
                        options.activeHandle = int(options.handles.size());
                    options.handles.append(p);
                }
            }
        }
    }
    return options;
}

void MapView::renderLayersNow()
{
    ensureContent();
    if (!m_geometry)
        return;
    QElapsedTimer timer;
    timer.start();
    m_view.size = size();
    if (m_layers.size() != size())
        m_layers = QImage(size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&m_layers);
    const MapRenderer renderer(*m_geometry, m_content);
    const MapRenderer::Options options = renderOptions();
    renderer.paintBase(painter, m_view, options);
    renderer.paintAccounts(painter, m_view, options);
    painter.end();
    m_layersView = m_view;
    m_layersValid = true;
    m_lastRenderMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void MapView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    ensureContent();
    m_view.size = size();
    QPainter painter(this);
    if (!m_geometry) {
        painter.fillRect(rect(), palette().window());
        painter.drawText(rect(), Qt::AlignCenter, tr("The bundled boundaries cannot be read."));
        return;
    }
    const bool moved = m_layersView.centre != m_view.centre ||
                       m_layersView.pixelsPerKm != m_view.pixelsPerKm ||
                       m_layersView.size != m_view.size;
    const bool interacting = m_settleTimer->isActive();
    if (!m_layersValid && !(interacting && !m_layers.isNull() && m_layersView.size == size()))
        renderLayersNow();
    if (m_layersValid && !moved) {
        painter.drawImage(QPoint(0, 0), m_layers);
    } else {
        // Between settles: the last layers, moved and scaled to the view.
        painter.fillRect(rect(), MapRenderer::waterColour());
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.setTransform(m_layersView.transform().inverted() * m_view.transform());
        painter.drawImage(QPoint(0, 0), m_layers);
        painter.resetTransform();
    }
    const MapRenderer renderer(*m_geometry, m_content);
    renderer.paintOverlays(painter, m_view, renderOptions());
    QString text;
    if (m_waitingForAccounts)
        text = tr("Locating the accounts…");
    else if (m_content.accountCount() > 0 && m_content.locatedCount() < m_content.accountCount())
        text = tr("%L1 of %L2 accounts have no place on the map")
                   .arg(m_content.accountCount() - m_content.locatedCount())
                   .arg(m_content.accountCount());
    if (!text.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(8.5);
        painter.setFont(font);
        const QRect box = painter.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3);
        const QRect placed(width() - box.width() - 10, height() - box.height() - 10, box.width(),
                           box.height());
        painter.fillRect(placed, QColor(255, 255, 255, 210));
        painter.setPen(QColor(0x50, 0x50, 0x50));
        painter.drawText(placed, Qt::AlignCenter, text);
    }
    m_lastFrameMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void MapView::resizeEvent(QResizeEvent *)
{
    // Until the user moves the map it keeps showing the whole of it.
    if (!m_userMoved)
        m_fitPending = true;
    // A hidden map (another tab) waits: locating a million accounts is not free.
    if (m_fitPending && isVisible()) {
        ensureContent();
    } else {
        m_view.size = size();
    }
    m_layersValid = false;
}

void MapView::showEvent(QShowEvent *)
{
    ensureContent();
}

// --- picking ---------------------------------------------------------------------

UnitKind MapView::unitKindAtZoom() const
{
    switch (m_unitLevel) {
    case UnitLevel::States:
        return UnitKind::State;
    case UnitLevel::Counties:
        return UnitKind::County;
    case UnitLevel::Automatic:
        break;
    }
    if (m_view.pixelsPerKm >= MapRenderer::CountyOutlineZoom)
        return UnitKind::County;
    if (projectionKind() == MapProjection::Kind::World && m_view.pixelsPerKm < 0.15)
        return UnitKind::Country;
    return UnitKind::State;
}

int MapView::unitAt(QPointF pos) const
{
    if (!m_boundaries || !m_geometry)
        return -1;
    const QPointF km = m_view.toMap(pos);
    const MapProjection &projection = m_geometry->projection();
    const std::optional<QPointF> ll = projection.unproject(km);
    if (!ll)
        return -1;
    auto partAt = [&] {
        for (MapProjection::Part p : {MapProjection::Part::Alaska, MapProjection::Part::Hawaii}) {
            if (projection.insetFrame(p).contains(km))
                return p;
        }
        return MapProjection::Part::Main;
    };
    const UnitKind kind = unitKindAtZoom();
    int unit = m_boundaries->locate(kind, ll->x(), ll->y());
    if (unit < 0 && kind != UnitKind::Country)
        unit = m_boundaries->locate(UnitKind::Country, ll->x(), ll->y());
    const MapGeometry::Shape *shape = m_geometry->shapeOf(unit);
    // A unit drawn elsewhere (Alaska in its inset) is not under this point.
    if (!shape || shape->part != partAt())
        return -1;
    return unit;
}

QString MapView::unitSummary(int unit) const
{
    if (!m_boundaries || unit < 0 || static_cast<std::size_t>(unit) >= m_boundaries->size())
        return {};
    const BoundaryUnit &u = m_boundaries->unit(static_cast<std::size_t>(unit));
    QString name = QString::fromStdString(u.name).toHtmlEscaped();
    if (u.kind == UnitKind::County && u.parent >= 0) {
        const BoundaryUnit &state = m_boundaries->unit(static_cast<std::size_t>(u.parent));
        name = tr("%1, %2").arg(name, QString::fromStdString(state.code));
    }
    QString text = QStringLiteral("<b>%1</b>").arg(name);
    if (u.kind == UnitKind::Country) {
        text += QStringLiteral("<br>") + tr("Country %1").arg(QString::fromStdString(u.code));
        return text;
    }
    //: A unit's kind and code: "County 06075" (FIPS), "State CA"
    text += QStringLiteral("<br>") + (u.kind == UnitKind::County
                                          ? tr("County %1").arg(QString::fromStdString(u.id))
                                          : tr("State %1").arg(QString::fromStdString(u.code)));
    const Id owner = m_geography.ownerOf(unit);
    if (const Territory *t = m_session ? m_session->document()->territory(owner) : nullptr)
        text += QStringLiteral("<br>") + tr("Territory: %1").arg(t->name.toHtmlEscaped());
    const TerritoryTotals totals = m_content.unitTotals(unit);
    text += QStringLiteral("<br>") + tr("%L1 accounts").arg(totals.accounts);
    text += QStringLiteral("<br>") + tr("Workload: %1 h").arg(compactAmount(totals.workload));
    text += QStringLiteral("<br>") + tr("Potential: %1").arg(compactAmount(totals.potential));
    return text;
}

Id MapView::territoryAt(QPointF pos) const
{
    const QPointF at = m_view.toMap(pos);
    for (auto it = m_geography.shapes.rbegin(); it != m_geography.shapes.rend(); ++it) {
        if (it->path.contains(at))
            return it->territoryId;
    }
    // The finest owned unit under the point: its territory holds the accounts there.
    if (m_boundaries) {
        if (const std::optional<QPointF> ll = m_geometry->projection().unproject(at)) {
            for (UnitKind kind : {UnitKind::County, UnitKind::State, UnitKind::Country}) {
                const Id owner = m_geography.ownerOf(m_boundaries->locate(kind, ll->x(), ll->y()));
                if (owner != NoId)
                    return owner;
            }
        }
    }
    const std::vector<float> &xs = m_content.xs();
    const std::vector<float> &ys = m_content.ys();
    const QPointF km = m_view.toMap(pos);
    const double r = PickRadius / m_view.pixelsPerKm;
    double best = r * r;
    std::int64_t found = -1;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double dx = xs[i] - km.x(), dy = ys[i] - km.y();
        if (std::abs(dx) > r || std::abs(dy) > r) // NaN fails too
            continue;
        const double d = dx * dx + dy * dy;
        if (d <= best) {
            best = d;
            found = static_cast<std::int64_t>(i);
        }
    }
    if (found < 0)
        return NoId;
    const std::uint32_t c = m_content.colourIndex()[static_cast<std::size_t>(found)];
    return c < m_content.legend().size() ? m_content.legend()[c].territoryId : NoId;
}

void MapView::selectAccountsIn(const QPolygonF &widgetPolygon)
{
    ensureContent();
    QPolygonF km;
    km.reserve(widgetPolygon.size());
    for (const QPointF &p : widgetPolygon)
        km.append(m_view.toMap(p));
    m_selectedAccounts = m_content.accountsIn(km);
    update();
    emit accountsSelected(m_selectedAccounts);
}

void MapView::clearAccountSelection()
{
    if (m_selectedAccounts.empty())
        return;
    m_selectedAccounts.clear();
    update();
    emit accountsSelected(m_selectedAccounts);
}

// --- input -----------------------------------------------------------------------

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::RightButton && m_tool == Tool::EditShapes) {
        if (const std::optional<VertexRef> v = vertexAt(event->position()))
            deleteVertex(*v);
        return;
    }
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)
        return;
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = event->position();
    if (m_tool == Tool::Select || event->button() == Qt::MiddleButton)
        setCursor(Qt::ClosedHandCursor);
    const bool lassoTool = m_tool == Tool::SelectAccounts || m_tool == Tool::AssignUnits;
    if (lassoTool && event->button() == Qt::LeftButton)
        m_lasso = QPolygonF{m_view.toMap(event->position())};
    if (m_tool == Tool::EditShapes && event->button() == Qt::LeftButton) {
        m_dragVertex = vertexAt(event->position());
        m_activeVertex = m_dragVertex;
        update();
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (!m_pressed) {
        updateHover(pos, event->globalPosition().toPoint());
        return;
    }
    if ((pos - m_pressPos).manhattanLength() >= DragThreshold)
        m_dragging = true;
    const bool panning = m_tool == Tool::Select || (event->buttons() & Qt::MiddleButton);
    if (panning && m_dragging) {
        panBy(pos - m_lastPos);
    } else if (!m_lasso.isEmpty()) {
        m_lasso.append(m_view.toMap(pos));
        update();
    } else if (m_dragVertex) {
        update();
    }
    m_lastPos = pos;
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    setCursor(m_tool == Tool::Select ? Qt::OpenHandCursor : Qt::CrossCursor);
    const bool click = !m_dragging;
    if (event->button() == Qt::RightButton)
        return;
    if (m_tool == Tool::SelectAccounts && event->button() == Qt::LeftButton) {
        QPolygonF widgetPolygon;
        for (const QPointF &km : std::as_const(m_lasso))
            widgetPolygon.append(m_view.toScreen(km));
        m_lasso.clear();
        if (click || widgetPolygon.size() < 3)
            clearAccountSelection();
        else
            selectAccountsIn(widgetPolygon);
        update();
        return;
    }
    if (m_tool == Tool::AssignUnits && event->button() == Qt::LeftButton) {
        QPolygonF widgetPolygon;
        for (const QPointF &km : std::as_const(m_lasso))
            widgetPolygon.append(m_view.toScreen(km));
        m_lasso.clear();
        if (click)
            clickUnit(event->position());
        else if (widgetPolygon.size() >= 3)
            assignUnitsIn(widgetPolygon);
        update();
        return;
    }
    if (m_tool == Tool::DrawShape && event->button() == Qt::LeftButton && click) {
        addDrawingVertex(event->position());
        return;
    }
    if (m_tool == Tool::EditShapes && event->button() == Qt::LeftButton) {
        const std::optional<VertexRef> dragged = std::exchange(m_dragVertex, std::nullopt);
        if (dragged && !click)
            moveVertex(*dragged, event->position());
        update();
        return;
    }
    if (click && event->button() == Qt::LeftButton) {
        const Id picked = territoryAt(event->position());
        if (picked != NoId)
            emit territoryPicked(picked);
    }
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The first click of the pair added a vertex already.
    if (m_tool == Tool::DrawShape && event->button() == Qt::LeftButton) {
        finishDrawing();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double step = std::min(width(), height()) / 6.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, centre);
        break;
    case Qt::Key_0:
        fitToMap();
        break;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_tool != Tool::DrawShape) {
            QWidget::keyPressEvent(event);
            return;
        }
        finishDrawing();
        break;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (m_tool == Tool::DrawShape) {
            removeDrawingVertex();
        } else if (m_tool == Tool::EditShapes && m_activeVertex) {
            deleteVertex(*m_activeVertex);
        } else {
            QWidget::keyPressEvent(event);
            return;
        }
        break;
    case Qt::Key_Escape:
        m_lasso.clear();
        m_drawing.clear();
        m_dragVertex.reset();
        m_activeVertex.reset();
        m_pressed = false;
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::leaveEvent(QEvent *)
{
    if (m_hoverUnit >= 0) {
        m_hoverUnit = -1;
        update();
    }
    emit hoverChanged(QString());
}

void MapView::updateHover(QPointF pos, QPoint globalPos)
{
    const int unit = unitAt(pos);
    if (unit == m_hoverUnit)
        return;
    m_hoverUnit = unit;
    update();
    const QString text = unitSummary(unit);
    emit hoverChanged(text);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, this);
}

} // namespace Tessera

namespace Tessera {

// --- editing geography -------------------------------------------------------------

bool MapView::canEditFor(Id territoryId)
{
    if (!m_session || !m_session->document()->territory(territoryId)) {
        emit message(tr("Select a territory in the tree first: the map gives it what you pick."));
        return false;
    }
    return true;
}

bool MapView::clickUnit(QPointF pos)
{
    ensureContent();
    const int unit = unitAt(pos);
    if (unit < 0 || !m_boundaries || !canEditFor(m_territory))
        return false;
    const BoundaryUnit &u = m_boundaries->unit(static_cast<std::size_t>(unit));
    const UnitRef ref{u.kind, u.id};
    // A second click takes the unit back from the territory.
    if (m_geography.ownerOf(unit) == m_territory)
        return Editor::unassignUnits(*m_session, modelId(), {ref}).ok();
    return Editor::assignUnits(*m_session, m_territory, {ref}).ok();
}

bool MapView::assignUnitsIn(const QPolygonF &widgetPolygon)
{
    ensureContent();
    if (!m_boundaries || !m_geometry || !canEditFor(m_territory))
        return false;
    QPolygonF km;
    for (const QPointF &p : widgetPolygon)
        km.append(m_view.toMap(p));
    const QRectF box = km.boundingRect();
    std::vector<UnitRef> units;
    for (const MapGeometry::Shape &shape : m_geometry->shapes(unitKindAtZoom())) {
        if (!shape.bounds.intersects(box))
            continue;
        const BoundaryUnit &u = m_boundaries->unit(static_cast<std::size_t>(shape.unit));
        const QPointF centre =
            m_geometry->projection().project(u.centroid.x(), u.centroid.y(), shape.part);
        if (km.containsPoint(centre, Qt::OddEvenFill) &&
            m_geography.ownerOf(shape.unit) != m_territory)
            units.push_back({u.kind, u.id});
    }
    if (units.empty())
        return false;
    return Editor::assignUnits(*m_session, m_territory, units).ok();
}

void MapView::addDrawingVertex(QPointF pos)
{
    const QPointF km = m_view.toMap(pos);
    // The second click of a double click lands on the same point: keep one.
    if (!m_drawing.isEmpty() && QLineF(m_view.toScreen(m_drawing.back()), pos).length() < 2)
        return;
    m_drawing.append(km);
    update();
}

void MapView::removeDrawingVertex()
{
    if (!m_drawing.isEmpty())
        m_drawing.removeLast();
    update();
}

QPolygonF MapView::drawing() const
{
    return m_drawing;
}

bool MapView::finishDrawing()
{
    if (m_drawing.size() < 3) {
        emit message(tr("A shape needs at least three corners."));
        return false;
    }
    if (!canEditFor(m_territory) || !m_geometry)
        return false;
    GeoPolygon polygon;
    for (const QPointF &km : std::as_const(m_drawing)) {
        const std::optional<QPointF> ll = m_geometry->projection().unproject(km);
        if (!ll) {
            emit message(tr("A corner of the shape lies off the globe."));
            return false;
        }
        polygon.outer().push_back(GeoPoint(ll->x(), ll->y()));
    }
    polygon.outer().push_back(polygon.outer().front());
    DrawnShape shape;
    shape.territoryId = m_territory;
    if (const Territory *t = m_session->document()->territory(m_territory))
        shape.name = tr("%1 shape").arg(t->name);
    shape.shape.push_back(std::move(polygon));
    // The document repairs the orientation or refuses a crossing outline, with the reason.
    if (!Editor::addDrawnShape(*m_session, std::move(shape)))
        return false;
    m_drawing.clear();
    update();
    return true;
}

std::optional<MapView::VertexRef> MapView::vertexAt(QPointF pos) const
{
    std::optional<VertexRef> found;
    double best = PickRadius * PickRadius;
    for (const MapTerritoryGeography::Shape &shape : m_geography.shapes) {
        for (std::size_t r = 0; r < shape.rings.size(); ++r) {
            for (qsizetype v = 0; v < shape.rings[r].size(); ++v) {
                const QPointF d = m_view.toScreen(shape.rings[r][v]) - pos;
                const double dd = d.x() * d.x() + d.y() * d.y();
                if (dd <= best) {
                    best = dd;
                    found = VertexRef{shape.id, int(r), int(v)};
                }
            }
        }
    }
    return found;
}

namespace {

// The ring-th ring of a shape, counting each polygon's outer ring and then its holes.
GeoRing *ringOf(DrawnShape &shape, int ring)
{
    for (GeoPolygon &p : shape.shape) {
        if (ring == 0)
            return &p.outer();
        --ring;
        if (ring < static_cast<int>(p.inners().size()))
            return &p.inners()[static_cast<std::size_t>(ring)];
        ring -= static_cast<int>(p.inners().size());
    }
    return nullptr;
}

} // namespace

Result<DrawnShape> MapView::editableShape(Id shapeId) const
{
    const DrawnShape *shape = m_session ? m_session->document()->drawnShape(shapeId) : nullptr;
    if (!shape)
        return makeError(ErrorCode::NotFound, tr("The shape is gone."));
    return *shape;
}

bool MapView::moveVertex(const VertexRef &vertex, QPointF to)
{
    Result<DrawnShape> shape = editableShape(vertex.shapeId);
    if (!shape || !m_geometry)
        return false;
    GeoRing *ring = ringOf(*shape, vertex.ring);
    const std::optional<QPointF> ll = m_geometry->projection().unproject(m_view.toMap(to));
    if (!ring || !ll || vertex.vertex < 0 || std::size_t(vertex.vertex) + 1 >= ring->size())
        return false;
    (*ring)[std::size_t(vertex.vertex)] = GeoPoint(ll->x(), ll->y());
    if (vertex.vertex == 0)
        ring->back() = ring->front(); // the ring stays closed
    return Editor::editDrawnShape(*m_session, *shape).ok();
}

bool MapView::deleteVertex(const VertexRef &vertex)
{
    Result<DrawnShape> shape = editableShape(vertex.shapeId);
    if (!shape)
        return false;
    GeoRing *ring = ringOf(*shape, vertex.ring);
    if (!ring || vertex.vertex < 0 || std::size_t(vertex.vertex) + 1 >= ring->size())
        return false;
    if (ring->size() <= 4) {
        emit message(tr("A shape keeps at least three corners; delete the shape instead."));
        return false;
    }
    ring->erase(ring->begin() + vertex.vertex);
    if (vertex.vertex == 0)
        ring->back() = ring->front();
    m_activeVertex.reset();
    return Editor::editDrawnShape(*m_session, *shape).ok();
}

} // namespace Tessera
