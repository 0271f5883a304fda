// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace Tessera {

// How the bytes of a CSV file were decoded. Windows-1252 files are converted
// to UTF-8 once, when the file is opened; everything after sees UTF-8.
enum class CsvEncoding : std::uint8_t { Utf8, Utf8Bom, Windows1252 };
QString csvEncodingName(CsvEncoding encoding); // "UTF-8", "UTF-8 with BOM", "Windows-1252"
QString csvDelimiterName(char delimiter);      // "comma", "semicolon", "tab"
// ",", ";", "tab" or "\t" to the character; 0 when it is none of them.
char csvDelimiterFromName(QStringView name);

// One record of a CSV file. The fields are views into the reader's buffers and
// stay valid until the reader's next call of next().
class CsvRecord
{
public:
    std::size_t size() const { return m_fields.size(); }
    std::string_view operator[](std::size_t i) const { return m_fields[i]; }
    // Line (1-based) on which the record starts, and on which field i starts
    // (later when an earlier field holds line breaks).
    std::int64_t line() const { return m_line; }
    std::int64_t lineOf(std::size_t i) const { return m_fieldLines[i]; }
    // A problem found while splitting the record (text after a closing quote);
    // the fields are still there, read as well as possible. Column is 1-based.
    bool hasIssue() const { return !m_issue.isEmpty(); }
    const QString &issue() const { return m_issue; }
    int issueColumn() const { return m_issueColumn; }

private:
    friend class CsvReader;
    std::vector<std::string_view> m_fields;
    std::vector<std::int64_t> m_fieldLines;
    std::int64_t m_line = 0;
    QString m_issue;
    int m_issueColumn = 0;
};

struct CsvReadOptions
{
    char delimiter = 0; // ',', ';' or '\t'; 0: detect
};

// Reads RFC 4180 CSV: quoted fields with delimiters, doubled quotes and line
// breaks inside; CRLF, LF or CR line ends; UTF-8 with or without a byte order
// mark, else Windows-1252 (a superset of Latin-1), converted to UTF-8. The
// delimiter is comma, semicolon or tab, detected from the header row unless
// given. The first record is the header. Entirely empty lines are skipped. A
// quote inside an unquoted field is kept as a character, as spreadsheets do.
//
// The file is memory-mapped (or, for a converted file, held once in memory)
// and split in place: a field without doubled quotes is a view into the file,
// so reading allocates nothing per cell.
class CsvReader
{
public:
    using Options = CsvReadOptions;

    static constexpr std::size_t MaxColumns = 2'000;
    static constexpr std::size_t MaxFieldBytes = 1 << 20;
    static constexpr std::int64_t MaxFileBytes = std::int64_t(16) << 30;

    CsvReader(CsvReader &&) noexcept;
    CsvReader &operator=(CsvReader &&) noexcept;
    ~CsvReader();

    // Opens a file and reads its header. Errors: Io (cannot read), Invalid
    // (empty, no header, UTF-16), Limit (too large, too many columns).
    static Result<CsvReader> open(const QString &path, const Options &options = {});
    // The same over bytes in memory (tests, fuzzing, the wizard's preview).
    static Result<CsvReader> fromBytes(QByteArray bytes, const Options &options = {});

    char delimiter() const;
    CsvEncoding encoding() const;
    // Text of each header cell, trimmed; blank cells become "Column N".
    const QStringList &header() const;
    std::int64_t byteSize() const;

    // Reads the next data record into record; false at the end of the file.
    // An error (Invalid, with line and column) when a quoted field is never
    // closed or a field exceeds MaxFieldBytes: nothing after it can be trusted.
    Result<bool> next(CsvRecord &record);
    // Share of the file read so far, 0..1.
    double fraction() const;
    // Goes back to the first data record.
    void rewind();

private:
    struct State;
    explicit CsvReader(std::unique_ptr<State> state);
    static Result<CsvReader> start(std::unique_ptr<State> state, const Options &options);
    std::unique_ptr<State> d;
};

} // namespace Tessera
