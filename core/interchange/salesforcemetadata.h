// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"
#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Tessera::SalesforceMetadata {

// The two on-disk layouts of Salesforce territory metadata: what the
// Metadata API deploys and retrieves (with package.xml), and the sf CLI
// source format (the same files with a "-meta.xml" suffix, no package.xml).
enum class Format { MetadataApi, Source };

QString formatName(Format format); // "salesforce-metadata", "salesforce-source"
std::optional<Format> formatFromName(QStringView name);

// Bounds for untrusted input.
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
constexpr qint64 MaxTotalBytes = 256 * 1024 * 1024;
constexpr int MaxFiles = 250'000;
constexpr int MaxNesting = 32; // element depth within one file
constexpr int MaxElementsPerFile = 100'000;
constexpr int MaxSearchDepth = 6; // folders below the given one searched for the root
// The API version written when the input named none.
inline constexpr char16_t DefaultApiVersion[] = u"60.0";

// Kinds of PreservedContent this module writes and reads.
namespace Kind {
inline constexpr char16_t Model[] = u"salesforce.model";
inline constexpr char16_t Type[] = u"salesforce.type";
inline constexpr char16_t Territory[] = u"salesforce.territory";
inline constexpr char16_t Rule[] = u"salesforce.rule";
inline constexpr char16_t Package[] = u"salesforce.package";
inline constexpr char16_t Settings[] = u"salesforce.settings";
} // namespace Kind

struct ImportOptions
{
    // Replace a model whose API name the workspace already has (keeping the
    // ids of territories and rules whose API names match, so rep and manual
    // assignments survive); without it such a model is refused.
    bool replace = false;
};

struct ImportReport
{
    Format format = Format::MetadataApi;
    QString root;       // the folder that holds territory2Models / territory2Types
    QString apiVersion; // from package.xml; empty when there was none
    QStringList models; // API names of the models imported
    int types = 0;
    int territories = 0;
    int rules = 0;
    QStringList warnings; // things kept but not understood, or dropped links
};

// Reads Salesforce territory metadata from dir (the root or a folder above
// it; the format is detected) and merges it into data. Everything is built
// and validated first: on error data is unchanged and the error names the
// file, element, line and column.
Result<ImportReport> importFolder(const QString &dir, WorkspaceData &data,
                                  const ImportOptions &options = {});

struct ExportOptions
{
    Format format = Format::MetadataApi;
    std::vector<Id> models; // empty: every model
    // Written as README.txt at the root when not empty (the warnings of the
    // checks run before the export); package.xml does not list it.
    QString readme;
};

struct ExportReport
{
    QStringList files; // relative paths written, sorted
    QStringList warnings;
};

// Writes the models as Salesforce metadata into outDir, which must not exist
// or be empty. Files are written into a temporary folder beside it that is
// renamed at the end, so a failed export leaves nothing half-written.
Result<ExportReport> exportFolder(const WorkspaceData &data, const QString &outDir,
                                  const ExportOptions &options = {});

// The canonical form two metadata files are compared in when they are not
// byte-equal (see docs/salesforce-metadata.md): elements with their
// attributes and namespaces, text without whitespace-only nodes, children
// of each element sorted by name (stable). Empty on malformed XML.
QString canonicalForm(const QByteArray &xml);

} // namespace Tessera::SalesforceMetadata
