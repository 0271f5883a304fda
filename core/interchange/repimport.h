// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/csvreader.h"
#include "core/interchange/tableimport.h"
#include "core/model/rep.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <QStringList>

#include <vector>

namespace Tessera {

// Import of reps from CSV (see docs/csv-import.md): user id, name, email,
// capacity in hours a year, and a home given as latitude/longitude or as a
// US ZIP code, which the bundled ZIP centroids turn into a location.
namespace RepImport {

// The fields a column can go to.
QStringList
fieldNames(); // UserId, Name, Email, CapacityHours, HomeLatitude, HomeLongitude, HomePostalCode

// Recognises "Id", "User ID", "Name", "Full Name", "Email", "Capacity",
// "Capacity (hours/year)", "Latitude", "Home ZIP", ... Other columns are not
// imported.
std::vector<ColumnMapping> suggestMapping(const QStringList &header);
// Applies one "Column=Field" override; the type of a rep field is fixed.
Status applyOverride(std::vector<ColumnMapping> &mapping, const QString &spec);
// UserId and Name mapped, no field twice, latitude and longitude together.
Status checkMapping(const std::vector<ColumnMapping> &mapping);

struct Options
{
    bool skipBadRows = false;
    std::size_t stopAfterBadRows = 0; // as for accounts
    double defaultCapacity = 1600.0;  // hours a year, when the file has none
};

struct Imported
{
    std::vector<Rep> reps; // ids NoId; in file order
    std::vector<ColumnMapping> mapping;
    ImportProblems problems;
    QStringList warnings; // ZIP codes not found: the rep has no home
    unsigned fields = 0;  // Rep::Field bits of the fields the file has
    std::size_t rowsRead = 0;
    bool stoppedEarly = false;
    char delimiter = ',';
    CsvEncoding encoding = CsvEncoding::Utf8;
};

Result<Imported> read(CsvReader &reader, const std::vector<ColumnMapping> &mapping,
                      const Options &options = {}, const Progress &progress = {});

// How imported reps meet the reps of a workspace: same user id, an update of
// the fields the file has that keeps the rep's id and territories; a new user
// id, an addition.
struct Plan
{
    std::vector<Rep> updates;   // with the ids of the existing reps
    std::vector<Rep> additions; // ids NoId
    std::size_t unchanged = 0;
    QStringList missing; // user ids of existing reps not in the file (kept)
};
Plan plan(const std::vector<Rep> &existing, const Imported &imported);

} // namespace RepImport
} // namespace Tessera
