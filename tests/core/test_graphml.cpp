// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/balanceoptimizer.h"
#include "core/balance/graphml.h"

#include <gtest/gtest.h>

using namespace Tessera;

namespace {

// A generated instance in the layout of the delivery territory design
// benchmark: a w x h grid of units with x, y and three activities, and
// edges with a distance.
QByteArray gridGraphMl(int w, int h)
{
    QByteArray s = "<?xml version='1.0' encoding='utf-8'?>\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                   "  <key id=\"d5\" for=\"edge\" attr.name=\"distance\" attr.type=\"float\" />\n"
                   "  <key id=\"d4\" for=\"node\" attr.name=\"workload\" attr.type=\"int\" />\n"
                   "  <key id=\"d3\" for=\"node\" attr.name=\"demand\" attr.type=\"int\" />\n"
                   "  <key id=\"d2\" for=\"node\" attr.name=\"n_customers\" attr.type=\"int\" />\n"
                   "  <key id=\"d1\" for=\"node\" attr.name=\"y\" attr.type=\"int\" />\n"
                   "  <key id=\"d0\" for=\"node\" attr.name=\"x\" attr.type=\"int\" />\n"
                   "  <graph edgedefault=\"undirected\">\n";
    for (int j = 0; j < h; ++j) {
        for (int i = 0; i < w; ++i) {
            const int id = j * w + i;
            s += QStringLiteral(
                     "    <node id=\"%1\"><data key=\"d0\">%2</data><data key=\"d1\">%3</data>"
                     "<data key=\"d2\">%4</data><data key=\"d3\">%5</data>"
                     "<data key=\"d4\">%6</data></node>\n")
                     .arg(id)
                     .arg(i * 10)
                     .arg(j * 10)
                     .arg(5 + id % 7)
                     .arg(100 + (id * 37) % 90)
                     .arg(20 + (id * 13) % 30)
                     .toUtf8();
        }
    }
    for (int j = 0; j < h; ++j) {
        for (int i = 0; i < w; ++i) {
            const int id = j * w + i;
            if (i + 1 < w)
                s += QStringLiteral("    <edge source=\"%1\" target=\"%2\"><data "
                                    "key=\"d5\">10.5</data></edge>\n")
                         .arg(id)
                         .arg(id + 1)
                         .toUtf8();
            if (j + 1 < h)
                s += QStringLiteral("    <edge source=\"%1\" target=\"%2\"><data "
                                    "key=\"d5\">10.5</data></edge>\n")
                         .arg(id)
                         .arg(id + w)
                         .toUtf8();
        }
    }
    s += "  </graph>\n</graphml>\n";
    return s;
}

} // namespace

TEST(GraphMl, ReadsTheBenchmarkLayout)
{
    Result<GraphInstance> g = readGraphMl(gridGraphMl(6, 4), QStringLiteral("distance"));
    ASSERT_TRUE(g.ok()) << g.error().toString().toStdString();
    EXPECT_EQ(g->nodeIds.size(), 24u);
    EXPECT_EQ(g->edgeFrom.size(), std::size_t(5 * 4 + 6 * 3));
    ASSERT_NE(g->attribute(QStringLiteral("workload")), nullptr);
    EXPECT_EQ((*g->attribute(QStringLiteral("x")))[7], 10.0);
    EXPECT_EQ((*g->attribute(QStringLiteral("y")))[7], 10.0);
    EXPECT_EQ((*g->attribute(QStringLiteral("demand")))[3], 100.0 + (3 * 37) % 90);
    EXPECT_EQ(g->edgeLength.front(), 10.5);
    EXPECT_EQ(g->attribute(QStringLiteral("colour")), nullptr);
}

TEST(GraphMl, BadInputIsRefusedWithAPlace)
{
    const QByteArray good = gridGraphMl(3, 3);
    auto code = [](const QByteArray &bytes) {
        Result<GraphInstance> g = readGraphMl(bytes, QStringLiteral("distance"));
        return g.ok() ? ErrorCode::Ok : g.error().code;
    };
    EXPECT_EQ(code(good.left(good.size() / 2)), ErrorCode::Corrupt); // truncated
    EXPECT_EQ(code("not xml at all"), ErrorCode::Corrupt);
    EXPECT_EQ(code(QByteArray(good).replace("target=\"4\"", "target=\"99\"")), ErrorCode::Corrupt);
    EXPECT_EQ(
        code(QByteArray(good).replace("<data key=\"d4\">20</data>", "<data key=\"d4\">x</data>")),
        ErrorCode::Corrupt);
    EXPECT_EQ(code(QByteArray(good).replace("<node id=\"1\">", "<node id=\"0\">")),
              ErrorCode::Corrupt);
    EXPECT_EQ(code(QByteArray(good).replace("key=\"d3\"", "key=\"zz\"")), ErrorCode::Corrupt);
    EXPECT_EQ(code(QByteArray(good).replace("10.5", "-1")), ErrorCode::Corrupt);
    EXPECT_EQ(code(""), ErrorCode::Corrupt);
    Result<GraphInstance> missing =
        readGraphMlFile(QStringLiteral("/nonexistent/x.graphml"), QStringLiteral("distance"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    Result<GraphInstance> bad = readGraphMl("not xml at all", QStringLiteral("distance"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().detail.contains(QStringLiteral("line")));
}

TEST(GraphMl, AnInstanceSplitsIntoBalancedContiguousTerritories)
{
    Result<GraphInstance> g = readGraphMl(gridGraphMl(12, 10), QStringLiteral("distance"));
    ASSERT_TRUE(g.ok());
    BalanceProblem p;
    p.space = PieceSpace::Plane;
    p.x = *g->attribute(QStringLiteral("x"));
    p.y = *g->attribute(QStringLiteral("y"));
    for (const char *a : {"workload", "demand", "n_customers"})
        p.metrics.push_back({QString::fromLatin1(a), *g->attribute(QString::fromLatin1(a)), 0.05});
    p.dispersionMetric = -1;
    p.districts = 4;
    std::vector<std::vector<std::uint32_t>> adj(p.x.size());
    for (std::size_t e = 0; e < g->edgeFrom.size(); ++e) {
        adj[g->edgeFrom[e]].push_back(g->edgeTo[e]);
        adj[g->edgeTo[e]].push_back(g->edgeFrom[e]);
    }
    p.adjacencyStart.push_back(0);
    for (const auto &a : adj) {
        p.adjacency.insert(p.adjacency.end(), a.begin(), a.end());
        p.adjacencyStart.push_back(std::uint32_t(p.adjacency.size()));
    }
    p.contiguous = true;
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinTolerance)
        << r->maxDeviation[0] << " " << r->maxDeviation[1] << " " << r->maxDeviation[2];
    EXPECT_EQ(r->contiguityViolations, 0);
}
