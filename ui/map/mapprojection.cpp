// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapprojection.h"

#include "core/geo/geotypes.h"

#include <cmath>
#include <numbers>

namespace Tessera {

namespace {

constexpr double Deg = std::numbers::pi / 180.0;
constexpr double R = EarthRadiusKm;

// Albers equal-area conic on the sphere (Snyder, Map Projections: A Working
// Manual, 1987, pp. 98-103), with the point (centreLon, centreLat) at the
// origin before `scale` and `offset` move it into place.
struct Albers
{
    double lon0, lat1, lat2, centreLon, centreLat, scale;
    QPointF offset;

    double n() const { return (std::sin(lat1 * Deg) + std::sin(lat2 * Deg)) / 2; }
    double c() const
    {
        return std::cos(lat1 * Deg) * std::cos(lat1 * Deg) + 2 * n() * std::sin(lat1 * Deg);
    }
    QPointF raw(double lon, double lat) const
    {
        const double nn = n();
        double dl = lon - lon0;
        dl -= 360.0 * std::floor((dl + 180.0) / 360.0); // across the antimeridian (Aleutians)
        const double rho = std::sqrt(std::max(0.0, c() - 2 * nn * std::sin(lat * Deg))) / nn;
        const double theta = nn * dl * Deg;
        return {rho * std::sin(theta), -rho * std::cos(theta)};
    }
    QPointF forward(double lon, double lat) const
    {
        const QPointF p = raw(lon, lat);
        const QPointF o = raw(centreLon, centreLat);
        return (p - o) * (R * scale) + offset;
    }
    std::optional<QPointF> inverse(QPointF xy) const
    {
        const QPointF o = raw(centreLon, centreLat);
        const QPointF p = (xy - offset) / (R * scale) + o;
        const double nn = n();
        const double rho = std::hypot(p.x(), p.y());
        const double theta = std::atan2(p.x(), -p.y());
        const double s = (c() - rho * rho * nn * nn) / (2 * nn);
        if (s < -1 || s > 1)
            return std::nullopt;
        double lon = lon0 + theta / nn / Deg;
        if (lon < -180)
            lon += 360;
        if (lon > 180)
            lon -= 360;
        return QPointF(lon, std::asin(s) / Deg);
    }
};

// Insets placed as in US atlases (and d3's geoAlbersUsa), in units of the radius.
const Albers Lower48{-96, 29.5, 45.5, -96.6, 38.7, 1.0, {0, 0}};
const Albers AlaskaInset{-154, 55, 65, -156, 58.5, 0.35, {-0.307 * R, -0.201 * R}};
const Albers HawaiiInset{-157, 8, 18, -160, 19.9, 1.0, {-0.205 * R, -0.212 * R}};

// Equal Earth (Šavrič, Patterson, Jenny 2018).
constexpr double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
const double M = std::sqrt(3.0) / 2;

QPointF equalEarth(double lon, double lat)
{
    const double theta = std::asin(M * std::sin(lat * Deg));
    const double t2 = theta * theta, t6 = t2 * t2 * t2;
    const double x =
        lon * Deg * std::cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    const double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return {x * R, y * R};
}

std::optional<QPointF> equalEarthInverse(QPointF xy)
{
    const double x = xy.x() / R, y = xy.y() / R;
    double theta = y;
    for (int i = 0; i < 12; ++i) {
        const double t2 = theta * theta, t6 = t2 * t2 * t2;
        const double f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
        const double fp = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
        const double step = f / fp;
        theta -= step;
        if (std::abs(step) < 1e-12)
            break;
    }
    const double t2 = theta * theta, t6 = t2 * t2 * t2;
    const double s = std::sin(theta) / M;
    if (s < -1 - 1e-9 || s > 1 + 1e-9)
        return std::nullopt;
    const double lon =
        M * x * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)) / std::cos(theta) / Deg;
    if (!std::isfinite(lon) || lon < -180 - 1e-9 || lon > 180 + 1e-9)
        return std::nullopt;
    return QPointF(lon, std::asin(std::clamp(s, -1.0, 1.0)) / Deg);
}

QRectF frameFromRadii(double x0, double y0, double x1, double y1)
{
    return QRectF(QPointF(x0 * R, y0 * R), QPointF(x1 * R, y1 * R));
}

} // namespace

MapProjection::Part MapProjection::partOf(double lon, double lat) const
{
    if (m_kind == Kind::World)
        return Part::Main;
    if (lat >= 51 && (lon < -141 || lon > 170))
        return Part::Alaska;
    // The panhandle, west of a line along the border with British Columbia.
    if (lat >= 54.6 && lat <= 60.4 && lon < -129.9 && lon < -130 - (lat - 54.6) * 1.1)
        return Part::Alaska;
    if (lat >= 15 && lat <= 30 && lon >= -180 && lon <= -154)
        return Part::Hawaii;
    return Part::Main;
}

QPointF MapProjection::project(double lon, double lat, Part part) const
{
    if (m_kind == Kind::World)
        return equalEarth(lon, lat);
    switch (part) {
    case Part::Alaska:
        return AlaskaInset.forward(lon, lat);
    case Part::Hawaii:
        return HawaiiInset.forward(lon, lat);
    case Part::Main:
        break;
    }
    return Lower48.forward(lon, lat);
}

std::optional<QPointF> MapProjection::unproject(QPointF xy) const
{
    if (m_kind == Kind::World)
        return equalEarthInverse(xy);
    if (insetFrame(Part::Alaska).contains(xy))
        return AlaskaInset.inverse(xy);
    if (insetFrame(Part::Hawaii).contains(xy))
        return HawaiiInset.inverse(xy);
    return Lower48.inverse(xy);
}

QRectF MapProjection::insetFrame(Part part) const
{
    if (m_kind == Kind::World)
        return {};
    switch (part) {
    case Part::Alaska:
        return frameFromRadii(-0.425, -0.234, -0.214, -0.120);
    case Part::Hawaii:
        return frameFromRadii(-0.214, -0.234, -0.115, -0.166);
    case Part::Main:
        break;
    }
    return {};
}

double MapProjection::partScale(Part part) const
{
    return m_kind == Kind::UnitedStates && part == Part::Alaska ? AlaskaInset.scale : 1.0;
}

QRectF MapProjection::homeExtent() const
{
    if (m_kind == Kind::World) {
        const double w = equalEarth(180, 0).x();
        const double h = equalEarth(0, 90).y();
        return QRectF(QPointF(-w, -h), QPointF(w, h));
    }
    return frameFromRadii(-0.43, -0.24, 0.40, 0.235);
}

} // namespace Tessera
