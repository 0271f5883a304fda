// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/autosave.h"

#include "core/store/workspacefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <mutex>

namespace Tessera::Autosave {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Autosave)
};

std::mutex &directoryMutex()
{
    static std::mutex m;
    return m;
}

QString &directoryOverride()
{
    static QString path;
    return path;
}

// The recovery file's base name: a hash of the workspace's absolute path, so
// that one workspace always maps to one recovery file and names stay short.
QString baseName(const QString &workspacePath, const QString &untitledKey)
{
    QByteArray key;
    if (workspacePath.isEmpty())
        key = "untitled:" + untitledKey.toUtf8();
    else
        key = "file:" + QFileInfo(workspacePath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(24));
}

QString sidecarPath(const QString &recoveryPath)
{
    return recoveryPath.chopped(int(sizeof(".tessera") - 1)) + QStringLiteral(".json");
}

} // namespace

QString directory()
{
    std::lock_guard lock(directoryMutex());
    if (!directoryOverride().isEmpty())
        return directoryOverride();
    // Generic rather than per-application data, so that the GUI and the CLI
    // (whose application names differ) share one recovery folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Tessera/recovery");
}

void setDirectory(const QString &path)
{
    std::lock_guard lock(directoryMutex());
    directoryOverride() = path;
}

QString recoveryPathFor(const QString &workspacePath, const QString &untitledKey)
{
    return directory() + u'/' + baseName(workspacePath, untitledKey) + QStringLiteral(".tessera");
}

Status write(const WorkspaceData &data, const QString &workspacePath, const QString &untitledKey)
{
    const QString dir = directory();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, Tr::tr("The recovery folder cannot be created."), dir);
    const QString path = recoveryPathFor(workspacePath, untitledKey);
    if (Status s = WorkspaceFile::save(data, path); !s)
        return s;

    QJsonObject meta;
    meta.insert(QStringLiteral("originalPath"),
                workspacePath.isEmpty() ? QString() : QFileInfo(workspacePath).absoluteFilePath());
    meta.insert(QStringLiteral("untitledKey"), untitledKey);
    meta.insert(QStringLiteral("savedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile sidecar(sidecarPath(path));
    if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(QJsonDocument(meta).toJson()) < 0 ||
        !sidecar.commit())
        return makeError(ErrorCode::Io, Tr::tr("The recovery information cannot be written."),
                         sidecar.errorString());
    return {};
}

void discard(const QString &workspacePath, const QString &untitledKey)
{
    const QString path = recoveryPathFor(workspacePath, untitledKey);
    QFile::remove(path);
    QFile::remove(sidecarPath(path));
}

std::vector<RecoveryEntry> entries()
{
    std::vector<RecoveryEntry> list;
    const QDir dir(directory());
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.tessera")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        RecoveryEntry entry;
        entry.recoveryPath = info.absoluteFilePath();
        entry.savedAt = info.lastModified().toUTC();
        QFile sidecar(sidecarPath(entry.recoveryPath));
        // The sidecar is small and ours; anything else (too big, not JSON) is ignored.
        if (sidecar.size() < 64 * 1024 && sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(sidecar.readAll()).object();
            entry.originalPath = meta.value(QStringLiteral("originalPath")).toString();
            const QDateTime at = QDateTime::fromString(
                meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            if (at.isValid())
                entry.savedAt = at;
        }
        list.push_back(std::move(entry));
    }
    return list;
}

} // namespace Tessera::Autosave
