// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/csvreader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <array>
#include <cstring>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CsvReader)
};

// Unicode code points of Windows-1252's bytes 0x80..0x9f; the five bytes it
// leaves undefined map to the C1 controls, as in Latin-1.
constexpr std::array<char16_t, 32> Cp1252High{
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178};

bool validUtf8(const unsigned char *p, const unsigned char *end)
{
    while (p < end) {
        if (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more;
        std::uint32_t cp;
        std::uint32_t min;
        if ((c & 0xe0) == 0xc0) {
            more = 1;
            cp = c & 0x1f;
            min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            more = 2;
            cp = c & 0x0f;
            min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            more = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        p += more + 1;
    }
    return true;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xc0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3f)));
    } else {
        out.append(char(0xe0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3f)));
        out.append(char(0x80 | (cp & 0x3f)));
    }
}

QByteArray fromWindows1252(const char *begin, const char *end)
{
    QByteArray out;
    out.reserve(qsizetype((end - begin) + (end - begin) / 8));
    for (const char *p = begin; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x80)
            out.append(char(c));
        else if (c < 0xa0)
            appendUtf8(out, Cp1252High[c - 0x80]);
        else
            appendUtf8(out, c);
    }
    return out;
}

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString csvDelimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return Tr::tr("comma");
    case ';':
        return Tr::tr("semicolon");
    case '\t':
        return Tr::tr("tab");
    }
    return QString(QLatin1Char(delimiter));
}

char csvDelimiterFromName(QStringView name)
{
    if (name == u"," || name.compare(u"comma", Qt::CaseInsensitive) == 0)
        return ',';
    if (name == u";" || name.compare(u"semicolon", Qt::CaseInsensitive) == 0)
        return ';';
    if (name == u"\t" || name == u"\\t" || name.compare(u"tab", Qt::CaseInsensitive) == 0)
        return '\t';
    return 0;
}

struct CsvReader::State
{
    std::unique_ptr<QFile> file;
    QByteArray owned; // the bytes, when not mapped
    const char *begin = nullptr;
    const char *end = nullptr;
    const char *pos = nullptr;
    const char *dataStart = nullptr;
    std::int64_t line = 1;
    std::int64_t dataLine = 1;
    std::int64_t fileBytes = 0;
    char delimiter = ',';
    CsvEncoding encoding = CsvEncoding::Utf8;
    QStringList header;

    struct Piece
    {
        const char *ptr; // null: in scratch at offset
        std::size_t offset;
        std::size_t length;
    };
    std::vector<Piece> pieces;
    std::string scratch;
    std::array<bool, 256> special{};

    Result<bool> readRecord(CsvRecord &record);
    Error error(ErrorCode code, std::int64_t atLine, std::size_t column, const QString &what) const
    {
        return makeError(code, Tr::tr("Line %1, column %2: %3").arg(atLine).arg(column).arg(what));
    }
};

CsvReader::CsvReader(std::unique_ptr<State> state)
    : d(std::move(state))
{}
CsvReader::CsvReader(CsvReader &&) noexcept = default;
CsvReader &CsvReader::operator=(CsvReader &&) noexcept = default;
CsvReader::~CsvReader() = default;

Result<CsvReader> CsvReader::open(const QString &path, const Options &options)
{
    auto state = std::make_unique<State>();
    state->file = std::make_unique<QFile>(path);
    if (!state->file->open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot read the file: %1").arg(state->file->errorString()), path);
    const qint64 size = state->file->size();
    if (size > MaxFileBytes)
        return makeError(ErrorCode::Limit,
                         Tr::tr("The file is larger than %1 GB.").arg(MaxFileBytes >> 30), path);
    if (size > 0) {
        if (uchar *map = state->file->map(0, size)) {
            state->begin = reinterpret_cast<const char *>(map);
        } else {
            state->owned = state->file->readAll();
            if (state->owned.size() != size)
                return makeError(ErrorCode::Io,
                                 Tr::tr("Cannot read the file: %1").arg(state->file->errorString()),
                                 path);
            state->begin = state->owned.constData();
        }
        state->end = state->begin + size;
    }
    return start(std::move(state), options);
}

Result<CsvReader> CsvReader::fromBytes(QByteArray bytes, const Options &options)
{
    if (bytes.size() > MaxFileBytes)
        return makeError(ErrorCode::Limit,
                         Tr::tr("The file is larger than %1 GB.").arg(MaxFileBytes >> 30));
    auto state = std::make_unique<State>();
    state->owned = std::move(bytes);
    state->begin = state->owned.constData();
    state->end = state->begin + state->owned.size();
    return start(std::move(state), options);
}

Result<CsvReader> CsvReader::start(std::unique_ptr<State> s, const Options &options)
{
    s->fileBytes = s->end - s->begin;
    const auto *u = reinterpret_cast<const unsigned char *>(s->begin);
    const std::size_t n = std::size_t(s->end - s->begin);
    if (n >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff)))
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The file is in UTF-16, which Tessera does not read; save it as "
                                "CSV in UTF-8."));
    if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
        s->begin += 3;
        s->encoding = CsvEncoding::Utf8Bom;
    }
    if (!validUtf8(reinterpret_cast<const unsigned char *>(s->begin),
                   reinterpret_cast<const unsigned char *>(s->end))) {
        QByteArray converted = fromWindows1252(s->begin, s->end);
        s->file.reset(); // unmaps
        s->owned = std::move(converted);
        s->begin = s->owned.constData();
        s->end = s->begin + s->owned.size();
        s->encoding = CsvEncoding::Windows1252;
    }
    s->pos = s->begin;
    if (s->begin == s->end)
        return makeError(ErrorCode::Invalid, Tr::tr("The file is empty; expected a header row."));

    // The delimiter that occurs most often outside quotes in the header row;
    // a tie goes to the comma, then the semicolon.
    char delimiter = options.delimiter;
    if (delimiter == 0) {
        int comma = 0, semicolon = 0, tab = 0;
        bool quoted = false;
        const char *limit = std::min(s->end, s->begin + (1 << 20));
        for (const char *p = s->begin; p < limit; ++p) {
            const char c = *p;
            if (c == '"')
                quoted = !quoted;
            else if (quoted)
                continue;
            else if (c == '\n' || c == '\r')
                break;
            else if (c == ',')
                ++comma;
            else if (c == ';')
                ++semicolon;
            else if (c == '\t')
                ++tab;
        }
        delimiter = ',';
        if (semicolon > comma && semicolon >= tab)
            delimiter = ';';
        else if (tab > comma && tab > semicolon)
            delimiter = '\t';
    } else if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
        return makeError(ErrorCode::Usage,
                         Tr::tr("The delimiter must be a comma, a semicolon or a tab."));
    }
    s->delimiter = delimiter;
    s->special[static_cast<unsigned char>(delimiter)] = true;
    s->special['\n'] = true;
    s->special['\r'] = true;

    CsvRecord header;
    Result<bool> got = s->readRecord(header);
    if (!got)
        return got.error();
    if (!*got)
        return makeError(ErrorCode::Invalid, Tr::tr("The file has no header row."));
    for (std::size_t i = 0; i < header.size(); ++i) {
        QString name = QString::fromUtf8(header[i].data(), qsizetype(header[i].size())).trimmed();
        if (name.isEmpty())
            name = Tr::tr("Column %1").arg(i + 1);
        s->header.append(name);
    }
    s->dataStart = s->pos;
    s->dataLine = s->line;
    return CsvReader(std::move(s));
}

Result<bool> CsvReader::State::readRecord(CsvRecord &record)
{
    // Skip empty lines.
    while (pos < end && (*pos == '\n' || *pos == '\r')) {
        if (*pos == '\r' && pos + 1 < end && pos[1] == '\n')
            ++pos;
        ++pos;
        ++line;
    }
    if (pos >= end)
        return false;

    pieces.clear();
    scratch.clear();
    record.m_fieldLines.clear();
    record.m_issue.clear();
    record.m_issueColumn = 0;
    record.m_line = line;

    for (;;) {
        const std::int64_t fieldLine = line;
        const std::size_t column = pieces.size() + 1;
        if (pos < end && *pos == '"') {
            ++pos;
            const char *start = pos;
            bool inScratch = false;
            const std::size_t scratchStart = scratch.size();
            for (;;) {
                const auto *q =
                    static_cast<const char *>(std::memchr(pos, '"', std::size_t(end - pos)));
                if (!q)
                    return error(ErrorCode::Invalid, fieldLine, column,
                                 Tr::tr("a quoted field is never closed; expected a closing "
                                        "quote (\")."));
                line += std::count(pos, q, '\n');
                if (q + 1 < end && q[1] == '"') {
                    inScratch = true;
                    scratch.append(pos, std::size_t(q + 1 - pos));
                    pos = q + 2;
                    continue;
                }
                if (inScratch)
                    scratch.append(pos, std::size_t(q - pos));
                pieces.push_back(inScratch
                                     ? Piece{nullptr, scratchStart, scratch.size() - scratchStart}
                                     : Piece{start, 0, std::size_t(q - start)});
                pos = q + 1;
                break;
            }
            if (pos < end && !special[static_cast<unsigned char>(*pos)]) {
                if (record.m_issue.isEmpty()) {
                    record.m_issue = Tr::tr("expected a delimiter or the end of the line after the "
                                            "closing quote");
                    record.m_issueColumn = int(column);
                }
                // Keep what follows as part of the field, up to the next delimiter.
                Piece &piece = pieces.back();
                if (piece.ptr) {
                    piece.offset = scratch.size();
                    scratch.append(piece.ptr, piece.length);
                    piece.ptr = nullptr;
                }
                const char *rest = pos;
                while (pos < end && !special[static_cast<unsigned char>(*pos)])
                    ++pos;
                scratch.append(rest, std::size_t(pos - rest));
                piece.length = scratch.size() - piece.offset;
            }
        } else {
            const char *start = pos;
            while (pos < end && !special[static_cast<unsigned char>(*pos)])
                ++pos;
            pieces.push_back(Piece{start, 0, std::size_t(pos - start)});
        }
        if (pieces.back().length > MaxFieldBytes)
            return error(ErrorCode::Limit, fieldLine, column,
                         Tr::tr("a field is longer than %1 bytes; a quote may have been left open.")
                             .arg(MaxFieldBytes));
        record.m_fieldLines.push_back(fieldLine);
        if (pieces.size() > MaxColumns)
            return error(ErrorCode::Limit, fieldLine, column,
                         Tr::tr("a row has more than %1 fields.").arg(MaxColumns));
        if (pos >= end)
            break;
        if (*pos == delimiter) {
            ++pos;
            if (pos >= end) {
                pieces.push_back(Piece{pos, 0, 0});
                record.m_fieldLines.push_back(line);
                break;
            }
            continue;
        }
        if (*pos == '\r' && pos + 1 < end && pos[1] == '\n')
            ++pos;
        ++pos;
        ++line;
        break;
    }

    record.m_fields.clear();
    for (const Piece &p : pieces)
        record.m_fields.emplace_back(p.ptr ? p.ptr : scratch.data() + p.offset, p.length);
    return true;
}

char CsvReader::delimiter() const
{
    return d->delimiter;
}

CsvEncoding CsvReader::encoding() const
{
    return d->encoding;
}

const QStringList &CsvReader::header() const
{
    return d->header;
}

std::int64_t CsvReader::byteSize() const
{
    return d->fileBytes;
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    return d->readRecord(record);
}

double CsvReader::fraction() const
{
    const auto total = d->end - d->begin;
    return total > 0 ? double(d->pos - d->begin) / double(total) : 1.0;
}

void CsvReader::rewind()
{
    d->pos = d->dataStart;
    d->line = d->dataLine;
}

} // namespace Tessera
