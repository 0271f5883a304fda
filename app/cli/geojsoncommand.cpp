// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/interchange/geojson.h"
#include "core/store/workspacefile.h"

#include <QFile>

namespace Tessera::Cli {

int runImportGeoJson(QStringList args)
{
    const QString into = takeOption(args, QStringLiteral("--into"));
    const QString modelName = takeOption(args, QStringLiteral("--model"));
    const QString nameProperty =
        takeOption(args, QStringLiteral("--name-property"), QStringLiteral("name"));
    const QString parentName = takeOption(args, QStringLiteral("--parent"));
    const bool skipInvalid = takeFlag(args, QStringLiteral("--skip-invalid"));
    if (args.size() != 1 || into.isEmpty())
        return usage(QStringLiteral("usage: tessera-cli import-geojson FILE --into WS [--model M] "
                                    "[--name-property name] [--parent API_NAME] "
                                    "[--skip-invalid]"));
    const QString path = args.front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            makeError(ErrorCode::Io, QStringLiteral("cannot read the file"), file.errorString()),
            path);
    if (file.size() > GeoJson::MaxFileBytes)
        return fail(makeError(ErrorCode::Limit, QStringLiteral("the file is too large")), path);
    Result<GeoJson::ReadReport> read = GeoJson::read(file.readAll(), nameProperty, path);
    if (!read)
        return fail(read.error(), path);

    Result<WorkspaceData> loaded = openWorkspace(into);
    if (!loaded)
        return fail(loaded.error(), into);
    WorkspaceData &data = *loaded;
    Result<Id> model = pickModel(data, modelName);
    if (!model)
        return fail(model.error(), into);
    Id parent = NoId;
    if (!parentName.isEmpty()) {
        for (const Territory &t : data.territories) {
            if (t.modelId == *model && t.apiName.compare(parentName, Qt::CaseInsensitive) == 0)
                parent = t.id;
        }
        if (parent == NoId)
            return fail(
                makeError(ErrorCode::NotFound,
                          QStringLiteral("no territory \"%1\" in the model").arg(parentName)),
                into);
    }
    const GeoJson::ImportPlan plan = GeoJson::plan(data, *model, *read, parent);
    const QStringList refused = read->refused + plan.refused;
    for (const QString &r : refused)
        err() << (skipInvalid ? "skipped: " : "error: ") << r << "\n";
    if (!refused.isEmpty() && !skipInvalid) {
        err() << "tessera-cli: " << path << ": features that cannot be imported: " << refused.size()
              << "; nothing was imported (--skip-invalid imports the others)\n";
        return static_cast<int>(ErrorCode::Invalid);
    }
    if (Status s = GeoJson::apply(data, *model, plan); !s)
        return fail(s.error(), path);
    if (Status s = WorkspaceFile::save(data, into); !s)
        return fail(s.error(), into);
    QTextStream &o = out();
    o << "features read: " << read->features.size() + read->refused.size() << "\n";
    o << "shapes drawn: " << plan.shapes.size() << "\n";
    o << "territories created: " << plan.created.size() << "\n";
    o << "skipped: " << refused.size() << "\n";
    o << "saved " << into << "\n";
    return 0;
}

} // namespace Tessera::Cli
