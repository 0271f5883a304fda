// SPDX-License-Identifier: GPL-3.0-or-later
// Salesforce territory metadata: the real fixtures import and export back
// as they were, in both formats, through a saved workspace too.
#include "core/interchange/salesforcemetadata.h"
#include "core/store/workspacefile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "tests/core/clitestsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Tessera;
namespace SF = Tessera::SalesforceMetadata;

namespace {

const QString DataDir = QStringLiteral(TESSERA_TEST_DATA "/salesforce/");

// Fixtures are never touched in place: each test works on a copy.
void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        ASSERT_TRUE(QFile::copy(path, target)) << path.toStdString();
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Metadata files under a root, relative paths, without licences and notes.
QStringList metadataFiles(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(root).relativeFilePath(it.next());
        // README.txt holds the warnings of the checks before an export, not metadata.
        if (!rel.startsWith(u"LICENSE") && !rel.endsWith(u".md") && rel != u"README.txt")
            out.append(rel);
    }
    out.sort();
    return out;
}

// Every input file comes back byte for byte, and nothing else is written.
void expectSameFolder(const QString &expectedRoot, const QString &actualRoot)
{
    const QStringList expected = metadataFiles(expectedRoot);
    const QStringList actual = metadataFiles(actualRoot);
    EXPECT_EQ(expected.join(u'\n').toStdString(), actual.join(u'\n').toStdString());
    for (const QString &rel : expected) {
        if (!actual.contains(rel))
            continue;
        const QByteArray a = readAll(expectedRoot + u'/' + rel);
        const QByteArray b = readAll(actualRoot + u'/' + rel);
        EXPECT_EQ(a.toStdString(), b.toStdString()) << rel.toStdString();
    }
}

struct Fixture
{
    const char *folder;
    const char *root; // below the folder
    SF::Format format;
};

const Fixture Fixtures[] = {
    {"scw-source", "test/nuts/territoryProject/force-app/main/default", SF::Format::Source},
    {"scw-mdapi", "test/snapshot/sampleProjects/territory/originalMdapi", SF::Format::MetadataApi},
    {"tmtools-export", "test/reference-data/tm2-export/unpackaged", SF::Format::MetadataApi},
    {"tmtools-transform", "test/reference-data/tm1-transform", SF::Format::MetadataApi},
};

class RoundTrip : public ::testing::TestWithParam<Fixture>
{};

const Territory *territory(const WorkspaceData &d, const QString &model, const QString &api)
{
    Id modelId = NoId;
    for (const TerritoryModel &m : d.models) {
        if (m.apiName == model)
            modelId = m.id;
    }
    for (const Territory &t : d.territories) {
        if (t.modelId == modelId && t.apiName == api)
            return &t;
    }
    return nullptr;
}

const AssignmentRule *rule(const WorkspaceData &d, const QString &api)
{
    for (const AssignmentRule &r : d.rules) {
        if (r.apiName == api)
            return &r;
    }
    return nullptr;
}

} // namespace

// The parent folder is given: the root and the format are found.
TEST_P(RoundTrip, ImportsAndExportsBackByteEqual)
{
    const Fixture &f = GetParam();
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString input = tmp.filePath(QStringLiteral("in"));
    copyTree(DataDir + QLatin1String(f.folder), input);

    WorkspaceData data;
    Result<SF::ImportReport> report = SF::importFolder(input, data);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->format, f.format);
    const QString root = input + u'/' + QLatin1String(f.root);
    EXPECT_EQ(QDir(report->root).canonicalPath(), QDir(root).canonicalPath());
    EXPECT_TRUE(WorkspaceDocument::validate(data).ok());

    const QString out = tmp.filePath(QStringLiteral("out"));
    SF::ExportOptions options;
    options.format = f.format;
    Result<SF::ExportReport> exported = SF::exportFolder(data, out, options);
    ASSERT_TRUE(exported.ok()) << exported.error().toString().toStdString();
    expectSameFolder(root, out);
}

// The same after a save and open of the workspace file: what Tessera does
// not model travels in the file.
TEST_P(RoundTrip, SurvivesTheWorkspaceFile)
{
    const Fixture &f = GetParam();
    QTemporaryDir tmp;
    const QString input = tmp.filePath(QStringLiteral("in"));
    copyTree(DataDir + QLatin1String(f.folder), input);
    WorkspaceData data;
    ASSERT_TRUE(SF::importFolder(input, data).ok());
    const QString file = tmp.filePath(QStringLiteral("ws.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(data, file).ok());
    Result<WorkspaceData> loaded = WorkspaceFile::load(file);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->preserved, data.preserved);
    SF::ExportOptions options;
    options.format = f.format;
    ASSERT_TRUE(SF::exportFolder(*loaded, tmp.filePath(QStringLiteral("out")), options).ok());
    expectSameFolder(input + u'/' + QLatin1String(f.root), tmp.filePath(QStringLiteral("out")));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RoundTrip, ::testing::ValuesIn(Fixtures), [](const auto &info) {
    std::string name = info.param.folder;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
});

TEST(SalesforceMetadata, MapsTheScwModel)
{
    QTemporaryDir tmp;
    copyTree(DataDir + QStringLiteral("scw-mdapi"), tmp.path());
    WorkspaceData d;
    Result<SF::ImportReport> report = SF::importFolder(tmp.path(), d);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->apiVersion, u"52.0");
    ASSERT_EQ(d.models.size(), 1u);
    EXPECT_EQ(d.models[0].apiName, u"SCW_Territory_Model");
    EXPECT_EQ(d.models[0].name, u"SCW Territory Model");
    ASSERT_EQ(d.types.size(), 3u);
    const Territory *usa =
        territory(d, QStringLiteral("SCW_Territory_Model"), QStringLiteral("USA"));
    const Territory *texas =
        territory(d, QStringLiteral("SCW_Territory_Model"), QStringLiteral("Texas"));
    const Territory *austin =
        territory(d, QStringLiteral("SCW_Territory_Model"), QStringLiteral("Austin"));
    ASSERT_TRUE(usa && texas && austin);
    EXPECT_EQ(usa->parentId, NoId);
    EXPECT_EQ(texas->parentId, usa->id);
    EXPECT_EQ(austin->parentId, texas->id);
    EXPECT_EQ(austin->accountAccess, AccessLevel::Edit);
    for (const TerritoryType &t : d.types) {
        if (t.id == austin->typeId) {
            EXPECT_EQ(t.priority, 10);
        }
        if (t.id == usa->typeId) {
            EXPECT_EQ(t.apiName, u"Country");
        }
    }
    const AssignmentRule *r = rule(d, QStringLiteral("Fishing_Stores"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->label, u"Fishing Stores");
    ASSERT_EQ(r->items.size(), 1u);
    EXPECT_EQ(r->items[0], (RuleItem{QStringLiteral("Account.Name"), QStringLiteral("startsWith"),
                                     QStringLiteral("Cabela")}));
    ASSERT_EQ(d.ruleAssociations.size(), 1u);
    EXPECT_EQ(d.ruleAssociations[0].territoryId, usa->id);
    EXPECT_TRUE(d.ruleAssociations[0].applyToChildren);
    EXPECT_TRUE(report->warnings.isEmpty()) << report->warnings.join(u'\n').toStdString();
}

TEST(SalesforceMetadata, MapsTwoModelsInactiveRulesAndAccessLevels)
{
    QTemporaryDir tmp;
    copyTree(DataDir + QStringLiteral("tmtools-export"), tmp.path());
    WorkspaceData d;
    ASSERT_TRUE(SF::importFolder(tmp.path(), d).ok());
    ASSERT_EQ(d.models.size(), 2u);
    EXPECT_EQ(d.models[0].description, u"This is a sample Territory Model");
    EXPECT_EQ(d.types.size(), 2u) << "types are shared by the models";
    EXPECT_EQ(d.territories.size(), 10u);
    const Territory *angola =
        territory(d, QStringLiteral("Territory_Model_1"), QStringLiteral("Angola"));
    ASSERT_TRUE(angola);
    EXPECT_EQ(angola->accountAccess, AccessLevel::Read);
    EXPECT_EQ(angola->caseAccess, AccessLevel::None);
    EXPECT_EQ(angola->contactAccess, AccessLevel::Edit);
    EXPECT_EQ(angola->opportunityAccess, AccessLevel::None);
    EXPECT_EQ(angola->description, u"The Angola Territory");
    const AssignmentRule *two = rule(d, QStringLiteral("Territory_One_Rule_Two"));
    ASSERT_TRUE(two);
    EXPECT_FALSE(two->active);
    EXPECT_EQ(two->booleanFilter, u"1 OR 2");
    ASSERT_EQ(two->items.size(), 2u);
    EXPECT_EQ(two->items[0].field, u"Account.BillingStreet");
    EXPECT_EQ(two->items[1].field, u"Account.BillingCity");
    // Rules attached to no territory are ordinary rules without associations.
    EXPECT_EQ(d.rules.size(), 6u);
    EXPECT_EQ(d.ruleAssociations.size(), 1u);
}

TEST(SalesforceMetadata, KeepsAnAssociationToAMissingRuleWithAWarning)
{
    QTemporaryDir tmp;
    copyTree(DataDir + QStringLiteral("tmtools-transform"), tmp.path());
    WorkspaceData d;
    Result<SF::ImportReport> report = SF::importFolder(tmp.path(), d);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->territories, 18);
    ASSERT_EQ(report->warnings.size(), 1);
    EXPECT_TRUE(report->warnings[0].contains(u"Rule_That_Applies_to_Children"));
    EXPECT_TRUE(report->warnings[0].contains(u"RULE_EXAMPLE.territory2"));
    const Territory *sd =
        territory(d, QStringLiteral("Imported_Territory"), QStringLiteral("San_Diego"));
    ASSERT_TRUE(sd);
    EXPECT_EQ(sd->typeId, NoId);
    const AssignmentRule *eastern = rule(d, QStringLiteral("Eastern_Accounts"));
    ASSERT_TRUE(eastern);
    EXPECT_EQ(eastern->booleanFilter, u"(1 AND 2) OR 3");
    EXPECT_EQ(eastern->items[2].field, u"Account.OwnerId");
    const AssignmentRule *forProfit = rule(d, QStringLiteral("For_Profit_Accounts"));
    ASSERT_TRUE(forProfit);
    EXPECT_EQ(forProfit->items[0].operation, u"notContain");
}

// One format in, the other out: the mdapi fixture becomes the source fixture.
TEST(SalesforceMetadata, ConvertsMetadataApiToSourceFormat)
{
    QTemporaryDir tmp;
    copyTree(DataDir + QStringLiteral("scw-mdapi"), tmp.filePath(QStringLiteral("in")));
    WorkspaceData d;
    ASSERT_TRUE(SF::importFolder(tmp.filePath(QStringLiteral("in")), d).ok());
    SF::ExportOptions options;
    options.format = SF::Format::Source;
    ASSERT_TRUE(SF::exportFolder(d, tmp.filePath(QStringLiteral("out")), options).ok());
    expectSameFolder(DataDir + QStringLiteral("scw-source/test/nuts/territoryProject/force-app/"
                                              "main/default"),
                     tmp.filePath(QStringLiteral("out")));
}

// Source format in, Metadata API out: a package.xml naming Model.Territory
// and Model.Rule, with the default API version.
TEST(SalesforceMetadata, WritesAPackageForSourceInput)
{
    QTemporaryDir tmp;
    copyTree(DataDir + QStringLiteral("scw-source"), tmp.filePath(QStringLiteral("in")));
    WorkspaceData d;
    ASSERT_TRUE(SF::importFolder(tmp.filePath(QStringLiteral("in")), d).ok());
    ASSERT_TRUE(SF::exportFolder(d, tmp.filePath(QStringLiteral("out"))).ok());
    const QString expectedRoot =
        DataDir + QStringLiteral("scw-mdapi/test/snapshot/sampleProjects/territory/originalMdapi");
    QByteArray expected = readAll(expectedRoot + QStringLiteral("/package.xml"));
    expected.replace("<version>52.0</version>", "<version>60.0</version>");
    EXPECT_EQ(readAll(tmp.filePath(QStringLiteral("out/package.xml"))).toStdString(),
              expected.toStdString());
}

// Unknown elements, comments, another namespace declaration, a settings
// file, other package types, CRLF and a BOM: all come back unchanged, also
// through a saved workspace.
TEST(SalesforceMetadata, PreservesWhatItDoesNotModel)
{
    QTemporaryDir tmp;
    const QString in = tmp.filePath(QStringLiteral("in"));
    copyTree(DataDir + QStringLiteral("scw-mdapi/test/snapshot/sampleProjects/territory/"
                                      "originalMdapi"),
             in);
    const QString texas =
        in + QStringLiteral("/territory2Models/SCW_Territory_Model/territories/Texas.territory2");
    writeAll(texas, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<Territory2 xmlns=\"http://soap.sforce.com/2006/04/metadata\" "
                    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                    "    <accountAccessLevel>Edit</accountAccessLevel>\n"
                    "    <!-- kept where it was -->\n"
                    "    <customFields>\n"
                    "        <name>Region_Code__c</name>\n"
                    "        <value xsi:type=\"xsd:string\">TX &amp; OK</value>\n"
                    "    </customFields>\n"
                    "    <description>Tom&apos;s &quot;Lone Star&quot; state</description>\n"
                    "    <name>Texas</name>\n"
                    "    <objectAccessLevels>\n"
                    "        <accessLevel>Read</accessLevel>\n"
                    "        <objectType>Lead</objectType>\n"
                    "    </objectAccessLevels>\n"
                    "    <parentTerritory>USA</parentTerritory>\n"
                    "    <territory2Type>Region_Missing</territory2Type>\n"
                    "</Territory2>\n");
    const QString rulePath =
        in +
        QStringLiteral("/territory2Models/SCW_Territory_Model/rules/Fishing_Stores.territory2Rule");
    QByteArray rule = "\xEF\xBB\xBF" + readAll(rulePath);
    rule.replace("\n", "\r\n");
    writeAll(rulePath, rule);
    writeAll(in + QStringLiteral("/settings/Territory2.settings"),
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<Territory2Settings xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
             "    <enableTerritoryManagement2>true</enableTerritoryManagement2>\n"
             "    <opportunityFilterSettings>\n"
             "        <enableFilter>false</enableFilter>\n"
             "    </opportunityFilterSettings>\n"
             "</Territory2Settings>\n");
    QByteArray package = readAll(in + QStringLiteral("/package.xml"));
    package.replace("    <version>52.0</version>",
                    "    <types>\n        <members>Territory2</members>\n        "
                    "<name>Settings</name>\n    </types>\n    <version>52.0</version>");
    package.replace("    <types>\n        <members>SCW_Territory_Model</members>",
                    "    <types>\n        <members>Region__c</members>\n        "
                    "<name>CustomObject</name>\n    </types>\n"
                    "    <types>\n        <members>SCW_Territory_Model</members>");
    writeAll(in + QStringLiteral("/package.xml"), package);

    WorkspaceData d;
    Result<SF::ImportReport> report = SF::importFolder(in, d);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_EQ(report->warnings.size(), 1) << "the missing type";
    EXPECT_TRUE(report->warnings[0].contains(u"Region_Missing"));
    const Territory *t =
        territory(d, QStringLiteral("SCW_Territory_Model"), QStringLiteral("Texas"));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->description, u"Tom's \"Lone Star\" state");
    EXPECT_EQ(t->typeId, NoId);
    EXPECT_EQ(t->caseAccess, AccessLevel::None) << "absent access levels take the default";

    const QString file = tmp.filePath(QStringLiteral("ws.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(d, file).ok());
    Result<WorkspaceData> loaded = WorkspaceFile::load(file);
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(SF::exportFolder(*loaded, tmp.filePath(QStringLiteral("out"))).ok());
    expectSameFolder(in, tmp.filePath(QStringLiteral("out")));

    // A change to the model is exported; what was kept stays around it.
    WorkspaceData changed = *loaded;
    for (Territory &x : changed.territories) {
        if (x.apiName == u"Texas")
            x.description = QStringLiteral("Changed & new");
    }
    ASSERT_TRUE(SF::exportFolder(changed, tmp.filePath(QStringLiteral("out2"))).ok());
    const QByteArray written = readAll(tmp.filePath(
        QStringLiteral("out2/territory2Models/SCW_Territory_Model/territories/Texas.territory2")));
    EXPECT_TRUE(written.contains("    <description>Changed &amp; new</description>\n"));
    EXPECT_TRUE(written.contains("<value xsi:type=\"xsd:string\">TX &amp; OK</value>"));
    EXPECT_EQ(SF::canonicalForm(written).isEmpty(), false);
    QByteArray original = readAll(texas);
    original.replace("Tom&apos;s &quot;Lone Star&quot; state", "Changed &amp; new");
    EXPECT_EQ(written.toStdString(), original.toStdString());
}

TEST(SalesforceMetadata, MergesIntoAWorkspaceAndReplacesOnlyWhenAsked)
{
    QTemporaryDir tmp;
    copyTree(DataDir + QStringLiteral("tmtools-export"), tmp.filePath(QStringLiteral("a")));
    copyTree(DataDir + QStringLiteral("scw-source"), tmp.filePath(QStringLiteral("b")));
    WorkspaceData d;
    ASSERT_TRUE(SF::importFolder(tmp.filePath(QStringLiteral("a")), d).ok());
    // Both orgs use priority 1; type priorities are unique in a workspace.
    Result<SF::ImportReport> clash = SF::importFolder(tmp.filePath(QStringLiteral("b")), d);
    ASSERT_FALSE(clash.ok());
    EXPECT_TRUE(clash.error().message.contains(u"Country.territory2Type-meta.xml"));
    EXPECT_TRUE(clash.error().message.contains(u"Territory_Type_1"));
    const QString country = tmp.filePath(
        QStringLiteral("b/test/nuts/territoryProject/force-app/main/default/territory2Types/"
                       "Country.territory2Type-meta.xml"));
    writeAll(country, readAll(country).replace("<priority>1<", "<priority>101<"));
    ASSERT_TRUE(SF::importFolder(tmp.filePath(QStringLiteral("b")), d).ok());
    EXPECT_EQ(d.models.size(), 3u);
    EXPECT_EQ(d.types.size(), 5u);

    // A rep on a territory that survives a replace keeps it.
    Rep rep;
    rep.id = d.nextId++;
    rep.userId = QStringLiteral("005000000000001");
    rep.name = QStringLiteral("Ana");
    d.reps.push_back(rep);
    const Territory *sudan =
        territory(d, QStringLiteral("Territory_Model_2"), QStringLiteral("Sudan"));
    ASSERT_TRUE(sudan);
    const Id sudanId = sudan->id;
    d.repAssignments.push_back({rep.id, sudanId, QStringLiteral("Owner")});

    const Id nextId = d.nextId;
    const std::size_t territories = d.territories.size();
    Result<SF::ImportReport> again = SF::importFolder(tmp.filePath(QStringLiteral("a")), d);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(again.error().message.contains(u"Territory_Model_1"));
    EXPECT_EQ(d.nextId, nextId) << "nothing imported half-way";
    EXPECT_EQ(d.territories.size(), territories);

    SF::ImportOptions replace;
    replace.replace = true;
    Result<SF::ImportReport> replaced =
        SF::importFolder(tmp.filePath(QStringLiteral("a")), d, replace);
    ASSERT_TRUE(replaced.ok()) << replaced.error().toString().toStdString();
    EXPECT_EQ(d.models.size(), 3u);
    EXPECT_EQ(d.territories.size(), territories);
    EXPECT_EQ(territory(d, QStringLiteral("Territory_Model_2"), QStringLiteral("Sudan"))->id,
              sudanId);
    ASSERT_EQ(d.repAssignments.size(), 1u);
    EXPECT_TRUE(WorkspaceDocument::validate(d).ok());

    // Exporting one model writes only it and the types it uses.
    SF::ExportOptions one;
    one.models = {d.models[2].id};
    Result<SF::ExportReport> exported =
        SF::exportFolder(d, tmp.filePath(QStringLiteral("one")), one);
    ASSERT_TRUE(exported.ok());
    EXPECT_TRUE(exported->files.contains(u"territory2Types/City.territory2Type"));
    EXPECT_FALSE(exported->files.contains(u"territory2Types/Territory_Type_1.territory2Type"));
}

TEST(SalesforceMetadata, WarnsAboutFieldsTheAccountsLack)
{
    QTemporaryDir tmp;
    copyTree(DataDir + QStringLiteral("tmtools-export"), tmp.path());
    WorkspaceData d;
    const std::size_t row = d.accounts.appendRow();
    d.accounts.setText(row, AccountStore::IdField, "001000000000001");
    Result<SF::ImportReport> report = SF::importFolder(tmp.path(), d);
    ASSERT_TRUE(report.ok());
    // Account.Phone (twice) and Account.CreatedById are not standard Tessera fields.
    const QStringList fieldWarnings = report->warnings.filter(QStringLiteral("do not have"));
    EXPECT_EQ(fieldWarnings.size(), 3) << report->warnings.join(u'\n').toStdString();
    EXPECT_TRUE(fieldWarnings.join(u' ').contains(u"Account.CreatedById"));
}

TEST(SalesforceMetadata, RefusesANonEmptyOutputFolder)
{
    QTemporaryDir tmp;
    copyTree(DataDir + QStringLiteral("scw-mdapi"), tmp.filePath(QStringLiteral("in")));
    WorkspaceData d;
    ASSERT_TRUE(SF::importFolder(tmp.filePath(QStringLiteral("in")), d).ok());
    writeAll(tmp.filePath(QStringLiteral("out/keep.txt")), "mine");
    Result<SF::ExportReport> r = SF::exportFolder(d, tmp.filePath(QStringLiteral("out")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Io);
    EXPECT_EQ(readAll(tmp.filePath(QStringLiteral("out/keep.txt"))), "mine");
}

TEST(SalesforceMetadata, CanonicalFormIgnoresLayoutButNotContent)
{
    const QByteArray a = "<?xml version=\"1.0\"?>\n<T xmlns=\"n\">\n  <b>1</b>\n  <a>2</a>\n</T>";
    const QByteArray b = "<T xmlns=\"n\"><a>2</a><b>1</b></T>\n";
    const QByteArray c = "<T xmlns=\"n\"><a>2</a><b>3</b></T>\n";
    EXPECT_EQ(SF::canonicalForm(a), SF::canonicalForm(b));
    EXPECT_NE(SF::canonicalForm(a), SF::canonicalForm(c));
    EXPECT_TRUE(SF::canonicalForm("<T><a></T>").isEmpty());
}

namespace {

int runCli(const QStringList &args, QString *stdErr = nullptr)
{
    const Test::CliRun run = Test::cli(args);
    if (stdErr)
        *stdErr = run.err;
    return run.status;
}

} // namespace

// The CLI creates the workspace, exports in both formats, and refuses
// unknown formats and broken input with their exit statuses.
TEST(SalesforceMetadataCli, ImportThenExportRoundTrips)
{
    QTemporaryDir tmp;
    const QString in = tmp.filePath(QStringLiteral("in"));
    copyTree(DataDir + QStringLiteral("tmtools-export"), in);
    const QString ws = tmp.filePath(QStringLiteral("ws.tessera"));
    ASSERT_EQ(runCli({QStringLiteral("import-salesforce"), in, QStringLiteral("--into"), ws}), 0);
    EXPECT_EQ(runCli({QStringLiteral("import-salesforce"), in, QStringLiteral("--into"), ws}),
              int(ErrorCode::Invalid));
    EXPECT_EQ(runCli({QStringLiteral("import-salesforce"), in, QStringLiteral("--into"), ws,
                      QStringLiteral("--replace")}),
              0);
    const QString out = tmp.filePath(QStringLiteral("out"));
    ASSERT_EQ(runCli({QStringLiteral("export"), ws, QStringLiteral("--format"),
                      QStringLiteral("salesforce-metadata"), QStringLiteral("--out"), out}),
              0);
    expectSameFolder(in + QStringLiteral("/test/reference-data/tm2-export/unpackaged"), out);
    // The accounts lack Phone and CreatedById: the checks warn, and say so in the README.
    EXPECT_TRUE(readAll(out + QStringLiteral("/README.txt")).contains("Account.Phone"));

    const QString one = tmp.filePath(QStringLiteral("one"));
    ASSERT_EQ(runCli({QStringLiteral("export"), ws, QStringLiteral("--format"),
                      QStringLiteral("salesforce-source"), QStringLiteral("--out"), one,
                      QStringLiteral("--model"), QStringLiteral("Territory_Model_2")}),
              0);
    EXPECT_TRUE(QFile::exists(one + QStringLiteral("/territory2Models/Territory_Model_2/"
                                                   "territories/Sudan.territory2-meta.xml")));
    EXPECT_FALSE(QFile::exists(one + QStringLiteral("/territory2Models/Territory_Model_1")));

    QString err;
    EXPECT_EQ(runCli({QStringLiteral("export"), ws, QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("--out"), out},
                     &err),
              int(ErrorCode::Usage));
    EXPECT_TRUE(err.contains(u"salesforce-source")) << err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("import-salesforce"),
                      QStringLiteral(TESSERA_TEST_DATA "/salesforce-broken/cycle"),
                      QStringLiteral("--into"), ws},
                     &err),
              int(ErrorCode::Invalid));
    EXPECT_TRUE(err.contains(u"cycle")) << err.toStdString();
}
