// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/migration.h"

#include "core/store/sqlitedatabase.h"
#include "core/store/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace Tessera::Store {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::WorkspaceFile)
};
} // namespace

namespace {

// Version 2 gave territories geography: units and drawn shapes. A version-1
// file has none, so the step only adds the empty tables.
Status migrate1to2(Database &db)
{
    return db.exec(GeographyTables);
}

// Version 3 saves each model's balance settings. A version-2 file has none:
// the step adds the empty tables, and a model without a row opens with the
// default settings.
Status migrate2to3(Database &db)
{
    return db.exec(BalanceTables);
}

constexpr MigrationStep Steps[] = {
    {1, &migrate1to2},
    {2, &migrate2to3},
};

} // namespace

std::span<const MigrationStep> migrationSteps()
{
    // Add {N, &migrateNtoN1} here when schema version N + 1 is introduced,
    // with a version-N fixture in tests/data to prove the step.
    return Steps;
}

Result<QString> migrateToCurrent(const QString &path, int version,
                                 std::span<const MigrationStep> steps)
{
    QTemporaryFile temp(QDir::tempPath() + QStringLiteral("/tessera-migrate-XXXXXX.tessera"));
    temp.setAutoRemove(false);
    if (!temp.open())
        return makeError(ErrorCode::Io,
                         Tr::tr("No temporary copy can be made to upgrade the file."),
                         temp.errorString());
    const QString copy = temp.fileName();
    temp.close();
    auto failed = [&](Error e) -> Result<QString> {
        QFile::remove(copy);
        return e;
    };
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return failed(
            makeError(ErrorCode::Io, Tr::tr("No temporary copy can be made to upgrade the file.")));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    Database db;
    if (Status s = db.open(copy, Database::Mode::ReadWrite); !s)
        return failed(s.error());
    if (Status s = db.exec("BEGIN"); !s)
        return failed(s.error());
    for (int v = version; v < WorkspaceFile::SchemaVersion; ++v) {
        const MigrationStep *step = nullptr;
        for (const MigrationStep &candidate : steps) {
            if (candidate.from == v)
                step = &candidate;
        }
        if (!step)
            return failed(makeError(ErrorCode::Corrupt,
                                    Tr::tr("The file has format version %1, which this version of "
                                           "Tessera cannot upgrade.")
                                        .arg(version)));
        if (Status s = step->apply(db); !s)
            return failed(s.error());
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(v + 1);
        if (Status s = db.exec(pragma.constData()); !s)
            return failed(s.error());
    }
    if (Status s = db.exec("COMMIT"); !s)
        return failed(s.error());
    if (Status s = db.close(); !s)
        return failed(s.error());
    return copy;
}

} // namespace Tessera::Store
