// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/exportfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::ExportFolder)
};
} // namespace

ExportFolder::ExportFolder(ExportFolder &&) noexcept = default;
ExportFolder &ExportFolder::operator=(ExportFolder &&) noexcept = default;
ExportFolder::~ExportFolder() = default;

Result<ExportFolder> ExportFolder::begin(const QString &target)
{
    if (target.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("No folder to export into."));
    const QFileInfo info(target);
    if (info.exists()) {
        if (!info.isDir())
            return makeError(ErrorCode::Io,
                             Tr::tr("\"%1\" exists and is not a folder.").arg(target));
        if (!QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                  QDir::System))
            return makeError(ErrorCode::Io,
                             Tr::tr("The folder \"%1\" is not empty; export into a new or empty "
                                    "folder.")
                                 .arg(target));
    }
    ExportFolder folder;
    folder.m_target = info.absoluteFilePath();
    const QDir parent = QFileInfo(folder.m_target).dir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        return makeError(ErrorCode::Io,
                         Tr::tr("The folder \"%1\" cannot be created.").arg(parent.absolutePath()));
    folder.m_staging = std::make_unique<QTemporaryDir>(
        parent.absoluteFilePath(QStringLiteral(".tessera-export-XXXXXX")));
    if (!folder.m_staging->isValid())
        return makeError(ErrorCode::Io,
                         Tr::tr("No temporary folder can be made beside \"%1\".").arg(target),
                         folder.m_staging->errorString());
    return folder;
}

Result<QString> ExportFolder::filePath(const QString &relative)
{
    const QString full = m_staging->path() + u'/' + relative;
    if (!QDir().mkpath(QFileInfo(full).absolutePath()))
        return makeError(ErrorCode::Io,
                         Tr::tr("The folder for \"%1\" cannot be created.").arg(relative));
    if (!m_files.contains(relative))
        m_files.append(relative);
    return full;
}

Status ExportFolder::write(const QString &relative, const QByteArray &bytes)
{
    Result<QString> full = filePath(relative);
    if (!full)
        return full.error();
    QSaveFile file(*full);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, Tr::tr("\"%1\" cannot be written.").arg(relative),
                         file.errorString());
    return {};
}

QStringList ExportFolder::files() const
{
    QStringList sorted = m_files;
    sorted.sort();
    return sorted;
}

Status ExportFolder::commit()
{
    if (QFileInfo::exists(m_target)) {
        QDir dir(m_target);
        if (!dir.removeRecursively())
            return makeError(ErrorCode::Io,
                             Tr::tr("The folder \"%1\" cannot be removed.").arg(m_target));
    }
    if (!QDir().rename(m_staging->path(), m_target))
        return makeError(ErrorCode::Io,
                         Tr::tr("The export cannot be moved to \"%1\".").arg(m_target));
    m_staging->setAutoRemove(false);
    return {};
}

} // namespace Tessera
