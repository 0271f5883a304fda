// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/accountcodec.h"

#include <QCoreApplication>

#include <bit>
#include <cstring>
#include <type_traits>

namespace Tessera::Store {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::WorkspaceFile)
};

Error corrupt(const QString &message)
{
    return makeError(ErrorCode::Corrupt, message);
}

static_assert(std::endian::native == std::endian::little,
              "the file stores numbers little-endian; add byte swapping for big-endian hosts");

void putVarint(QByteArray &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.append(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(static_cast<char>(v));
}

// Reads a LEB128 varint of at most 5 bytes (values < 2^35); false at the end
// of input or on an over-long encoding.
bool getVarint(const std::uint8_t *&p, const std::uint8_t *end, std::uint64_t *out)
{
    std::uint64_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (p == end)
            return false;
        const std::uint8_t b = *p++;
        v |= std::uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = v;
            return true;
        }
    }
    return false;
}

template<typename T>
void appendRaw(QByteArray &out, const std::vector<T> &values, std::size_t begin, std::size_t end)
{
    out.append(reinterpret_cast<const char *>(values.data() + begin),
               static_cast<qsizetype>((end - begin) * sizeof(T)));
}

EncodedBlob finish(QByteArray raw, int compressionLevel)
{
    EncodedBlob blob;
    blob.rawSize = static_cast<std::uint64_t>(raw.size());
    if (compressionLevel > 0 && raw.size() >= 64) {
        QByteArray packed = qCompress(raw, compressionLevel);
        if (!packed.isEmpty() && packed.size() * 10 <= raw.size() * 9) {
            blob.encoding = BlobEncoding::Zlib;
            blob.bytes = std::move(packed);
            return blob;
        }
    }
    blob.bytes = std::move(raw);
    return blob;
}

} // namespace

int codeWidth(std::size_t dictionarySize)
{
    if (dictionarySize <= 0x100)
        return 1;
    if (dictionarySize <= 0x10000)
        return 2;
    return 4;
}

EncodedBlob encodeColumnChunk(const Column &column, std::size_t begin, std::size_t end,
                              int compressionLevel)
{
    QByteArray raw;
    const std::size_t rows = end - begin;
    std::size_t longest = 0;
    std::visit(
        [&](const auto &col) {
            using C = std::decay_t<decltype(col)>;
            if constexpr (std::is_same_v<C, StringColumn>) {
                std::size_t bytes = 0;
                for (std::size_t r = begin; r < end; ++r) {
                    bytes += col.at(r).size();
                    longest = std::max(longest, col.at(r).size());
                }
                raw.reserve(static_cast<qsizetype>(bytes + rows * 2));
                for (std::size_t r = begin; r < end; ++r)
                    putVarint(raw, col.at(r).size());
                for (std::size_t r = begin; r < end; ++r) {
                    const std::string_view v = col.at(r);
                    raw.append(v.data(), static_cast<qsizetype>(v.size()));
                }
            } else if constexpr (std::is_same_v<C, DictionaryColumn>) {
                const int width = codeWidth(col.values().size());
                raw.resize(static_cast<qsizetype>(rows * static_cast<std::size_t>(width)));
                auto *out = reinterpret_cast<std::uint8_t *>(raw.data());
                const std::uint32_t *codes = col.codes().data() + begin;
                if (width == 1) {
                    for (std::size_t i = 0; i < rows; ++i)
                        out[i] = static_cast<std::uint8_t>(codes[i]);
                } else if (width == 2) {
                    for (std::size_t i = 0; i < rows; ++i) {
                        const auto c = static_cast<std::uint16_t>(codes[i]);
                        std::memcpy(out + 2 * i, &c, 2);
                    }
                } else {
                    std::memcpy(out, codes, rows * 4);
                }
            } else {
                appendRaw(raw, col, begin, end);
            }
        },
        column);
    EncodedBlob blob = finish(std::move(raw), compressionLevel);
    blob.longestText = longest;
    return blob;
}

EncodedBlob encodeDictionary(const DictionaryColumn &column, int compressionLevel)
{
    QByteArray raw;
    std::size_t longest = 0;
    for (const std::string &v : column.values()) {
        putVarint(raw, v.size());
        longest = std::max(longest, v.size());
    }
    for (const std::string &v : column.values())
        raw.append(v.data(), static_cast<qsizetype>(v.size()));
    EncodedBlob blob = finish(std::move(raw), compressionLevel);
    blob.longestText = longest;
    return blob;
}

Result<Payload> unpack(std::int64_t encoding, std::int64_t rawSize,
                       std::span<const std::uint8_t> stored, const QString &where)
{
    if (rawSize < 0 || static_cast<std::uint64_t>(rawSize) > MaxBlobBytes)
        return makeError(ErrorCode::Limit,
                         Tr::tr("%1 declares %2 bytes of data, more than the limit of %3 bytes.")
                             .arg(where)
                             .arg(rawSize)
                             .arg(MaxBlobBytes));
    Payload p;
    if (encoding == static_cast<std::int64_t>(BlobEncoding::Raw)) {
        if (stored.size() != static_cast<std::uint64_t>(rawSize))
            return corrupt(Tr::tr("%1 has %2 bytes where %3 were declared.")
                               .arg(where)
                               .arg(stored.size())
                               .arg(rawSize));
        p.bytes = stored;
        return p;
    }
    if (encoding != static_cast<std::int64_t>(BlobEncoding::Zlib))
        return corrupt(Tr::tr("%1 has an unknown encoding %2.").arg(where).arg(encoding));
    // qUncompress trusts the 4-byte size prefix for its allocation: compare it
    // with the bounded declared size first.
    if (stored.size() < 4)
        return corrupt(Tr::tr("%1 is too short for compressed data.").arg(where));
    const std::uint32_t prefix = (std::uint32_t(stored[0]) << 24) |
                                 (std::uint32_t(stored[1]) << 16) |
                                 (std::uint32_t(stored[2]) << 8) | std::uint32_t(stored[3]);
    if (prefix != static_cast<std::uint64_t>(rawSize))
        return corrupt(Tr::tr("%1 has compressed data whose size does not match its declared size.")
                           .arg(where));
    if (rawSize == 0) {
        p.bytes = {};
        return p;
    }
    p.storage = qUncompress(stored.data(), static_cast<qsizetype>(stored.size()));
    if (p.storage.size() != rawSize)
        return corrupt(Tr::tr("%1 has compressed data that cannot be decompressed.").arg(where));
    p.bytes =
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t *>(p.storage.constData()),
                                      static_cast<std::size_t>(p.storage.size()));
    return p;
}

namespace {

template<typename T>
Status appendFixed(std::vector<T> &out, std::span<const std::uint8_t> payload, std::size_t rows,
                   const QString &where)
{
    if (payload.size() != rows * sizeof(T))
        return corrupt(Tr::tr("%1 has %2 bytes for %3 rows of %4 bytes.")
                           .arg(where)
                           .arg(payload.size())
                           .arg(rows)
                           .arg(sizeof(T)));
    const std::size_t old = out.size();
    out.resize(old + rows);
    if (rows)
        std::memcpy(out.data() + old, payload.data(), payload.size());
    return {};
}

// Reads `count` varint lengths followed by the bytes they measure; calls
// sink(string_view) for each value.
template<typename Sink>
Status readTexts(std::span<const std::uint8_t> payload, std::size_t count, const QString &where,
                 std::vector<std::uint32_t> &lengths, Sink sink)
{
    const std::uint8_t *p = payload.data();
    const std::uint8_t *end = p + payload.size();
    // Every value takes at least one length byte: bounds the allocation below.
    if (count > payload.size())
        return corrupt(Tr::tr("%1 is too short for its %2 values.").arg(where).arg(count));
    lengths.resize(count);
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < count; ++i) {
        std::uint64_t len = 0;
        if (!getVarint(p, end, &len))
            return corrupt(Tr::tr("%1 has a damaged list of text lengths.").arg(where));
        if (len > MaxAccountTextBytes)
            return makeError(ErrorCode::Limit,
                             Tr::tr("%1 has a text of %2 bytes, more than the limit of %3 bytes.")
                                 .arg(where)
                                 .arg(len)
                                 .arg(MaxAccountTextBytes));
        lengths[i] = static_cast<std::uint32_t>(len);
        total += len;
    }
    if (total != static_cast<std::uint64_t>(end - p))
        return corrupt(Tr::tr("%1 has text lengths that do not add up to its size.").arg(where));
    const char *text = reinterpret_cast<const char *>(p);
    for (std::size_t i = 0; i < count; ++i) {
        if (Status s = sink(std::string_view(text, lengths[i])); !s)
            return s;
        text += lengths[i];
    }
    return {};
}

} // namespace

Status appendColumnChunk(Column &column, std::span<const std::uint8_t> payload, std::size_t rows,
                         std::size_t dictionarySize, const QString &where)
{
    return std::visit(
        [&](auto &col) -> Status {
            using C = std::decay_t<decltype(col)>;
            if constexpr (std::is_same_v<C, StringColumn>) {
                // String arenas use 32-bit offsets.
                if (col.byteSize() + payload.size() > 0xffffffffu)
                    return makeError(ErrorCode::Limit,
                                     Tr::tr("%1 holds more text than a column can.").arg(where));
                thread_local std::vector<std::uint32_t> lengths;
                return readTexts(payload, rows, where, lengths, [&](std::string_view v) {
                    col.append(v);
                    return Status();
                });
            } else if constexpr (std::is_same_v<C, DictionaryColumn>) {
                const int width = codeWidth(dictionarySize);
                if (payload.size() != rows * static_cast<std::size_t>(width))
                    return corrupt(Tr::tr("%1 has %2 bytes for %3 codes of %4 bytes.")
                                       .arg(where)
                                       .arg(payload.size())
                                       .arg(rows)
                                       .arg(width));
                const std::uint8_t *in = payload.data();
                std::uint32_t maxCode = 0;
                std::vector<std::uint32_t> codes(rows);
                for (std::size_t i = 0; i < rows; ++i) {
                    std::uint32_t c = 0;
                    if (width == 1) {
                        c = in[i];
                    } else if (width == 2) {
                        std::uint16_t v;
                        std::memcpy(&v, in + 2 * i, 2);
                        c = v;
                    } else {
                        std::memcpy(&c, in + 4 * i, 4);
                    }
                    maxCode = std::max(maxCode, c);
                    codes[i] = c;
                }
                if (rows && maxCode >= dictionarySize)
                    return corrupt(Tr::tr("%1 has the value code %2, beyond its dictionary of %3 "
                                          "values.")
                                       .arg(where)
                                       .arg(maxCode)
                                       .arg(dictionarySize));
                for (std::uint32_t c : codes)
                    col.appendCode(c);
                return {};
            } else if constexpr (std::is_same_v<C, std::vector<std::int8_t>>) {
                const std::size_t old = col.size();
                if (Status s = appendFixed(col, payload, rows, where); !s)
                    return s;
                for (std::size_t i = old; i < col.size(); ++i) {
                    if (col[i] != NullBool && col[i] != 0 && col[i] != 1)
                        return corrupt(Tr::tr("%1 has a yes/no value that is neither.").arg(where));
                }
                return {};
            } else {
                return appendFixed(col, payload, rows, where);
            }
        },
        column);
}

Status decodeDictionary(DictionaryColumn &column, std::span<const std::uint8_t> payload,
                        std::size_t valueCount, const QString &where)
{
    if (valueCount == 0)
        return corrupt(Tr::tr("%1 has no values; the empty value must come first.").arg(where));
    if (column.values().size() != 1)
        return corrupt(Tr::tr("%1 is read twice.").arg(where));
    std::vector<std::uint32_t> lengths;
    std::size_t index = 0;
    return readTexts(payload, valueCount, where, lengths, [&](std::string_view v) -> Status {
        if (index == 0) {
            if (!v.empty())
                return corrupt(Tr::tr("%1 does not start with the empty value.").arg(where));
        } else if (column.intern(v) != index) {
            return corrupt(Tr::tr("%1 holds the same value twice.").arg(where));
        }
        ++index;
        return {};
    });
}

} // namespace Tessera::Store
