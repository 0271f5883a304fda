// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace Tessera {

// An undirected graph read from GraphML: nodes with numeric attributes,
// edges with an optional numeric length. Used for districting instances
// such as the delivery territory design benchmark.
struct GraphInstance
{
    std::vector<QString> nodeIds;
    std::vector<QString> attributeNames;         // numeric node attributes, by attr.name
    std::vector<std::vector<double>> attributes; // [attribute][node]; NaN where missing
    std::vector<std::uint32_t> edgeFrom, edgeTo;
    std::vector<double> edgeLength; // the edge attribute named by the reader, else 1

    // Values of a node attribute by name, or nullptr.
    const std::vector<double> *attribute(const QString &name) const;
};

constexpr std::size_t MaxGraphNodes = 200'000;
constexpr std::size_t MaxGraphEdges = 2'000'000;
constexpr qint64 MaxGraphBytes = 256 * 1024 * 1024;

// Parses GraphML; refuses malformed XML, unknown node references, duplicate
// node ids, non-numeric values of numeric keys and sizes over the limits,
// with the line and column. Self-loops and repeated edges are dropped.
Result<GraphInstance> readGraphMl(const QByteArray &bytes, const QString &edgeLengthName);
Result<GraphInstance> readGraphMlFile(const QString &path, const QString &edgeLengthName);

} // namespace Tessera
