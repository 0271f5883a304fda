// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace Tessera::CellValue {

// Reading one CSV cell as a typed value. Surrounding spaces are ignored; an
// empty cell is a missing value, never an error.
enum class Parse : std::uint8_t { Empty, Ok, Bad };

std::string_view trim(std::string_view s);

// "1234", "-1.5e3", "1,234,567.89", "$1,200", "1 200,50 €". With decimalComma
// (files delimited by semicolons, as European spreadsheets write them) the
// comma is the decimal separator and dots or spaces group thousands.
Parse number(std::string_view s, bool decimalComma, double *out);

// "2024-01-31" (optionally followed by a time), "2024/01/31", "1/31/2024"
// (month first, as Salesforce writes US dates) and "31.01.2024"; to days since
// 1970-01-01.
Parse date(std::string_view s, std::int32_t *days);

// true/false, yes/no, 1/0, y/n, in any case.
Parse boolean(std::string_view s, std::int8_t *out);
// Only the words true/false/yes/no: what makes a column look like a checkbox
// (a column of 0 and 1 looks like numbers).
bool isBooleanWord(std::string_view s);

// Days since 1970-01-01 of a proleptic Gregorian date; false when invalid.
bool daysFromCivil(int year, int month, int day, std::int32_t *days);

} // namespace Tessera::CellValue
