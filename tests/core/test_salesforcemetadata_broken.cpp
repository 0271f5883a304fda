// SPDX-License-Identifier: GPL-3.0-or-later
// Broken Salesforce metadata: each fixture is refused with its own code and
// a message naming the file, and the workspace it was imported into is
// left exactly as it was.
#include "core/interchange/salesforcemetadata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Tessera;
namespace SF = Tessera::SalesforceMetadata;

namespace {

const QString BrokenDir = QStringLiteral(TESSERA_TEST_DATA "/salesforce-broken/");

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        ASSERT_TRUE(QFile::copy(path, target)) << path.toStdString();
    }
}

struct Case
{
    const char *folder;
    ErrorCode code;
    const char *message; // a part of the message no other case gives
    const char *file;    // the file the message names; empty for folder-level problems
};

const Case Cases[] = {
    {"malformed_xml", ErrorCode::Corrupt, "malformed XML", "Texas.territory2"},
    {"unknown_operation", ErrorCode::Invalid, "unknown operation \"between\"",
     "Big.territory2Rule"},
    {"missing_parent", ErrorCode::NotFound, "parent territory \"Texas\" is not in model",
     "Austin.territory2"},
    {"cycle", ErrorCode::Invalid, "hierarchy has a cycle", ".territory2"},
    {"duplicate_developer_name", ErrorCode::Invalid, "a second territory with the API name",
     ".territory2"},
    {"bad_access_level", ErrorCode::Invalid, "is not an access level", "Texas.territory2"},
    {"mixed_formats", ErrorCode::Failed, "mixes the Metadata API format and the source format", ""},
    {"no_metadata", ErrorCode::NotFound, "No Salesforce territory metadata", ""},
    {"bad_api_name", ErrorCode::Invalid, "API name \"Texas__East\" is not valid",
     "Texas__East.territory2"},
    {"wrong_root", ErrorCode::Corrupt, "the root element is <Territory2Rule>", "Texas.territory2"},
    {"entity_declaration", ErrorCode::Corrupt, "document type declarations are not allowed",
     "Texas.territory2"},
    {"missing_name", ErrorCode::Invalid, "<name> is missing", "Texas.territory2"},
    {"bad_boolean", ErrorCode::Invalid, "is not true or false", "Big.territory2Rule"},
    {"model_without_file", ErrorCode::NotFound, "has no M.territory2Model file", ""},
    {"too_deep", ErrorCode::Corrupt, "nested more than", "Texas.territory2"},
    {"bad_priority", ErrorCode::Invalid, "is not a whole number", "Region.territory2Type"},
    {"unknown_rule_item_element", ErrorCode::Invalid, "<ruleItems> has an unknown element",
     "Big.territory2Rule"},
};

class Broken : public ::testing::TestWithParam<Case>
{};

} // namespace

TEST_P(Broken, IsRefusedWithItsOwnMessageAndChangesNothing)
{
    const Case &c = GetParam();
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    copyTree(BrokenDir + QLatin1String(c.folder), tmp.path());

    WorkspaceData data;
    TerritoryModel existing;
    existing.id = data.nextId++;
    existing.name = QStringLiteral("Existing");
    existing.apiName = QStringLiteral("Existing");
    data.models.push_back(existing);

    Result<SF::ImportReport> r = SF::importFolder(tmp.path(), data);
    ASSERT_FALSE(r.ok()) << c.folder;
    EXPECT_EQ(r.error().code, c.code) << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().message.contains(QLatin1String(c.message)))
        << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().message.contains(QLatin1String(c.file)))
        << r.error().toString().toStdString();
    // Nothing imported half-way.
    EXPECT_EQ(data.nextId, 2);
    EXPECT_EQ(data.models.size(), 1u);
    EXPECT_TRUE(data.territories.empty());
    EXPECT_TRUE(data.rules.empty());
    EXPECT_TRUE(data.types.empty());
    EXPECT_TRUE(data.preserved.empty());
}

// Line and column of malformed XML reach the error's detail.
TEST(SalesforceMetadataBroken, MalformedXmlNamesLineAndColumn)
{
    QTemporaryDir tmp;
    copyTree(BrokenDir + QStringLiteral("malformed_xml"), tmp.path());
    WorkspaceData data;
    Result<SF::ImportReport> r = SF::importFolder(tmp.path(), data);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().detail.contains(QStringLiteral("Texas.territory2:5:")))
        << r.error().detail.toStdString();
}

// Every case has a message of its own.
TEST(SalesforceMetadataBroken, MessagesAreDistinct)
{
    for (const Case &a : Cases) {
        for (const Case &b : Cases) {
            if (&a != &b) {
                EXPECT_STRNE(a.message, b.message);
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, Broken, ::testing::ValuesIn(Cases),
                         [](const auto &info) { return std::string(info.param.folder); });
