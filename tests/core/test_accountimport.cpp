// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/accountimport.h"
#include "core/interchange/cellvalue.h"
#include "core/interchange/repimport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace Tessera;

namespace {

QString csvFile(const char *name)
{
    return QStringLiteral(TESSERA_TEST_DATA "/csv/") + QLatin1String(name);
}

struct Loaded
{
    std::vector<ColumnMapping> mapping;
    Result<AccountImport::Imported> imported = makeError(ErrorCode::Failed, {});
};

Loaded importFile(const char *name, const QStringList &overrides = {},
                  const AccountStore &existing = {}, AccountImport::Options options = {})
{
    Result<CsvReader> reader = CsvReader::open(csvFile(name));
    EXPECT_TRUE(reader.ok()) << name;
    Loaded out;
    if (!reader)
        return out;
    out.mapping = AccountImport::suggestMapping(reader->header(), existing);
    for (const QString &o : overrides)
        EXPECT_TRUE(AccountImport::applyOverride(out.mapping, o, existing).ok()) << o.toStdString();
    out.imported = AccountImport::read(*reader, out.mapping, existing, options);
    return out;
}

const ColumnMapping &column(const std::vector<ColumnMapping> &mapping, const char *header)
{
    for (const ColumnMapping &m : mapping) {
        if (m.header == QLatin1String(header))
            return m;
    }
    static ColumnMapping none;
    ADD_FAILURE() << "no column " << header;
    return none;
}

std::string text(const AccountStore &s, std::size_t row, const char *field)
{
    return std::string(s.text(row, s.fieldIndex(QString::fromLatin1(field))));
}

double number(const AccountStore &s, std::size_t row, const char *field)
{
    return s.number(row, s.fieldIndex(QString::fromLatin1(field)));
}

} // namespace

TEST(AccountImport, MapsSalesforceLabelsAndInfersCustomTypes)
{
    Loaded l = importFile("salesforce-report.csv");
    ASSERT_TRUE(l.imported.ok()) << l.imported.error().message.toStdString();
    const auto &m = l.imported->mapping;
    EXPECT_EQ(column(m, "Account ID").field, QStringLiteral("Id"));
    EXPECT_EQ(column(m, "Account Name").field, QStringLiteral("Name"));
    EXPECT_EQ(column(m, "Billing State/Province").field, QStringLiteral("BillingState"));
    EXPECT_EQ(column(m, "Billing Zip/Postal Code").field, QStringLiteral("BillingPostalCode"));
    EXPECT_EQ(column(m, "Billing Country").field, QStringLiteral("BillingCountry"));
    EXPECT_EQ(column(m, "Annual Revenue").field, QStringLiteral("AnnualRevenue"));
    EXPECT_EQ(column(m, "Employees").field, QStringLiteral("NumberOfEmployees"));
    EXPECT_EQ(column(m, "Industry").field, QStringLiteral("Industry"));
    EXPECT_EQ(column(m, "Account Owner").field, QStringLiteral("OwnerId"));

    EXPECT_EQ(column(m, "Segment").field, QStringLiteral("Segment__c"));
    EXPECT_EQ(column(m, "Segment").type, FieldType::Picklist);
    EXPECT_EQ(column(m, "Customer Since").field, QStringLiteral("Customer_Since__c"));
    EXPECT_EQ(column(m, "Customer Since").type, FieldType::Date);
    EXPECT_EQ(column(m, "Active").type, FieldType::Boolean);
    EXPECT_EQ(column(m, "Score").type, FieldType::Number);
    EXPECT_EQ(column(m, "Notes").type, FieldType::Text);

    const AccountStore &s = l.imported->accounts;
    ASSERT_EQ(s.rowCount(), 4u);
    EXPECT_EQ(text(s, 0, "Name"), "Acme, Inc.");
    EXPECT_EQ(text(s, 3, "BillingPostalCode"), "02134"); // leading zero kept
    EXPECT_EQ(number(s, 0, "AnnualRevenue"), 5'000'000);
    EXPECT_TRUE(std::isnan(number(s, 1, "AnnualRevenue")));
    EXPECT_EQ(number(s, 2, "Score__c"), 3.25);
    const int since = s.fieldIndex(u"Customer_Since__c");
    std::int32_t day;
    ASSERT_TRUE(CellValue::daysFromCivil(2019, 1, 31, &day));
    EXPECT_EQ(s.day(0, since), day);
    EXPECT_EQ(s.day(3, since), NullDay);
    EXPECT_EQ(s.boolean(2, s.fieldIndex(u"Active__c")), 1);
    EXPECT_EQ(s.field(s.fieldIndex(u"Segment__c")).label, QStringLiteral("Segment"));
    EXPECT_EQ(text(s, 1, "Segment__c"), "SMB");
}

TEST(AccountImport, OverridesChangeTargetsAndTypes)
{
    Loaded l = importFile("salesforce-report.csv",
                          {QStringLiteral("Score=Score__c:text"), QStringLiteral("Notes=-"),
                           QStringLiteral("Segment=Tier__c"), QStringLiteral("Active=:text")});
    ASSERT_TRUE(l.imported.ok()) << l.imported.error().message.toStdString();
    const AccountStore &s = l.imported->accounts;
    EXPECT_EQ(s.field(s.fieldIndex(u"Score__c")).type, FieldType::Text);
    EXPECT_EQ(text(s, 0, "Score__c"), "12.5");
    EXPECT_LT(s.fieldIndex(u"Notes__c"), 0);
    EXPECT_EQ(s.field(s.fieldIndex(u"Tier__c")).type, FieldType::Picklist);
    EXPECT_EQ(text(s, 2, "Active__c"), "yes");

    std::vector<ColumnMapping> mapping = l.mapping;
    EXPECT_EQ(
        AccountImport::applyOverride(mapping, QStringLiteral("Score=X__c:colour"), {}).error().code,
        ErrorCode::Usage);
    EXPECT_EQ(AccountImport::applyOverride(mapping, QStringLiteral("Nope=X__c"), {}).error().code,
              ErrorCode::NotFound);
    // A standard field keeps its type.
    EXPECT_FALSE(AccountImport::applyOverride(mapping, QStringLiteral("Employees=:date"), {}).ok());
    // Two columns into one field.
    ASSERT_TRUE(AccountImport::applyOverride(mapping, QStringLiteral("Notes=Name"), {}).ok());
    EXPECT_FALSE(AccountImport::checkMapping(mapping).ok());
}

TEST(AccountImport, EuropeanFileWithBomAndDecimalCommas)
{
    Loaded l = importFile("bom-semicolon.csv");
    ASSERT_TRUE(l.imported.ok());
    EXPECT_EQ(l.imported->encoding, CsvEncoding::Utf8Bom);
    const AccountStore &s = l.imported->accounts;
    ASSERT_EQ(s.rowCount(), 3u);
    EXPECT_EQ(text(s, 0, "Id"), "0010001");
    EXPECT_DOUBLE_EQ(number(s, 0, "AnnualRevenue"), 1234567.89);
    EXPECT_DOUBLE_EQ(number(s, 2, "AnnualRevenue"), 12.5);
    EXPECT_TRUE(std::isnan(number(s, 1, "NumberOfEmployees")));
    EXPECT_EQ(QString::fromStdString(text(s, 1, "Name")),
              QStringLiteral("Société Générale; Paris"));
}

TEST(AccountImport, BadValuesAreListedWithLineColumnAndReason)
{
    Loaded l = importFile("bad-values.csv");
    ASSERT_TRUE(l.imported.ok());
    const ImportProblems &p = l.imported->problems;
    ASSERT_EQ(p.rows, 2u);
    ASSERT_EQ(p.listed.size(), 2u);
    EXPECT_EQ(p.listed[0].line, 3);
    EXPECT_EQ(p.listed[0].column, 3);
    EXPECT_EQ(p.listed[0].columnName, QStringLiteral("AnnualRevenue"));
    EXPECT_EQ(p.listed[0].value, QStringLiteral("12abc"));
    EXPECT_TRUE(p.listed[0].reason.contains(QStringLiteral("number")));
    EXPECT_EQ(p.listed[1].line, 4);
    EXPECT_EQ(p.listed[1].column, 4);
    // Start Date is inferred as text because one value is not a date; with the
    // type given, the impossible date is a problem.
    EXPECT_EQ(column(l.imported->mapping, "Start Date").type, FieldType::Text);

    Loaded typed = importFile("bad-values.csv", {QStringLiteral("Start Date=:date")});
    ASSERT_TRUE(typed.imported.ok());
    EXPECT_EQ(typed.imported->problems.rows, 3u);
    const RowProblem &date = typed.imported->problems.listed.back();
    EXPECT_EQ(date.line, 6);
    EXPECT_EQ(date.column, 5);
    EXPECT_TRUE(date.reason.contains(QStringLiteral("date")));
    // The good rows are there, the bad ones not at all.
    const AccountStore &s = typed.imported->accounts;
    ASSERT_EQ(s.rowCount(), 2u);
    EXPECT_EQ(text(s, 1, "Id"), "001V4");
    EXPECT_EQ(number(s, 1, "AnnualRevenue"), 1500);

    const Error e = problemsError(p, QStringLiteral("bad-values.csv"));
    EXPECT_EQ(e.code, ErrorCode::Invalid);
    EXPECT_TRUE(e.message.contains(QStringLiteral("Line 3, column 3 (AnnualRevenue)")))
        << e.message.toStdString();
}

TEST(AccountImport, StopsEarlyWhenNotSkipping)
{
    AccountImport::Options options;
    options.stopAfterBadRows = 1;
    Loaded l = importFile("bad-values.csv", {}, {}, options);
    ASSERT_TRUE(l.imported.ok());
    EXPECT_TRUE(l.imported->stoppedEarly);
    EXPECT_EQ(l.imported->problems.rows, 1u);
}

TEST(AccountImport, DuplicateAndBlankIds)
{
    Loaded l = importFile("duplicates.csv");
    ASSERT_TRUE(l.imported.ok());
    const ImportProblems &p = l.imported->problems;
    ASSERT_EQ(p.rows, 2u);
    EXPECT_EQ(p.listed[0].line, 5);
    EXPECT_TRUE(p.listed[0].reason.contains(QStringLiteral("empty")));
    EXPECT_EQ(p.listed[1].line, 4);
    EXPECT_TRUE(p.listed[1].reason.contains(QStringLiteral("line 2")))
        << p.listed[1].reason.toStdString();
    const AccountStore &s = l.imported->accounts;
    ASSERT_EQ(s.rowCount(), 3u);
    EXPECT_EQ(text(s, 0, "Name"), "First");
    EXPECT_EQ(text(s, 2, "Id"), "001D3");
    EXPECT_TRUE(s.duplicateOrBlankIds().empty());
}

TEST(AccountImport, RaggedRowsAndTextAfterQuotes)
{
    Loaded l = importFile("ragged.csv");
    ASSERT_TRUE(l.imported.ok());
    ASSERT_EQ(l.imported->problems.rows, 2u);
    EXPECT_EQ(l.imported->problems.listed[0].line, 3);
    EXPECT_TRUE(l.imported->problems.listed[0].reason.contains(QStringLiteral("expected 3 cells")));
    EXPECT_EQ(l.imported->accounts.rowCount(), 2u);

    Loaded q = importFile("after-quote.csv");
    ASSERT_TRUE(q.imported.ok());
    ASSERT_EQ(q.imported->problems.rows, 1u);
    EXPECT_EQ(q.imported->problems.listed[0].column, 2);
}

TEST(AccountImport, WithoutIdColumnNothingIsRead)
{
    Result<CsvReader> reader = CsvReader::fromBytes("Name,City\nA,B\n");
    ASSERT_TRUE(reader.ok());
    const auto mapping = AccountImport::suggestMapping(reader->header());
    Result<AccountImport::Imported> r = AccountImport::read(*reader, mapping);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Id")));
}

TEST(AccountImport, UnclosedQuoteFailsTheImport)
{
    Loaded l = importFile("unterminated.csv");
    ASSERT_FALSE(l.imported.ok());
    EXPECT_TRUE(l.imported.error().message.contains(QStringLiteral("Line 3")));
}

TEST(AccountImport, CancelReturnsCancelled)
{
    QByteArray csv = "Id,Name\n";
    for (int i = 0; i < 40'000; ++i)
        csv += "id" + QByteArray::number(i) + ",n\n";
    Result<CsvReader> reader = CsvReader::fromBytes(csv);
    ASSERT_TRUE(reader.ok());
    std::atomic_bool cancel{true};
    Progress progress;
    progress.cancel = &cancel;
    Result<AccountImport::Imported> r = AccountImport::read(
        *reader, AccountImport::suggestMapping(reader->header()), {}, {}, progress);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
}

TEST(AccountImport, RefreshUpdatesAddsAndListsMissing)
{
    AccountStore existing;
    const int tier = existing.addField(QStringLiteral("Tier__c"), {}, FieldType::Picklist).value();
    for (const char *id : {"001A", "001B", "001Z"}) {
        const std::size_t r = existing.appendRow();
        existing.setText(r, AccountStore::IdField, id);
        existing.setText(r, AccountStore::NameField, std::string("Old ") + id);
        existing.setText(r, tier, "Gold");
        existing.setNumber(r, AccountStore::BillingLatitudeField, 40.0);
    }
    Loaded l = importFile("quotes.csv", {}, existing);
    ASSERT_TRUE(l.imported.ok());
    Result<AccountImport::Refresh> r = AccountImport::refresh(existing, *l.imported);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->updated, 2u);
    EXPECT_EQ(r->added, 2u);
    EXPECT_EQ(r->missing, QStringList{QStringLiteral("001Z")});
    const AccountStore &s = r->accounts;
    ASSERT_EQ(s.rowCount(), 5u);
    EXPECT_EQ(text(s, 0, "Name"), "Acme, Inc.");      // updated from the file
    EXPECT_EQ(text(s, 0, "Tier__c"), "Gold");         // not in the file: kept
    EXPECT_EQ(number(s, 0, "BillingLatitude"), 40.0); // not in the file: kept
    EXPECT_EQ(text(s, 2, "Name"), "Old 001Z");        // missing, kept
    EXPECT_EQ(text(s, 4, "Id"), "001D");              // added at the end
    EXPECT_EQ(text(s, 4, "Tier__c"), "");
    EXPECT_EQ(s.rowOf("001C"), 3);

    Result<AccountImport::Refresh> removed = AccountImport::refresh(existing, *l.imported, true);
    ASSERT_TRUE(removed.ok());
    EXPECT_TRUE(removed->missingRemoved);
    EXPECT_EQ(removed->accounts.rowCount(), 4u);
    EXPECT_LT(removed->accounts.rowOf("001Z"), 0);
    EXPECT_EQ(removed->accounts.rowOf("001B"), 1);
}

TEST(AccountImport, ExistingCustomFieldsAreMatchedWithTheirType)
{
    AccountStore existing;
    ASSERT_TRUE(
        existing.addField(QStringLiteral("Score__c"), QStringLiteral("Score"), FieldType::Text)
            .ok());
    Loaded l = importFile("salesforce-report.csv", {}, existing);
    ASSERT_TRUE(l.imported.ok());
    const ColumnMapping &score = column(l.imported->mapping, "Score");
    EXPECT_FALSE(score.newField);
    EXPECT_EQ(score.type, FieldType::Text);
}

TEST(AccountImport, ProblemReportIsACsvOfTheSkippedRows)
{
    Loaded l = importFile("bad-values.csv");
    ASSERT_TRUE(l.imported.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    ASSERT_TRUE(writeProblemReport(l.imported->problems, path).ok());
    Result<CsvReader> report = CsvReader::open(path);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->header(), (QStringList{"Line", "Column", "Field", "Value", "Reason"}));
    CsvRecord record;
    ASSERT_TRUE(*report->next(record));
    EXPECT_EQ(record[0], "3");
    EXPECT_EQ(record[3], "12abc");
}

TEST(RepImport, ReadsRepsAndLocatesHomesByZip)
{
    Result<CsvReader> reader = CsvReader::open(csvFile("reps.csv"));
    ASSERT_TRUE(reader.ok());
    const auto mapping = RepImport::suggestMapping(reader->header());
    Result<RepImport::Imported> r = RepImport::read(*reader, mapping);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->reps.size(), 4u);
    const Rep &ada = r->reps[0];
    EXPECT_EQ(ada.userId, QStringLiteral("005A1"));
    EXPECT_EQ(ada.name, QStringLiteral("Ada Park"));
    EXPECT_EQ(ada.email, QStringLiteral("ada@example.com"));
    EXPECT_EQ(ada.capacityHours, 1600);
    EXPECT_NEAR(ada.homeLatitude, 37.79, 0.05); // San Francisco, 94105
    EXPECT_NEAR(ada.homeLongitude, -122.39, 0.05);
    EXPECT_NEAR(r->reps[1].homeLatitude, 40.7128, 1e-9);
    EXPECT_NEAR(r->reps[2].homeLatitude, 42.3, 0.2); // 02134, written without its zero
    EXPECT_EQ(r->reps[2].capacityHours, 1600);       // the default
    EXPECT_FALSE(r->reps[3].hasHome());
    ASSERT_EQ(r->warnings.size(), 1);
    EXPECT_TRUE(r->warnings[0].contains(QStringLiteral("00000")));
}

TEST(RepImport, ProblemsAndPlan)
{
    Result<CsvReader> reader = CsvReader::open(csvFile("reps-bad.csv"));
    ASSERT_TRUE(reader.ok());
    Result<RepImport::Imported> r =
        RepImport::read(*reader, RepImport::suggestMapping(reader->header()));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->problems.rows, 4u);
    ASSERT_EQ(r->reps.size(), 1u);
    QStringList reasons;
    for (const RowProblem &p : r->problems.listed)
        reasons << QString::number(p.line) + QLatin1Char(':') + p.reason;
    EXPECT_TRUE(reasons[0].startsWith(QStringLiteral("3:expected a name")));
    EXPECT_TRUE(reasons[1].startsWith(QStringLiteral("4:expected an email")));
    EXPECT_TRUE(reasons[2].startsWith(QStringLiteral("5:expected a capacity")));
    EXPECT_TRUE(reasons[3].startsWith(QStringLiteral("6:the user id is already on line 2")));

    Rep old;
    old.id = 42;
    old.userId = QStringLiteral("005B1");
    old.name = QStringLiteral("Old Name");
    old.homeLatitude = 10;
    old.homeLongitude = 20;
    Rep gone = old;
    gone.id = 43;
    gone.userId = QStringLiteral("005GONE");
    const RepImport::Plan plan = RepImport::plan({old, gone}, *r);
    ASSERT_EQ(plan.updates.size(), 1u);
    EXPECT_EQ(plan.updates[0].id, 42);
    EXPECT_EQ(plan.updates[0].name, QStringLiteral("Good Rep"));
    EXPECT_EQ(plan.updates[0].homeLatitude, 10); // the file has no home columns
    EXPECT_TRUE(plan.additions.empty());
    EXPECT_EQ(plan.missing, QStringList{QStringLiteral("005GONE")});
}

TEST(RepImport, MappingNeedsIdAndName)
{
    std::vector<ColumnMapping> mapping =
        RepImport::suggestMapping({QStringLiteral("Name"), QStringLiteral("Latitude")});
    EXPECT_FALSE(RepImport::checkMapping(mapping).ok());
    mapping = RepImport::suggestMapping(
        {QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Latitude")});
    EXPECT_FALSE(RepImport::checkMapping(mapping).ok()); // a latitude without a longitude
    EXPECT_FALSE(RepImport::applyOverride(mapping, QStringLiteral("Latitude=Height")).ok());
    ASSERT_TRUE(RepImport::applyOverride(mapping, QStringLiteral("Latitude=-")).ok());
    EXPECT_TRUE(RepImport::checkMapping(mapping).ok());
}
