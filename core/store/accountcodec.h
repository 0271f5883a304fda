// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/accountstore.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>

namespace Tessera::Store {

// The byte encoding of account columns in a workspace file: each column of
// each chunk of ChunkRows rows is one blob; docs/file-format.md describes the
// layout byte by byte. Decoders treat their input as hostile: every length is
// checked before it is used and nothing is allocated on a size that was not
// bounded first.

constexpr std::size_t ChunkRows = 65'536;
// Largest blob, stored or uncompressed. Bounds what a hostile file can make
// us allocate per blob; a chunk of text at 4 KiB a row still fits.
constexpr std::size_t MaxBlobBytes = 256u * 1024 * 1024;
// Largest single account text value, in UTF-8 bytes (4 x the model's text limit).
constexpr std::size_t MaxAccountTextBytes = 4u * 32'000;

enum class BlobEncoding : std::int64_t {
    Raw = 0,  // the payload as is
    Zlib = 1, // qCompress(): 4-byte big-endian payload size, then a zlib stream
};

struct EncodedBlob
{
    BlobEncoding encoding = BlobEncoding::Raw;
    std::uint64_t rawSize = 0;
    QByteArray bytes;            // what is stored in the file
    std::size_t longestText = 0; // of a text column, so a writer can refuse what readers would
};

// Bytes per dictionary code: 1, 2 or 4, from the number of dictionary values.
int codeWidth(std::size_t dictionarySize);

// Encodes rows [begin, end) of a column; compressionLevel 0 stores raw,
// otherwise zlib is used when it saves at least a tenth.
EncodedBlob encodeColumnChunk(const Column &column, std::size_t begin, std::size_t end,
                              int compressionLevel);
// The value table of a dictionary column (code 0, the empty value, included).
EncodedBlob encodeDictionary(const DictionaryColumn &column, int compressionLevel);

// A payload ready to decode: either the stored bytes themselves or a
// decompressed copy held in storage.
struct Payload
{
    QByteArray storage;
    std::span<const std::uint8_t> bytes;
};

// Checks the declared size against the limit and the stored size before any
// allocation, then decompresses if needed. Messages name `where`.
Result<Payload> unpack(std::int64_t encoding, std::int64_t rawSize,
                       std::span<const std::uint8_t> stored, const QString &where);

// Appends `rows` decoded rows to the column. dictionarySize bounds codes of
// a dictionary column.
Status appendColumnChunk(Column &column, std::span<const std::uint8_t> payload, std::size_t rows,
                         std::size_t dictionarySize, const QString &where);
// Fills an empty dictionary column's value table from its payload.
Status decodeDictionary(DictionaryColumn &column, std::span<const std::uint8_t> payload,
                        std::size_t valueCount, const QString &where);

} // namespace Tessera::Store
