// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/salesforcemetadata.h"

#include "core/interchange/exportfolder.h"
#include "core/model/apiname.h"
#include "core/rules/operation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>

namespace Tessera::SalesforceMetadata {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SalesforceMetadata)
};

const QString MetadataNamespace = QStringLiteral("http://soap.sforce.com/2006/04/metadata");
const QString DefaultProlog = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
const QString DefaultEpilog = QStringLiteral("\n");
const QString SourceSuffix = QStringLiteral("-meta.xml");
const QString Comment = QStringLiteral("#comment");

QString defaultRootTag(const QString &rootName)
{
    return u'<' + rootName + QStringLiteral(" xmlns=\"") + MetadataNamespace +
           QStringLiteral("\">");
}

QString caseKey(const QString &apiName)
{
    return apiName.toCaseFolded();
}

// Salesforce escapes all five XML entities in text.
QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&apos;");
            break;
        case u'\r':
            // A literal carriage return would be read back as a line end.
            out += QStringLiteral("&#13;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString simpleElement(const QString &name, const QString &value)
{
    return u'<' + name + u'>' + escape(value) + QStringLiteral("</") + name + u'>';
}

// --- a small tree of one file, with the source text of top-level children ---

struct Node
{
    QString name;
    QString text;
    std::vector<Node> children;
    QString raw; // top-level children only: the exact source text of the element
    qint64 line = 0;
    qint64 column = 0;
};

struct ParsedFile
{
    QString displayPath;
    QString rootName;
    QString prolog;
    QString rootTag;
    QString epilog;
    bool bom = false;
    bool crlf = false;
    std::vector<Node> children;
};

Error fileError(ErrorCode code, const QString &file, const QString &message, qint64 line = 0,
                qint64 column = 0)
{
    QString detail = file;
    if (line > 0)
        detail += QStringLiteral(":%1:%2").arg(line).arg(column);
    return makeError(code, Tr::tr("%1: %2").arg(file, message), detail);
}

Result<ParsedFile> parseXml(const QByteArray &bytes, const QString &displayPath)
{
    ParsedFile f;
    f.displayPath = displayPath;
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        f.bom = true;
        body.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(body);
    if (decoder.hasError())
        return fileError(ErrorCode::Corrupt, displayPath, Tr::tr("the file is not valid UTF-8."));
    // Line ends are kept as a file-level flag and written back; the text is
    // handled with LF only.
    if (text.contains(u'\r')) {
        f.crlf = text.contains(QStringLiteral("\r\n"));
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (text.contains(u'\r'))
            return fileError(ErrorCode::Corrupt, displayPath,
                             Tr::tr("the file has carriage returns that do not end lines."));
    }

    QXmlStreamReader xml(text);
    qint64 topStart = 0;
    qint64 rootEnd = -1;
    int elements = 0;
    std::vector<Node *> stack; // open elements below the root
    int depth = 0;
    bool sawRoot = false;
    auto errorHere = [&](const QString &message) {
        return fileError(ErrorCode::Corrupt, displayPath, message, xml.lineNumber(),
                         xml.columnNumber());
    };

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const qint64 offset = xml.characterOffset();
        switch (token) {
        case QXmlStreamReader::DTD:
            return errorHere(Tr::tr("document type declarations are not allowed in metadata."));
        case QXmlStreamReader::EntityReference:
            return errorHere(Tr::tr("the entity \"&%1;\" is not defined.").arg(xml.name()));
        case QXmlStreamReader::StartElement: {
            if (++elements > MaxElementsPerFile)
                return fileError(ErrorCode::Limit, displayPath,
                                 Tr::tr("more than %1 elements.").arg(MaxElementsPerFile));
            if (depth + 1 > MaxNesting)
                return errorHere(Tr::tr("elements are nested more than %1 deep.").arg(MaxNesting));
            // The tag starts at the last '<' before its end: attribute values cannot hold one.
            const qint64 tagStart = text.lastIndexOf(u'<', offset - 1);
            if (depth == 0) {
                if (sawRoot)
                    return errorHere(Tr::tr("a second root element."));
                sawRoot = true;
                f.rootName = xml.name().toString();
                f.prolog = text.left(tagStart);
                f.rootTag = text.mid(tagStart, offset - tagStart);
            } else {
                Node node;
                node.name = xml.qualifiedName().toString();
                node.line = xml.lineNumber();
                node.column = xml.columnNumber();
                if (depth == 1) {
                    topStart = tagStart;
                    f.children.push_back(std::move(node));
                    stack.push_back(&f.children.back());
                } else {
                    stack.back()->children.push_back(std::move(node));
                    stack.push_back(&stack.back()->children.back());
                }
            }
            ++depth;
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            if (depth == 0) {
                rootEnd = offset;
            } else {
                if (depth == 1)
                    stack.back()->raw = text.mid(topStart, offset - topStart);
                stack.pop_back();
            }
            break;
        case QXmlStreamReader::Characters:
            if (depth == 1) {
                if (!xml.isWhitespace())
                    return errorHere(Tr::tr("text \"%1\" between elements.")
                                         .arg(xml.text().left(40).toString().trimmed()));
            } else if (depth > 1) {
                stack.back()->text += xml.text();
            }
            break;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            // Comments between the root's children are kept like unknown elements.
            if (depth == 1) {
                Node node;
                node.name = Comment;
                const qint64 start =
                    text.lastIndexOf(token == QXmlStreamReader::Comment ? QStringLiteral("<!--")
                                                                        : QStringLiteral("<?"),
                                     offset - 1);
                node.raw = text.mid(start, offset - start);
                node.line = xml.lineNumber();
                node.column = xml.columnNumber();
                f.children.push_back(std::move(node));
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return fileError(ErrorCode::Corrupt, displayPath,
                         Tr::tr("malformed XML: %1").arg(xml.errorString()), xml.lineNumber(),
                         xml.columnNumber());
    if (!sawRoot || rootEnd < 0)
        return fileError(ErrorCode::Corrupt, displayPath, Tr::tr("the file has no root element."));
    f.epilog = text.mid(rootEnd);
    // A self-closed root cannot take children back: write the usual tag instead.
    if (f.rootTag.endsWith(QStringLiteral("/>")))
        f.rootTag = defaultRootTag(f.rootName);
    return f;
}

// --- what a file holds beyond the model, kept as PreservedContent ----------

struct Fragment
{
    QString after; // the known element (slot) it followed; empty: before all
    QString xml;
};

struct Verbatim
{
    QString element; // slot name, or "ruleItems#N", "ruleAssociations#Rule"
    QString value;   // the value it stands for; written only while the model still has it
    QString xml;
};

struct FileExtras
{
    bool bom = false;
    bool crlf = false;
    QString prolog; // null: the usual ones
    QString rootTag;
    QString epilog;
    QStringList absent; // optional known elements the file did not have
    std::vector<Fragment> fragments;
    std::vector<Verbatim> verbatim;
    // Territory: a type reference the package did not resolve, and the
    // order of rule associations with those whose rule is missing.
    // Package: the order of its types when it was not alphabetical.
    QString typeRef;
    QStringList order;
    std::vector<Fragment> unresolvedAssociations; // after = rule name
    // Package: types listed with "*", other metadata types verbatim, version.
    QStringList wildcards;
    std::vector<Fragment> otherTypes; // after = type name
    QString version;
    // Settings: the whole file.
    QString text;

    bool isEmpty() const
    {
        return !bom && !crlf && prolog.isNull() && rootTag.isNull() && epilog.isNull() &&
               absent.isEmpty() && fragments.empty() && verbatim.empty() && typeRef.isEmpty() &&
               order.isEmpty() && unresolvedAssociations.empty() && wildcards.isEmpty() &&
               otherTypes.empty() && version.isEmpty() && text.isNull();
    }

    const Verbatim *findVerbatim(const QString &element) const
    {
        for (const Verbatim &v : verbatim) {
            if (v.element == element)
                return &v;
        }
        return nullptr;
    }
};

QJsonArray fragmentsToJson(const std::vector<Fragment> &fragments)
{
    QJsonArray a;
    for (const Fragment &f : fragments)
        a.append(QJsonObject{{QStringLiteral("after"), f.after}, {QStringLiteral("xml"), f.xml}});
    return a;
}

std::vector<Fragment> fragmentsFromJson(const QJsonValue &value)
{
    std::vector<Fragment> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("after")).toString(),
                       o.value(QStringLiteral("xml")).toString()});
    }
    return out;
}

QString toJson(const FileExtras &x)
{
    QJsonObject o;
    auto putString = [&](const char *key, const QString &value) {
        if (!value.isNull())
            o.insert(QLatin1String(key), value);
    };
    if (x.bom)
        o.insert(QStringLiteral("bom"), true);
    if (x.crlf)
        o.insert(QStringLiteral("crlf"), true);
    putString("prolog", x.prolog);
    putString("rootTag", x.rootTag);
    putString("epilog", x.epilog);
    if (!x.absent.isEmpty())
        o.insert(QStringLiteral("absent"), QJsonArray::fromStringList(x.absent));
    if (!x.fragments.empty())
        o.insert(QStringLiteral("fragments"), fragmentsToJson(x.fragments));
    if (!x.verbatim.empty()) {
        QJsonArray a;
        for (const Verbatim &v : x.verbatim)
            a.append(QJsonObject{{QStringLiteral("element"), v.element},
                                 {QStringLiteral("value"), v.value},
                                 {QStringLiteral("xml"), v.xml}});
        o.insert(QStringLiteral("verbatim"), a);
    }
    if (!x.typeRef.isEmpty())
        o.insert(QStringLiteral("typeRef"), x.typeRef);
    if (!x.order.isEmpty())
        o.insert(QStringLiteral("order"), QJsonArray::fromStringList(x.order));
    if (!x.unresolvedAssociations.empty())
        o.insert(QStringLiteral("unresolvedAssociations"),
                 fragmentsToJson(x.unresolvedAssociations));
    if (!x.wildcards.isEmpty())
        o.insert(QStringLiteral("wildcards"), QJsonArray::fromStringList(x.wildcards));
    if (!x.otherTypes.empty())
        o.insert(QStringLiteral("otherTypes"), fragmentsToJson(x.otherTypes));
    putString("version", x.version.isEmpty() ? QString() : x.version);
    putString("text", x.text);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Preserved content comes from workspace files, which are untrusted: what
// does not parse is ignored rather than trusted.
FileExtras fromJson(const QString &json)
{
    FileExtras x;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return x;
    const QJsonObject o = doc.object();
    auto getString = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? v.toString() : QString();
    };
    auto getList = [&](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out.append(v.toString());
        return out;
    };
    x.bom = o.value(QStringLiteral("bom")).toBool();
    x.crlf = o.value(QStringLiteral("crlf")).toBool();
    x.prolog = getString("prolog");
    x.rootTag = getString("rootTag");
    x.epilog = getString("epilog");
    x.absent = getList("absent");
    x.fragments = fragmentsFromJson(o.value(QStringLiteral("fragments")));
    for (const QJsonValue &v : o.value(QStringLiteral("verbatim")).toArray()) {
        const QJsonObject e = v.toObject();
        x.verbatim.push_back({e.value(QStringLiteral("element")).toString(),
                              e.value(QStringLiteral("value")).toString(),
                              e.value(QStringLiteral("xml")).toString()});
    }
    x.typeRef = getString("typeRef");
    x.order = getList("order");
    x.unresolvedAssociations = fragmentsFromJson(o.value(QStringLiteral("unresolvedAssociations")));
    x.wildcards = getList("wildcards");
    x.otherTypes = fragmentsFromJson(o.value(QStringLiteral("otherTypes")));
    x.version = getString("version");
    x.text = getString("text");
    return x;
}

// --- reading one file against the known elements of its kind ---------------

// Known elements of each file kind, in the order Salesforce writes them
// (alphabetical). Anything else is kept verbatim.
const QStringList ModelSlots{QStringLiteral("description"), QStringLiteral("name")};
const QStringList TypeSlots{QStringLiteral("description"), QStringLiteral("name"),
                            QStringLiteral("priority")};
const QStringList TerritorySlots{QStringLiteral("accountAccessLevel"),
                                 QStringLiteral("caseAccessLevel"),
                                 QStringLiteral("contactAccessLevel"),
                                 QStringLiteral("description"),
                                 QStringLiteral("name"),
                                 QStringLiteral("opportunityAccessLevel"),
                                 QStringLiteral("parentTerritory"),
                                 QStringLiteral("ruleAssociations"),
                                 QStringLiteral("territory2Type")};
const QStringList RuleSlots{QStringLiteral("active"), QStringLiteral("booleanFilter"),
                            QStringLiteral("name"), QStringLiteral("objectType"),
                            QStringLiteral("ruleItems")};
const QStringList PackageSlots{QStringLiteral("types"), QStringLiteral("version")};
const QStringList RepeatedSlots{QStringLiteral("ruleAssociations"), QStringLiteral("ruleItems"),
                                QStringLiteral("types")};

// Splits a parsed file into known elements and preserved fragments, and
// records what a writer needs to give the file back as it was.
struct KnownElements
{
    std::map<QString, const Node *> single;
    std::map<QString, std::vector<const Node *>> repeated;
    FileExtras extras;
};

Result<KnownElements> sortOut(const ParsedFile &f, const QStringList &slotNames)
{
    KnownElements k;
    k.extras.bom = f.bom;
    k.extras.crlf = f.crlf;
    if (f.prolog != DefaultProlog)
        k.extras.prolog = f.prolog;
    if (f.rootTag != defaultRootTag(f.rootName))
        k.extras.rootTag = f.rootTag;
    if (f.epilog != DefaultEpilog)
        k.extras.epilog = f.epilog;
    QString lastKnown;
    for (const Node &n : f.children) {
        if (!slotNames.contains(n.name)) {
            k.extras.fragments.push_back({lastKnown, n.raw});
            continue;
        }
        lastKnown = n.name;
        if (RepeatedSlots.contains(n.name)) {
            k.repeated[n.name].push_back(&n);
            continue;
        }
        if (!n.children.empty())
            return fileError(ErrorCode::Corrupt, f.displayPath,
                             Tr::tr("<%1> should hold text, not elements.").arg(n.name), n.line,
                             n.column);
        if (k.single.count(n.name))
            return fileError(ErrorCode::Corrupt, f.displayPath,
                             Tr::tr("<%1> appears twice.").arg(n.name), n.line, n.column);
        k.single[n.name] = &n;
        // Keep the exact text when re-escaping would change it, and keep
        // elements that are present but empty.
        if (n.text.isEmpty() || n.raw != simpleElement(n.name, n.text))
            k.extras.verbatim.push_back({n.name, n.text, n.raw});
    }
    return k;
}

// --- writing a file: known elements in their slotNames, fragments where they were

struct FileWriter
{
    QString rootName;
    QStringList slotNames;
    std::map<QString, QStringList> elements; // slot -> element texts

    void add(const QString &slot, const QString &xml) { elements[slot].append(xml); }

    // A simple element, given back verbatim while its value is unchanged.
    void addSimple(const FileExtras &x, const QString &name, const QString &value,
                   bool writeWhenEmpty = false)
    {
        if (const Verbatim *v = x.findVerbatim(name); v && v->value == value) {
            add(name, v->xml);
            return;
        }
        if (!value.isEmpty() || writeWhenEmpty)
            add(name, simpleElement(name, value));
    }

    QByteArray write(const FileExtras &x) const
    {
        QString out = x.prolog.isNull() ? DefaultProlog : x.prolog;
        out += x.rootTag.isNull() ? defaultRootTag(rootName) : x.rootTag;
        out += u'\n';
        auto emitFragments = [&](const QString &after) {
            for (const Fragment &f : x.fragments) {
                if (f.after == after)
                    out += QStringLiteral("    ") + f.xml + u'\n';
            }
        };
        emitFragments(QString());
        for (const QString &slot : slotNames) {
            auto it = elements.find(slot);
            if (it != elements.end()) {
                for (const QString &e : it->second)
                    out += QStringLiteral("    ") + e + u'\n';
            }
            emitFragments(slot);
        }
        // Fragments anchored to something this writer no longer knows go last.
        for (const Fragment &f : x.fragments) {
            if (!f.after.isEmpty() && !slotNames.contains(f.after))
                out += QStringLiteral("    ") + f.xml + u'\n';
        }
        out += QStringLiteral("</") + rootName + u'>';
        out += x.epilog.isNull() ? DefaultEpilog : x.epilog;
        if (x.crlf)
            out.replace(u'\n', QStringLiteral("\r\n"));
        QByteArray bytes = out.toUtf8();
        if (x.bom)
            bytes.prepend("\xEF\xBB\xBF");
        return bytes;
    }
};

QString ruleItemXml(const RuleItem &item)
{
    QString s = QStringLiteral("<ruleItems>\n");
    s += QStringLiteral("        ") + simpleElement(QStringLiteral("field"), item.field) + u'\n';
    s += QStringLiteral("        ") + simpleElement(QStringLiteral("operation"), item.operation) +
         u'\n';
    if (!item.value.isEmpty())
        s +=
            QStringLiteral("        ") + simpleElement(QStringLiteral("value"), item.value) + u'\n';
    s += QStringLiteral("    </ruleItems>");
    return s;
}

QString ruleItemKey(const RuleItem &item)
{
    return item.field + QChar(0x1f) + item.operation + QChar(0x1f) + item.value;
}

QString associationXml(const QString &ruleName, bool inherited)
{
    return QStringLiteral("<ruleAssociations>\n        <inherited>") +
           (inherited ? QStringLiteral("true") : QStringLiteral("false")) +
           QStringLiteral("</inherited>\n        ") +
           simpleElement(QStringLiteral("ruleName"), ruleName) +
           QStringLiteral("\n    </ruleAssociations>");
}

// --- locating the metadata on disk -----------------------------------------

struct SourceFile
{
    QString path;    // absolute
    QString display; // relative to the folder the user gave
    QString apiName; // from the file or folder name
};

struct ModelFiles
{
    QString apiName;
    SourceFile modelFile;
    bool hasModelFile = false;
    std::vector<SourceFile> territories;
    std::vector<SourceFile> rules;
};

struct Layout
{
    QString root;
    Format format = Format::MetadataApi;
    std::optional<SourceFile> package;
    std::optional<SourceFile> settings;
    std::vector<SourceFile> types;
    std::vector<ModelFiles> models;
    QStringList ignored;
};

bool isRoot(const QDir &dir)
{
    return dir.exists(QStringLiteral("territory2Models")) ||
           dir.exists(QStringLiteral("territory2Types"));
}

Result<QString> findRoot(const QString &start)
{
    const QDir top(start);
    if (!top.exists())
        return makeError(ErrorCode::Io, Tr::tr("The folder \"%1\" does not exist.").arg(start));
    if (isRoot(top))
        return top.absolutePath();
    std::vector<QString> level{top.absolutePath()};
    int visited = 0;
    for (int depth = 0; depth < MaxSearchDepth && !level.empty(); ++depth) {
        std::vector<QString> next;
        QStringList found;
        for (const QString &path : level) {
            const QStringList subdirs =
                QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            for (const QString &sub : subdirs) {
                if (sub.startsWith(u'.') || sub == u"node_modules")
                    continue;
                if (++visited > 10'000)
                    return makeError(
                        ErrorCode::Limit,
                        Tr::tr("Too many folders under \"%1\" to search for territory "
                               "metadata; give the folder that holds territory2Models.")
                            .arg(start));
                const QString child = path + u'/' + sub;
                if (isRoot(QDir(child)))
                    found.append(child);
                else
                    next.push_back(child);
            }
        }
        if (found.size() == 1)
            return found.front();
        if (found.size() > 1) {
            QStringList relative;
            for (const QString &f : found)
                relative.append(top.relativeFilePath(f));
            return makeError(ErrorCode::Failed,
                             Tr::tr("\"%1\" holds territory metadata in several folders (%2); give "
                                    "one of them.")
                                 .arg(start, relative.join(QStringLiteral(", "))));
        }
        level = std::move(next);
    }
    return makeError(
        ErrorCode::NotFound,
        Tr::tr("No Salesforce territory metadata in \"%1\": no folder territory2Models "
               "or territory2Types was found.")
            .arg(start));
}

// The API name a file stands for, given its suffix; empty if it does not match.
QString stem(const QString &fileName, const QString &suffix, int *formatVotes)
{
    if (fileName.endsWith(suffix + SourceSuffix)) {
        formatVotes[int(Format::Source)]++;
        return fileName.chopped(suffix.size() + SourceSuffix.size());
    }
    if (fileName.endsWith(suffix)) {
        formatVotes[int(Format::MetadataApi)]++;
        return fileName.chopped(suffix.size());
    }
    return {};
}

Result<Layout> scan(const QString &given)
{
    Result<QString> root = findRoot(given);
    if (!root)
        return root.error();
    Layout layout;
    layout.root = *root;
    const QDir top(given);
    const QDir rootDir(layout.root);
    int votes[2] = {0, 0};
    int files = 0;
    auto source = [&](const QString &path, const QString &apiName) {
        return SourceFile{path, top.relativeFilePath(path), apiName};
    };
    auto list = [&](const QString &dirPath, QDir::Filters filters) -> Result<QStringList> {
        const QStringList entries =
            QDir(dirPath).entryList(filters | QDir::NoDotAndDotDot, QDir::Name);
        files += int(entries.size());
        if (files > MaxFiles)
            return makeError(ErrorCode::Limit,
                             Tr::tr("More than %1 files in \"%2\".").arg(MaxFiles).arg(given));
        return entries;
    };

    if (rootDir.exists(QStringLiteral("package.xml")))
        layout.package = source(rootDir.filePath(QStringLiteral("package.xml")), QString());
    const QString settingsDir = rootDir.filePath(QStringLiteral("settings"));
    for (const QString &name :
         {QStringLiteral("Territory2.settings"), QStringLiteral("Territory2.settings-meta.xml")}) {
        if (QFileInfo(settingsDir + u'/' + name).isFile()) {
            if (layout.settings)
                return makeError(
                    ErrorCode::Failed,
                    Tr::tr("\"%1\" has the territory settings in both formats.").arg(given));
            layout.settings = source(settingsDir + u'/' + name, QString());
            votes[name.endsWith(SourceSuffix) ? int(Format::Source) : int(Format::MetadataApi)]++;
        }
    }

    const QString typesDir = rootDir.filePath(QStringLiteral("territory2Types"));
    Result<QStringList> typeFiles = list(typesDir, QDir::Files);
    if (!typeFiles)
        return typeFiles.error();
    for (const QString &name : *typeFiles) {
        const QString api = stem(name, QStringLiteral(".territory2Type"), votes);
        if (api.isEmpty())
            layout.ignored.append(top.relativeFilePath(typesDir + u'/' + name));
        else
            layout.types.push_back(source(typesDir + u'/' + name, api));
    }

    const QString modelsDir = rootDir.filePath(QStringLiteral("territory2Models"));
    Result<QStringList> modelDirs = list(modelsDir, QDir::Dirs);
    if (!modelDirs)
        return modelDirs.error();
    for (const QString &modelName : *modelDirs) {
        ModelFiles m;
        m.apiName = modelName;
        const QString dir = modelsDir + u'/' + modelName;
        Result<QStringList> own = list(dir, QDir::Files);
        if (!own)
            return own.error();
        for (const QString &name : *own) {
            const QString api = stem(name, QStringLiteral(".territory2Model"), votes);
            if (api == modelName && !m.hasModelFile) {
                m.modelFile = source(dir + u'/' + name, api);
                m.hasModelFile = true;
            } else {
                layout.ignored.append(top.relativeFilePath(dir + u'/' + name));
            }
        }
        for (auto [sub, suffix, target] :
             {std::tuple{QStringLiteral("territories"), QStringLiteral(".territory2"),
                         &m.territories},
              std::tuple{QStringLiteral("rules"), QStringLiteral(".territory2Rule"), &m.rules}}) {
            Result<QStringList> entries = list(dir + u'/' + sub, QDir::Files);
            if (!entries)
                return entries.error();
            for (const QString &name : *entries) {
                const QString api = stem(name, suffix, votes);
                if (api.isEmpty())
                    layout.ignored.append(top.relativeFilePath(dir + u'/' + sub + u'/' + name));
                else
                    target->push_back(source(dir + u'/' + sub + u'/' + name, api));
            }
        }
        if (!m.hasModelFile)
            return makeError(ErrorCode::NotFound,
                             Tr::tr("%1: the model folder has no %2.territory2Model file.")
                                 .arg(top.relativeFilePath(dir), modelName));
        layout.models.push_back(std::move(m));
    }
    if (votes[0] > 0 && votes[1] > 0)
        return makeError(ErrorCode::Failed,
                         Tr::tr("\"%1\" mixes the Metadata API format and the source format "
                                "(\"-meta.xml\" files); give one or the other.")
                             .arg(given));
    if (votes[0] == 0 && votes[1] == 0)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("No territory model, type or settings file in \"%1\".").arg(given));
    layout.format = votes[int(Format::Source)] > 0 ? Format::Source : Format::MetadataApi;
    return layout;
}

Result<QByteArray> readBytes(const SourceFile &file, qint64 &total)
{
    QFile f(file.path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("%1: the file cannot be read.").arg(file.display),
                         f.errorString());
    const QByteArray bytes = f.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return fileError(
            ErrorCode::Limit, file.display,
            Tr::tr("the file is larger than %1 MB.").arg(MaxFileBytes / (1024 * 1024)));
    total += bytes.size();
    if (total > MaxTotalBytes)
        return makeError(
            ErrorCode::Limit,
            Tr::tr("The metadata is larger than %1 MB in all.").arg(MaxTotalBytes / (1024 * 1024)));
    return bytes;
}

// --- import -------------------------------------------------------------------

struct Importer
{
    const ImportOptions &options;
    WorkspaceData d; // a working copy; handed over only when everything checks
    ImportReport report;
    qint64 totalBytes = 0;
    // Model API name -> territory / rule API name -> id, of models being replaced.
    std::unordered_map<QString, std::unordered_map<QString, Id>> replacedTerritories;
    std::unordered_map<QString, std::unordered_map<QString, Id>> replacedRules;

    Result<ParsedFile> load(const SourceFile &file, const QString &expectedRoot)
    {
        Result<QByteArray> bytes = readBytes(file, totalBytes);
        if (!bytes)
            return bytes.error();
        Result<ParsedFile> parsed = parseXml(*bytes, file.display);
        if (!parsed)
            return parsed;
        if (!expectedRoot.isEmpty() && parsed->rootName != expectedRoot)
            return fileError(ErrorCode::Corrupt, file.display,
                             Tr::tr("the root element is <%1>, expected <%2>.")
                                 .arg(parsed->rootName, expectedRoot));
        return parsed;
    }

    void preserve(const QString &kind, Id owner, const FileExtras &x)
    {
        if (!x.isEmpty())
            d.preserved.push_back({kind, owner, toJson(x)});
    }

    Status checkApiName(const SourceFile &file, const QString &what)
    {
        if (Status s = ApiName::check(file.apiName); !s)
            return fileError(ErrorCode::Invalid, file.display,
                             Tr::tr("the %1 API name \"%2\" is not valid: %3")
                                 .arg(what, file.apiName, s.error().message));
        return {};
    }

    static QString textOf(const KnownElements &k, const char *name)
    {
        auto it = k.single.find(QLatin1String(name));
        return it == k.single.end() ? QString() : it->second->text;
    }
    static const Node *nodeOf(const KnownElements &k, const char *name)
    {
        auto it = k.single.find(QLatin1String(name));
        return it == k.single.end() ? nullptr : it->second;
    }

    Status requireName(const KnownElements &k, const SourceFile &file)
    {
        if (!nodeOf(k, "name") || textOf(k, "name").trimmed().isEmpty())
            return fileError(ErrorCode::Invalid, file.display,
                             Tr::tr("<name> is missing or empty."));
        return {};
    }

    Status run(const Layout &layout);
    Status importTypes(const Layout &layout, std::unordered_map<QString, Id> &typeByName);
    Status importPackage(const Layout &layout);
    Status importModel(const ModelFiles &files, const std::unordered_map<QString, Id> &typeByName);
};

Status Importer::importPackage(const Layout &layout)
{
    if (layout.settings) {
        Result<QByteArray> bytes = readBytes(*layout.settings, totalBytes);
        if (!bytes)
            return bytes.error();
        // Settings are not modelled: checked to be XML, then kept whole.
        Result<ParsedFile> parsed = parseXml(*bytes, layout.settings->display);
        if (!parsed)
            return parsed.error();
        FileExtras x;
        x.bom = parsed->bom;
        x.crlf = parsed->crlf;
        // Kept as text without the BOM and with LF line ends, like every file.
        QByteArray body = *bytes;
        if (x.bom)
            body.remove(0, 3);
        x.text = QString::fromUtf8(body).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        std::erase_if(d.preserved, [](const PreservedContent &p) {
            return p.kind == QStringView(Kind::Settings);
        });
        preserve(QString::fromUtf16(Kind::Settings), NoId, x);
    }
    if (!layout.package)
        return {};
    Result<ParsedFile> parsed = load(*layout.package, QStringLiteral("Package"));
    if (!parsed)
        return parsed.error();
    Result<KnownElements> k = sortOut(*parsed, PackageSlots);
    if (!k)
        return k.error();
    FileExtras &x = k->extras;
    static const QStringList ours{QStringLiteral("Territory2"), QStringLiteral("Territory2Model"),
                                  QStringLiteral("Territory2Rule"),
                                  QStringLiteral("Territory2Type")};
    QStringList typeOrder;
    for (const Node *types : k->repeated[QStringLiteral("types")]) {
        QString name;
        bool wildcard = false;
        for (const Node &c : types->children) {
            if (c.name == u"name")
                name = c.text.trimmed();
            else if (c.name == u"members" && c.text.trimmed() == u"*")
                wildcard = true;
        }
        typeOrder.append(name);
        if (ours.contains(name)) {
            if (wildcard)
                x.wildcards.append(name);
        } else {
            x.otherTypes.push_back({name, types->raw});
        }
    }
    QStringList sortedOrder = typeOrder;
    sortedOrder.sort();
    if (sortedOrder != typeOrder)
        x.order = typeOrder;
    x.version = textOf(*k, "version");
    report.apiVersion = x.version.trimmed();
    std::erase_if(d.preserved,
                  [](const PreservedContent &p) { return p.kind == QStringView(Kind::Package); });
    d.preserved.push_back({QString::fromUtf16(Kind::Package), NoId, toJson(x)});
    return {};
}

Status Importer::importTypes(const Layout &layout, std::unordered_map<QString, Id> &typeByName)
{
    for (const TerritoryType &t : d.types)
        typeByName[caseKey(t.apiName)] = t.id;
    std::set<QString> seen;
    for (const SourceFile &file : layout.types) {
        if (Status s = checkApiName(file, Tr::tr("territory type")); !s)
            return s;
        if (!seen.insert(caseKey(file.apiName)).second)
            return fileError(
                ErrorCode::Invalid, file.display,
                Tr::tr("a second territory type with the API name \"%1\".").arg(file.apiName));
        Result<ParsedFile> parsed = load(file, QStringLiteral("Territory2Type"));
        if (!parsed)
            return parsed.error();
        Result<KnownElements> k = sortOut(*parsed, TypeSlots);
        if (!k)
            return k.error();
        if (Status s = requireName(*k, file); !s)
            return s;
        TerritoryType t;
        t.apiName = file.apiName;
        t.name = textOf(*k, "name");
        t.description = textOf(*k, "description");
        const Node *priority = nodeOf(*k, "priority");
        bool ok = false;
        if (priority)
            t.priority = priority->text.trimmed().toInt(&ok);
        if (!ok)
            return fileError(ErrorCode::Invalid, file.display,
                             priority ? Tr::tr("<priority> \"%1\" is not a whole number.")
                                            .arg(priority->text.left(40))
                                      : Tr::tr("<priority> is missing."),
                             priority ? priority->line : 0, priority ? priority->column : 0);
        auto existing = typeByName.find(caseKey(t.apiName));
        if (existing != typeByName.end()) {
            auto it = std::find_if(d.types.begin(), d.types.end(), [&](const TerritoryType &x) {
                return x.id == existing->second;
            });
            if (options.replace) {
                t.id = it->id;
                *it = t;
                std::erase_if(d.preserved, [&](const PreservedContent &p) {
                    return p.kind == QStringView(Kind::Type) && p.ownerId == t.id;
                });
                preserve(QString::fromUtf16(Kind::Type), t.id, k->extras);
            } else if (it->name != t.name || it->priority != t.priority ||
                       it->description != t.description) {
                report.warnings.append(
                    Tr::tr("%1: the workspace already has the territory type \"%2\"; its own "
                           "definition is kept (use replace to take the imported one).")
                        .arg(file.display, t.apiName));
            }
            continue;
        }
        for (const TerritoryType &other : d.types) {
            if (other.priority == t.priority)
                return fileError(ErrorCode::Invalid, file.display,
                                 Tr::tr("the priority %1 is already that of territory type \"%2\"; "
                                        "priorities must differ.")
                                     .arg(t.priority)
                                     .arg(other.apiName),
                                 priority->line, priority->column);
        }
        t.id = d.nextId++;
        d.types.push_back(t);
        typeByName[caseKey(t.apiName)] = t.id;
        preserve(QString::fromUtf16(Kind::Type), t.id, k->extras);
        ++report.types;
    }
    return {};
}

Status parseAccess(const KnownElements &k, const SourceFile &file, const char *name,
                   AccessLevel *out, FileExtras &x)
{
    auto it = k.single.find(QLatin1String(name));
    if (it == k.single.end()) {
        x.absent.append(QLatin1String(name));
        return {};
    }
    if (!accessLevelFromName(it->second->text.trimmed(), out))
        return fileError(ErrorCode::Invalid, file.display,
                         Tr::tr("<%1> \"%2\" is not an access level (None, Read, Edit or All).")
                             .arg(QLatin1String(name), it->second->text.left(40)),
                         it->second->line, it->second->column);
    return {};
}

Result<bool> parseBoolean(const Node &n, const QString &file)
{
    const QString t = n.text.trimmed();
    if (t == u"true")
        return true;
    if (t == u"false")
        return false;
    return fileError(ErrorCode::Invalid, file,
                     Tr::tr("<%1> \"%2\" is not true or false.").arg(n.name, t.left(40)), n.line,
                     n.column);
}

Status Importer::importModel(const ModelFiles &files,
                             const std::unordered_map<QString, Id> &typeByName)
{
    if (Status s = checkApiName(files.modelFile, Tr::tr("territory model")); !s)
        return s;
    Result<ParsedFile> parsed = load(files.modelFile, QStringLiteral("Territory2Model"));
    if (!parsed)
        return parsed.error();
    Result<KnownElements> mk = sortOut(*parsed, ModelSlots);
    if (!mk)
        return mk.error();
    if (Status s = requireName(*mk, files.modelFile); !s)
        return s;

    TerritoryModel model;
    model.apiName = files.apiName;
    model.name = textOf(*mk, "name");
    model.description = textOf(*mk, "description");

    // Ids of what the model replaces, by API name, so links to them survive.
    std::unordered_map<QString, Id> &oldTerritories = replacedTerritories[caseKey(files.apiName)];
    std::unordered_map<QString, Id> &oldRules = replacedRules[caseKey(files.apiName)];
    auto existing = std::find_if(d.models.begin(), d.models.end(), [&](const TerritoryModel &m) {
        return caseKey(m.apiName) == caseKey(model.apiName);
    });
    if (existing != d.models.end()) {
        if (!options.replace)
            return fileError(ErrorCode::Invalid, files.modelFile.display,
                             Tr::tr("the workspace already has a model with the API name \"%1\"; "
                                    "use replace to import it over that one.")
                                 .arg(model.apiName));
        model.id = existing->id;
        model.state = existing->state;
        *existing = model;
    } else {
        model.id = d.nextId++;
        d.models.push_back(model);
    }
    preserve(QString::fromUtf16(Kind::Model), model.id, mk->extras);

    // Rules first: territories name them.
    std::unordered_map<QString, Id> ruleByName;
    std::vector<AssignmentRule> rules;
    for (const SourceFile &file : files.rules) {
        if (Status s = checkApiName(file, Tr::tr("assignment rule")); !s)
            return s;
        if (ruleByName.count(caseKey(file.apiName)))
            return fileError(ErrorCode::Invalid, file.display,
                             Tr::tr("a second rule with the API name \"%1\".").arg(file.apiName));
        Result<ParsedFile> p = load(file, QStringLiteral("Territory2Rule"));
        if (!p)
            return p.error();
        Result<KnownElements> k = sortOut(*p, RuleSlots);
        if (!k)
            return k.error();
        if (Status s = requireName(*k, file); !s)
            return s;
        AssignmentRule r;
        r.modelId = model.id;
        r.apiName = file.apiName;
        r.label = textOf(*k, "name");
        r.booleanFilter = textOf(*k, "booleanFilter");
        if (const Node *n = nodeOf(*k, "objectType"))
            r.objectType = n->text;
        else
            k->extras.absent.append(QStringLiteral("objectType"));
        if (const Node *n = nodeOf(*k, "active")) {
            Result<bool> b = parseBoolean(*n, file.display);
            if (!b)
                return b.error();
            r.active = *b;
        } else {
            k->extras.absent.append(QStringLiteral("active"));
        }
        const auto &items = k->repeated[QStringLiteral("ruleItems")];
        if (items.size() > WorkspaceDocument::MaxRuleItems)
            return fileError(
                ErrorCode::Limit, file.display,
                Tr::tr("more than %1 <ruleItems>.").arg(WorkspaceDocument::MaxRuleItems));
        for (const Node *n : items) {
            RuleItem item;
            std::set<QString> seen;
            for (const Node &c : n->children) {
                if (!seen.insert(c.name).second)
                    return fileError(ErrorCode::Invalid, file.display,
                                     Tr::tr("<%1> appears twice in one <ruleItems>.").arg(c.name),
                                     c.line, c.column);
                if (c.name == u"field")
                    item.field = c.text.trimmed();
                else if (c.name == u"operation")
                    item.operation = c.text.trimmed();
                else if (c.name == u"value")
                    item.value = c.text;
                else
                    return fileError(ErrorCode::Invalid, file.display,
                                     Tr::tr("<ruleItems> has an unknown element <%1>.").arg(c.name),
                                     c.line, c.column);
            }
            if (item.field.isEmpty())
                return fileError(ErrorCode::Invalid, file.display,
                                 Tr::tr("rule item %1 has no <field>.").arg(r.items.size() + 1),
                                 n->line, n->column);
            if (!operationFromToken(item.operation))
                return fileError(ErrorCode::Invalid, file.display,
                                 Tr::tr("rule item %1 has the unknown operation \"%2\".")
                                     .arg(r.items.size() + 1)
                                     .arg(item.operation.left(40)),
                                 n->line, n->column);
            if (d.accounts.rowCount() > 0 && d.accounts.fieldIndex(item.field) < 0)
                report.warnings.append(
                    Tr::tr("%1: rule item %2 uses the field \"%3\", which the workspace's accounts "
                           "do not have; it matches no account until that field is imported.")
                        .arg(file.display)
                        .arg(r.items.size() + 1)
                        .arg(item.field));
            if (n->raw != ruleItemXml(item))
                k->extras.verbatim.push_back({QStringLiteral("ruleItems#%1").arg(r.items.size()),
                                              ruleItemKey(item), n->raw});
            r.items.push_back(std::move(item));
        }
        auto old = oldRules.find(caseKey(r.apiName));
        r.id = old != oldRules.end() ? old->second : d.nextId++;
        ruleByName[caseKey(r.apiName)] = r.id;
        preserve(QString::fromUtf16(Kind::Rule), r.id, k->extras);
        rules.push_back(std::move(r));
    }

    // Territories: read all, then resolve parents by API name.
    struct Pending
    {
        Territory territory;
        QString parentName;
        const SourceFile *file;
        // Where <parentTerritory> was, for messages: the parsed file is gone by then.
        qint64 parentLine;
        qint64 parentColumn;
    };
    std::vector<Pending> pending;
    std::unordered_map<QString, std::size_t> byName;
    for (const SourceFile &file : files.territories) {
        if (Status s = checkApiName(file, Tr::tr("territory")); !s)
            return s;
        if (byName.count(caseKey(file.apiName)))
            return fileError(
                ErrorCode::Invalid, file.display,
                Tr::tr("a second territory with the API name \"%1\".").arg(file.apiName));
        Result<ParsedFile> p = load(file, QStringLiteral("Territory2"));
        if (!p)
            return p.error();
        Result<KnownElements> k = sortOut(*p, TerritorySlots);
        if (!k)
            return k.error();
        if (Status s = requireName(*k, file); !s)
            return s;
        FileExtras &x = k->extras;
        Territory t;
        t.modelId = model.id;
        t.apiName = file.apiName;
        t.name = textOf(*k, "name");
        t.description = textOf(*k, "description");
        if (Status s = parseAccess(*k, file, "accountAccessLevel", &t.accountAccess, x); !s)
            return s;
        if (Status s = parseAccess(*k, file, "caseAccessLevel", &t.caseAccess, x); !s)
            return s;
        if (Status s = parseAccess(*k, file, "contactAccessLevel", &t.contactAccess, x); !s)
            return s;
        if (Status s = parseAccess(*k, file, "opportunityAccessLevel", &t.opportunityAccess, x); !s)
            return s;
        if (const Node *type = nodeOf(*k, "territory2Type")) {
            const QString typeName = type->text.trimmed();
            auto it = typeByName.find(caseKey(typeName));
            if (it != typeByName.end()) {
                t.typeId = it->second;
            } else {
                x.typeRef = typeName;
                report.warnings.append(
                    Tr::tr("%1: the territory type \"%2\" is neither in the metadata nor in the "
                           "workspace; the reference is kept and exported unchanged.")
                        .arg(file.display, typeName));
            }
        }
        // Rule associations, in file order; those naming a missing rule are kept as written.
        QStringList order;
        bool sorted = true;
        const std::size_t firstAssociation = d.ruleAssociations.size();
        for (const Node *n : k->repeated[QStringLiteral("ruleAssociations")]) {
            QString ruleName;
            const Node *inheritedNode = nullptr;
            for (const Node &c : n->children) {
                if (c.name == u"ruleName")
                    ruleName = c.text.trimmed();
                else if (c.name == u"inherited")
                    inheritedNode = &c;
                else
                    return fileError(
                        ErrorCode::Invalid, file.display,
                        Tr::tr("<ruleAssociations> has an unknown element <%1>.").arg(c.name),
                        c.line, c.column);
            }
            if (ruleName.isEmpty())
                return fileError(ErrorCode::Invalid, file.display,
                                 Tr::tr("<ruleAssociations> has no <ruleName>."), n->line,
                                 n->column);
            bool inherited = false;
            if (inheritedNode) {
                Result<bool> b = parseBoolean(*inheritedNode, file.display);
                if (!b)
                    return b.error();
                inherited = *b;
            }
            if (order.contains(ruleName, Qt::CaseInsensitive))
                return fileError(ErrorCode::Invalid, file.display,
                                 Tr::tr("the rule \"%1\" is associated twice.").arg(ruleName),
                                 n->line, n->column);
            if (!order.isEmpty() && order.back() > ruleName)
                sorted = false;
            order.append(ruleName);
            auto rule = ruleByName.find(caseKey(ruleName));
            if (rule == ruleByName.end()) {
                x.unresolvedAssociations.push_back({ruleName, n->raw});
                sorted = false;
                report.warnings.append(
                    Tr::tr(
                        "%1: the rule \"%2\" is not in model \"%3\"; the association is kept and "
                        "exported unchanged.")
                        .arg(file.display, ruleName, model.apiName));
                continue;
            }
            if (n->raw != associationXml(ruleName, inherited))
                x.verbatim.push_back({QStringLiteral("ruleAssociations#") + ruleName,
                                      inherited ? QStringLiteral("true") : QStringLiteral("false"),
                                      n->raw});
            // The territory's id is not known yet; set below.
            d.ruleAssociations.push_back({rule->second, NoId, inherited});
        }
        if (!sorted)
            x.order = order;
        auto old = oldTerritories.find(caseKey(t.apiName));
        t.id = old != oldTerritories.end() ? old->second : d.nextId++;
        for (std::size_t i = firstAssociation; i < d.ruleAssociations.size(); ++i)
            d.ruleAssociations[i].territoryId = t.id;
        const Node *parentNode = nodeOf(*k, "parentTerritory");
        const QString parentName = parentNode ? parentNode->text.trimmed() : QString();
        preserve(QString::fromUtf16(Kind::Territory), t.id, x);
        byName[caseKey(t.apiName)] = pending.size();
        pending.push_back({std::move(t), parentName, &file, parentNode ? parentNode->line : 0,
                           parentNode ? parentNode->column : 0});
    }
    for (Pending &p : pending) {
        if (p.parentName.isEmpty())
            continue;
        auto parent = byName.find(caseKey(p.parentName));
        if (parent == byName.end())
            return fileError(ErrorCode::NotFound, p.file->display,
                             Tr::tr("the parent territory \"%1\" is not in model \"%2\".")
                                 .arg(p.parentName, model.apiName),
                             p.parentLine, p.parentColumn);
        p.territory.parentId = pending[parent->second].territory.id;
    }
    // Parents before children, siblings in file order; a territory never
    // reached from a root sits on a cycle.
    std::unordered_map<Id, std::vector<std::size_t>> kids;
    for (std::size_t i = 0; i < pending.size(); ++i)
        kids[pending[i].territory.parentId].push_back(i);
    std::vector<std::size_t> orderOut;
    std::deque<std::size_t> queue(kids[NoId].begin(), kids[NoId].end());
    std::vector<bool> placed(pending.size(), false);
    while (!queue.empty()) {
        const std::size_t i = queue.front();
        queue.pop_front();
        placed[i] = true;
        orderOut.push_back(i);
        for (std::size_t c : kids[pending[i].territory.id])
            queue.push_back(c);
    }
    for (std::size_t i = 0; i < pending.size(); ++i) {
        if (!placed[i])
            return fileError(ErrorCode::Invalid, pending[i].file->display,
                             Tr::tr("the territory hierarchy has a cycle through \"%1\".")
                                 .arg(pending[i].territory.apiName),
                             pending[i].parentLine, pending[i].parentColumn);
    }
    for (std::size_t i : orderOut)
        d.territories.push_back(pending[i].territory);
    for (AssignmentRule &r : rules)
        d.rules.push_back(std::move(r));
    report.models.append(model.apiName);
    report.territories += int(pending.size());
    report.rules += int(rules.size());
    return {};
}

Status Importer::run(const Layout &layout)
{
    report.format = layout.format;
    report.root = layout.root;
    for (const QString &f : layout.ignored)
        report.warnings.append(Tr::tr("%1: not territory metadata; ignored.").arg(f));

    // A model imported over an existing one: drop the old territories, rules
    // and their links now; ids whose API names come back are reused.
    if (options.replace) {
        std::set<Id> replacedModels;
        for (const ModelFiles &m : layout.models) {
            for (const TerritoryModel &existing : d.models) {
                if (caseKey(existing.apiName) == caseKey(m.apiName))
                    replacedModels.insert(existing.id);
            }
        }
        if (!replacedModels.empty()) {
            std::set<Id> gone;
            std::unordered_map<Id, QString> modelKey;
            for (const TerritoryModel &m : d.models)
                modelKey[m.id] = caseKey(m.apiName);
            for (const Territory &t : d.territories) {
                if (replacedModels.count(t.modelId)) {
                    gone.insert(t.id);
                    replacedTerritories[modelKey[t.modelId]][caseKey(t.apiName)] = t.id;
                }
            }
            for (const AssignmentRule &r : d.rules) {
                if (replacedModels.count(r.modelId)) {
                    gone.insert(r.id);
                    replacedRules[modelKey[r.modelId]][caseKey(r.apiName)] = r.id;
                }
            }
            for (Id m : replacedModels)
                gone.insert(m);
            std::erase_if(d.territories,
                          [&](const Territory &t) { return replacedModels.count(t.modelId); });
            std::erase_if(d.rules,
                          [&](const AssignmentRule &r) { return replacedModels.count(r.modelId); });
            std::erase_if(d.ruleAssociations,
                          [&](const RuleAssociation &a) { return gone.count(a.territoryId); });
            std::erase_if(d.preserved, [&](const PreservedContent &p) {
                return p.kind.startsWith(u"salesforce.") && gone.count(p.ownerId);
            });
        }
    }

    std::unordered_map<QString, Id> typeByName;
    if (Status s = importTypes(layout, typeByName); !s)
        return s;
    std::set<QString> modelNames;
    for (const ModelFiles &m : layout.models) {
        if (!modelNames.insert(caseKey(m.apiName)).second)
            return fileError(ErrorCode::Invalid, m.modelFile.display,
                             Tr::tr("a second model with the API name \"%1\".").arg(m.apiName));
        if (Status s = importModel(m, typeByName); !s)
            return s;
    }
    if (Status s = importPackage(layout); !s)
        return s;

    // Links of replaced territories that did not come back go, and are listed.
    if (options.replace) {
        std::set<Id> territories;
        for (const Territory &t : d.territories)
            territories.insert(t.id);
        const std::size_t reps = d.repAssignments.size();
        const std::size_t manual = d.manualAssignments.size() + d.exclusions.size();
        std::erase_if(d.repAssignments,
                      [&](const RepAssignment &a) { return !territories.count(a.territoryId); });
        for (auto *links : {&d.manualAssignments, &d.exclusions})
            std::erase_if(*links, [&](const AccountTerritoryLink &l) {
                return !territories.count(l.territoryId);
            });
        if (reps != d.repAssignments.size())
            report.warnings.append(Tr::tr("%1 rep assignments named territories that the imported "
                                          "models no longer have; they were removed.")
                                       .arg(reps - d.repAssignments.size()));
        const std::size_t after = d.manualAssignments.size() + d.exclusions.size();
        if (manual != after)
            report.warnings.append(Tr::tr("%1 manual assignments or exclusions named territories "
                                          "that the imported models no longer have; they were "
                                          "removed.")
                                       .arg(manual - after));
    }

    if (Status s = WorkspaceDocument::validate(d); !s)
        return makeError(s.error().code,
                         Tr::tr("The imported metadata does not make a valid workspace: %1")
                             .arg(s.error().message),
                         s.error().detail);
    return {};
}

} // namespace

QString formatName(Format format)
{
    return format == Format::Source ? QStringLiteral("salesforce-source")
                                    : QStringLiteral("salesforce-metadata");
}

std::optional<Format> formatFromName(QStringView name)
{
    if (name == u"salesforce-metadata")
        return Format::MetadataApi;
    if (name == u"salesforce-source")
        return Format::Source;
    return std::nullopt;
}

Result<ImportReport> importFolder(const QString &dir, WorkspaceData &data,
                                  const ImportOptions &options)
{
    Result<Layout> layout = scan(dir);
    if (!layout)
        return layout.error();
    Importer importer{options, data, {}, 0, {}, {}};
    if (Status s = importer.run(*layout); !s)
        return s.error();
    data = std::move(importer.d);
    return std::move(importer.report);
}

// --- export -------------------------------------------------------------------

namespace {

struct Exporter
{
    const WorkspaceData &d;
    Format format;
    std::map<QString, QByteArray> files; // relative path -> bytes
    QStringList warnings;

    FileExtras extras(const char16_t *kind, Id owner) const
    {
        for (const PreservedContent &p : d.preserved) {
            if (p.ownerId == owner && p.kind == QStringView(kind))
                return fromJson(p.content);
        }
        return {};
    }

    QString fileName(const QString &base) const
    {
        return format == Format::Source ? base + SourceSuffix : base;
    }

    void addFile(const QString &path, QByteArray bytes) { files[path] = std::move(bytes); }

    static QString boolText(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }

    void writeType(const TerritoryType &t)
    {
        const FileExtras x = extras(Kind::Type, t.id);
        FileWriter w{QStringLiteral("Territory2Type"), TypeSlots, {}};
        w.addSimple(x, QStringLiteral("description"), t.description);
        w.addSimple(x, QStringLiteral("name"), t.name);
        w.addSimple(x, QStringLiteral("priority"), QString::number(t.priority), true);
        addFile(QStringLiteral("territory2Types/") +
                    fileName(t.apiName + QStringLiteral(".territory2Type")),
                w.write(x));
    }

    void writeModel(const TerritoryModel &m, QStringList &territoryMembers,
                    QStringList &ruleMembers)
    {
        const QString dir = QStringLiteral("territory2Models/") + m.apiName + u'/';
        {
            const FileExtras x = extras(Kind::Model, m.id);
            FileWriter w{QStringLiteral("Territory2Model"), ModelSlots, {}};
            w.addSimple(x, QStringLiteral("description"), m.description);
            w.addSimple(x, QStringLiteral("name"), m.name, true);
            addFile(dir + fileName(m.apiName + QStringLiteral(".territory2Model")), w.write(x));
        }
        std::unordered_map<Id, const AssignmentRule *> rules;
        for (const AssignmentRule &r : d.rules) {
            if (r.modelId != m.id)
                continue;
            rules[r.id] = &r;
            ruleMembers.append(m.apiName + u'.' + r.apiName);
            const FileExtras x = extras(Kind::Rule, r.id);
            FileWriter w{QStringLiteral("Territory2Rule"), RuleSlots, {}};
            if (!(x.absent.contains(u"active") && r.active))
                w.addSimple(x, QStringLiteral("active"), boolText(r.active));
            w.addSimple(x, QStringLiteral("booleanFilter"), r.booleanFilter);
            w.addSimple(x, QStringLiteral("name"), r.label, true);
            if (!(x.absent.contains(u"objectType") && r.objectType == u"Account"))
                w.addSimple(x, QStringLiteral("objectType"), r.objectType);
            for (std::size_t i = 0; i < r.items.size(); ++i) {
                const Verbatim *v = x.findVerbatim(QStringLiteral("ruleItems#%1").arg(i));
                w.add(QStringLiteral("ruleItems"),
                      v && v->value == ruleItemKey(r.items[i]) ? v->xml : ruleItemXml(r.items[i]));
            }
            addFile(dir + QStringLiteral("rules/") +
                        fileName(r.apiName + QStringLiteral(".territory2Rule")),
                    w.write(x));
        }
        std::unordered_map<Id, const Territory *> territories;
        for (const Territory &t : d.territories) {
            if (t.modelId == m.id)
                territories[t.id] = &t;
        }
        std::unordered_map<Id, std::vector<const RuleAssociation *>> associations;
        for (const RuleAssociation &a : d.ruleAssociations) {
            if (territories.count(a.territoryId) && rules.count(a.ruleId))
                associations[a.territoryId].push_back(&a);
        }
        std::unordered_map<Id, const TerritoryType *> types;
        for (const TerritoryType &t : d.types)
            types[t.id] = &t;

        for (const Territory &t : d.territories) {
            if (t.modelId != m.id)
                continue;
            territoryMembers.append(m.apiName + u'.' + t.apiName);
            const FileExtras x = extras(Kind::Territory, t.id);
            FileWriter w{QStringLiteral("Territory2"), TerritorySlots, {}};
            auto access = [&](const char *name, AccessLevel level, AccessLevel absentDefault) {
                const QString n = QLatin1String(name);
                if (x.absent.contains(n) && level == absentDefault)
                    return;
                w.addSimple(x, n, accessLevelName(level));
            };
            const Territory defaults;
            access("accountAccessLevel", t.accountAccess, defaults.accountAccess);
            access("caseAccessLevel", t.caseAccess, defaults.caseAccess);
            access("contactAccessLevel", t.contactAccess, defaults.contactAccess);
            w.addSimple(x, QStringLiteral("description"), t.description);
            w.addSimple(x, QStringLiteral("name"), t.name, true);
            access("opportunityAccessLevel", t.opportunityAccess, defaults.opportunityAccess);
            if (t.parentId != NoId) {
                auto parent = territories.find(t.parentId);
                if (parent != territories.end())
                    w.addSimple(x, QStringLiteral("parentTerritory"), parent->second->apiName);
            }
            // Associations: in the imported order, then new ones by rule name.
            std::vector<const RuleAssociation *> own = associations[t.id];
            std::sort(own.begin(), own.end(), [&](const auto *a, const auto *b) {
                return rules[a->ruleId]->apiName < rules[b->ruleId]->apiName;
            });
            std::set<const RuleAssociation *> written;
            auto writeAssociation = [&](const RuleAssociation *a) {
                const QString name = rules[a->ruleId]->apiName;
                const Verbatim *v = x.findVerbatim(QStringLiteral("ruleAssociations#") + name);
                w.add(QStringLiteral("ruleAssociations"),
                      v && v->value == boolText(a->applyToChildren)
                          ? v->xml
                          : associationXml(name, a->applyToChildren));
                written.insert(a);
            };
            for (const QString &name : x.order) {
                auto it = std::find_if(own.begin(), own.end(), [&](const auto *a) {
                    return caseKey(rules[a->ruleId]->apiName) == caseKey(name);
                });
                if (it != own.end()) {
                    if (!written.count(*it))
                        writeAssociation(*it);
                    continue;
                }
                for (const Fragment &f : x.unresolvedAssociations) {
                    if (f.after == name)
                        w.add(QStringLiteral("ruleAssociations"), f.xml);
                }
            }
            for (const RuleAssociation *a : own) {
                if (!written.count(a))
                    writeAssociation(a);
            }
            QString typeName = x.typeRef;
            if (t.typeId != NoId) {
                auto type = types.find(t.typeId);
                if (type != types.end())
                    typeName = type->second->apiName;
            }
            w.addSimple(x, QStringLiteral("territory2Type"), typeName);
            addFile(dir + QStringLiteral("territories/") +
                        fileName(t.apiName + QStringLiteral(".territory2")),
                    w.write(x));
        }
    }

    void writeSettings()
    {
        const FileExtras x = extras(Kind::Settings, NoId);
        if (x.text.isNull())
            return;
        QString text = x.text;
        if (x.crlf)
            text.replace(u'\n', QStringLiteral("\r\n"));
        QByteArray bytes = text.toUtf8();
        if (x.bom)
            bytes.prepend("\xEF\xBB\xBF");
        addFile(QStringLiteral("settings/") + fileName(QStringLiteral("Territory2.settings")),
                bytes);
    }

    void writePackage(const std::map<QString, QStringList> &members)
    {
        FileExtras x = extras(Kind::Package, NoId);
        FileWriter w{QStringLiteral("Package"), PackageSlots, {}};
        std::map<QString, QString> types; // name -> element
        for (const auto &[name, list] : members) {
            QStringList sorted = list;
            if (x.wildcards.contains(name))
                sorted = QStringList{QStringLiteral("*")};
            if (sorted.isEmpty())
                continue;
            sorted.sort();
            QString e = QStringLiteral("<types>\n");
            for (const QString &m : sorted)
                e += QStringLiteral("        ") + simpleElement(QStringLiteral("members"), m) +
                     u'\n';
            e += QStringLiteral("        ") + simpleElement(QStringLiteral("name"), name) +
                 QStringLiteral("\n    </types>");
            types[name] = e;
        }
        for (const Fragment &f : x.otherTypes)
            types.emplace(f.after, f.xml);
        if (!extras(Kind::Settings, NoId).text.isNull() && !types.count(QStringLiteral("Settings")))
            types[QStringLiteral("Settings")] =
                QStringLiteral("<types>\n        <members>Territory2</members>\n        "
                               "<name>Settings</name>\n    </types>");
        // In the imported order, then the others alphabetically as Salesforce writes them.
        for (const QString &name : x.order) {
            auto it = types.find(name);
            if (it != types.end()) {
                w.add(QStringLiteral("types"), it->second);
                types.erase(it);
            }
        }
        for (const auto &[name, e] : types)
            w.add(QStringLiteral("types"), e);
        const QString version =
            x.version.isEmpty() ? QString::fromUtf16(DefaultApiVersion) : x.version;
        w.addSimple(x, QStringLiteral("version"), version, true);
        addFile(QStringLiteral("package.xml"), w.write(x));
    }
};

} // namespace

Result<ExportReport> exportFolder(const WorkspaceData &data, const QString &outDir,
                                  const ExportOptions &options)
{
    if (Status s = WorkspaceDocument::validate(data); !s)
        return s.error();
    Result<ExportFolder> folder = ExportFolder::begin(outDir);
    if (!folder)
        return folder.error();

    Exporter e{data, options.format, {}, {}};
    std::map<QString, QStringList> members;
    members[QStringLiteral("Territory2")];
    members[QStringLiteral("Territory2Model")];
    members[QStringLiteral("Territory2Rule")];
    members[QStringLiteral("Territory2Type")];
    std::set<Id> usedTypes;
    bool any = false;
    for (const TerritoryModel &m : data.models) {
        if (!options.models.empty() &&
            std::find(options.models.begin(), options.models.end(), m.id) == options.models.end())
            continue;
        any = true;
        members[QStringLiteral("Territory2Model")].append(m.apiName);
        e.writeModel(m, members[QStringLiteral("Territory2")],
                     members[QStringLiteral("Territory2Rule")]);
        for (const Territory &t : data.territories) {
            if (t.modelId == m.id && t.typeId != NoId)
                usedTypes.insert(t.typeId);
        }
    }
    if (!any && !options.models.empty())
        return makeError(ErrorCode::NotFound, Tr::tr("None of the models to export exists."));
    // All types with every model; with a choice of models, the types they use.
    for (const TerritoryType &t : data.types) {
        if (options.models.empty() || usedTypes.count(t.id)) {
            members[QStringLiteral("Territory2Type")].append(t.apiName);
            e.writeType(t);
        }
    }
    e.writeSettings();
    if (options.format == Format::MetadataApi)
        e.writePackage(members);

    if (!options.readme.isEmpty())
        e.addFile(QStringLiteral("README.txt"), options.readme.toUtf8());

    // Everything goes into a staging folder that replaces the target at the end.
    for (const auto &[path, bytes] : e.files) {
        if (Status s = folder->write(path, bytes); !s)
            return s.error();
    }
    if (Status s = folder->commit(); !s)
        return s.error();
    ExportReport report;
    report.files = folder->files();
    report.warnings = e.warnings;
    return report;
}

// --- canonical form -----------------------------------------------------------

namespace {

struct CanonNode
{
    QString name;
    QStringList attributes;
    QString text;
    std::vector<CanonNode> children;

    QString print(int depth) const
    {
        QString out = QString(depth * 2, u' ') + name;
        if (!attributes.isEmpty())
            out += u'[' + attributes.join(u' ') + u']';
        if (!text.isEmpty())
            out += QStringLiteral(" = \"") + text + u'"';
        out += u'\n';
        for (const CanonNode &c : children)
            out += c.print(depth + 1);
        return out;
    }
};

} // namespace

QString canonicalForm(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    std::vector<CanonNode> stack;
    CanonNode top;
    int depth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (++depth > MaxNesting)
                return {};
            CanonNode n;
            n.name = u'{' + xml.namespaceUri().toString() + u'}' + xml.name().toString();
            for (const QXmlStreamAttribute &a : xml.attributes())
                n.attributes.append(u'{' + a.namespaceUri().toString() + u'}' +
                                    a.name().toString() + u'=' + a.value().toString());
            n.attributes.sort();
            stack.push_back(std::move(n));
            break;
        }
        case QXmlStreamReader::EndElement: {
            --depth;
            CanonNode n = std::move(stack.back());
            stack.pop_back();
            if (!n.children.empty() && n.text.trimmed().isEmpty())
                n.text.clear();
            std::stable_sort(
                n.children.begin(), n.children.end(),
                [](const CanonNode &a, const CanonNode &b) { return a.name < b.name; });
            (stack.empty() ? top : stack.back()).children.push_back(std::move(n));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back().text += xml.text();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return {};
    return top.print(0);
}

} // namespace Tessera::SalesforceMetadata
