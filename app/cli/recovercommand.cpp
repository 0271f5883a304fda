// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/store/autosave.h"
#include "core/store/workspacefile.h"

#include <QFileInfo>

namespace Tessera::Cli {

// recover [--dir DIR]                 list the recovery files
// recover FILE -o OUT [--dir DIR]     write the autosaved work of FILE to OUT
int runRecover(QStringList args)
{
    const QString dir = takeOption(args, QStringLiteral("--dir"));
    QString output = takeOption(args, QStringLiteral("-o"));
    if (output.isEmpty())
        output = takeOption(args, QStringLiteral("--output"));
    if (!dir.isEmpty())
        Autosave::setDirectory(dir);
    if (args.size() > 1)
        return usage(QStringLiteral("recover takes one workspace file"));

    const std::vector<Autosave::RecoveryEntry> entries = Autosave::entries();
    if (args.isEmpty()) {
        if (!output.isEmpty())
            return usage(QStringLiteral("recover -o needs the workspace file whose work to write"));
        QTextStream &o = out();
        if (entries.empty())
            o << "no recovery files in " << Autosave::directory() << "\n";
        for (const Autosave::RecoveryEntry &e : entries) {
            o << e.savedAt.toString(Qt::ISODate) << "  "
              << (e.originalPath.isEmpty() ? QStringLiteral("(untitled)") : e.originalPath) << "  "
              << e.recoveryPath << "\n";
        }
        return 0;
    }

    const QString file = QFileInfo(args.front()).absoluteFilePath();
    if (output.isEmpty())
        return usage(QStringLiteral("recover FILE needs -o OUT"));
    // An untitled document's recovery file can be named directly.
    QString source;
    for (const Autosave::RecoveryEntry &e : entries) {
        if (e.originalPath == file || e.recoveryPath == file)
            source = e.recoveryPath;
    }
    if (source.isEmpty())
        return fail(
            makeError(
                ErrorCode::NotFound,
                QStringLiteral("no autosaved work for this file in %1").arg(Autosave::directory())),
            args.front());
    Result<WorkspaceData> data = WorkspaceFile::load(source);
    if (!data)
        return fail(data.error(), source);
    if (Status s = WorkspaceFile::save(*data, output); !s)
        return fail(s.error(), output);
    out() << "recovered " << source << " to " << output << "\n";
    return 0;
}

} // namespace Tessera::Cli
