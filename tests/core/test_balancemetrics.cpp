// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/metricsengine.h"
#include "core/balance/metricsformula.h"
#include "core/balance/metricsmeasures.h"
#include "core/balance/metricsstatistics.h"
#include "core/geo/accountlocation.h"
#include "core/geo/boundaries.h"
#include "core/geo/geometrics.h"
#include "core/rules/assignmentengine.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace Tessera;

namespace {

// Root R -> A, B, C. Accounts a1..a4 (workload 10, 20, 30, 40) are put by
// hand: a1, a2 in A; a3, a4 in B; C has none. rep1 (1,000 h) on A, rep2
// (3,000 h) on B, a manager (500 h) on R.
struct Plan
{
    WorkspaceData data;
    Id model = 1, root = 2, a = 3, b = 4, c = 5, rep1 = 6, rep2 = 7, manager = 8;
    int workloadField = -1;

    Plan()
    {
        TerritoryModel m;
        m.id = model;
        m.name = m.apiName = QStringLiteral("M");
        data.models.push_back(m);
        auto territory = [&](Id id, Id parent, const char *name) {
            Territory t;
            t.id = id;
            t.modelId = model;
            t.parentId = parent;
            t.name = t.apiName = QString::fromLatin1(name);
            data.territories.push_back(t);
        };
        territory(root, NoId, "R");
        territory(a, root, "A");
        territory(b, root, "B");
        territory(c, root, "C");
        auto rep = [&](Id id, double hours) {
            Rep r;
            r.id = id;
            r.userId = r.name = QStringLiteral("u%1").arg(id);
            r.capacityHours = hours;
            data.reps.push_back(r);
        };
        rep(rep1, 1000);
        rep(rep2, 3000);
        rep(manager, 500);
        data.repAssignments = {{rep1, a, {}}, {rep2, b, {}}, {manager, root, {}}};
        data.nextId = 9;
        workloadField =
            *data.accounts.addField(QStringLiteral("Workload__c"), {}, FieldType::Number);
        const char *types[] = {"Customer", "Prospect", "Customer", "Partner"};
        const double employees[] = {10, 60, 200, std::nan("")};
        for (int i = 0; i < 4; ++i) {
            const std::size_t row = data.accounts.appendRow();
            data.accounts.setText(row, AccountStore::IdField, "a" + std::to_string(i + 1));
            data.accounts.setText(row, AccountStore::TypeField, types[i]);
            data.accounts.setNumber(row, AccountStore::NumberOfEmployeesField, employees[i]);
            data.accounts.setNumber(row, workloadField, 10.0 * (i + 1));
            data.accounts.setNumber(row, AccountStore::AnnualRevenueField, 1000.0 * (4 - i));
        }
        data.manualAssignments = {{QStringLiteral("a1"), a},
                                  {QStringLiteral("a2"), a},
                                  {QStringLiteral("a3"), b},
                                  {QStringLiteral("a4"), b}};
    }
};

} // namespace

TEST(BalanceStatistics, GiniOfHandComputedSets)
{
    // sum |xi - xj| over ordered pairs = 20; 20 / (2 * 16 * 2.5) = 0.25.
    const std::vector<double> v{4, 1, 3, 2};
    EXPECT_DOUBLE_EQ(giniCoefficient(v), 0.25);
    EXPECT_DOUBLE_EQ(giniCoefficient(std::vector<double>{5, 5, 5}), 0.0);
    // One of three holds everything: (n - 1) / n.
    EXPECT_NEAR(giniCoefficient(std::vector<double>{0, 0, 9}), 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(giniCoefficient(std::vector<double>{}), 0.0);
}

TEST(BalanceStatistics, CoefficientOfVariationIsPopulationSigmaOverMean)
{
    // Mean 5, population standard deviation 2.
    const std::vector<double> v{2, 4, 4, 4, 5, 5, 7, 9};
    EXPECT_DOUBLE_EQ(coefficientOfVariation(v), 0.4);
    EXPECT_DOUBLE_EQ(coefficientOfVariation(std::vector<double>{0, 0}), 0.0);
}

TEST(BalanceStatistics, DeviationAndToleranceCounts)
{
    EXPECT_DOUBLE_EQ(deviationPercent(110, 100), 10.0);
    EXPECT_DOUBLE_EQ(deviationPercent(95, 100), -5.0);
    EXPECT_TRUE(std::isnan(deviationPercent(3, 0)));
    EXPECT_DOUBLE_EQ(deviationPercent(0, 0), 0.0);
    const std::vector<double> values{90, 104, 106};
    const std::vector<double> dev{-10, 4, 6};
    const LevelStatistics s = levelStatistics(values, dev, 5);
    EXPECT_EQ(s.count, 3u);
    EXPECT_DOUBLE_EQ(s.total, 300);
    EXPECT_DOUBLE_EQ(s.mean, 100);
    EXPECT_DOUBLE_EQ(s.min, 90);
    EXPECT_DOUBLE_EQ(s.max, 106);
    EXPECT_DOUBLE_EQ(s.maxDeviationPercent, -10);
    EXPECT_EQ(s.outside, 2u);
}

TEST(BalanceFormula, ArithmeticPrecedenceAndFields)
{
    Plan p;
    auto eval = [&](const char *text, std::size_t row) {
        Result<MetricsFormula> f =
            MetricsFormula::compile(QString::fromUtf8(text), p.data.accounts);
        EXPECT_TRUE(f.ok()) << text << ": " << (f ? "" : f.error().toString().toStdString());
        return f ? f->evaluate(p.data.accounts, row) : std::nan("");
    };
    EXPECT_DOUBLE_EQ(eval("12 * 1.5", 0), 18);
    EXPECT_DOUBLE_EQ(eval("2 + 3 * 4", 0), 14);
    EXPECT_DOUBLE_EQ(eval("(2 + 3) * 4", 0), 20);
    EXPECT_DOUBLE_EQ(eval("-2 * -3", 0), 6);
    EXPECT_DOUBLE_EQ(eval("10 - 4 - 3", 0), 3);
    EXPECT_DOUBLE_EQ(eval("24 / 4 / 2", 0), 3);
    EXPECT_DOUBLE_EQ(eval("NumberOfEmployees / 10 + 1", 1), 7);
    EXPECT_DOUBLE_EQ(eval("Account.Workload__c * 2", 2), 60);
    EXPECT_DOUBLE_EQ(eval("max(2, NumberOfEmployees / 10, 5)", 2), 20);
    EXPECT_DOUBLE_EQ(eval("min(2, 1e1)", 0), 2);
    EXPECT_DOUBLE_EQ(eval("12 \u00d7 2", 0), 24);
    EXPECT_TRUE(std::isnan(eval("NumberOfEmployees * 2", 3))); // missing value
    EXPECT_TRUE(std::isnan(eval("1 / (2 - 2)", 0)));
}

TEST(BalanceFormula, BadFormulasAreRefusedWithWhere)
{
    Plan p;
    for (const char *bad :
         {"", "2 +", "(1 + 2", "Nope * 2", "Name * 2", "2 3", "sqrt(4)", "1..2", "*3"}) {
        Result<MetricsFormula> f = MetricsFormula::compile(QString::fromUtf8(bad), p.data.accounts);
        EXPECT_FALSE(f.ok()) << bad;
    }
    Result<MetricsFormula> f = MetricsFormula::compile(QStringLiteral("2 * Nope"), p.data.accounts);
    ASSERT_FALSE(f.ok());
    EXPECT_TRUE(f.error().message.contains(QStringLiteral("Nope")));
    EXPECT_TRUE(f.error().detail.contains(QStringLiteral("character 5")));
    QString deep(200, QLatin1Char('('));
    deep += QStringLiteral("1") + QString(200, QLatin1Char(')'));
    EXPECT_FALSE(MetricsFormula::compile(deep, p.data.accounts).ok());
    EXPECT_FALSE(MetricsFormula::compile(QString(3000, QLatin1Char('1')), p.data.accounts).ok());
}

TEST(BalanceMeasures, SegmentsByPicklistAndByBands)
{
    Plan p;
    MeasureDefinition byType;
    byType.kind = MeasureDefinition::Kind::Formula;
    byType.segmentField = QStringLiteral("Type");
    byType.segments = {{QStringLiteral("Customer"), NAN, NAN, QStringLiteral("12 * 1.5")},
                       {QStringLiteral("prospect"), NAN, NAN, QStringLiteral("4 * 1")}};
    byType.otherFormula = QStringLiteral("1");
    Result<MeasureColumn> w = evaluateMeasure(byType, p.data.accounts, defaultWorkloadField());
    ASSERT_TRUE(w.ok()) << w.error().toString().toStdString();
    EXPECT_EQ(w->values, (std::vector<double>{18, 4, 18, 1}));

    MeasureDefinition bands;
    bands.kind = MeasureDefinition::Kind::Formula;
    bands.segmentField = QStringLiteral("NumberOfEmployees");
    bands.segments = {{{}, NAN, 50, QStringLiteral("2")},
                      {{}, 50, NAN, QStringLiteral("NumberOfEmployees / 10")}};
    w = evaluateMeasure(bands, p.data.accounts, defaultWorkloadField());
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(w->values, (std::vector<double>{2, 6, 20, 0})); // no employees: no segment, no other
    EXPECT_EQ(w->missing, 0u);

    MeasureDefinition field;
    w = evaluateMeasure(field, p.data.accounts, defaultPotentialField());
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(w->values, (std::vector<double>{4000, 3000, 2000, 1000}));
    field.field = QStringLiteral("Name");
    EXPECT_FALSE(evaluateMeasure(field, p.data.accounts, defaultPotentialField()).ok());
    EXPECT_FALSE(checkMeasure(field, p.data.accounts).ok());
    bands.segments[1].formula = QStringLiteral("Nope");
    EXPECT_FALSE(checkMeasure(bands, p.data.accounts).ok());
}

TEST(BalanceMetrics, PerTerritoryRollUpTargetsAndStatistics)
{
    Plan p;
    ASSERT_TRUE(WorkspaceDocument::validate(p.data).ok());
    AssignmentEngine engine(p.data, p.model);
    ASSERT_TRUE(engine.run().ok());
    BalanceMetrics metrics(p.data, engine);
    metrics.update();

    const TerritoryMetrics *a = metrics.territory(p.a);
    const TerritoryMetrics *root = metrics.territory(p.root);
    ASSERT_TRUE(a && root);
    EXPECT_EQ(a->accounts(), 2);
    EXPECT_EQ(a->workload(), 30);
    EXPECT_EQ(a->potential(), 7000);
    EXPECT_EQ(a->capacity, 1000);
    EXPECT_DOUBLE_EQ(a->utilisation, 0.03);
    EXPECT_EQ(root->accounts(), 4);
    EXPECT_EQ(root->workload(), 100);
    EXPECT_EQ(root->capacity, 4500); // rep1, rep2 and the manager
    EXPECT_EQ(root->depth, 0);
    EXPECT_EQ(a->depth, 1);

    // Children of R: 30, 70, 0 against an equal share of 100 / 3.
    BalanceReport r = metrics.report(BalanceScope::children(p.root));
    ASSERT_EQ(r.territories.size(), 3u);
    const double share = 100.0 / 3.0;
    EXPECT_DOUBLE_EQ(r.territories[0].target[1], share);
    EXPECT_NEAR(r.territories[0].deviationPercent[1], (30 - share) / share * 100, 1e-9);
    EXPECT_NEAR(r.territories[1].deviationPercent[1], (70 - share) / share * 100, 1e-9);
    EXPECT_DOUBLE_EQ(r.territories[2].deviationPercent[1], -100);
    const LevelStatistics &w = r.statistics[std::size_t(Measure::Workload)];
    EXPECT_DOUBLE_EQ(w.mean, share);
    // sorted 0, 30, 70: 2 (1*0 + 2*30 + 3*70) / (3 * 100) - 4/3 = 1.8 - 1.3333
    EXPECT_NEAR(w.gini, 1.8 - 4.0 / 3.0, 1e-12);
    EXPECT_EQ(w.outside, 3u);
    EXPECT_DOUBLE_EQ(w.maxDeviationPercent, 110.0); // 70 against 33.3: +110 %

    // Capacity targets over A and B only (C has no reps and gets 0).
    BalanceSettings settings;
    settings.targetMode = TargetMode::Capacity;
    settings.tolerancePercent = 10;
    ASSERT_TRUE(metrics.setSettings(settings).ok());
    metrics.update();
    r = metrics.report(BalanceScope::children(p.root));
    EXPECT_DOUBLE_EQ(r.territories[0].target[1], 25);
    EXPECT_DOUBLE_EQ(r.territories[1].target[1], 75);
    EXPECT_DOUBLE_EQ(r.territories[0].deviationPercent[1], 20);
    EXPECT_NEAR(r.territories[1].deviationPercent[1], -100.0 / 15.0, 1e-9);
    EXPECT_FALSE(r.territories[1].outside[1]);
    EXPECT_TRUE(r.territories[0].outside[1]);
    // Reps share their territory's workload; the manager has none of their own.
    ASSERT_EQ(r.reps.size(), 2u);
    EXPECT_EQ(r.reps[0].repId, p.rep1);
    EXPECT_DOUBLE_EQ(r.reps[0].utilisation, 0.03);
    EXPECT_DOUBLE_EQ(r.reps[1].workload, 70);

    // The level of leaves, by depth, is the same three territories.
    EXPECT_EQ(metrics.report(BalanceScope::level(1)).territories.size(), 3u);
    EXPECT_EQ(metrics.report(BalanceScope::leaves()).territories.size(), 3u);
    EXPECT_EQ(metrics.report(BalanceScope::children(NoId)).territories.size(), 1u);
}

TEST(BalanceMetrics, AMoveRecomputesOnlyTheTerritoriesInvolvedAndTheirAncestors)
{
    Plan p;
    AssignmentEngine engine(p.data, p.model);
    ASSERT_TRUE(engine.run().ok());
    BalanceMetrics metrics(p.data, engine);
    EXPECT_EQ(metrics.update(), 4u);
    EXPECT_EQ(metrics.update(), 0u); // nothing changed

    // a2 moves from A to B.
    p.data.manualAssignments[1].territoryId = p.b;
    engine.updateLinks();
    EXPECT_EQ(metrics.update(), 3u); // A, B and R; not C
    EXPECT_EQ(metrics.territory(p.a)->workload(), 10);
    EXPECT_EQ(metrics.territory(p.b)->workload(), 90);
    EXPECT_EQ(metrics.territory(p.root)->workload(), 100);

    // A rep's capacity changes without any account moving.
    p.data.reps[0].capacityHours = 2000;
    EXPECT_EQ(metrics.update(), 0u);
    EXPECT_EQ(metrics.territory(p.a)->capacity, 2000);
    EXPECT_DOUBLE_EQ(metrics.territory(p.a)->utilisation, 0.005);

    // New measure definitions recompute everything.
    BalanceSettings s;
    s.workload.kind = MeasureDefinition::Kind::Formula;
    s.workload.otherFormula = QStringLiteral("2");
    ASSERT_TRUE(metrics.setSettings(s).ok());
    EXPECT_EQ(metrics.update(), 4u);
    EXPECT_EQ(metrics.territory(p.b)->workload(), 6);
    // A bad definition changes nothing.
    s.workload.otherFormula = QStringLiteral("2 *");
    EXPECT_FALSE(metrics.setSettings(s).ok());
    EXPECT_EQ(metrics.territory(p.b)->workload(), 6);
}

TEST(BalanceMetrics, SpreadIsTheWeightedMeanDistanceToTheCentre)
{
    Plan p;
    AssignmentEngine engine(p.data, p.model);
    ASSERT_TRUE(engine.run().ok());
    BalanceMetrics metrics(p.data, engine);
    auto loc = std::make_shared<AccountLocations>();
    // a1 and a2 (A) 10 degrees apart on a meridian; a3, a4 (B) nowhere.
    loc->lon = {0, 0, std::nan(""), std::nan("")};
    loc->lat = {0, 10, std::nan(""), std::nan("")};
    metrics.setLocations(loc);
    BalanceSettings s; // equal weights for A's two accounts
    s.workload.kind = MeasureDefinition::Kind::Formula;
    s.workload.otherFormula = QStringLiteral("5");
    ASSERT_TRUE(metrics.setSettings(s).ok());
    metrics.update();
    const TerritoryMetrics *a = metrics.territory(p.a);
    EXPECT_NEAR(a->centre.y(), 5, 1e-9);
    EXPECT_NEAR(a->spreadKm, greatCircleKm(0, 0, 0, 5), 1e-6);
    EXPECT_EQ(a->located, 2u);
    EXPECT_TRUE(std::isnan(metrics.territory(p.b)->spreadKm));
}

namespace {

// The plan with geography: A holds San Francisco and San Mateo (adjacent
// counties), B Santa Clara and Los Angeles (far apart), C a drawn square of
// 0.1 degrees on the equator; R has none of its own.
void addGeography(Plan &p)
{
    p.data.territoryUnits = {{p.a, {UnitKind::County, "06075"}},
                             {p.a, {UnitKind::County, "06081"}},
                             {p.b, {UnitKind::County, "06085"}},
                             {p.b, {UnitKind::County, "06037"}}};
    DrawnShape square;
    square.id = 20;
    square.territoryId = p.c;
    square.name = QStringLiteral("Square");
    GeoPolygon poly;
    poly.outer() = {{0, 0}, {0, 0.1}, {0.1, 0.1}, {0.1, 0}, {0, 0}};
    square.shape.push_back(poly);
    p.data.drawnShapes = {square};
}

std::shared_ptr<const Boundaries> bundledBoundaries()
{
    Result<std::shared_ptr<const Boundaries>> b = Boundaries::bundled();
    EXPECT_TRUE(b.ok());
    return b ? *b : nullptr;
}

} // namespace

TEST(BalanceMetrics, CompactnessAndContiguityOfKnownShapes)
{
    Plan p;
    addGeography(p);
    AssignmentEngine engine(p.data, p.model);
    ASSERT_TRUE(engine.run().ok());
    BalanceMetrics metrics(p.data, engine);
    metrics.update();
    // Without boundaries nothing is geographic.
    EXPECT_FALSE(metrics.territory(p.a)->geographic());
    EXPECT_TRUE(std::isnan(metrics.territory(p.a)->compactness));

    metrics.setGeography(bundledBoundaries());
    EXPECT_EQ(metrics.update(), 4u);
    EXPECT_EQ(metrics.geographyRecomputed(), 4u);
    const TerritoryMetrics *a = metrics.territory(p.a);
    const TerritoryMetrics *b = metrics.territory(p.b);
    const TerritoryMetrics *c = metrics.territory(p.c);
    const TerritoryMetrics *r = metrics.territory(p.root);
    EXPECT_EQ(a->contiguousParts, 1); // adjacent counties
    EXPECT_EQ(b->contiguousParts, 2); // distant counties
    EXPECT_EQ(c->contiguousParts, 1);
    // A square is pi/4; on the equator the equal-area projection keeps it square.
    EXPECT_NEAR(c->compactness, std::numbers::pi / 4, 0.01);
    for (const TerritoryMetrics *m : {a, b, r}) {
        EXPECT_GT(m->compactness, 0.05);
        EXPECT_LT(m->compactness, std::numbers::pi / 4);
    }
    // Two far-apart counties are less compact than the pair that touches.
    EXPECT_LT(b->compactness, a->compactness);
    // The root unites its children: the Bay Area, Los Angeles and the square.
    EXPECT_GE(r->contiguousParts, 3);

    const GeographySummary g = metrics.report(BalanceScope::leaves()).geography;
    EXPECT_EQ(g.territories, 3u);
    EXPECT_EQ(g.contiguous, 2u);
    EXPECT_EQ(g.mostParts, 2);
    EXPECT_DOUBLE_EQ(g.minCompactness, std::min({a->compactness, b->compactness, c->compactness}));
    EXPECT_DOUBLE_EQ(g.meanCompactness, (a->compactness + b->compactness + c->compactness) / 3);
}

TEST(BalanceMetrics, AGeographyEditRecomputesOnlyTheTerritoriesItTouches)
{
    Plan p;
    addGeography(p);
    AssignmentEngine engine(p.data, p.model);
    ASSERT_TRUE(engine.run().ok());
    BalanceMetrics metrics(p.data, engine);
    metrics.setGeography(bundledBoundaries());
    metrics.update();
    const double bCompactness = metrics.territory(p.b)->compactness;
    EXPECT_EQ(metrics.update(), 0u);

    // San Mateo moves from A to C: A, C and R, not B.
    p.data.territoryUnits[1].territoryId = p.c;
    engine.updateGeography();
    EXPECT_EQ(metrics.update(), 3u);
    EXPECT_EQ(metrics.geographyRecomputed(), 3u);
    EXPECT_EQ(metrics.territory(p.b)->compactness, bCompactness);
    EXPECT_EQ(metrics.territory(p.a)->contiguousParts, 1);
    // C: a county in California and a square on the equator.
    EXPECT_EQ(metrics.territory(p.c)->contiguousParts, 2);

    // The drawn square is edited in place (same id): C and R.
    p.data.drawnShapes[0].shape[0].outer()[1] = {0, 0.2};
    p.data.drawnShapes[0].shape[0].outer()[2] = {0.1, 0.2};
    engine.updateGeography();
    EXPECT_EQ(metrics.update(), 2u);
    EXPECT_EQ(metrics.geographyRecomputed(), 2u);

    // Accounts moving leave geography alone.
    p.data.manualAssignments[1].territoryId = p.b;
    engine.updateLinks();
    EXPECT_EQ(metrics.update(), 3u);
    EXPECT_EQ(metrics.geographyRecomputed(), 0u);
}
