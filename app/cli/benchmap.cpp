// SPDX-License-Identifier: GPL-3.0-or-later
// bench map: frames of the territory map at a million accounts, drawn as the
// map view draws them, against drawing every account as a point, in one run.
#include "app/cli/cli.h"

#include "core/gen/workspacegenerator.h"
#include "core/rules/assignmentengine.h"
#include "ui/map/mapcontent.h"
#include "ui/map/mapgeometry.h"
#include "ui/map/maprenderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Tessera::Cli {

namespace {

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

struct Times
{
    std::vector<double> ms;
    double mean() const
    {
        return ms.empty() ? 0 : std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

// The straightforward way: every account in view as a 3-pixel point in its
// territory's colour, batched per colour with drawPoints.
void paintAccountsAsPoints(QPainter &painter, const MapViewport &view, const MapContent &content)
{
    const auto &legend = content.legend();
    std::vector<QPolygonF> byColour(legend.size());
    const QRectF screen(QPointF(0, 0), QSizeF(view.size));
    const auto &xs = content.xs();
    const auto &ys = content.ys();
    const auto &ci = content.colourIndex();
    for (std::size_t r = 0; r < xs.size(); ++r) {
        if (std::isnan(xs[r]))
            continue;
        const QPointF p = view.toScreen(QPointF(xs[r], ys[r]));
        if (screen.contains(p))
            byColour[ci[r] < byColour.size() ? ci[r] : 0].append(p);
    }
    painter.save();
    for (std::size_t c = 0; c < byColour.size(); ++c) {
        QPen pen(legend[c].colour.darker(120), 3);
        pen.setCapStyle(Qt::SquareCap);
        painter.setPen(pen);
        painter.drawPoints(byColour[c]);
    }
    painter.restore();
}

} // namespace

int runBenchMap(QStringList args)
{
    const QString accountsText = takeOption(args, QStringLiteral("--accounts"), "1000000");
    const QString file = takeOption(args, QStringLiteral("--file"));
    const QString roundsText = takeOption(args, QStringLiteral("--rounds"), "3");
    bool ok = false, okRounds = false;
    const qulonglong accounts = accountsText.toULongLong(&ok);
    const int rounds = roundsText.toInt(&okRounds);
    if (!args.isEmpty() || !ok || accounts == 0 || accounts > AccountStore::MaxRows || !okRounds ||
        rounds < 1 || rounds > 100)
        return usage(
            QStringLiteral("usage: tessera-cli bench map [--accounts N | --file WS] [--rounds R]"));

    QElapsedTimer t;
    t.start();
    WorkspaceData data;
    if (!file.isEmpty()) {
        Result<WorkspaceData> loaded = openWorkspace(file);
        if (!loaded)
            return fail(loaded.error(), file);
        data = std::move(*loaded);
    } else {
        GeneratorOptions options;
        options.accounts = accounts;
        options.territories = 200;
        options.reps = 240;
        options.seed = 7;
        Result<WorkspaceData> generated = generateWorkspace(options);
        if (!generated)
            return fail(generated.error());
        data = std::move(*generated);
    }
    Result<Id> model = pickModel(data, {});
    if (!model)
        return fail(model.error(), file);
    AssignmentEngine engine(data, *model);
    if (Status s = engine.run(); !s)
        return fail(s.error(), file);
    out() << "accounts: " << data.accounts.rowCount() << "\n"
          << "workspace and assignment: " << msSince(t) << " ms\n";

    t.restart();
    MapContent content;
    content.setAccounts(data);
    const double locateMs = msSince(t);
    t.restart();
    content.setAssignment(data, &engine);
    const double colourMs = msSince(t);
    t.restart();
    std::shared_ptr<const MapGeometry> geometry = MapGeometry::shared(content.projectionKind());
    if (!geometry)
        return fail(makeError(ErrorCode::Corrupt, QStringLiteral("no bundled boundaries")));
    const double geometryMs = msSince(t);
    // Switching to the other map: the view projects the accounts on its
    // worker thread (MapView::setProjectionKind); of the outlines, the view
    // makes the US map's when it opens and the world map's on a warm-up
    // thread it starts then, once each.
    const MapProjection::Kind other = content.projectionKind() == MapProjection::Kind::World
                                          ? MapProjection::Kind::UnitedStates
                                          : MapProjection::Kind::World;
    t.restart();
    const MapContent::Projected otherAccounts = MapContent::project(content.locations(), other);
    const double otherAccountsMs = msSince(t);
    t.restart();
    const bool otherGeometry = MapGeometry::shared(other) != nullptr;
    const double otherGeometryMs = msSince(t);
    out() << "located accounts: " << content.locatedCount() << "\n"
          << "locate and project accounts: " << locateMs << " ms\n"
          << "colour accounts by territory: " << colourMs << " ms\n"
          << "project and simplify boundaries: " << geometryMs << " ms\n"
          << "other map: project the accounts (worker thread): " << otherAccountsMs << " ms ("
          << otherAccounts.located << " located), its boundaries (once, when the view opens): "
          << (otherGeometry ? otherGeometryMs : 0.0) << " ms\n";

    // A session of looking around: the whole country, then zooming into
    // dense metros (county outlines on), and panning there.
    const QSize size(1600, 1000);
    const MapProjection projection(content.projectionKind());
    const MapViewport home = MapViewport::fitting(projection.homeExtent(), size);
    std::vector<MapViewport> views{home};
    for (const QPointF city : {QPointF(-74.0, 40.7), QPointF(-87.6, 41.9), QPointF(-118.2, 34.1),
                               QPointF(-97.0, 32.8)}) {
        for (double zoom : {1.0, 4.0, 16.0, 64.0}) {
            MapViewport v = home;
            v.centre = projection.project(city.x(), city.y());
            v.pixelsPerKm = home.pixelsPerKm * zoom;
            views.push_back(v);
            v.centre += QPointF(150 / v.pixelsPerKm, -90 / v.pixelsPerKm);
            views.push_back(v);
        }
    }

    const MapRenderer renderer(*geometry, content);
    MapRenderer::Options options;
    options.legendLines = 16;
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    QImage layers(size, QImage::Format_ARGB32_Premultiplied);
    Times full, moving, baseline, base, dots;
    for (int round = 0; round < rounds; ++round) {
        for (const MapViewport &v : views) {
            // Tessera, a settled frame: every layer drawn anew.
            t.restart();
            {
                QPainter p(&layers);
                renderer.paintBase(p, v, options);
                renderer.paintAccounts(p, v, options);
            }
            {
                QPainter p(&frame);
                p.drawImage(0, 0, layers);
                renderer.paintOverlays(p, v, options);
            }
            full.ms.push_back(msSince(t));
            // Tessera, a frame while the view moves: the layers moved and scaled.
            MapViewport moved = v;
            moved.centre += QPointF(40 / v.pixelsPerKm, 25 / v.pixelsPerKm);
            moved.pixelsPerKm *= 1.1;
            t.restart();
            {
                QPainter p(&frame);
                p.fillRect(frame.rect(), MapRenderer::waterColour());
                p.setTransform(v.transform().inverted() * moved.transform());
                p.drawImage(0, 0, layers);
                p.resetTransform();
                renderer.paintOverlays(p, moved, options);
            }
            moving.ms.push_back(msSince(t));
            // The base layers alone, to tell outlines from accounts.
            t.restart();
            {
                QPainter p(&frame);
                renderer.paintBase(p, v, options);
            }
            base.ms.push_back(msSince(t));
            t.restart();
            (void)renderer.densityImage(v, NoId);
            dots.ms.push_back(msSince(t));
            // Baseline: the same base, then every account as a point.
            t.restart();
            {
                QPainter p(&frame);
                renderer.paintBase(p, v, options);
                paintAccountsAsPoints(p, v, content);
                renderer.paintOverlays(p, v, options);
            }
            baseline.ms.push_back(msSince(t));
        }
    }
    out() << "frames: " << full.ms.size() << " of " << size.width() << " x " << size.height()
          << "\n"
          << "tessera settled frame: mean " << full.mean() << " ms, max " << full.max() << " ms\n"
          << "tessera moving frame: mean " << moving.mean() << " ms, max " << moving.max()
          << " ms\n"
          << "  of which outlines and fills: mean " << base.mean() << " ms\n"
          << "  of which accounts binned into dots: mean " << dots.mean() << " ms\n"
          << "baseline frame (every account a point): mean " << baseline.mean() << " ms, max "
          << baseline.max() << " ms\n"
          << "settled frame ratio (baseline / tessera): "
          << (full.mean() > 0 ? baseline.mean() / full.mean() : 0) << "\n"
          << "moving frame ratio (baseline / tessera): "
          << (moving.mean() > 0 ? baseline.mean() / moving.mean() : 0) << "\n";
    return 0;
}

} // namespace Tessera::Cli
