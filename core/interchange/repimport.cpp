// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/repimport.h"

#include "core/geo/zipcentroids.h"
#include "core/interchange/cellvalue.h"
#include "core/model/workspacedocument.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <unordered_map>

namespace Tessera::RepImport {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::RepImport)
};

enum Field { UserId, Name, Email, Capacity, Latitude, Longitude, PostalCode, FieldCount };

struct FieldInfo
{
    const char *name;
    FieldType type;
    const char *aliases; // normalized headers
};

constexpr std::array<FieldInfo, FieldCount> Fields{{
    {"UserId", FieldType::Text, "userid id user repid externalid employeeid"},
    {"Name", FieldType::Text, "name fullname repname username"},
    {"Email", FieldType::Text, "email emailaddress mail"},
    {"CapacityHours", FieldType::Number,
     "capacityhours capacity capacityhoursyear capacityhoursperyear hours hoursperyear "
     "annualhours capacityc"},
    {"HomeLatitude", FieldType::Number, "homelatitude latitude lat"},
    {"HomeLongitude", FieldType::Number, "homelongitude longitude lng lon long"},
    {"HomePostalCode", FieldType::Text,
     "homepostalcode homezip homezipcode postalcode zip zipcode homezippostalcode"},
}};

int fieldOf(const QString &name)
{
    for (std::size_t f = 0; f < Fields.size(); ++f) {
        if (name.compare(QLatin1String(Fields[f].name), Qt::CaseInsensitive) == 0)
            return int(f);
    }
    return -1;
}

} // namespace

QStringList fieldNames()
{
    QStringList names;
    for (const FieldInfo &f : Fields)
        names << QLatin1String(f.name);
    return names;
}

std::vector<ColumnMapping> suggestMapping(const QStringList &header)
{
    std::vector<ColumnMapping> mapping;
    std::array<bool, FieldCount> used{};
    for (qsizetype c = 0; c < header.size(); ++c) {
        ColumnMapping m;
        m.column = int(c);
        m.header = header[c];
        const QString key = normalizedHeader(header[c]);
        for (std::size_t f = 0; f < Fields.size(); ++f) {
            if (!used[f] && QString::fromLatin1(Fields[f].aliases).split(u' ').contains(key)) {
                used[f] = true;
                m.field = QLatin1String(Fields[f].name);
                m.type = Fields[f].type;
                m.typeKnown = true;
                break;
            }
        }
        mapping.push_back(m);
    }
    return mapping;
}

Status applyOverride(std::vector<ColumnMapping> &mapping, const QString &spec)
{
    Result<MappingOverride> found = findOverride(mapping, spec);
    if (!found)
        return found.error();
    ColumnMapping &m = *found->column;
    const MappingSpec *parsed = &found->spec;
    if (parsed->skip) {
        m.field.clear();
        return {};
    }
    if (parsed->field.isEmpty())
        return {};
    const int f = fieldOf(parsed->field);
    if (f < 0)
        return makeError(ErrorCode::Usage, Tr::tr("A rep has no field \"%1\"; known: %2.")
                                               .arg(parsed->field, fieldNames().join(u", ")));
    m.field = QLatin1String(Fields[std::size_t(f)].name);
    m.type = Fields[std::size_t(f)].type;
    m.typeKnown = true;
    return {};
}

Status checkMapping(const std::vector<ColumnMapping> &mapping)
{
    std::array<int, FieldCount> count{};
    for (const ColumnMapping &m : mapping) {
        if (!m.imported())
            continue;
        const int f = fieldOf(m.field);
        if (f < 0)
            return makeError(ErrorCode::NotFound,
                             Tr::tr("A rep has no field \"%1\".").arg(m.field));
        if (++count[std::size_t(f)] > 1)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("Two columns go to the rep field %1.").arg(m.field));
    }
    if (!count[UserId])
        return makeError(
            ErrorCode::Invalid,
            Tr::tr("No column is mapped to the rep's user id (a column such as \"Id\" or "
                   "\"User ID\")."));
    if (!count[Name])
        return makeError(
            ErrorCode::Invalid,
            Tr::tr("No column is mapped to the rep's name (a column such as \"Name\")."));
    if (count[Latitude] != count[Longitude])
        return makeError(ErrorCode::Invalid,
                         Tr::tr("A home location needs both a latitude and a longitude column."));
    return {};
}

Result<Imported> read(CsvReader &reader, const std::vector<ColumnMapping> &mapping,
                      const Options &options, const Progress &progress)
{
    if (Status s = checkMapping(mapping); !s)
        return s.error();
    std::array<int, FieldCount> column;
    column.fill(-1);
    for (const ColumnMapping &m : mapping) {
        if (m.imported() && m.column >= 0 && m.column < reader.header().size())
            column[std::size_t(fieldOf(m.field))] = m.column;
    }
    std::shared_ptr<const ZipCentroids> zips;
    if (column[PostalCode] >= 0) {
        Result<std::shared_ptr<const ZipCentroids>> bundled = ZipCentroids::bundled();
        if (!bundled)
            return bundled.error();
        zips = *bundled;
    }

    Imported out;
    out.mapping = mapping;
    out.fields = Rep::UserIdField | Rep::NameField;
    out.fields |= column[Email] >= 0 ? unsigned(Rep::EmailField) : 0u;
    out.fields |= column[Capacity] >= 0 ? unsigned(Rep::CapacityField) : 0u;
    out.fields |= column[Latitude] >= 0 || column[PostalCode] >= 0 ? unsigned(Rep::HomeField) : 0u;
    out.delimiter = reader.delimiter();
    out.encoding = reader.encoding();
    const QStringList &header = reader.header();
    const bool decimalComma = reader.delimiter() == ';';
    std::unordered_map<QString, std::int64_t> lineOfId;
    CsvRecord record;
    for (;;) {
        Result<bool> got = nextRow(reader, record, out.rowsRead, progress);
        if (!got)
            return got.error();
        if (!*got)
            break;
        const std::size_t problemsBefore = out.problems.total;
        auto problem = [&](int f, const QString &reason) {
            const int c = column[std::size_t(f)];
            out.problems.add({record.lineOf(std::size_t(c)), c + 1, header[c],
                              problemValue(record[std::size_t(c)]), reason});
        };
        auto text = [&](int f) {
            const int c = column[std::size_t(f)];
            return c < 0 ? std::string_view() : CellValue::trim(record[std::size_t(c)]);
        };
        auto number = [&](int f, double min, double max, double *value, const QString &what) {
            const CellValue::Parse p = CellValue::number(text(f), decimalComma, value);
            if (p == CellValue::Parse::Bad ||
                (p == CellValue::Parse::Ok && (*value < min || *value > max)))
                problem(f, what);
            return p == CellValue::Parse::Ok;
        };

        Rep rep;
        if (!recordProblem(record, header, out.problems)) {
            const auto str = [&](int f) {
                const std::string_view v = text(f);
                return QString::fromUtf8(v.data(), qsizetype(v.size()));
            };
            rep.userId = str(UserId);
            rep.name = str(Name);
            rep.email = str(Email);
            if (rep.userId.isEmpty())
                problem(UserId, Tr::tr("expected a user id, found an empty cell"));
            else if (rep.userId.size() > 255)
                problem(UserId, Tr::tr("expected at most 255 characters"));
            else if (auto it = lineOfId.find(rep.userId); it != lineOfId.end())
                problem(UserId, Tr::tr("the user id is already on line %1").arg(it->second));
            if (rep.name.isEmpty())
                problem(Name, Tr::tr("expected a name, found an empty cell"));
            else if (rep.name.size() > 255)
                problem(Name, Tr::tr("expected at most 255 characters"));
            if (!rep.email.isEmpty() && (!rep.email.contains(u'@') || rep.email.size() > 255))
                problem(Email, Tr::tr("expected an email address"));
            rep.capacityHours = options.defaultCapacity;
            if (column[Capacity] >= 0) {
                double hours = 0;
                if (number(Capacity, 0, 1e7, &hours,
                           Tr::tr("expected a capacity in hours a year, from 0 to 10,000,000")))
                    rep.capacityHours = hours;
            }
            double lat = std::nan(""), lon = std::nan("");
            if (column[Latitude] >= 0) {
                const bool hasLat = number(Latitude, -90, 90, &lat,
                                           Tr::tr("expected a latitude between -90 and 90"));
                const bool hasLon = number(Longitude, -180, 180, &lon,
                                           Tr::tr("expected a longitude between -180 and 180"));
                if (hasLat != hasLon && out.problems.total == problemsBefore)
                    problem(hasLat ? Longitude : Latitude,
                            Tr::tr("expected both a latitude and a longitude, or neither"));
            }
            if (!std::isnan(lat) && !std::isnan(lon)) {
                rep.homeLatitude = lat;
                rep.homeLongitude = lon;
            } else if (zips && !text(PostalCode).empty()) {
                std::string zip(text(PostalCode));
                if (zip.size() == 4 && zip.find_first_not_of("0123456789") == std::string::npos)
                    zip.insert(0, 1, '0'); // a spreadsheet dropped the leading zero
                if (const std::optional<std::size_t> row = zips->find(zip)) {
                    rep.homeLatitude = zips->latitude(*row);
                    rep.homeLongitude = zips->longitude(*row);
                } else {
                    out.warnings << Tr::tr(
                                        "Line %1: the ZIP code \"%2\" of %3 is not a known US ZIP "
                                        "code; the rep has no home location.")
                                        .arg(record.line())
                                        .arg(problemValue(text(PostalCode)), rep.name);
                }
            }
        }
        if (out.problems.total != problemsBefore) {
            ++out.problems.rows;
            if (!options.skipBadRows && options.stopAfterBadRows > 0 &&
                out.problems.rows >= options.stopAfterBadRows) {
                out.stoppedEarly = true;
                break;
            }
            continue;
        }
        if (out.reps.size() >= WorkspaceDocument::MaxReps)
            return makeError(
                ErrorCode::Limit,
                Tr::tr("A workspace holds at most %1 reps.").arg(WorkspaceDocument::MaxReps));
        lineOfId.emplace(rep.userId, record.line());
        out.reps.push_back(std::move(rep));
    }
    progress.update(1.0);
    return out;
}

Plan plan(const std::vector<Rep> &existing, const Imported &imported)
{
    Plan out;
    std::unordered_map<QString, const Rep *> byUserId;
    for (const Rep &r : existing)
        byUserId.emplace(r.userId, &r);
    std::unordered_map<QString, bool> seen;
    for (const Rep &r : imported.reps) {
        seen.emplace(r.userId, true);
        auto it = byUserId.find(r.userId);
        if (it == byUserId.end()) {
            out.additions.push_back(r);
            continue;
        }
        Rep updated = *it->second;
        updated.name = r.name;
        if (imported.fields & Rep::EmailField)
            updated.email = r.email;
        if (imported.fields & Rep::CapacityField)
            updated.capacityHours = r.capacityHours;
        if (imported.fields & Rep::HomeField) {
            updated.homeLatitude = r.homeLatitude;
            updated.homeLongitude = r.homeLongitude;
        }
        if (updated == *it->second)
            ++out.unchanged;
        else
            out.updates.push_back(updated);
    }
    for (const Rep &r : existing) {
        if (!seen.count(r.userId))
            out.missing << r.userId;
    }
    return out;
}

} // namespace Tessera::RepImport
