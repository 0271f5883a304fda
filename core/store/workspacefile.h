// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <QString>

#include <cstdint>

namespace Tessera::WorkspaceFile {

// PRAGMA application_id of every Tessera workspace ("TSRA").
constexpr std::int32_t ApplicationId = 0x54535241;
// PRAGMA user_version: the schema version this build writes.
constexpr int SchemaVersion = 3;

// Reads a workspace file as untrusted input: refuses, with a message that
// says which, a file that is not SQLite, not Tessera, from a newer version,
// truncated or corrupt, or whose content breaks the model's invariants.
Result<WorkspaceData> load(const QString &path, const Progress &progress = {});

// Writes atomically: the previous file stays intact until the new one is
// complete, whatever happens during the save.
Status save(const WorkspaceData &data, const QString &path, const Progress &progress = {});

} // namespace Tessera::WorkspaceFile
