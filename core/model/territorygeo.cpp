// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/territorygeo.h"

#include "core/geo/boundaries.h"
#include "core/geo/zipcentroids.h"

#include <QCoreApplication>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::TerritoryGeo)
};

bool sameRing(const GeoRing &a, const GeoRing &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].x() != b[i].x() || a[i].y() != b[i].y())
            return false;
    }
    return true;
}

const Boundaries *boundaries()
{
    auto b = Boundaries::bundled();
    return b ? b->get() : nullptr;
}

const ZipCentroids *zips()
{
    auto z = ZipCentroids::bundled();
    return z ? z->get() : nullptr;
}

} // namespace

bool sameShape(const GeoMultiPolygon &a, const GeoMultiPolygon &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!sameRing(a[i].outer(), b[i].outer()) || a[i].inners().size() != b[i].inners().size())
            return false;
        for (std::size_t h = 0; h < a[i].inners().size(); ++h) {
            if (!sameRing(a[i].inners()[h], b[i].inners()[h]))
                return false;
        }
    }
    return true;
}

bool DrawnShape::operator==(const DrawnShape &o) const
{
    return id == o.id && territoryId == o.territoryId && name == o.name &&
           sameShape(shape, o.shape);
}

QString unitLabel(const UnitRef &unit)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(unitKindName(unit.kind)),
                                       QString::fromStdString(unit.id));
}

bool unitExists(const UnitRef &unit)
{
    if (unit.kind == UnitKind::Zip) {
        const ZipCentroids *z = zips();
        return unit.id.size() == 5 && z && z->find(unit.id).has_value();
    }
    const Boundaries *b = boundaries();
    return b && b->find(unit.kind, unit.id) >= 0;
}

QString unitName(const UnitRef &unit)
{
    if (unit.kind == UnitKind::Zip) {
        const ZipCentroids *z = zips();
        if (!z || unit.id.size() != 5)
            return {};
        const auto row = z->find(unit.id);
        if (!row)
            return {};
        const std::string_view city = z->city(*row);
        const std::string_view state = z->state(*row);
        return QString::fromUtf8(city.data(), qsizetype(city.size())) + QStringLiteral(", ") +
               QString::fromUtf8(state.data(), qsizetype(state.size()));
    }
    const Boundaries *b = boundaries();
    const int u = b ? b->find(unit.kind, unit.id) : -1;
    if (u < 0)
        return {};
    const BoundaryUnit &bu = b->unit(static_cast<std::size_t>(u));
    QString name = QString::fromStdString(bu.name);
    if (unit.kind == UnitKind::County && bu.parent >= 0)
        name += QStringLiteral(", ") +
                QString::fromStdString(b->unit(static_cast<std::size_t>(bu.parent)).code);
    return name;
}

bool parseUnit(const QString &text, UnitRef *out, QString *message)
{
    const int colon = text.indexOf(u':');
    const QString kindText = text.left(colon).trimmed().toLower();
    const QString idText = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    UnitKind kind;
    if (colon < 0 || !unitKindFromName(kindText.toStdString(), &kind)) {
        *message = Tr::tr("\"%1\" is not a unit; write KIND:ID with KIND one of country, state, "
                          "county or zip (for example county:06085).")
                       .arg(text);
        return false;
    }
    UnitRef ref{kind, idText.toStdString()};
    const Boundaries *b = boundaries();
    if (kind == UnitKind::State && b) {
        int u = b->find(kind, ref.id);
        if (u < 0)
            u = b->findState(ref.id);
        if (u >= 0)
            ref.id = b->unit(static_cast<std::size_t>(u)).id;
    } else if (kind == UnitKind::Country && b) {
        int u = b->find(kind, ref.id);
        if (u < 0)
            u = b->findCountry(ref.id);
        if (u >= 0)
            ref.id = b->unit(static_cast<std::size_t>(u)).id;
    }
    if (!unitExists(ref)) {
        *message = Tr::tr("There is no %1 \"%2\" in the bundled geography.")
                       .arg(QLatin1String(unitKindName(kind)), idText);
        return false;
    }
    *out = std::move(ref);
    return true;
}

} // namespace Tessera
