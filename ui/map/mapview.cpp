// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapview.h"

#include "core/geo/pointlocator.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/documentsession.h"
#include "ui/map/mapgeometry.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

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
}

MapView::~MapView() = default;

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
}

void MapView::markAccountsDirty()
{
    m_accountsDirty = true;
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
    if (m_accountsDirty) {
        const MapProjection::Kind kept = m_content.projectionKind();
        m_content.setAccounts(m_session->document()->data());
        if (m_kindChosen)
            m_content.setProjectionKind(kept);
        m_geometry = MapGeometry::shared(m_content.projectionKind());
        m_accountsDirty = false;
        m_assignmentDirty = true;
    }
    if (m_assignmentDirty && m_service) {
        const AssignmentEngine *engine = m_service->engine();
        // While a full run is under way the previous colours stay.
        if (engine || m_service->isRunning() == false)
            m_content.setAssignment(m_service->data(), engine);
        m_assignmentDirty = false;
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
    m_content.setProjectionKind(kind);
    m_geometry = MapGeometry::shared(kind);
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
    if (m_hoverUnit >= 0 && m_tool == Tool::Select)
        options.selectedUnits.push_back(m_hoverUnit);
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
    if (m_content.accountCount() > 0 && m_content.locatedCount() < m_content.accountCount()) {
        const QString text = tr("%L1 of %L2 accounts have no place on the map")
                                 .arg(m_content.accountCount() - m_content.locatedCount())
                                 .arg(m_content.accountCount());
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
    const TerritoryTotals totals = m_content.unitTotals(unit);
    text += QStringLiteral("<br>") + tr("%L1 accounts").arg(totals.accounts);
    text += QStringLiteral("<br>") + tr("Workload: %1 h").arg(compactAmount(totals.workload));
    text += QStringLiteral("<br>") + tr("Potential: %1").arg(compactAmount(totals.potential));
    return text;
}

Id MapView::territoryAt(QPointF pos) const
{
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
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)
        return;
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = event->position();
    if (m_tool == Tool::Select || event->button() == Qt::MiddleButton)
        setCursor(Qt::ClosedHandCursor);
    if (m_tool == Tool::SelectAccounts && event->button() == Qt::LeftButton)
        m_lasso = QPolygonF{m_view.toMap(event->position())};
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
    } else if (m_tool == Tool::SelectAccounts && !m_lasso.isEmpty()) {
        m_lasso.append(m_view.toMap(pos));
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
    if (click && event->button() == Qt::LeftButton) {
        const Id picked = territoryAt(event->position());
        if (picked != NoId)
            emit territoryPicked(picked);
    }
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
    case Qt::Key_Escape:
        m_lasso.clear();
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
