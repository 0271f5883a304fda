// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/store/workspacefile.h"

#include <QFileInfo>

#include <cstdio>

namespace Tessera::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const Error &error, const QString &file)
{
    out().flush();
    QTextStream &e = err();
    e << "tessera-cli: ";
    if (!file.isEmpty())
        e << file << ": ";
    e << error.message;
    if (!error.detail.isEmpty())
        e << " (" << error.detail << ")";
    e << "\n";
    e.flush();
    return static_cast<int>(error.code == ErrorCode::Ok ? ErrorCode::Failed : error.code);
}

int usage(const QString &message)
{
    out().flush();
    err() << "tessera-cli: " << message << "\n";
    err().flush();
    return static_cast<int>(ErrorCode::Usage);
}

QString takeOption(QStringList &args, const QString &name, const QString &def)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(name + u'=')) {
            const QString value = args[i].mid(name.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return def;
}

Result<Id> pickModel(const WorkspaceData &data, const QString &name)
{
    if (data.models.empty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the workspace has no territory model"));
    if (!name.isEmpty()) {
        for (const TerritoryModel &m : data.models) {
            if (m.name == name || m.apiName.compare(name, Qt::CaseInsensitive) == 0)
                return m.id;
        }
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no territory model named \"%1\"").arg(name));
    }
    for (const TerritoryModel &m : data.models) {
        if (m.state == ModelState::Active)
            return m.id;
    }
    return data.models.front().id;
}

Result<WorkspaceData> openWorkspace(const QString &path)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::Io, QStringLiteral("no such file"));
    return WorkspaceFile::load(path);
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace Tessera::Cli
