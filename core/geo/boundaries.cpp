// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/boundaries.h"

#include "core/geo/geocontainer.h"
#include "core/geo/pointlocator.h"
#include "core/geo/zipcentroids.h"

#include <QCoreApplication>
#include <QFile>

#include "core/geo/boostgeometry.h"

#include <algorithm>
#include <map>

static void initBoundaryResource()
{
    Q_INIT_RESOURCE(tessera_geo);
}

namespace Tessera {

namespace bg = boost::geometry;

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Boundaries)
};

// Not "std::size_t Max…": lupdate would file the strings below under std.
constexpr auto MaxSectionBytes = std::size_t{64} << 20;

Error corrupt(const QString &detail)
{
    return makeError(ErrorCode::Corrupt, Tr::tr("The bundled boundaries are damaged."), detail);
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace

const char *unitKindName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Country:
        return "country";
    case UnitKind::State:
        return "state";
    case UnitKind::County:
        return "county";
    case UnitKind::Zip:
        return "zip";
    }
    return "?";
}

bool unitKindFromName(std::string_view name, UnitKind *out)
{
    for (UnitKind k : {UnitKind::Country, UnitKind::State, UnitKind::County, UnitKind::Zip}) {
        if (name == unitKindName(k)) {
            *out = k;
            return true;
        }
    }
    return false;
}

Boundaries::~Boundaries() = default;

Result<std::shared_ptr<const Boundaries>> Boundaries::bundled()
{
    static const Result<std::shared_ptr<const Boundaries>> set = [] {
        initBoundaryResource();
        QFile file(QStringLiteral(":/tessera/geo/boundaries.bin"));
        if (!file.open(QIODevice::ReadOnly))
            return Result<std::shared_ptr<const Boundaries>>(makeError(
                ErrorCode::Io, Tr::tr("The bundled boundaries are missing."), file.fileName()));
        return fromBytes(file.readAll());
    }();
    return set;
}

Result<std::shared_ptr<const Boundaries>> Boundaries::fromBytes(const QByteArray &bytes)
{
    auto container =
        readGeoContainer(bytes, Tr::tr("The bundled boundaries are damaged."), MaxSectionBytes);
    if (!container)
        return container.error();
    auto &sections = *container;
    for (const char *tag : {"UNIT", "GEOM", "ADJC"})
        if (!sections.count(tag))
            return corrupt(QStringLiteral("no %1 section").arg(QLatin1String(tag)));

    std::shared_ptr<Boundaries> b(new Boundaries);

    // --- units ---
    ByteReader units(sections["UNIT"]);
    const auto n = units.read<std::uint32_t>();
    if (!units.ok() || n == 0 || n > MaxUnits)
        return corrupt(QStringLiteral("%1 units").arg(n));
    b->m_units.resize(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        BoundaryUnit &u = b->m_units[i];
        const auto kind = units.read<std::uint8_t>();
        u.id = units.shortString();
        u.code = units.shortString();
        u.code3 = units.shortString();
        u.name = units.shortString();
        u.parent = units.read<std::int32_t>();
        if (!units.ok())
            return corrupt(QStringLiteral("unit %1 runs past the end").arg(i));
        if (kind > 2 || u.id.empty() || u.name.empty() || u.parent < -1 ||
            u.parent >= static_cast<std::int32_t>(n))
            return corrupt(QStringLiteral("unit %1 out of bounds").arg(i));
        u.kind = static_cast<UnitKind>(kind);
        // Parents come first, one level up: a county's a state, a state's a country.
        if (u.parent >= 0 &&
            (static_cast<std::uint32_t>(u.parent) >= i ||
             static_cast<int>(b->m_units[static_cast<std::size_t>(u.parent)].kind) + 1 != kind))
            return corrupt(QStringLiteral("unit %1 has a parent of the wrong kind").arg(i));
        b->m_byKind[kind].push_back(static_cast<int>(i));
    }
    if (!units.atEnd())
        return corrupt(QStringLiteral("bytes after the units"));
    for (auto &list : b->m_byKind) {
        // The converter writes each kind sorted by id; find() relies on it.
        const bool sorted = std::is_sorted(list.begin(), list.end(), [&](int x, int y) {
            return b->m_units[static_cast<std::size_t>(x)].id <
                   b->m_units[static_cast<std::size_t>(y)].id;
        });
        const bool unique = std::adjacent_find(list.begin(), list.end(), [&](int x, int y) {
                                return b->m_units[static_cast<std::size_t>(x)].id ==
                                       b->m_units[static_cast<std::size_t>(y)].id;
                            }) == list.end();
        if (!sorted || !unique)
            return corrupt(QStringLiteral("unit ids not sorted and unique"));
    }

    // --- geometry ---
    ByteReader geom(sections["GEOM"]);
    if (geom.varint() != n)
        return corrupt(QStringLiteral("geometry for a different unit count"));
    std::int64_t x = 0, y = 0;
    std::size_t points = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        BoundaryUnit &u = b->m_units[i];
        const auto polygons = geom.varint();
        if (!geom.ok() || polygons > MaxPoints)
            return corrupt(QStringLiteral("unit %1: bad polygon count").arg(i));
        u.shape.resize(polygons);
        for (auto &polygon : u.shape) {
            const auto rings = geom.varint();
            if (!geom.ok() || rings == 0 || rings > MaxPoints)
                return corrupt(QStringLiteral("unit %1: bad ring count").arg(i));
            polygon.inners().resize(rings - 1);
            for (std::uint64_t r = 0; r < rings; ++r) {
                GeoRing &ring = r == 0 ? polygon.outer() : polygon.inners()[r - 1];
                const auto count = geom.varint();
                points += count;
                if (!geom.ok() || count < 3 || points > MaxPoints)
                    return corrupt(QStringLiteral("unit %1: bad point count").arg(i));
                ring.reserve(count + 1);
                for (std::uint64_t p = 0; p < count; ++p) {
                    x += geom.zigzag();
                    y += geom.zigzag();
                    if (x < -180'000'000 || x > 180'000'000 || y < -90'000'000 || y > 90'000'000)
                        return corrupt(QStringLiteral("unit %1 leaves the globe").arg(i));
                    ring.emplace_back(static_cast<double>(x) * 1e-6, static_cast<double>(y) * 1e-6);
                }
                ring.push_back(ring.front());
            }
        }
        if (!geom.ok())
            return corrupt(QStringLiteral("geometry runs past the end"));
        // Orientation as Boost.Geometry expects (outer clockwise).
        bg::correct(u.shape);
        if (u.shape.empty()) {
            u.box = GeoBox(GeoPoint(0, 0), GeoPoint(0, 0));
            u.centroid = GeoPoint(0, 0);
        } else {
            u.box = boxOf(u.shape);
            // The centroid of the largest part: a state's centre should not
            // land in the sea between its islands.
            const auto largest = std::max_element(
                u.shape.begin(), u.shape.end(),
                [](const GeoPolygon &p, const GeoPolygon &q) { return bg::area(p) < bg::area(q); });
            bg::centroid(*largest, u.centroid);
        }
    }
    if (!geom.atEnd())
        return corrupt(QStringLiteral("bytes after the geometry"));

    // --- adjacency ---
    ByteReader adj(sections["ADJC"]);
    const auto pairs = adj.read<std::uint32_t>();
    if (!adj.ok() || pairs > MaxPairs)
        return corrupt(QStringLiteral("%1 adjacent pairs").arg(pairs));
    std::vector<std::pair<int, int>> edges;
    edges.reserve(2 * pairs);
    for (std::uint32_t i = 0; i < pairs; ++i) {
        const int a = adj.read<std::uint16_t>();
        const int c = adj.read<std::uint16_t>();
        if (!adj.ok() || a >= c || static_cast<std::uint32_t>(c) >= n ||
            b->m_units[static_cast<std::size_t>(a)].kind !=
                b->m_units[static_cast<std::size_t>(c)].kind)
            return corrupt(QStringLiteral("adjacent pair %1 out of bounds").arg(i));
        edges.emplace_back(a, c);
        edges.emplace_back(c, a);
    }
    if (!adj.atEnd())
        return corrupt(QStringLiteral("bytes after the adjacency"));
    std::sort(edges.begin(), edges.end());
    b->m_adjStart.assign(n + 1, 0);
    for (const auto &e : edges)
        ++b->m_adjStart[static_cast<std::size_t>(e.first) + 1];
    for (std::uint32_t i = 0; i < n; ++i)
        b->m_adjStart[i + 1] += b->m_adjStart[i];
    for (const auto &e : edges)
        b->m_adj.push_back(e.second);

    return std::shared_ptr<const Boundaries>(std::move(b));
}

std::span<const int> Boundaries::unitsOf(UnitKind kind) const
{
    const auto k = static_cast<std::size_t>(kind);
    return k < 3 ? std::span<const int>(m_byKind[k]) : std::span<const int>();
}

int Boundaries::find(UnitKind kind, std::string_view id) const
{
    const auto list = unitsOf(kind);
    auto it = std::lower_bound(list.begin(), list.end(), id, [&](int u, std::string_view v) {
        return m_units[static_cast<std::size_t>(u)].id < v;
    });
    return it != list.end() && m_units[static_cast<std::size_t>(*it)].id == id ? *it : -1;
}

int Boundaries::findState(std::string_view codeOrName) const
{
    const std::string key = lower(codeOrName);
    for (int u : unitsOf(UnitKind::State)) {
        const BoundaryUnit &s = m_units[static_cast<std::size_t>(u)];
        if (lower(s.code) == key || lower(s.name) == key)
            return u;
    }
    return -1;
}

int Boundaries::findCountry(std::string_view codeOrName) const
{
    const std::string key = lower(codeOrName);
    if (key.empty())
        return -1;
    // Common English names that differ from Natural Earth's.
    if (key == "united states" || key == "u.s." || key == "u.s.a." || key == "us" || key == "usa")
        return find(UnitKind::Country, "840");
    if (key == "united kingdom" || key == "uk" || key == "great britain")
        return find(UnitKind::Country, "826");
    for (int u : unitsOf(UnitKind::Country)) {
        const BoundaryUnit &c = m_units[static_cast<std::size_t>(u)];
        if (lower(c.code) == key || lower(c.code3) == key || c.id == key || lower(c.name) == key)
            return u;
    }
    return -1;
}

std::span<const int> Boundaries::neighbours(int unit) const
{
    const auto u = static_cast<std::size_t>(unit);
    return std::span<const int>(m_adj).subspan(m_adjStart[u], m_adjStart[u + 1] - m_adjStart[u]);
}

void Boundaries::buildLocator(UnitKind kind) const
{
    std::vector<const GeoMultiPolygon *> shapes;
    for (int u : unitsOf(kind))
        shapes.push_back(&m_units[static_cast<std::size_t>(u)].shape);
    PointLocator::Options options;
    // Counties are small; a coarser grid serves the world's countries.
    options.cellDegrees = kind == UnitKind::County ? 0.1 : kind == UnitKind::State ? 0.2 : 0.5;
    m_locators[static_cast<std::size_t>(kind)] = std::make_unique<PointLocator>(shapes, options);
}

const PointLocator &Boundaries::locator(UnitKind kind) const
{
    const auto k = std::min<std::size_t>(static_cast<std::size_t>(kind), 2);
    std::call_once(m_locatorOnce[k], [&] { buildLocator(static_cast<UnitKind>(k)); });
    return *m_locators[k];
}

int Boundaries::locate(UnitKind kind, double lon, double lat) const
{
    if (kind == UnitKind::Zip)
        return -1;
    const int i = locator(kind).locate(lon, lat);
    return i < 0 ? -1 : unitsOf(kind)[static_cast<std::size_t>(i)];
}

const std::vector<int> &Boundaries::zipCounties() const
{
    // Computed here rather than in the converter so that one point-in-polygon
    // rule, the locator's, decides both a ZIP's county and an account's.
    std::call_once(m_zipOnce, [&] {
        auto zips = ZipCentroids::bundled();
        if (!zips)
            return;
        const ZipCentroids &z = **zips;
        m_zipCounties.assign(z.size(), -1);
        const auto counties = unitsOf(UnitKind::County);
        for (std::size_t row = 0; row < z.size(); ++row) {
            const double lon = z.longitude(row), lat = z.latitude(row);
            int county = locate(UnitKind::County, lon, lat);
            if (county < 0) {
                // Nearest county of the ZIP's own state, within a short reach.
                const int state = findState(z.state(row));
                double best = 0.25;
                const GeoPoint p(lon, lat);
                for (int c : counties) {
                    const BoundaryUnit &u = m_units[static_cast<std::size_t>(c)];
                    if (u.parent != state || lon < u.box.min_corner().x() - best ||
                        lon > u.box.max_corner().x() + best ||
                        lat < u.box.min_corner().y() - best || lat > u.box.max_corner().y() + best)
                        continue;
                    const double d = bg::distance(p, u.shape);
                    if (d < best) {
                        best = d;
                        county = c;
                    }
                }
            }
            m_zipCounties[row] = county;
        }
    });
    return m_zipCounties;
}

} // namespace Tessera
