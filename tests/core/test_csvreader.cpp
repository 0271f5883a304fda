// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/cellvalue.h"
#include "core/interchange/csvreader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace Tessera;

namespace {

QString csvFile(const char *name)
{
    return QStringLiteral(TESSERA_TEST_DATA "/csv/") + QLatin1String(name);
}

using Rows = std::vector<std::vector<std::string>>;

Rows readAll(CsvReader &reader, std::vector<std::int64_t> *lines = nullptr)
{
    Rows rows;
    CsvRecord record;
    for (;;) {
        Result<bool> got = reader.next(record);
        EXPECT_TRUE(got.ok()) << (got.ok() ? "" : got.error().message.toStdString());
        if (!got.ok() || !*got)
            break;
        std::vector<std::string> row;
        for (std::size_t i = 0; i < record.size(); ++i)
            row.emplace_back(record[i]);
        rows.push_back(row);
        if (lines)
            lines->push_back(record.line());
    }
    return rows;
}

Result<CsvReader> fromText(const char *text, char delimiter = 0)
{
    return CsvReader::fromBytes(QByteArray(text), {delimiter});
}

} // namespace

TEST(CsvReader, QuotedFieldsWithDelimitersQuotesAndLineBreaks)
{
    Result<CsvReader> reader = CsvReader::open(csvFile("quotes.csv"));
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    EXPECT_EQ(reader->delimiter(), ',');
    EXPECT_EQ(reader->encoding(), CsvEncoding::Utf8);
    EXPECT_EQ(reader->header(),
              (QStringList{"Id", "Name", "BillingStreet", "BillingCity", "AnnualRevenue"}));
    std::vector<std::int64_t> lines;
    const Rows rows = readAll(*reader, &lines);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"001A", "Acme, Inc.", "1 Main St, Suite 5",
                                                 "Boston", "1000"}));
    EXPECT_EQ(rows[1][1], "The \"Blue\" Company");
    EXPECT_EQ(rows[1][2], "200 Elm Ave\r\nBuilding 2");
    EXPECT_EQ(rows[2], (std::vector<std::string>{"001C", "Plain Name", "", "Austin", ""}));
    // A quote inside an unquoted field is a character; "" is an empty field.
    EXPECT_EQ(rows[3][1], "5\" Screens");
    EXPECT_EQ(rows[3][3], "");
    // The record after the embedded line break starts two lines later.
    EXPECT_EQ(lines, (std::vector<std::int64_t>{2, 3, 5, 6}));
}

TEST(CsvReader, LfAndCrlfGiveTheSameFields)
{
    Result<CsvReader> crlf = CsvReader::open(csvFile("quotes.csv"));
    Result<CsvReader> lf = CsvReader::open(csvFile("quotes-lf.csv"));
    ASSERT_TRUE(crlf.ok() && lf.ok());
    Rows a = readAll(*crlf);
    Rows b = readAll(*lf);
    ASSERT_EQ(a.size(), b.size());
    a[1][2] = "200 Elm Ave\nBuilding 2"; // the line break inside quotes is kept as written
    EXPECT_EQ(a, b);
}

TEST(CsvReader, ByteOrderMarkAndSemicolons)
{
    Result<CsvReader> reader = CsvReader::open(csvFile("bom-semicolon.csv"));
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(reader->encoding(), CsvEncoding::Utf8Bom);
    EXPECT_EQ(reader->delimiter(), ';');
    EXPECT_EQ(reader->header().front(), QStringLiteral("Account ID"));
    const Rows rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0][1], "B\xc3\xa4"
                          "ckerei M\xc3\xbcller GmbH");
    EXPECT_EQ(rows[1][1], "Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale; Paris");
    EXPECT_EQ(rows[1][4], "");
}

TEST(CsvReader, Windows1252IsDetectedAndConverted)
{
    Result<CsvReader> reader = CsvReader::open(csvFile("windows1252.csv"));
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(reader->encoding(), CsvEncoding::Windows1252);
    const Rows rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(QString::fromStdString(rows[0][1]), QStringLiteral("Müller & Söhne"));
    EXPECT_EQ(QString::fromStdString(rows[0][3]), QStringLiteral("Preis 5 €"));
    EXPECT_EQ(QString::fromStdString(rows[1][3]), QStringLiteral("“quoted” – dash"));
    EXPECT_EQ(QString::fromStdString(rows[2][2]), QStringLiteral("Tromsø"));
}

TEST(CsvReader, TabsAreDetectedAndDelimiterCanBeForced)
{
    Result<CsvReader> reader = CsvReader::open(csvFile("tabs.csv"));
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(reader->delimiter(), '\t');
    EXPECT_EQ(readAll(*reader)[0][1], "Tab One, Inc.");

    Result<CsvReader> forced = CsvReader::open(csvFile("tabs.csv"), {','});
    ASSERT_TRUE(forced.ok());
    EXPECT_EQ(forced->header().size(), 1);
    EXPECT_EQ(csvDelimiterFromName(u"tab"), '\t');
    EXPECT_EQ(csvDelimiterFromName(u";"), ';');
    EXPECT_EQ(csvDelimiterFromName(u"|"), 0);
}

TEST(CsvReader, UnclosedQuoteNamesLineAndColumn)
{
    Result<CsvReader> reader = CsvReader::open(csvFile("unterminated.csv"));
    ASSERT_TRUE(reader.ok());
    CsvRecord record;
    ASSERT_TRUE(reader->next(record).ok());
    Result<bool> got = reader->next(record);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(got.error().message.contains(QStringLiteral("Line 3, column 2")))
        << got.error().message.toStdString();
    EXPECT_TRUE(got.error().message.contains(QStringLiteral("closing quote")));
}

TEST(CsvReader, TextAfterClosingQuoteIsAnIssueOfTheRecord)
{
    Result<CsvReader> reader = CsvReader::open(csvFile("after-quote.csv"));
    ASSERT_TRUE(reader.ok());
    CsvRecord record;
    ASSERT_TRUE(*reader->next(record));
    EXPECT_TRUE(record.hasIssue());
    EXPECT_EQ(record.issueColumn(), 2);
    EXPECT_EQ(record[1], "Quotedtrailing");
    ASSERT_TRUE(*reader->next(record));
    EXPECT_FALSE(record.hasIssue());
    EXPECT_EQ(record[1], "Fine");
}

TEST(CsvReader, RefusesEmptyAndUtf16Files)
{
    Result<CsvReader> empty = CsvReader::open(csvFile("empty.csv"));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("empty")));
    Result<CsvReader> utf16 = CsvReader::open(csvFile("utf16.csv"));
    ASSERT_FALSE(utf16.ok());
    EXPECT_TRUE(utf16.error().message.contains(QStringLiteral("UTF-16")));
    Result<CsvReader> missing = CsvReader::open(csvFile("no-such-file.csv"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
}

TEST(CsvReader, EdgeCasesOfRecords)
{
    // No final line end, a trailing delimiter, blank header cells, empty lines.
    Result<CsvReader> reader = fromText("a,,c\n\n\n1,2,\n\"x\",\"\",3");
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(reader->header(), (QStringList{"a", "Column 2", "c"}));
    const Rows rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"1", "2", ""}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"x", "", "3"}));
    reader->rewind();
    EXPECT_EQ(readAll(*reader).size(), 2u);
    EXPECT_DOUBLE_EQ(reader->fraction(), 1.0);

    // A semicolon in a quoted header cell does not make the file semicolon-delimited.
    Result<CsvReader> quoted = fromText("\"a;b;c\",d\n1,2\n");
    ASSERT_TRUE(quoted.ok());
    EXPECT_EQ(quoted->delimiter(), ',');
}

TEST(CellValue, Numbers)
{
    using CellValue::Parse;
    double v = 0;
    EXPECT_EQ(CellValue::number("1234", false, &v), Parse::Ok);
    EXPECT_EQ(v, 1234);
    EXPECT_EQ(CellValue::number(" -1.5e3 ", false, &v), Parse::Ok);
    EXPECT_EQ(v, -1500);
    EXPECT_EQ(CellValue::number("1,234,567.89", false, &v), Parse::Ok);
    EXPECT_DOUBLE_EQ(v, 1234567.89);
    EXPECT_EQ(CellValue::number("$1,200", false, &v), Parse::Ok);
    EXPECT_EQ(v, 1200);
    EXPECT_EQ(CellValue::number("1.234.567,89", true, &v), Parse::Ok);
    EXPECT_DOUBLE_EQ(v, 1234567.89);
    EXPECT_EQ(CellValue::number("12,5 \xe2\x82\xac", true, &v), Parse::Ok);
    EXPECT_DOUBLE_EQ(v, 12.5);
    EXPECT_EQ(CellValue::number("", false, &v), Parse::Empty);
    EXPECT_EQ(CellValue::number("12abc", false, &v), Parse::Bad);
    EXPECT_EQ(CellValue::number("inf", false, &v), Parse::Bad);
    EXPECT_EQ(CellValue::number("1.2.3", false, &v), Parse::Bad);
    EXPECT_EQ(CellValue::number("-", false, &v), Parse::Bad);
}

TEST(CellValue, Dates)
{
    using CellValue::Parse;
    std::int32_t d = 0;
    EXPECT_EQ(CellValue::date("1970-01-02", &d), Parse::Ok);
    EXPECT_EQ(d, 1);
    EXPECT_EQ(CellValue::date("2024-01-31", &d), Parse::Ok);
    const std::int32_t iso = d;
    EXPECT_EQ(CellValue::date("1/31/2024", &d), Parse::Ok);
    EXPECT_EQ(d, iso);
    EXPECT_EQ(CellValue::date("31.01.2024", &d), Parse::Ok);
    EXPECT_EQ(d, iso);
    EXPECT_EQ(CellValue::date("2024-01-31T10:00:00Z", &d), Parse::Ok);
    EXPECT_EQ(d, iso);
    EXPECT_EQ(CellValue::date("2024-02-29", &d), Parse::Ok);
    EXPECT_EQ(CellValue::date("2023-02-29", &d), Parse::Bad);
    EXPECT_EQ(CellValue::date("2024-13-01", &d), Parse::Bad);
    EXPECT_EQ(CellValue::date("31/01/24", &d), Parse::Bad);
    EXPECT_EQ(CellValue::date("20240131", &d), Parse::Bad);
    EXPECT_EQ(CellValue::date(" ", &d), Parse::Empty);
}

TEST(CellValue, Booleans)
{
    using CellValue::Parse;
    std::int8_t b = -1;
    EXPECT_EQ(CellValue::boolean("TRUE", &b), Parse::Ok);
    EXPECT_EQ(b, 1);
    EXPECT_EQ(CellValue::boolean("no", &b), Parse::Ok);
    EXPECT_EQ(b, 0);
    EXPECT_EQ(CellValue::boolean("maybe", &b), Parse::Bad);
    EXPECT_TRUE(CellValue::isBooleanWord("Yes"));
    EXPECT_FALSE(CellValue::isBooleanWord("1"));
}
