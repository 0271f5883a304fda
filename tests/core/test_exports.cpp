// SPDX-License-Identifier: GPL-3.0-or-later
// Data Loader, generic CSV and the checks before a Salesforce export, on the
// real SCW fixture model with accounts, reps and links added.
#include "core/interchange/exporter.h"
#include "core/interchange/salesforcemetadata.h"
#include "core/store/workspacefile.h"

#include "tests/core/clitestsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Tessera;

namespace {

const QString ScwFixture = QStringLiteral(
    TESSERA_TEST_DATA "/salesforce/scw-mdapi/test/snapshot/sampleProjects/territory/originalMdapi");

using Table = std::vector<QStringList>;

// A strict RFC 4180 reader for what the exports write (CRLF, quotes doubled).
Table readCsv(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    const QString text = QString::fromUtf8(f.readAll());
    Table rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << cell;
            cell.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    EXPECT_TRUE(cell.isEmpty() && row.isEmpty()) << "the file does not end with CRLF";
    return rows;
}

QString readText(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(f.readAll());
}

const Territory &territoryNamed(const WorkspaceData &d, const char *apiName)
{
    for (const Territory &t : d.territories) {
        if (t.apiName == QLatin1String(apiName))
            return t;
    }
    ADD_FAILURE() << "no territory " << apiName;
    return d.territories.front();
}

// SCW model (USA -> Texas -> Austin, rule Fishing_Stores on USA applying to
// children) with three accounts, two reps and a manual link and an exclusion.
// Names and ids that start like formulas check the neutralisation.
WorkspaceData scwWorkspace()
{
    WorkspaceData d;
    Result<SalesforceMetadata::ImportReport> report =
        SalesforceMetadata::importFolder(ScwFixture, d);
    EXPECT_TRUE(report.ok()) << (report ? "" : report.error().toString().toStdString());
    const char *accounts[][2] = {{"001000000000001AAA", "Cabela's Austin"},
                                 {"001000000000002AAA", "=HYPERLINK(\"http://x\")"},
                                 {"ACME-3", "Cabela Outfitters, Inc."}};
    for (auto &a : accounts) {
        const std::size_t row = d.accounts.appendRow();
        d.accounts.setText(row, AccountStore::IdField, a[0]);
        d.accounts.setText(row, AccountStore::NameField, a[1]);
    }
    const Id texas = territoryNamed(d, "Texas").id;
    const Id austin = territoryNamed(d, "Austin").id;
    Rep ann;
    ann.id = d.nextId++;
    ann.userId = QStringLiteral("005000000000001AAA");
    ann.name = QStringLiteral("Ann Lee");
    ann.email = QStringLiteral("ann@example.com");
    Rep bob;
    bob.id = d.nextId++;
    bob.userId = QStringLiteral("-bob");
    bob.name = QStringLiteral("@Bob");
    bob.email = QStringLiteral("bob@example.com");
    Rep idle;
    idle.id = d.nextId++;
    idle.userId = QStringLiteral("005000000000003AAA");
    idle.name = QStringLiteral("Idle Rep");
    d.reps = {ann, bob, idle};
    d.repAssignments = {{ann.id, texas, QStringLiteral("Owner")},
                        {bob.id, austin, QStringLiteral("+Regional Lead")}};
    for (Territory &t : d.territories) {
        if (t.id == texas)
            t.forecastManagerId = ann.id;
    }
    d.manualAssignments = {{QStringLiteral("001000000000002AAA"), austin}};
    d.exclusions = {{QStringLiteral("ACME-3"), texas}};
    EXPECT_TRUE(WorkspaceDocument::validate(d).ok());
    return d;
}

Id modelId(const WorkspaceData &d)
{
    return d.models.front().id;
}

Export::Report exportTo(const WorkspaceData &d, Export::Request request, const QString &dir)
{
    Result<Export::Report> r = Export::run(d, request, dir);
    EXPECT_TRUE(r.ok()) << (r ? "" : r.error().toString().toStdString());
    return r ? *r : Export::Report{};
}

// Every cell of every CSV in a folder: nothing a spreadsheet would run.
void expectNoFormulaCells(const QString &dir)
{
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        for (const QStringList &row : readCsv(dir + u'/' + name)) {
            for (const QString &cell : row) {
                ASSERT_FALSE(!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
                    << name.toStdString() << ": " << cell.toStdString();
            }
        }
    }
}

} // namespace

TEST(DataLoaderExport, WritesEveryObjectInLoadOrderCellByCell)
{
    const WorkspaceData d = scwWorkspace();
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("load"));
    const Export::Report report =
        exportTo(d, {Export::Format::DataLoader, {modelId(d)}, false}, out);

    EXPECT_EQ(
        report.files,
        (QStringList{
            QStringLiteral("01_Territory2Type.csv"), QStringLiteral("02_Territory2Model.csv"),
            QStringLiteral("03_Territory2_level1.csv"), QStringLiteral("04_Territory2_level2.csv"),
            QStringLiteral("05_Territory2_level3.csv"),
            QStringLiteral("06_ObjectTerritory2AssignmentRule.csv"),
            QStringLiteral("07_ObjectTerritory2AssignmentRuleItem.csv"),
            QStringLiteral("08_ObjectTerritory2AssignmentRule_update.csv"),
            QStringLiteral("09_UserTerritory2Association.csv"),
            QStringLiteral("10_Territory2_forecast_update.csv"),
            QStringLiteral("11_ObjectTerritory2Association.csv"),
            QStringLiteral("12_Territory2ObjectExclusion.csv"), QStringLiteral("README.txt")}));
    auto file = [&](const char *name) {
        return readCsv(out + u'/' + QLatin1String(name));
    };

    EXPECT_EQ(file("01_Territory2Type.csv"),
              (Table{{"DeveloperName", "MasterLabel", "Priority", "Description"},
                     {"City", "City", "10", ""},
                     {"Country", "Country", "1", ""},
                     {"State", "State", "5", ""}}));
    EXPECT_EQ(file("02_Territory2Model.csv"),
              (Table{{"DeveloperName", "Name", "Description"},
                     {"SCW_Territory_Model", "SCW Territory Model", ""}}));
    const QStringList territoryHeader{
        "DeveloperName",      "Name",        "Territory2ModelId",  "Territory2TypeId",
        "ParentTerritory2Id", "Description", "AccountAccessLevel", "OpportunityAccessLevel",
        "CaseAccessLevel"};
    EXPECT_EQ(
        file("03_Territory2_level1.csv"),
        (Table{territoryHeader,
               {"USA", "USA", "SCW_Territory_Model", "Country", "", "", "Edit", "Edit", "Edit"}}));
    EXPECT_EQ(file("04_Territory2_level2.csv"),
              (Table{territoryHeader,
                     {"Texas", "Texas", "SCW_Territory_Model", "State", "USA", "", "Edit", "Edit",
                      "Edit"}}));
    EXPECT_EQ(file("05_Territory2_level3.csv"),
              (Table{territoryHeader,
                     {"Austin", "Austin", "SCW_Territory_Model", "City", "Texas", "", "Edit",
                      "Edit", "Edit"}}));
    EXPECT_EQ(
        file("06_ObjectTerritory2AssignmentRule.csv"),
        (Table{{"DeveloperName", "MasterLabel", "Territory2ModelId", "ObjectType", "IsActive"},
               {"Fishing_Stores", "Fishing Stores", "SCW_Territory_Model", "Account", "false"}}));
    EXPECT_EQ(file("07_ObjectTerritory2AssignmentRuleItem.csv"),
              (Table{{"RuleId", "SortOrder", "Field", "Operation", "Value"},
                     {"Fishing_Stores", "1", "Account.Name", "startsWith", "Cabela"}}));
    EXPECT_EQ(file("08_ObjectTerritory2AssignmentRule_update.csv"),
              (Table{{"Id", "BooleanFilter", "IsActive"}, {"Fishing_Stores", "", "true"}}));
    EXPECT_EQ(file("09_UserTerritory2Association.csv"),
              (Table{{"UserId", "Territory2Id", "RoleInTerritory2"},
                     {"005000000000001AAA", "Texas", "Owner"},
                     {"'-bob", "Austin", "'+Regional Lead"}}));
    EXPECT_EQ(file("10_Territory2_forecast_update.csv"),
              (Table{{"Id", "ForecastUserId"}, {"Texas", "005000000000001AAA"}}));
    EXPECT_EQ(file("11_ObjectTerritory2Association.csv"),
              (Table{{"ObjectId", "Territory2Id", "AssociationCause"},
                     {"001000000000002AAA", "Austin", "Territory2Manual"}}));
    EXPECT_EQ(file("12_Territory2ObjectExclusion.csv"),
              (Table{{"ObjectId", "Territory2Id"}, {"ACME-3", "Texas"}}));
    expectNoFormulaCells(out);

    // The README names the order, what to map at each step, the rule links
    // and the warnings of the checks.
    const QString readme = readText(out + QStringLiteral("/README.txt"));
    EXPECT_LT(readme.indexOf(QStringLiteral("1. 01_Territory2Type.csv")),
              readme.indexOf(QStringLiteral("12. 12_Territory2ObjectExclusion.csv")));
    EXPECT_TRUE(readme.contains(QStringLiteral(
        "map ParentTerritory2Id: the Ids of the parent territories' DeveloperNames (step 4)")))
        << readme.toStdString();
    EXPECT_TRUE(readme.contains(
        QStringLiteral("map RuleId: the Ids of the rules' DeveloperNames (step 6)")));
    EXPECT_TRUE(
        readme.contains(QStringLiteral("- USA: Fishing_Stores (apply to child territories)")));
    EXPECT_TRUE(readme.contains(QStringLiteral("RuleTerritory2Association")));
    ASSERT_FALSE(report.warnings.isEmpty());
    for (const QString &w : report.warnings)
        EXPECT_TRUE(readme.contains(w)) << w.toStdString();
}

TEST(DataLoaderExport, AllAsManualExportsThePreviewedAssignment)
{
    const WorkspaceData d = scwWorkspace();
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("load"));
    const Export::Report report =
        exportTo(d, {Export::Format::DataLoader, {modelId(d)}, true}, out);
    EXPECT_FALSE(report.files.contains(QStringLiteral("06_ObjectTerritory2AssignmentRule.csv")));
    EXPECT_FALSE(report.files.filter(QStringLiteral("Exclusion")).size());
    // The rule puts both Cabela accounts in all three territories, except the
    // exclusion from Texas; the manual link puts account 2 in Austin.
    EXPECT_EQ(readCsv(out + QStringLiteral("/08_ObjectTerritory2Association.csv")),
              (Table{{"ObjectId", "Territory2Id", "AssociationCause"},
                     {"001000000000001AAA", "USA", "Territory2Manual"},
                     {"ACME-3", "USA", "Territory2Manual"},
                     {"001000000000001AAA", "Texas", "Territory2Manual"},
                     {"001000000000001AAA", "Austin", "Territory2Manual"},
                     {"001000000000002AAA", "Austin", "Territory2Manual"},
                     {"ACME-3", "Austin", "Territory2Manual"}}));
    const QString readme = readText(out + QStringLiteral("/README.txt"));
    EXPECT_TRUE(readme.contains(QStringLiteral("as a\n  manual association")));
}

TEST(CsvExport, AccountsAndRepsWithTheirTerritories)
{
    const WorkspaceData d = scwWorkspace();
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("csv"));
    Export::Request request;
    request.format = Export::Format::Csv;
    const Export::Report report = exportTo(d, request, out);
    EXPECT_EQ(report.files,
              (QStringList{QStringLiteral("accounts.csv"), QStringLiteral("reps.csv")}));
    EXPECT_EQ(readCsv(out + QStringLiteral("/accounts.csv")),
              (Table{{"AccountId", "AccountName", "TerritoryApiName", "TerritoryName",
                      "TerritoryPath", "Cause", "RepUserIds", "RepNames"},
                     {"001000000000001AAA", "Cabela's Austin", "USA", "USA", "USA",
                      "Rule Fishing_Stores", "", ""},
                     {"001000000000001AAA", "Cabela's Austin", "Texas", "Texas", "USA/Texas",
                      "Rule Fishing_Stores (from USA)", "005000000000001AAA", "Ann Lee"},
                     {"001000000000001AAA", "Cabela's Austin", "Austin", "Austin",
                      "USA/Texas/Austin", "Rule Fishing_Stores (from USA)", "'-bob", "'@Bob"},
                     {"001000000000002AAA", "'=HYPERLINK(\"http://x\")", "Austin", "Austin",
                      "USA/Texas/Austin", "Manual", "'-bob", "'@Bob"},
                     {"ACME-3", "Cabela Outfitters, Inc.", "USA", "USA", "USA",
                      "Rule Fishing_Stores", "", ""},
                     {"ACME-3", "Cabela Outfitters, Inc.", "Austin", "Austin", "USA/Texas/Austin",
                      "Rule Fishing_Stores (from USA)", "'-bob", "'@Bob"}}));
    EXPECT_EQ(readCsv(out + QStringLiteral("/reps.csv")),
              (Table{{"UserId", "Name", "Email", "TerritoryApiName", "TerritoryName",
                      "TerritoryPath", "RoleInTerritory2"},
                     {"005000000000001AAA", "Ann Lee", "ann@example.com", "Texas", "Texas",
                      "USA/Texas", "Owner"},
                     {"'-bob", "'@Bob", "bob@example.com", "Austin", "Austin", "USA/Texas/Austin",
                      "'+Regional Lead"},
                     {"005000000000003AAA", "Idle Rep", "", "", "", "", ""}}));
    expectNoFormulaCells(out);
}

TEST(ExportCheck, WarningsNameWhatMustBeMappedOrAddedInTheOrg)
{
    const WorkspaceData d = scwWorkspace();
    Export::Request request;
    request.format = Export::Format::DataLoader;
    const std::vector<ExportIssue> issues = Export::check(d, request);
    EXPECT_FALSE(hasErrors(issues));
    const QStringList warnings = messages(issues, ExportIssue::Warning);
    ASSERT_EQ(warnings.size(), 3) << warnings.join(u'\n').toStdString();
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("+Regional Lead")));
    EXPECT_TRUE(warnings[1].startsWith(
                    QStringLiteral("Reps whose user ids are not Salesforce user ids: 1")) &&
                warnings[1].contains(QStringLiteral("-bob")));
    EXPECT_TRUE(warnings[2].startsWith(QStringLiteral(
                    "Exclusions naming accounts by ids that are not Salesforce account ids: 1")) &&
                warnings[2].contains(QStringLiteral("ACME-3")));
    // Metadata does not load by ids: none of these apply.
    request.format = Export::Format::SalesforceMetadata;
    EXPECT_TRUE(Export::check(d, request).empty());
}

TEST(ExportCheck, BlockingErrorsAreAllListedAndNothingIsWritten)
{
    WorkspaceData d = scwWorkspace();
    // Past ETM's limits: 11 items, a value over 1,000 characters, a name over 80.
    AssignmentRule &rule = d.rules.front();
    rule.items.assign(
        11, {QStringLiteral("Account.Name"), QStringLiteral("equals"), QStringLiteral("x")});
    rule.items[3].value = QString(1001, u'a');
    rule.booleanFilter.clear();
    for (Territory &t : d.territories) {
        if (t.apiName == u"Austin")
            t.name = QString(81, u'N');
        if (t.apiName == u"Texas")
            t.typeId = NoId;
    }
    for (Export::Format format : {Export::Format::SalesforceMetadata,
                                  Export::Format::SalesforceSource, Export::Format::DataLoader}) {
        Export::Request request;
        request.format = format;
        const QStringList errors = messages(Export::check(d, request), ExportIssue::Error);
        const int expected = format == Export::Format::DataLoader ? 4 : 3;
        EXPECT_EQ(errors.size(), expected) << errors.join(u'\n').toStdString();
        EXPECT_TRUE(errors.filter(QStringLiteral("has 11 items")).size() == 1);
        EXPECT_TRUE(errors.filter(QStringLiteral("1001 characters")).size() == 1);
        EXPECT_TRUE(errors.filter(QStringLiteral("Territory Austin: the name has 81")).size() == 1);

        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("out"));
        Result<Export::Report> r = Export::run(d, request, out);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Failed);
        for (const QString &e : errors)
            EXPECT_TRUE(r.error().message.contains(e));
        EXPECT_FALSE(QFileInfo::exists(out));
        EXPECT_EQ(
            QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
    }
    // A territory without a type: a deploy may still name one the org has,
    // Data Loader cannot load it.
    Export::Request dl;
    dl.format = Export::Format::DataLoader;
    EXPECT_EQ(messages(Export::check(d, dl), ExportIssue::Error)
                  .filter(QStringLiteral("Territory2TypeId is required"))
                  .size(),
              1);
}

TEST(ExportCheck, FieldLengthsAndIdsFollowTheObjectReference)
{
    WorkspaceData d = scwWorkspace();
    // Territory2Type.Description is a 255-character text area.
    d.types.front().description = QString(256, u'd');
    const QStringList errors = messages(
        Export::check(d, {Export::Format::SalesforceMetadata, {}, false}), ExportIssue::Error);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(
        errors[0].startsWith(QStringLiteral("Territory type City: the description has 256")));
    EXPECT_TRUE(looksLikeSalesforceId(u"005000000000001AAA", u"005"));
    EXPECT_TRUE(looksLikeSalesforceId(u"005000000000001", u"005"));
    EXPECT_FALSE(looksLikeSalesforceId(u"001000000000001AAA", u"005"));
    EXPECT_FALSE(looksLikeSalesforceId(u"005-00000000001AAA", u"005"));

    // A field the org has but these accounts lack: the rule cannot be
    // previewed, yet Salesforce would take it.
    d = scwWorkspace();
    d.rules.front().items.front().field = QStringLiteral("Account.Phone");
    const std::vector<ExportIssue> phone =
        Export::check(d, {Export::Format::SalesforceMetadata, {}, false});
    ASSERT_EQ(phone.size(), 1u);
    EXPECT_EQ(phone.front().severity, ExportIssue::Warning);
    EXPECT_TRUE(phone.front().message.contains(QStringLiteral("Account.Phone")));

    // ForecastUserId must name a user on the territory: Bob is on Austin only.
    d = scwWorkspace();
    for (Territory &t : d.territories) {
        if (t.apiName == u"Texas")
            t.forecastManagerId = d.reps[1].id;
    }
    const QStringList forecast =
        messages(Export::check(d, {Export::Format::DataLoader, {}, false}), ExportIssue::Error);
    ASSERT_EQ(forecast.size(), 1);
    EXPECT_TRUE(forecast.front().startsWith(
        QStringLiteral("Territory Texas: the forecast manager @Bob is not on the territory")));

    // A name that breaks the DeveloperName rules stops the export too.
    d = scwWorkspace();
    d.rules.front().apiName = QStringLiteral("Fishing__Stores");
    const QStringList nameErrors =
        messages(Export::check(d, {Export::Format::DataLoader, {}, false}), ExportIssue::Error);
    ASSERT_FALSE(nameErrors.isEmpty());
    EXPECT_TRUE(nameErrors.front().contains(QStringLiteral("two underscores")))
        << nameErrors.front().toStdString();
}

TEST(ExportCheck, MetadataWarningsGoIntoItsReadme)
{
    WorkspaceData d = scwWorkspace();
    // A blank alternative is accepted by Salesforce but worth a warning.
    d.rules.front().items.front().value = QStringLiteral("Cabela,");
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("deploy"));
    Export::Request request;
    request.format = Export::Format::SalesforceMetadata;
    const Export::Report report = exportTo(d, request, out);
    ASSERT_EQ(report.warnings.size(), 1);
    EXPECT_TRUE(report.files.contains(QStringLiteral("README.txt")));
    EXPECT_TRUE(readText(out + QStringLiteral("/README.txt")).contains(report.warnings.front()));
    EXPECT_TRUE(report.files.contains(QStringLiteral("package.xml")));

    // Without warnings the deploy folder holds only metadata.
    const QString clean = tmp.filePath(QStringLiteral("clean"));
    const Export::Report quiet = exportTo(scwWorkspace(), request, clean);
    EXPECT_TRUE(quiet.warnings.isEmpty());
    EXPECT_FALSE(quiet.files.contains(QStringLiteral("README.txt")));
}

TEST(CliExport, DataLoaderCsvAndBlockedExports)
{
    using Tessera::Test::cli;
    using Tessera::Test::CliRun;
    QTemporaryDir tmp;
    const QString ws = tmp.filePath(QStringLiteral("scw.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(scwWorkspace(), ws).ok());

    const QString load = tmp.filePath(QStringLiteral("load"));
    CliRun r = cli({QStringLiteral("export"), ws, QStringLiteral("--format"),
                    QStringLiteral("dataloader"), QStringLiteral("--out"), load});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("wrote 13 files")));
    EXPECT_EQ(Tessera::Test::valueOf(r.out, QStringLiteral("warnings")), QStringLiteral("3"));
    EXPECT_EQ(r.err.count(QStringLiteral("warning: ")), 3);
    EXPECT_TRUE(QFileInfo::exists(load + QStringLiteral("/README.txt")));

    const QString manual = tmp.filePath(QStringLiteral("manual"));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--format"), QStringLiteral("dataloader"),
             QStringLiteral("--all-as-manual"), QStringLiteral("--out"), manual});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(readCsv(manual + QStringLiteral("/08_ObjectTerritory2Association.csv")).size(), 7u);

    const QString csv = tmp.filePath(QStringLiteral("csv"));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), csv});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(readCsv(csv + QStringLiteral("/accounts.csv")).size(), 7u);

    // Into a folder that is not empty: refused, nothing touched.
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), csv});
    EXPECT_EQ(r.status, int(ErrorCode::Io));
    r = cli({QStringLiteral("export"), ws, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--all-as-manual"), QStringLiteral("--out"), csv});
    EXPECT_EQ(r.status, int(ErrorCode::Usage));

    // Two problems past ETM's limits: both listed, exit status 1, no folder.
    WorkspaceData bad = scwWorkspace();
    bad.rules.front().items.assign(
        11, {QStringLiteral("Account.Name"), QStringLiteral("equals"), QStringLiteral("x")});
    bad.territories.back().name = QString(81, u'N');
    const QString badWs = tmp.filePath(QStringLiteral("bad.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(bad, badWs).ok());
    for (const char *format : {"salesforce-metadata", "salesforce-source", "dataloader"}) {
        const QString blocked = tmp.filePath(QStringLiteral("blocked"));
        r = cli({QStringLiteral("export"), badWs, QStringLiteral("--format"), QLatin1String(format),
                 QStringLiteral("--out"), blocked});
        EXPECT_EQ(r.status, int(ErrorCode::Failed)) << format;
        EXPECT_EQ(r.err.count(QStringLiteral("error: ")), 2) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was written")));
        EXPECT_FALSE(QFileInfo::exists(blocked));
    }
}
