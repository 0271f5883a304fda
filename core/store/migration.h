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

// Every step this build knows, in order.
std::span<const MigrationStep> migrationSteps();

// Copies `path` to a temporary file, applies the steps from `version` up to
// WorkspaceFile::SchemaVersion and returns the copy's path (the caller
// removes it). Fails when a step is missing.
Result<QString> migrateToCurrent(const QString &path, int version,
                                 std::span<const MigrationStep> steps = migrationSteps());

} // namespace Tessera::Store
