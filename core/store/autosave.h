// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Tessera::Autosave {

// Unsaved work is kept in a recovery file in a per-user folder, one per
// workspace (or per untitled document), until the user saves or discards it.
struct RecoveryEntry
{
    QString recoveryPath; // the recovery file itself, a workspace file
    QString originalPath; // the workspace it belongs to; empty for an untitled one
    QDateTime savedAt;
};

// The folder; tests and the CLI may point it elsewhere (empty: the default).
QString directory();
void setDirectory(const QString &path);

// Recovery file for a workspace path ("" for an untitled document, with a key
// that tells untitled documents of one session apart).
QString recoveryPathFor(const QString &workspacePath, const QString &untitledKey = {});

Status write(const WorkspaceData &data, const QString &workspacePath,
             const QString &untitledKey = {});
void discard(const QString &workspacePath, const QString &untitledKey = {});
std::vector<RecoveryEntry> entries();

} // namespace Tessera::Autosave
