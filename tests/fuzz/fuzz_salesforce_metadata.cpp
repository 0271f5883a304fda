// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes as a Salesforce territory file or a rule
// file of a model. The reader must refuse bad input with an Error,
// never crash or hang; what it accepts must be a valid workspace that
// exports and imports again.
#include "core/interchange/salesforcemetadata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

namespace {

bool writeFile(const QString &path, const char *data, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data, size) == size;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Tessera;
    // One folder per process, rewritten for each input.
    static const QString root = QDir::tempPath() + QStringLiteral("/tessera-fuzz-sf-") +
                                QString::number(QCoreApplication::applicationPid());
    const QString model = root + QStringLiteral("/in/territory2Models/M");
    QDir(root).removeRecursively();
    if (!QDir().mkpath(model + QStringLiteral("/territories")) ||
        !QDir().mkpath(model + QStringLiteral("/rules")))
        return 0;
    static const char modelXml[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Territory2Model xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        "    <name>M</name>\n"
        "</Territory2Model>\n";
    static const char territoryXml[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Territory2 xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        "    <accountAccessLevel>Edit</accountAccessLevel>\n"
        "    <name>T</name>\n"
        "    <ruleAssociations>\n"
        "        <inherited>true</inherited>\n"
        "        <ruleName>R</ruleName>\n"
        "    </ruleAssociations>\n"
        "</Territory2>\n";
    static const char ruleXml[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Territory2Rule xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
        "    <active>true</active>\n"
        "    <name>R</name>\n"
        "    <objectType>Account</objectType>\n"
        "    <ruleItems>\n"
        "        <field>Account.Name</field>\n"
        "        <operation>equals</operation>\n"
        "        <value>Acme</value>\n"
        "    </ruleItems>\n"
        "</Territory2Rule>\n";
    // The input is the rule file when it says so, else the territory file;
    // the other one is a valid file that refers to it.
    const char *bytes = reinterpret_cast<const char *>(data);
    const bool isRule = QByteArray::fromRawData(bytes, qsizetype(size)).contains("<Territory2Rule");
    const QString territoryPath = model + QStringLiteral("/territories/T.territory2");
    const QString rulePath = model + QStringLiteral("/rules/R.territory2Rule");
    if (!writeFile(model + QStringLiteral("/M.territory2Model"), modelXml, sizeof modelXml - 1) ||
        !writeFile(territoryPath, isRule ? territoryXml : bytes,
                   isRule ? qint64(sizeof territoryXml - 1) : qint64(size)) ||
        !writeFile(rulePath, isRule ? bytes : ruleXml,
                   isRule ? qint64(size) : qint64(sizeof ruleXml - 1)))
        return 0;

    WorkspaceData d;
    Result<SalesforceMetadata::ImportReport> imported =
        SalesforceMetadata::importFolder(root + QStringLiteral("/in"), d);
    if (imported.ok()) {
        if (!WorkspaceDocument::validate(d).ok())
            __builtin_trap();
        // What was accepted exports, and the export reads back.
        if (!SalesforceMetadata::exportFolder(d, root + QStringLiteral("/out")).ok())
            __builtin_trap();
        WorkspaceData again;
        if (!SalesforceMetadata::importFolder(root + QStringLiteral("/out"), again).ok())
            __builtin_trap();
    }
    QDir(root).removeRecursively();
    return 0;
}
