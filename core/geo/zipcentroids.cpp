// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/zipcentroids.h"

#include "core/geo/geocontainer.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <mutex>

// Outside any namespace, as Qt requires: the resource lives in a static
// library, so it has to be referenced to be linked in.
static void initGeoResource()
{
    Q_INIT_RESOURCE(tessera_geo);
}

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::ZipCentroids)
};

// Not "std::size_t Max…": lupdate would file the strings below under std.
constexpr auto MaxSectionBytes = std::size_t{64} << 20;

Error corrupt(const QString &detail)
{
    return makeError(ErrorCode::Corrupt, Tr::tr("The bundled ZIP code table is damaged."), detail);
}

} // namespace

Result<std::shared_ptr<const ZipCentroids>> ZipCentroids::bundled()
{
    // A function-local static is initialised once even when threads race here.
    static const Result<std::shared_ptr<const ZipCentroids>> table = [] {
        initGeoResource();
        QFile file(QStringLiteral(":/tessera/geo/us-zips.bin"));
        if (!file.open(QIODevice::ReadOnly))
            return Result<std::shared_ptr<const ZipCentroids>>(makeError(
                ErrorCode::Io, Tr::tr("The bundled ZIP code table is missing."), file.fileName()));
        return fromBytes(file.readAll());
    }();
    return table;
}

Result<std::shared_ptr<const ZipCentroids>> ZipCentroids::fromBytes(const QByteArray &bytes)
{
    auto container =
        readGeoContainer(bytes, Tr::tr("The bundled ZIP code table is damaged."), MaxSectionBytes);
    if (!container)
        return container.error();
    const auto zips = container->find("ZIPS");
    if (zips == container->end() || zips->second.isEmpty())
        return corrupt(QStringLiteral("no ZIPS section"));
    const QByteArray &payload = zips->second;

    std::shared_ptr<ZipCentroids> t(new ZipCentroids);
    ByteReader in(payload);
    const auto n = in.read<std::uint32_t>();
    const auto stateCount = in.read<std::uint32_t>();
    const auto cityCount = in.read<std::uint32_t>();
    if (!in.ok() || n == 0 || n > MaxZips || stateCount == 0 || stateCount > MaxStates ||
        cityCount == 0 || cityCount > MaxCities)
        return corrupt(QStringLiteral("counts out of bounds: %1 ZIPs, %2 states, %3 cities")
                           .arg(n)
                           .arg(stateCount)
                           .arg(cityCount));

    for (std::uint32_t i = 0; i < stateCount; ++i) {
        const char *p = in.take(2);
        if (!p || p[0] < 'A' || p[0] > 'Z' || p[1] < 'A' || p[1] > 'Z')
            return corrupt(QStringLiteral("bad state code"));
        t->m_states.emplace_back(p, 2);
    }
    if (!std::is_sorted(t->m_states.begin(), t->m_states.end()))
        return corrupt(QStringLiteral("state codes not sorted"));
    t->m_cities.reserve(cityCount);
    for (std::uint32_t i = 0; i < cityCount; ++i) {
        const auto length = in.read<std::uint8_t>();
        const char *p = in.take(length);
        if (!p || length == 0)
            return corrupt(QStringLiteral("bad city name %1").arg(i));
        t->m_cities.emplace_back(p, length);
    }

    if (!in.readColumn(t->m_zipNumbers, n) || !in.readColumn(t->m_lat, n) ||
        !in.readColumn(t->m_lon, n) || !in.readColumn(t->m_stateOf, n) ||
        !in.readColumn(t->m_cityOf, n) || !in.readColumn(t->m_flags, n))
        return corrupt(QStringLiteral("columns shorter than %1 rows").arg(n));
    if (in.remaining() != 0)
        return corrupt(QStringLiteral("%1 bytes after the columns").arg(in.remaining()));

    t->m_zips.resize(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t z = t->m_zipNumbers[i];
        if (z > 99'999 || (i > 0 && z <= t->m_zipNumbers[i - 1]))
            return corrupt(QStringLiteral("ZIP %1 out of order or range").arg(z));
        if (t->m_lat[i] < -90'00000 || t->m_lat[i] > 90'00000 || t->m_lon[i] < -180'00000 ||
            t->m_lon[i] > 180'00000)
            return corrupt(QStringLiteral("ZIP %1 lies outside the globe").arg(z));
        if (t->m_stateOf[i] >= stateCount || t->m_cityOf[i] >= cityCount)
            return corrupt(QStringLiteral("ZIP %1 names a missing state or city").arg(z));
        std::uint32_t rest = z;
        for (int d = 4; d >= 0; --d) {
            t->m_zips[i][static_cast<std::size_t>(d)] = static_cast<char>('0' + rest % 10);
            rest /= 10;
        }
    }
    return std::shared_ptr<const ZipCentroids>(std::move(t));
}

std::optional<std::size_t> ZipCentroids::find(std::string_view zip) const
{
    if (zip.size() < 5 || (zip.size() > 5 && zip[5] != '-' && zip[5] != ' '))
        return std::nullopt;
    std::uint32_t number = 0;
    for (std::size_t i = 0; i < 5; ++i) {
        if (zip[i] < '0' || zip[i] > '9')
            return std::nullopt;
        number = number * 10 + static_cast<std::uint32_t>(zip[i] - '0');
    }
    auto it = std::lower_bound(m_zipNumbers.begin(), m_zipNumbers.end(), number);
    if (it == m_zipNumbers.end() || *it != number)
        return std::nullopt;
    return static_cast<std::size_t>(it - m_zipNumbers.begin());
}

int ZipCentroids::stateIndexOf(std::string_view usps) const
{
    auto it = std::lower_bound(m_states.begin(), m_states.end(), usps);
    if (it == m_states.end() || *it != usps)
        return -1;
    return static_cast<int>(it - m_states.begin());
}

} // namespace Tessera
