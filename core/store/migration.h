// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>

#include <span>

namespace Tessera::Store {

class Database;

// One schema change, from user_version `from` to `from + 1`. Steps run on a
// private copy of the user's file, never on the file itself, inside one
// transaction; the loader then reads the copy like any other file.
struct MigrationStep
{
    int from;
    Status (*apply)(Database &db);
};

// The tables format version 2 added (territory geography); the writer's
// schema and the step from version 1 both create them.
inline constexpr const char *GeographyTables =
    "CREATE TABLE territory_units(position INTEGER PRIMARY KEY, territory_id INTEGER NOT NULL,\n"
    "    kind INTEGER NOT NULL, unit_id TEXT NOT NULL);\n"
    "CREATE TABLE drawn_shapes(position INTEGER PRIMARY KEY, id INTEGER NOT NULL,\n"
    "    territory_id INTEGER NOT NULL, name TEXT NOT NULL, geometry BLOB NOT NULL);\n";

// The tables format version 3 added (each model's balance settings); the
// writer's schema and the step from version 2 both create them. `measure` is
// 0 for workload and 1 for potential.
inline constexpr const char *BalanceTables =
    "CREATE TABLE balance_settings(model_id INTEGER PRIMARY KEY,\n"
    "    tolerance_percent REAL NOT NULL, target_mode INTEGER NOT NULL);\n"
    "CREATE TABLE balance_measures(model_id INTEGER NOT NULL, measure INTEGER NOT NULL,\n"
    "    kind INTEGER NOT NULL, field TEXT NOT NULL, segment_field TEXT NOT NULL,\n"
    "    other_formula TEXT NOT NULL, PRIMARY KEY(model_id, measure)) WITHOUT ROWID;\n"
    "CREATE TABLE balance_segments(model_id INTEGER NOT NULL, measure INTEGER NOT NULL,\n"
    "    position INTEGER NOT NULL, value TEXT NOT NULL, lower REAL, upper REAL,\n"
    "    formula TEXT NOT NULL, PRIMARY KEY(model_id, measure, position)) WITHOUT ROWID;\n";

// Every step this build knows, in order.
std::span<const MigrationStep> migrationSteps();

// Copies `path` to a temporary file, applies the steps from `version` up to
// WorkspaceFile::SchemaVersion and returns the copy's path (the caller
// removes it). Fails when a step is missing.
Result<QString> migrateToCurrent(const QString &path, int version,
                                 std::span<const MigrationStep> steps = migrationSteps());

} // namespace Tessera::Store
