// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/maprenderer.h"

#include "ui/map/mapcontent.h"
#include "ui/map/mapgeometry.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::MapRenderer)
};

// 1, 2 or 5 times a power of ten, at most `limit`.
double niceLength(double limit)
{
    if (!(limit > 0))
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(limit)));
    for (double m : {5.0, 2.0, 1.0}) {
        if (m * p <= limit)
            return m * p;
    }
    return p;
}

QPen cosmeticPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

// --- viewport ------------------------------------------------------------------

QPointF MapViewport::toScreen(QPointF km) const
{
    return {(km.x() - centre.x()) * pixelsPerKm + size.width() / 2.0,
            size.height() / 2.0 - (km.y() - centre.y()) * pixelsPerKm};
}

QPointF MapViewport::toMap(QPointF pixel) const
{
    return {centre.x() + (pixel.x() - size.width() / 2.0) / pixelsPerKm,
            centre.y() - (pixel.y() - size.height() / 2.0) / pixelsPerKm};
}

QTransform MapViewport::transform() const
{
    const double s = pixelsPerKm;
    return QTransform(s, 0, 0, -s, size.width() / 2.0 - centre.x() * s,
                      size.height() / 2.0 + centre.y() * s);
}

QRectF MapViewport::visibleMap() const
{
    const QPointF a = toMap(QPointF(0, 0));
    const QPointF b = toMap(QPointF(size.width(), size.height()));
    return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                  QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

MapViewport MapViewport::fitting(QRectF map, QSize size, int margin, int reservedRight)
{
    MapViewport v;
    v.size = size;
    v.centre = map.center();
    const double w = std::max(1, size.width() - reservedRight - 2 * margin);
    const double h = std::max(1, size.height() - 2 * margin);
    if (map.width() > 0 && map.height() > 0)
        v.pixelsPerKm = std::min(w / map.width(), h / map.height());
    v.centre.rx() += reservedRight / 2.0 / v.pixelsPerKm;
    return v;
}

MapViewport MapViewport::fittingBeside(QRectF map, QSize size, QRect legend)
{
    const MapViewport over = fitting(map, size);
    if (legend.isEmpty())
        return over;
    const MapViewport beside = fitting(map, size, 16, legend.width() + 20);
    return beside.pixelsPerKm >= 0.65 * over.pixelsPerKm ? beside : over;
}

// --- layers ------------------------------------------------------------------------

void MapRenderer::paint(QPainter &painter, const MapViewport &view, const Options &options) const
{
    paintBase(painter, view, options);
    paintAccounts(painter, view, options);
    paintOverlays(painter, view, options);
}

void MapRenderer::paintBase(QPainter &painter, const MapViewport &view,
                            const Options &options) const
{
    painter.save();
    painter.fillRect(QRect(QPoint(0, 0), view.size), waterColour());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(view.transform());
    const QRectF visible = view.visibleMap();
    const int band = MapGeometry::bandFor(view.pixelsPerKm);
    const bool world = m_geometry.projection().kind() == MapProjection::Kind::World;

    auto each = [&](UnitKind kind, auto &&draw) {
        for (const MapGeometry::Shape &s : m_geometry.shapes(kind)) {
            if (s.bounds.intersects(visible))
                draw(s);
        }
    };
    // Land: countries, and on the US map the states (the US is not drawn as a country).
    painter.setPen(Qt::NoPen);
    painter.setBrush(world ? landColour() : landColour().darker(104));
    each(UnitKind::Country, [&](const MapGeometry::Shape &s) { painter.drawPath(s.paths[band]); });
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmeticPen(QColor(0xa8, 0xa8, 0xa2), 0.8));
    each(UnitKind::Country, [&](const MapGeometry::Shape &s) { painter.drawPath(s.paths[band]); });
    painter.setPen(Qt::NoPen);
    if (!world) {
        // The insets show Alaska and Hawaii alone, over whatever lies beneath.
        painter.setBrush(waterColour());
        for (MapProjection::Part part : {MapProjection::Part::Alaska, MapProjection::Part::Hawaii})
            painter.drawRect(m_geometry.projection().insetFrame(part));
        painter.setBrush(landColour());
        each(UnitKind::State,
             [&](const MapGeometry::Shape &s) { painter.drawPath(s.paths[band]); });
    }

    // Territory fills from their units, then shapes they drew.
    const std::vector<char> highlighted = m_content.subtreeMask(options.highlightTerritory);
    auto isFaded = [&](Id territory) {
        const int entry = m_content.legendIndexOf(territory);
        return options.highlightTerritory != NoId &&
               (entry < 0 || !highlighted[static_cast<std::size_t>(entry)]);
    };
    if (options.unitTerritories && !options.unitTerritories->empty()) {
        for (const auto &[unit, territory] : *options.unitTerritories) {
            const MapGeometry::Shape *s = m_geometry.shapeOf(unit);
            const int entry = m_content.legendIndexOf(territory);
            if (!s || entry < 0 || !s->bounds.intersects(visible))
                continue;
            QColor c = m_content.legend()[static_cast<std::size_t>(entry)].colour;
            c.setAlphaF(isFaded(territory) ? 0.18f : 0.55f);
            // Land first: a county's fill replaces its state's instead of mixing with it.
            painter.setBrush(landColour());
            painter.drawPath(s->paths[band]);
            painter.setBrush(c);
            painter.drawPath(s->paths[band]);
        }
    }
    for (const auto &[path, territory] : options.drawnShapes) {
        if (!path.controlPointRect().intersects(visible))
            continue;
        const int entry = m_content.legendIndexOf(territory);
        QColor c = entry >= 0 ? m_content.legend()[static_cast<std::size_t>(entry)].colour
                              : MapContent::unassignedColour();
        const QColor line = c.darker(150);
        c.setAlphaF(isFaded(territory) ? 0.18f : 0.45f);
        painter.setBrush(c);
        painter.setPen(cosmeticPen(line, 1.8));
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
    }

    painter.setBrush(Qt::NoBrush);
    if (view.pixelsPerKm >= CountyOutlineZoom) {
        painter.setPen(cosmeticPen(QColor(0xb4, 0xb4, 0xb0), 0.6));
        each(UnitKind::County,
             [&](const MapGeometry::Shape &s) { painter.drawPath(s.paths[band]); });
    }
    if (!world || view.pixelsPerKm >= 0.15) {
        painter.setPen(cosmeticPen(QColor(0x6e, 0x6e, 0x6a), world ? 0.6 : 1.0));
        each(UnitKind::State,
             [&](const MapGeometry::Shape &s) { painter.drawPath(s.paths[band]); });
    }
    // Frames around the insets, so that Alaska's smaller scale is not mistaken.
    painter.setPen(cosmeticPen(QColor(0x9a, 0x9a, 0x96), 0.8));
    for (MapProjection::Part part : {MapProjection::Part::Alaska, MapProjection::Part::Hawaii}) {
        const QRectF frame = m_geometry.projection().insetFrame(part);
        if (!frame.isEmpty())
            painter.drawRect(frame);
    }
    painter.restore();
}

void MapRenderer::paintAccounts(QPainter &painter, const MapViewport &view,
                                const Options &options) const
{
    if (m_content.locatedCount() == 0)
        return;
    painter.drawImage(QPoint(0, 0), densityImage(view, options.highlightTerritory));
}

QImage MapRenderer::densityImage(const MapViewport &view, Id highlightTerritory) const
{
    const int w = view.size.width(), h = view.size.height();
    QImage image(std::max(1, w), std::max(1, h), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (w <= 0 || h <= 0)
        return image;
    const int cols = (w + DensityCell - 1) / DensityCell;
    const int rows = (h + DensityCell - 1) / DensityCell;
    const std::size_t cells = static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows);
    // One record per cell, so that binning an account touches one cache line.
    struct Cell
    {
        std::uint32_t count, strong, red, green, blue;
    };
    std::vector<Cell> bins(cells, Cell{0, 0, 0, 0, 0});

    const std::vector<MapContent::LegendEntry> &legend = m_content.legend();
    std::vector<QRgb> colours(legend.size());
    for (std::size_t i = 0; i < legend.size(); ++i)
        colours[i] = legend[i].colour.rgb();
    const std::vector<char> highlighted = m_content.subtreeMask(highlightTerritory);
    const bool highlight = highlightTerritory != NoId;

    const float s = static_cast<float>(view.pixelsPerKm);
    const float ox = static_cast<float>(w / 2.0 - view.centre.x() * view.pixelsPerKm);
    const float oy = static_cast<float>(h / 2.0 + view.centre.y() * view.pixelsPerKm);
    const float inv = 1.0f / DensityCell;
    const std::vector<float> &xs = m_content.xs();
    const std::vector<float> &ys = m_content.ys();
    const std::vector<std::uint32_t> &ci = m_content.colourIndex();
    const std::size_t n = std::min({xs.size(), ys.size(), ci.size()});
    for (std::size_t r = 0; r < n; ++r) {
        const float px = xs[r] * s + ox;
        const float py = oy - ys[r] * s;
        // NaN fails both comparisons and is skipped with the points off screen.
        if (!(px >= 0 && px < static_cast<float>(w) && py >= 0 && py < static_cast<float>(h)))
            continue;
        const std::size_t cell =
            static_cast<std::size_t>(static_cast<int>(py * inv)) * static_cast<std::size_t>(cols) +
            static_cast<std::size_t>(static_cast<int>(px * inv));
        const std::uint32_t c = ci[r] < colours.size() ? ci[r] : 0;
        const QRgb rgb = colours[c];
        Cell &bin = bins[cell];
        ++bin.count;
        bin.strong += !highlight || highlighted[c];
        bin.red += static_cast<std::uint32_t>(qRed(rgb));
        bin.green += static_cast<std::uint32_t>(qGreen(rgb));
        bin.blue += static_cast<std::uint32_t>(qBlue(rgb));
    }

    // Few accounts on screen: larger dots so that each one shows; many:
    // dots no larger than their cell so that density reads.
    std::size_t occupied = 0;
    for (const Cell &bin : bins)
        occupied += bin.count > 0;
    const bool sparse = occupied < 20'000;
    for (int cy = 0; cy < rows; ++cy) {
        for (int cx = 0; cx < cols; ++cx) {
            const std::size_t cell = static_cast<std::size_t>(cy) * static_cast<std::size_t>(cols) +
                                     static_cast<std::size_t>(cx);
            const Cell &bin = bins[cell];
            const std::uint32_t k = bin.count;
            if (k == 0)
                continue;
            // Darker than the fills beneath, so dots read on a filled territory too.
            const double shade = 0.82;
            const int r = static_cast<int>(bin.red / k * shade);
            const int g = static_cast<int>(bin.green / k * shade);
            const int b = static_cast<int>(bin.blue / k * shade);
            double alpha = std::min(1.0, 0.62 + 0.16 * std::log10(static_cast<double>(k)));
            if (bin.strong == 0)
                alpha *= 0.22;
            const int a = static_cast<int>(alpha * 255);
            const QRgb pixel = qRgba(r * a / 255, g * a / 255, b * a / 255, a);
            const int size = sparse ? (k == 1 ? 4 : 5) : (k == 1 ? 2 : DensityCell);
            const int x0 = cx * DensityCell + (DensityCell - size) / 2;
            const int y0 = cy * DensityCell + (DensityCell - size) / 2;
            const bool round = size >= 4; // corners left out
            for (int dy = 0; dy < size; ++dy) {
                const int y = y0 + dy;
                if (y < 0 || y >= h)
                    continue;
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                for (int dx = 0; dx < size; ++dx) {
                    const int x = x0 + dx;
                    const bool corner = (dx == 0 || dx == size - 1) && (dy == 0 || dy == size - 1);
                    if (x >= 0 && x < w && !(round && corner))
                        line[x] = pixel;
                }
            }
        }
    }
    return image;
}

void MapRenderer::paintOverlays(QPainter &painter, const MapViewport &view,
                                const Options &options) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const int band = MapGeometry::bandFor(view.pixelsPerKm);
    const QRectF visible = view.visibleMap();
    painter.setTransform(view.transform());
    painter.setBrush(Qt::NoBrush);
    // The highlighted territory's units, outlined in its colour.
    if (options.highlightTerritory != NoId && options.unitTerritories) {
        const int entry = m_content.legendIndexOf(options.highlightTerritory);
        const QColor c = entry >= 0 ? m_content.legend()[static_cast<std::size_t>(entry)].colour
                                    : QColor(Qt::black);
        painter.setPen(cosmeticPen(c.darker(160), 2.0));
        for (const auto &[unit, territory] : *options.unitTerritories) {
            const MapGeometry::Shape *s = m_geometry.shapeOf(unit);
            if (territory == options.highlightTerritory && s && s->bounds.intersects(visible))
                painter.drawPath(s->paths[band]);
        }
    }
    painter.setPen(cosmeticPen(QColor(0x1f, 0x4e, 0x96), 2.5));
    for (int unit : options.selectedUnits) {
        if (const MapGeometry::Shape *s = m_geometry.shapeOf(unit))
            painter.drawPath(s->paths[band]);
    }
    if (!options.pendingOutline.isEmpty()) {
        QPen pen = cosmeticPen(QColor(0x1f, 0x4e, 0x96), 1.5);
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(QColor(0x1f, 0x4e, 0x96, 30));
        painter.drawPolygon(options.pendingOutline);
    }
    painter.resetTransform();
    // Vertices that can be dragged, the active one filled.
    for (qsizetype i = 0; i < options.handles.size(); ++i) {
        const QPointF p = view.toScreen(options.handles[i]);
        painter.setPen(QPen(QColor(0x1f, 0x4e, 0x96), 1.2));
        painter.setBrush(i == options.activeHandle ? QColor(0x1f, 0x4e, 0x96) : QColor(Qt::white));
        painter.drawRect(QRectF(p - QPointF(3.5, 3.5), QSizeF(7, 7)));
    }
    // Selected accounts ringed; past a few thousand the rings would only cover the map.
    if (!options.selectedAccounts.empty() && options.selectedAccounts.size() <= 5000) {
        painter.setPen(QPen(QColor(0x12, 0x2a, 0x55), 1.0));
        painter.setBrush(Qt::NoBrush);
        for (std::uint32_t row : options.selectedAccounts) {
            if (row >= m_content.xs().size() || std::isnan(m_content.xs()[row]))
                continue;
            const QPointF p = view.toScreen(QPointF(m_content.xs()[row], m_content.ys()[row]));
            if (QRectF(QPointF(0, 0), QSizeF(view.size)).contains(p))
                painter.drawEllipse(p, 3.0, 3.0);
        }
    }
    painter.restore();
    if (options.legend)
        paintLegend(painter, view, options);
    if (options.scale)
        paintScale(painter, view);
}

struct MapRenderer::LegendLayout
{
    QFont font, bold;
    int line = 0, swatch = 0, textWidth = 0, countWidth = 0, width = 0;
    std::vector<std::size_t> shown;
    QString title, more;
    QRect box;
};

MapRenderer::LegendLayout MapRenderer::legendLayout(const QFont &base, const MapViewport &view,
                                                    const Options &options) const
{
    const std::vector<MapContent::LegendEntry> &legend = m_content.legend();
    LegendLayout l;
    l.font = base;
    l.font.setPointSizeF(9);
    l.bold = l.font;
    l.bold.setBold(true);
    const QFontMetrics fm(l.font);
    l.line = fm.height() + 3;
    l.swatch = fm.height() - 3;
    const QLocale locale;

    // Territories that hold accounts, in model order, the selected one and
    // those under it first; then the unassigned.
    const std::vector<char> highlighted = m_content.subtreeMask(options.highlightTerritory);
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 1; i < legend.size(); ++i) {
            const bool inSubtree = highlighted[i] != 0;
            if (inSubtree != (pass == 0))
                continue;
            if (legend[i].accounts > 0 || legend[i].territoryId == options.highlightTerritory)
                l.shown.push_back(i);
        }
    }
    if (!legend.empty() && legend[0].accounts > 0)
        l.shown.push_back(0);
    if (l.shown.empty())
        return l;
    int maxLines = std::max(2, (view.size.height() - 2 * 12) / l.line - 2);
    if (options.legendLines > 0)
        maxLines = std::min(maxLines, options.legendLines);
    std::size_t hiddenEntries = 0, hiddenAccounts = 0;
    if (static_cast<int>(l.shown.size()) > maxLines) {
        for (std::size_t i = static_cast<std::size_t>(maxLines) - 1; i < l.shown.size(); ++i) {
            ++hiddenEntries;
            hiddenAccounts += legend[l.shown[i]].accounts;
        }
        l.shown.resize(static_cast<std::size_t>(maxLines) - 1);
    }
    l.title = options.title.isEmpty() ? Tr::tr("Territories") : options.title;
    l.textWidth = std::min(260, QFontMetrics(l.bold).horizontalAdvance(l.title));
    for (std::size_t i : l.shown) {
        l.textWidth = std::max(l.textWidth, std::min(220, fm.horizontalAdvance(legendLabel(i))));
        l.countWidth = std::max(
            l.countWidth, fm.horizontalAdvance(locale.toString(qulonglong(legend[i].accounts))));
    }
    if (hiddenEntries)
        l.more = Tr::tr("%1 more territories: %2 accounts")
                     .arg(locale.toString(qulonglong(hiddenEntries)),
                          locale.toString(qulonglong(hiddenAccounts)));
    l.width = l.swatch + 6 + l.textWidth + 12 + l.countWidth;
    if (!l.more.isEmpty())
        l.width = std::max(l.width, fm.horizontalAdvance(l.more));
    const int lines = static_cast<int>(l.shown.size()) + 1 + (l.more.isEmpty() ? 0 : 1);
    l.box = QRect(view.size.width() - l.width - 2 * 10 - 10, 10, l.width + 2 * 10,
                  lines * l.line + 2 * 7);
    return l;
}

QString MapRenderer::legendLabel(std::size_t entry) const
{
    return entry == 0 ? Tr::tr("Unassigned") : m_content.legend()[entry].name;
}

QRect MapRenderer::legendRect(const QFont &font, const MapViewport &view,
                              const Options &options) const
{
    return options.legend ? legendLayout(font, view, options).box : QRect();
}

void MapRenderer::paintLegend(QPainter &painter, const MapViewport &view,
                              const Options &options) const
{
    const LegendLayout l = legendLayout(painter.font(), view, options);
    if (l.shown.empty())
        return;
    const std::vector<MapContent::LegendEntry> &legend = m_content.legend();
    const QFontMetrics fm(l.font);
    const QLocale locale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.setBrush(QColor(255, 255, 255, 232));
    painter.drawRoundedRect(l.box, 4, 4);
    int y = l.box.top() + 7;
    const int x = l.box.left() + 10;
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(l.bold);
    painter.drawText(QRect(x, y, l.width, l.line), Qt::AlignVCenter | Qt::AlignLeft,
                     QFontMetrics(l.bold).elidedText(l.title, Qt::ElideRight, l.width));
    y += l.line;
    for (std::size_t i : l.shown) {
        const MapContent::LegendEntry &e = legend[i];
        const bool strong = e.territoryId != NoId && e.territoryId == options.highlightTerritory;
        painter.setFont(strong ? l.bold : l.font);
        painter.setPen(e.colour.darker(130));
        painter.setBrush(e.colour);
        painter.drawRect(QRectF(x + 0.5, y + (l.line - l.swatch) / 2.0 + 0.5, l.swatch, l.swatch));
        painter.setPen(QColor(0x20, 0x20, 0x20));
        const QString label =
            QFontMetrics(painter.font()).elidedText(legendLabel(i), Qt::ElideRight, l.textWidth);
        painter.drawText(QRect(x + l.swatch + 6, y, l.textWidth, l.line),
                         Qt::AlignVCenter | Qt::AlignLeft, label);
        painter.drawText(QRect(x + l.swatch + 6 + l.textWidth + 12, y, l.countWidth, l.line),
                         Qt::AlignVCenter | Qt::AlignRight,
                         locale.toString(qulonglong(e.accounts)));
        y += l.line;
    }
    if (!l.more.isEmpty()) {
        painter.setFont(l.font);
        painter.setPen(QColor(0x50, 0x50, 0x50));
        painter.drawText(QRect(x, y, l.width, l.line), Qt::AlignVCenter | Qt::AlignLeft, l.more);
    }
    painter.restore();
}

void MapRenderer::paintScale(QPainter &painter, const MapViewport &view) const
{
    if (!(view.pixelsPerKm > 0))
        return;
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    painter.setFont(font);
    const QFontMetrics fm(font);
    const double maxPx = 140;
    const double km = niceLength(maxPx / view.pixelsPerKm);
    const double miles = niceLength(maxPx / (view.pixelsPerKm * 1.609344));
    const double kmPx = km * view.pixelsPerKm;
    const double miPx = miles * 1.609344 * view.pixelsPerKm;
    const QLocale locale;
    const QString kmText = Tr::tr("%1 km").arg(locale.toString(km, 'g', 6));
    const QString miText = Tr::tr("%1 mi").arg(locale.toString(miles, 'g', 6));
    const int labelWidth = std::max(fm.horizontalAdvance(kmText), fm.horizontalAdvance(miText));
    const int x = 14;
    const int bottom = view.size.height() - 12;
    const QRectF box(x - 6, bottom - 2 * fm.height() - 12, std::max(kmPx, miPx) + labelWidth + 22,
                     2 * fm.height() + 18);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5));
    const double yKm = bottom - fm.height() - 8;
    const double yMi = yKm + fm.height() + 2;
    // Kilometres above the line, miles below, ticks at both ends.
    painter.drawLine(QPointF(x, yKm), QPointF(x + kmPx, yKm));
    painter.drawLine(QPointF(x, yKm - 4), QPointF(x, yKm));
    painter.drawLine(QPointF(x + kmPx, yKm - 4), QPointF(x + kmPx, yKm));
    painter.drawLine(QPointF(x, yMi), QPointF(x + miPx, yMi));
    painter.drawLine(QPointF(x, yMi), QPointF(x, yMi + 4));
    painter.drawLine(QPointF(x + miPx, yMi), QPointF(x + miPx, yMi + 4));
    painter.drawText(QPointF(x + std::max(kmPx, miPx) + 8, yKm + fm.ascent() / 2.0 - 1), kmText);
    painter.drawText(QPointF(x + std::max(kmPx, miPx) + 8, yMi + fm.ascent() / 2.0 + 1), miText);
    painter.restore();
}

} // namespace Tessera
