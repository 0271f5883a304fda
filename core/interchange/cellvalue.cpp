// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/cellvalue.h"

#include <charconv>
#include <cmath>

namespace Tessera::CellValue {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != b[i])
            return false;
    }
    return true;
}

bool strip(std::string_view &s, std::string_view affix, bool front)
{
    if (s.size() < affix.size())
        return false;
    if (front ? s.substr(0, affix.size()) == affix : s.substr(s.size() - affix.size()) == affix) {
        s = front ? s.substr(affix.size()) : s.substr(0, s.size() - affix.size());
        s = trim(s);
        return true;
    }
    return false;
}

bool parsePlain(std::string_view s, double *out)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

// Reads 1 to maxDigits digits at s[*i].
bool digits(std::string_view s, std::size_t *i, int maxDigits, int *out)
{
    int v = 0;
    int n = 0;
    while (*i < s.size() && n < maxDigits && s[*i] >= '0' && s[*i] <= '9') {
        v = v * 10 + (s[*i] - '0');
        ++*i;
        ++n;
    }
    *out = v;
    return n > 0;
}

} // namespace

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

Parse number(std::string_view s, bool decimalComma, double *out)
{
    s = trim(s);
    if (s.empty())
        return Parse::Empty;
    if (parsePlain(s, out))
        return Parse::Ok;
    if (s.size() > 60)
        return Parse::Bad;
    // Currency marks before or after the amount.
    for (std::string_view mark : {"$", "\xe2\x82\xac", "\xc2\xa3", "USD", "EUR", "GBP"}) {
        if (strip(s, mark, true) || strip(s, mark, false))
            break;
    }
    char buffer[64];
    std::size_t n = 0;
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    const char decimal = decimalComma ? ',' : '.';
    bool seenDecimal = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            buffer[n++] = c;
        } else if (c == decimal && !seenDecimal) {
            seenDecimal = true;
            buffer[n++] = '.';
        } else if (!seenDecimal && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' &&
                   (decimalComma ? (c == '.' || c == ' ') : c == ',')) {
            // A thousands separator between digits: dropped.
        } else if (decimalComma && !seenDecimal && c == '\xc2' && i + 1 < s.size() &&
                   s[i + 1] == '\xa0') {
            ++i; // no-break space grouping thousands
        } else if ((c == 'e' || c == 'E') && n > 0 && i + 1 < s.size()) {
            buffer[n++] = 'e';
            if (s[i + 1] == '-' || s[i + 1] == '+')
                buffer[n++] = s[++i];
        } else {
            return Parse::Bad;
        }
    }
    if (n == 0)
        return Parse::Bad;
    double v = 0;
    if (!parsePlain(std::string_view(buffer, n), &v))
        return Parse::Bad;
    *out = negative ? -v : v;
    return Parse::Ok;
}

bool daysFromCivil(int year, int month, int day, std::int32_t *days)
{
    static constexpr int MonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > MonthDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return false;
    // Days from civil, after H. Hinnant's well-known derivation.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = y / 400;
    const int yoe = y - era * 400;
    const int mp = (month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    *days = era * 146097 + doe - 719468;
    return true;
}

Parse date(std::string_view s, std::int32_t *days)
{
    s = trim(s);
    if (s.empty())
        return Parse::Empty;
    std::size_t i = 0;
    int a = 0, b = 0, c = 0;
    if (!digits(s, &i, 4, &a) || i >= s.size())
        return Parse::Bad;
    const std::size_t firstLength = i;
    const char sep = s[i];
    if (sep != '-' && sep != '/' && sep != '.')
        return Parse::Bad;
    ++i;
    if (!digits(s, &i, 2, &b) || i >= s.size() || s[i] != sep)
        return Parse::Bad;
    ++i;
    const std::size_t thirdStart = i;
    if (!digits(s, &i, 4, &c))
        return Parse::Bad;
    const std::size_t thirdLength = i - thirdStart;
    // What may follow: a time after 'T' or a space.
    if (i < s.size() && s[i] != 'T' && s[i] != ' ')
        return Parse::Bad;
    int year, month, day;
    if (firstLength == 4 && sep != '.') {
        year = a, month = b, day = c; // ISO, or 2024/01/31
        if (thirdLength > 2)
            return Parse::Bad;
    } else if (thirdLength == 4 && sep == '/') {
        year = c, month = a, day = b; // US: month first
    } else if (thirdLength == 4 && sep == '.') {
        year = c, month = b, day = a; // German: day first
    } else {
        return Parse::Bad;
    }
    return daysFromCivil(year, month, day, days) ? Parse::Ok : Parse::Bad;
}

bool isBooleanWord(std::string_view s)
{
    s = trim(s);
    return iequals(s, "true") || iequals(s, "false") || iequals(s, "yes") || iequals(s, "no");
}

Parse boolean(std::string_view s, std::int8_t *out)
{
    s = trim(s);
    if (s.empty())
        return Parse::Empty;
    if (iequals(s, "true") || iequals(s, "yes") || iequals(s, "y") || s == "1") {
        *out = 1;
        return Parse::Ok;
    }
    if (iequals(s, "false") || iequals(s, "no") || iequals(s, "n") || s == "0") {
        *out = 0;
        return Parse::Ok;
    }
    return Parse::Bad;
}

} // namespace Tessera::CellValue
