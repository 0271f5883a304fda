// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Tessera {

// The folder an export is written into, staged so that a failed or cancelled
// export leaves nothing behind: files go into a temporary folder beside the
// target, which replaces the target only on commit(). The target must not
// exist or be empty.
class ExportFolder
{
public:
    ExportFolder(ExportFolder &&) noexcept;
    ExportFolder &operator=(ExportFolder &&) noexcept;
    ~ExportFolder(); // removes the staging folder unless committed

    // Checks the target and makes the staging folder.
    static Result<ExportFolder> begin(const QString &target);

    // Absolute path in the staging folder of a relative path; its folder is made.
    Result<QString> filePath(const QString &relative);
    // Writes a whole file.
    Status write(const QString &relative, const QByteArray &bytes);
    // Relative paths written or handed out, sorted.
    QStringList files() const;

    // Moves the staging folder to the target.
    Status commit();

private:
    ExportFolder() = default;

    QString m_target;
    std::unique_ptr<QTemporaryDir> m_staging;
    QStringList m_files;
};

} // namespace Tessera
