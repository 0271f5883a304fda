// SPDX-License-Identifier: GPL-3.0-or-later
// Geography through the command line: GeoJSON out and in, and geographic
// territories exported to Salesforce as rules.
#include "core/store/workspacefile.h"

#include "tests/core/clitestsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Tessera;
using Tessera::Test::cli;
using Tessera::Test::CliRun;
using Tessera::Test::valueOf;

namespace {

// West -> California (state 06), Santa Clara (county 06085), Nevada (state 32).
WorkspaceData westWorkspace()
{
    WorkspaceData d;
    d.models.push_back({1, QStringLiteral("Plan"), QStringLiteral("Plan"), {}, ModelState::Active});
    d.types = {{2, QStringLiteral("Region"), QStringLiteral("Region"), {}, 1},
               {3, QStringLiteral("State"), QStringLiteral("State"), {}, 2}};
    auto territory = [](Id id, Id parent, Id type, const char *name) {
        Territory t;
        t.id = id;
        t.modelId = 1;
        t.parentId = parent;
        t.typeId = type;
        t.name = t.apiName = QLatin1String(name);
        return t;
    };
    d.territories = {territory(10, NoId, 2, "West"), territory(11, 10, 3, "California"),
                     territory(12, 10, 3, "Santa_Clara"), territory(13, 10, 3, "Nevada")};
    d.territoryUnits = {{11, {UnitKind::State, "06"}},
                        {12, {UnitKind::County, "06085"}},
                        {13, {UnitKind::State, "32"}}};
    d.nextId = 20;
    return d;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

} // namespace

TEST(GeoExportCli, GeographicTerritoriesBecomeRules)
{
    QTemporaryDir tmp;
    const QString ws = tmp.filePath(QStringLiteral("west.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(westWorkspace(), ws).ok());

    const QString deploy = tmp.filePath(QStringLiteral("deploy"));
    CliRun r = cli({QStringLiteral("export"), ws, QStringLiteral("--format"),
                    QStringLiteral("salesforce-metadata"), QStringLiteral("--geo-rules"),
                    QStringLiteral("region"), QStringLiteral("--out"), deploy});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    // Nevada whole: one region rule; California carved by Santa Clara and
    // Santa Clara itself: ZIP codes, several rules for California.
    const QString count = valueOf(r.out, QStringLiteral("geographic rules"));
    EXPECT_TRUE(count.endsWith(QStringLiteral(" for 3 territories"))) << r.out.toStdString();
    EXPECT_GE(count.section(u' ', 0, 0).toInt(), 3);
    const QString rules = deploy + QStringLiteral("/territory2Models/Plan/rules/");
    const QByteArray nevada = readAll(rules + QStringLiteral("Nevada_Geo.territory2Rule"));
    EXPECT_TRUE(nevada.contains("<field>Account.BillingState</field>"));
    EXPECT_TRUE(nevada.contains("<value>NV,Nevada</value>"));
    const QByteArray california = readAll(rules + QStringLiteral("California_Geo.territory2Rule"));
    EXPECT_TRUE(california.contains("<field>Account.BillingPostalCode</field>"));
    EXPECT_TRUE(california.contains("<booleanFilter>1 OR 2 OR 3"));
    EXPECT_TRUE(
        readAll(deploy + QStringLiteral("/territory2Models/Plan/territories/Nevada.territory2"))
            .contains("<ruleName>Nevada_Geo</ruleName>"));
    const QByteArray readme = readAll(deploy + QStringLiteral("/README.txt"));
    EXPECT_TRUE(readme.contains("rules for 3 territories"));
    EXPECT_TRUE(readme.contains("California: its geography is not whole states"));

    // Data Loader, ZIP codes: every item value within 1,000 characters.
    const QString load = tmp.filePath(QStringLiteral("load"));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--format"), QStringLiteral("dataloader"),
             QStringLiteral("--geo-rules"), QStringLiteral("zip"), QStringLiteral("--out"), load});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QStringList items =
        QString::fromUtf8(
            readAll(load + QStringLiteral("/06_ObjectTerritory2AssignmentRuleItem.csv")))
            .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GT(items.size(), 10);
    for (const QString &line : items.mid(1)) {
        EXPECT_TRUE(line.contains(QStringLiteral(",Account.BillingPostalCode,startsWith,")));
        EXPECT_LE(line.section(QStringLiteral(",startsWith,"), 1).remove(u'"').size(), 1000);
    }

    r = cli({QStringLiteral("export"), ws, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--geo-rules"), QStringLiteral("zip"), QStringLiteral("--out"),
             tmp.filePath(QStringLiteral("x"))});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));
}

TEST(GeoExportCli, GeoJsonOutAndBackIn)
{
    QTemporaryDir tmp;
    const QString ws = tmp.filePath(QStringLiteral("west.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(westWorkspace(), ws).ok());
    const QString out = tmp.filePath(QStringLiteral("geo"));
    CliRun r = cli({QStringLiteral("export"), ws, QStringLiteral("--format"),
                    QStringLiteral("geojson"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray features =
        QJsonDocument::fromJson(readAll(out + QStringLiteral("/territories.geojson")))
            .object()
            .value(QStringLiteral("features"))
            .toArray();
    ASSERT_EQ(features.size(), 3);
    EXPECT_EQ(features[2]
                  .toObject()
                  .value(QStringLiteral("properties"))
                  .toObject()
                  .value(QStringLiteral("path"))
                  .toString(),
              QStringLiteral("West/Nevada"));

    const QString shapes = tmp.filePath(QStringLiteral("shapes.geojson"));
    QFile f(shapes);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"label": "nevada"},
       "geometry": {"type": "Polygon", "coordinates": [[[-117,39],[-116,39],[-116,40],[-117,40],[-117,39]]]}},
      {"type": "Feature", "properties": {"label": "Lake Tahoe"},
       "geometry": {"type": "Polygon", "coordinates": [[[-120.2,38.9],[-119.9,38.9],[-119.9,39.3],[-120.2,39.3],[-120.2,38.9]]]}},
      {"type": "Feature", "properties": {"label": "Bowtie"},
       "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}
    ]})");
    f.close();
    const QStringList base{QStringLiteral("import-geojson"),  shapes,
                           QStringLiteral("--into"),          ws,
                           QStringLiteral("--name-property"), QStringLiteral("label")};
    // Without a parent "Lake Tahoe" names no territory; the bowtie is invalid: nothing imported.
    r = cli(base);
    EXPECT_EQ(r.status, int(ErrorCode::Invalid));
    EXPECT_TRUE(r.err.contains(QStringLiteral("feature 2 (\"Lake Tahoe\")")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("feature 3 (\"Bowtie\")")));
    EXPECT_TRUE(WorkspaceFile::load(ws)->drawnShapes.empty());

    r = cli(base + QStringList{QStringLiteral("--parent"), QStringLiteral("West"),
                               QStringLiteral("--skip-invalid")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("shapes drawn")), QStringLiteral("2"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("territories created")), QStringLiteral("1"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("skipped")), QStringLiteral("1"));
    Result<WorkspaceData> back = WorkspaceFile::load(ws);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->drawnShapes.size(), 2u);
    EXPECT_EQ(back->drawnShapes[0].territoryId, 13); // matched by name, any case
    const Territory &tahoe = back->territories.back();
    EXPECT_EQ(tahoe.apiName, QStringLiteral("Lake_Tahoe"));
    EXPECT_EQ(tahoe.parentId, 10);
    EXPECT_EQ(tahoe.typeId, 3); // the type of its siblings
    EXPECT_EQ(back->drawnShapes[1].territoryId, tahoe.id);
}
