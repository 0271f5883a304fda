// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/graphml.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(GraphMl)
};

struct Key
{
    QString name;
    bool forNode = true;
    bool numeric = false;
};

} // namespace

const std::vector<double> *GraphInstance::attribute(const QString &name) const
{
    for (std::size_t i = 0; i < attributeNames.size(); ++i) {
        if (attributeNames[i] == name)
            return &attributes[i];
    }
    return nullptr;
}

Result<GraphInstance> readGraphMl(const QByteArray &bytes, const QString &edgeLengthName)
{
    QXmlStreamReader xml(bytes);
    GraphInstance g;
    QHash<QString, Key> keys;
    QHash<QString, int> attributeIndex; // key id -> attribute
    QHash<QString, std::uint32_t> nodeIndex;
    struct PendingEdge
    {
        QString from, to;
        double length;
        qint64 line, column;
    };
    std::vector<PendingEdge> edges;
    auto fail = [&](const QString &what) {
        return makeError(ErrorCode::Corrupt, Tr::tr("The GraphML file is not valid."),
                         QStringLiteral("line %1, column %2: %3")
                             .arg(xml.lineNumber())
                             .arg(xml.columnNumber())
                             .arg(what));
    };
    bool sawGraphml = false;
    int inNode = -1;
    PendingEdge *edge = nullptr;
    PendingEdge current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const QXmlStreamAttributes attrs = xml.attributes();
            if (name == u"graphml") {
                sawGraphml = true;
            } else if (name == u"key") {
                Key k;
                k.name = attrs.value(QLatin1String("attr.name")).toString();
                k.forNode = attrs.value(QLatin1String("for")) != u"edge";
                const auto type = attrs.value(QLatin1String("attr.type"));
                k.numeric =
                    type == u"int" || type == u"long" || type == u"float" || type == u"double";
                const QString id = attrs.value(QLatin1String("id")).toString();
                if (id.isEmpty())
                    return fail(QStringLiteral("a key without an id"));
                keys.insert(id, k);
                if (k.forNode && k.numeric) {
                    attributeIndex.insert(id, int(g.attributeNames.size()));
                    g.attributeNames.push_back(k.name);
                    g.attributes.emplace_back();
                }
            } else if (name == u"node") {
                const QString id = attrs.value(QLatin1String("id")).toString();
                if (id.isEmpty())
                    return fail(QStringLiteral("a node without an id"));
                if (nodeIndex.contains(id))
                    return fail(QStringLiteral("node \"%1\" appears twice").arg(id));
                if (g.nodeIds.size() >= MaxGraphNodes)
                    return makeError(ErrorCode::Limit, Tr::tr("The graph has too many nodes."));
                inNode = int(g.nodeIds.size());
                nodeIndex.insert(id, std::uint32_t(inNode));
                g.nodeIds.push_back(id);
                for (auto &values : g.attributes)
                    values.push_back(std::nan(""));
            } else if (name == u"edge") {
                if (edges.size() >= MaxGraphEdges)
                    return makeError(ErrorCode::Limit, Tr::tr("The graph has too many edges."));
                current = {attrs.value(QLatin1String("source")).toString(),
                           attrs.value(QLatin1String("target")).toString(), 1.0, xml.lineNumber(),
                           xml.columnNumber()};
                if (current.from.isEmpty() || current.to.isEmpty())
                    return fail(QStringLiteral("an edge without source or target"));
                edge = &current;
            } else if (name == u"data") {
                const QString keyId = attrs.value(QLatin1String("key")).toString();
                const QString text = xml.readElementText().trimmed();
                auto k = keys.constFind(keyId);
                if (k == keys.constEnd())
                    return fail(QStringLiteral("data for undeclared key \"%1\"").arg(keyId));
                if (!k->numeric)
                    continue;
                bool ok = false;
                const double v = text.toDouble(&ok);
                if (!ok || !std::isfinite(v))
                    return fail(QStringLiteral("\"%1\" is not a number").arg(text.left(40)));
                if (inNode >= 0 && k->forNode) {
                    g.attributes[std::size_t(attributeIndex.value(keyId))][std::size_t(inNode)] = v;
                } else if (edge && !k->forNode && k->name == edgeLengthName) {
                    if (v < 0)
                        return fail(QStringLiteral("a negative edge length"));
                    edge->length = v;
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"node")
                inNode = -1;
            else if (xml.name() == u"edge" && edge) {
                edges.push_back(*edge);
                edge = nullptr;
            }
        }
    }
    if (xml.hasError())
        return fail(xml.errorString());
    if (!sawGraphml)
        return fail(QStringLiteral("no graphml element"));
    QSet<quint64> seen;
    for (const PendingEdge &e : edges) {
        auto a = nodeIndex.constFind(e.from), b = nodeIndex.constFind(e.to);
        if (a == nodeIndex.constEnd() || b == nodeIndex.constEnd())
            return makeError(ErrorCode::Corrupt, Tr::tr("The GraphML file is not valid."),
                             QStringLiteral("line %1, column %2: an edge names an unknown node")
                                 .arg(e.line)
                                 .arg(e.column));
        std::uint32_t u = *a, v = *b;
        if (u == v)
            continue;
        if (u > v)
            std::swap(u, v);
        if (seen.contains((quint64(u) << 32) | v))
            continue;
        seen.insert((quint64(u) << 32) | v);
        g.edgeFrom.push_back(u);
        g.edgeTo.push_back(v);
        g.edgeLength.push_back(e.length);
    }
    return g;
}

Result<GraphInstance> readGraphMlFile(const QString &path, const QString &edgeLengthName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("The file cannot be read."), file.errorString());
    if (file.size() > MaxGraphBytes)
        return makeError(ErrorCode::Limit, Tr::tr("The GraphML file is too large."));
    return readGraphMl(file.readAll(), edgeLengthName);
}

} // namespace Tessera
