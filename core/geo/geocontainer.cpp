// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/geocontainer.h"

#include <cstring>

namespace Tessera {

std::string ByteReader::shortString()
{
    const auto n = read<std::uint8_t>();
    const char *p = take(n);
    return p ? std::string(p, n) : std::string();
}

std::uint64_t ByteReader::varint()
{
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        const char *p = take(1);
        if (!p)
            return 0;
        const auto byte = static_cast<std::uint8_t>(*p);
        v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return v;
    }
    m_ok = false;
    return 0;
}

std::int64_t ByteReader::zigzag()
{
    const std::uint64_t v = varint();
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

Result<std::map<std::string, QByteArray>>
readGeoContainer(const QByteArray &bytes, const QString &message, std::size_t maxSectionBytes)
{
    auto corrupt = [&](const QString &detail) {
        return makeError(ErrorCode::Corrupt, message, detail);
    };
    ByteReader file(bytes);
    const char *magic = file.take(4);
    if (!magic || std::memcmp(magic, "TGEO", 4) != 0)
        return corrupt(QStringLiteral("not a TGEO container"));
    const auto version = file.read<std::uint16_t>();
    const auto count = file.read<std::uint16_t>();
    if (!file.ok() || version != 1)
        return corrupt(QStringLiteral("unsupported container version %1").arg(version));
    std::map<std::string, QByteArray> sections;
    for (int s = 0; s < count; ++s) {
        const char *tag = file.take(4);
        const auto encoding = file.read<std::uint32_t>();
        const auto rawSize = file.read<std::uint32_t>();
        const auto storedSize = file.read<std::uint32_t>();
        const char *stored = file.take(storedSize);
        if (!file.ok())
            return corrupt(QStringLiteral("section %1 runs past the end").arg(s));
        const std::string name(tag, 4);
        if (rawSize > maxSectionBytes)
            return corrupt(QStringLiteral("%1 section of %2 bytes")
                               .arg(QString::fromStdString(name))
                               .arg(rawSize));
        QByteArray payload;
        if (encoding == 0) {
            payload = QByteArray(stored, storedSize);
        } else if (encoding == 1) {
            // qUncompress wants the zlib stream behind a big-endian size.
            QByteArray framed(4, Qt::Uninitialized);
            qToBigEndian<quint32>(rawSize, framed.data());
            framed.append(stored, storedSize);
            payload = qUncompress(framed);
        } else {
            return corrupt(QStringLiteral("unknown encoding %1").arg(encoding));
        }
        if (static_cast<std::size_t>(payload.size()) != rawSize)
            return corrupt(QStringLiteral("%1 section does not inflate to its size")
                               .arg(QString::fromStdString(name)));
        sections[name] = std::move(payload);
    }
    return sections;
}

} // namespace Tessera
