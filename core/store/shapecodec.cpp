// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/shapecodec.h"

#include <QCoreApplication>

#include <cstring>

namespace Tessera::Store {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::WorkspaceFile)
};

void putU32(QByteArray &out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

void putF64(QByteArray &out, double v)
{
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    for (int i = 0; i < 8; ++i)
        out.append(char((bits >> (8 * i)) & 0xff));
}

void putRing(QByteArray &out, const GeoRing &ring)
{
    putU32(out, std::uint32_t(ring.size()));
    for (const GeoPoint &p : ring) {
        putF64(out, p.x());
        putF64(out, p.y());
    }
}

class Reader
{
public:
    explicit Reader(std::span<const std::uint8_t> bytes)
        : m_bytes(bytes)
    {}
    std::size_t left() const { return m_bytes.size() - m_pos; }
    bool u32(std::uint32_t *v)
    {
        if (left() < 4)
            return false;
        *v = 0;
        for (int i = 0; i < 4; ++i)
            *v |= std::uint32_t(m_bytes[m_pos + std::size_t(i)]) << (8 * i);
        m_pos += 4;
        return true;
    }
    double f64()
    {
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= std::uint64_t(m_bytes[m_pos + std::size_t(i)]) << (8 * i);
        m_pos += 8;
        double v;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }

private:
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_pos = 0;
};

} // namespace

QByteArray encodeShape(const GeoMultiPolygon &shape)
{
    QByteArray out;
    putU32(out, std::uint32_t(shape.size()));
    for (const GeoPolygon &p : shape) {
        putU32(out, std::uint32_t(1 + p.inners().size()));
        putRing(out, p.outer());
        for (const GeoRing &h : p.inners())
            putRing(out, h);
    }
    return out;
}

Result<GeoMultiPolygon> decodeShape(std::span<const std::uint8_t> bytes, std::size_t maxVertices)
{
    const auto bad = [] {
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("A drawn shape's geometry is damaged: its counts do not match its "
                                "size."));
    };
    Reader in(bytes);
    std::uint32_t polygons = 0;
    // Each polygon takes at least 4 bytes, each ring 4, each point 16: a
    // count beyond what the bytes left can hold is refused before allocating.
    if (!in.u32(&polygons) || polygons > in.left() / 4)
        return bad();
    GeoMultiPolygon shape;
    shape.reserve(polygons);
    std::size_t vertices = 0;
    for (std::uint32_t p = 0; p < polygons; ++p) {
        std::uint32_t rings = 0;
        if (!in.u32(&rings) || rings == 0 || rings > in.left() / 4)
            return bad();
        GeoPolygon polygon;
        for (std::uint32_t r = 0; r < rings; ++r) {
            std::uint32_t points = 0;
            if (!in.u32(&points) || points > in.left() / 16)
                return bad();
            vertices += points;
            if (vertices > maxVertices)
                return makeError(
                    ErrorCode::Limit,
                    Tr::tr("A drawn shape has more than %1 vertices.").arg(maxVertices));
            GeoRing ring;
            ring.reserve(points);
            for (std::uint32_t i = 0; i < points; ++i) {
                const double x = in.f64();
                const double y = in.f64();
                ring.emplace_back(x, y);
            }
            if (r == 0)
                polygon.outer() = std::move(ring);
            else
                polygon.inners().push_back(std::move(ring));
        }
        shape.push_back(std::move(polygon));
    }
    if (in.left() != 0)
        return bad();
    return shape;
}

} // namespace Tessera::Store
