// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QtEndian>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace Tessera {

// Reads little-endian values from a byte range and remembers running past its
// end, so a parser checks once per block instead of at every value.
class ByteReader
{
public:
    ByteReader(const char *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}
    explicit ByteReader(const QByteArray &bytes)
        : ByteReader(bytes.constData(), static_cast<std::size_t>(bytes.size()))
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_size; }
    std::size_t remaining() const { return m_size - m_pos; }

    const char *take(std::size_t n)
    {
        if (!m_ok || n > remaining()) {
            m_ok = false;
            return nullptr;
        }
        m_pos += n;
        return m_data + m_pos - n;
    }
    template<typename T>
    T read()
    {
        const char *p = take(sizeof(T));
        return p ? qFromLittleEndian<T>(p) : T{};
    }
    // n values of T into out; false (and out untouched) when the range is short.
    template<typename T>
    bool readColumn(std::vector<T> &out, std::size_t n)
    {
        if (n > remaining() / sizeof(T)) {
            m_ok = false;
            return false;
        }
        const char *p = take(n * sizeof(T));
        out.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = qFromLittleEndian<T>(p + i * sizeof(T));
        return true;
    }
    // A string of at most 255 bytes behind its one-byte length.
    std::string shortString();
    // LEB128 unsigned, and zigzag-signed on top of it.
    std::uint64_t varint();
    std::int64_t zigzag();

private:
    const char *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

// The sections of a TGEO container (resources/geo/README.md) by tag, each
// inflated and checked against its recorded size. Sections larger than
// maxSectionBytes are refused. Errors are ErrorCode::Corrupt with `message`
// and a detail saying what is wrong.
Result<std::map<std::string, QByteArray>>
readGeoContainer(const QByteArray &bytes, const QString &message, std::size_t maxSectionBytes);

} // namespace Tessera
