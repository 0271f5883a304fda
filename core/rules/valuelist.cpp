// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/valuelist.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::ValueList)
};
} // namespace

Result<std::vector<QString>> parseValueList(QStringView value)
{
    std::vector<QString> out;
    if (!value.contains(u'"')) {
        // The common case, long ZIP and state lists: no quoting to undo.
        for (QStringView part : value.tokenize(u','))
            out.push_back(part.trimmed().toString());
        return out;
    }
    QString current;
    bool quoted = false;    // inside quotes now
    bool wasQuoted = false; // the current alternative had quotes
    qsizetype quoteStart = 0;
    auto finish = [&] {
        out.push_back(wasQuoted ? current : current.trimmed());
        current.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < value.size() && value[i + 1] == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!current.trimmed().isEmpty() || wasQuoted)
                return makeError(
                    ErrorCode::Invalid,
                    Tr::tr("A quote at position %1 must open the whole value between commas.")
                        .arg(i + 1));
            current.clear();
            quoted = wasQuoted = true;
            quoteStart = i;
        } else if (c == u',') {
            finish();
        } else if (wasQuoted) {
            if (!c.isSpace())
                return makeError(
                    ErrorCode::Invalid,
                    Tr::tr("Expected a comma after the closing quote at position %1.").arg(i + 1));
        } else {
            current += c;
        }
    }
    if (quoted)
        return makeError(
            ErrorCode::Invalid,
            Tr::tr("The quote opened at position %1 is never closed.").arg(quoteStart + 1));
    finish();
    return out;
}

QString joinValueList(const std::vector<QString> &alternatives)
{
    QStringList parts;
    for (const QString &a : alternatives) {
        if (a.contains(u',') || a.contains(u'"') || a != a.trimmed()) {
            QString q = a;
            q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            parts << u'"' + q + u'"';
        } else {
            parts << a;
        }
    }
    return parts.join(u',');
}

Result<WithinArea> parseWithin(QStringView value)
{
    Result<std::vector<QString>> parts = parseValueList(value);
    if (!parts)
        return parts.error();
    if (parts->size() != 3)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("\"within\" needs latitude, longitude and radius, such as "
                                "\"37.77,-122.42,50 km\"."));
    bool okLat = false, okLon = false;
    WithinArea area;
    area.latitude = (*parts)[0].toDouble(&okLat);
    area.longitude = (*parts)[1].toDouble(&okLon);
    if (!okLat || !okLon || std::abs(area.latitude) > 90 || std::abs(area.longitude) > 180)
        return makeError(
            ErrorCode::Invalid,
            Tr::tr("\"%1, %2\" is not a latitude and longitude.").arg((*parts)[0], (*parts)[1]));
    QString radius = (*parts)[2].simplified().toLower();
    double factor = 1.0;
    if (radius.endsWith(QStringLiteral("km"))) {
        radius.chop(2);
    } else if (radius.endsWith(QStringLiteral("mi"))) {
        radius.chop(2);
        factor = 1.609344;
    } else {
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The radius \"%1\" needs a unit, km or mi.").arg((*parts)[2]));
    }
    bool okRadius = false;
    const double r = radius.trimmed().toDouble(&okRadius);
    if (!okRadius || !(r > 0) || r > 20'000)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The radius \"%1\" must be a positive distance.").arg((*parts)[2]));
    area.radiusKm = r * factor;
    return area;
}

double haversineKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double EarthRadiusKm = 6371.0088;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace Tessera
