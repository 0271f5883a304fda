// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"
#include "ui/errorreporter.h"

#include <QDir>
#include <QString>
#include <QWidget>

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>
#include <vector>

namespace Tessera::Test {

// With TESSERA_SCREENSHOTS set to a folder, saves the widget there as
// NAME.png, to be looked at; otherwise does nothing.
inline void saveScreenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
}

// Records errors instead of showing them, so tests can look at them.
class RecordingReporter : public ErrorReporter
{
public:
    void showError(const Error &error) override { errors.push_back(error); }
    std::vector<Error> errors;
};

// Ids of the sample workspace, so tests can name its entities.
namespace Sample {
constexpr Id Plan = 1, Draft = 2;
constexpr Id Region = 3, Area = 4, Leaf = 5;
constexpr Id Ann = 6, Bob = 7, Cid = 8;
constexpr Id West = 10, East = 11, Pacific = 12, Mountain = 13, SanFrancisco = 14, LosAngeles = 15,
             NewYork = 16, Central = 17;
constexpr Id CaliforniaRule = 20, PacificRule = 21;
} // namespace Sample

// Two models; the active one has two regions, areas and territories, with
// rules, reps, manual assignments and exclusions linked at several levels.
inline WorkspaceData sampleData()
{
    using namespace Sample;
    WorkspaceData d;
    d.models = {
        {Plan, QStringLiteral("FY25 Plan"), QStringLiteral("FY25_Plan"), {}, ModelState::Active},
        {Draft,
         QStringLiteral("FY26 Draft"),
         QStringLiteral("FY26_Draft"),
         {},
         ModelState::Planning}};
    d.types = {{Region, QStringLiteral("Region"), QStringLiteral("Region"), {}, 1},
               {Area, QStringLiteral("Area"), QStringLiteral("Area"), {}, 2},
               {Leaf, QStringLiteral("Territory"), QStringLiteral("Territory"), {}, 3}};
    auto rep = [](Id id, const char *user, const char *name) {
        Rep r;
        r.id = id;
        r.userId = QString::fromLatin1(user);
        r.name = QString::fromLatin1(name);
        return r;
    };
    d.reps = {rep(Ann, "005A", "Ann Lee"), rep(Bob, "005B", "Bob Diaz"),
              rep(Cid, "005C", "Cid Park")};
    auto territory = [](Id id, Id model, Id parent, Id type, const char *name) {
        Territory t;
        t.id = id;
        t.modelId = model;
        t.parentId = parent;
        t.typeId = type;
        t.name = QString::fromLatin1(name);
        t.apiName = QString::fromLatin1(name).replace(u' ', u'_');
        return t;
    };
    d.territories = {territory(West, Plan, NoId, Region, "West"),
                     territory(East, Plan, NoId, Region, "East"),
                     territory(Pacific, Plan, West, Area, "Pacific"),
                     territory(Mountain, Plan, West, Area, "Mountain"),
                     territory(SanFrancisco, Plan, Pacific, Leaf, "San Francisco"),
                     territory(LosAngeles, Plan, Pacific, Leaf, "Los Angeles"),
                     territory(NewYork, Plan, East, Leaf, "New York"),
                     territory(Central, Draft, NoId, Region, "Central")};
    d.territories[4].forecastManagerId = Ann;
    d.territories[4].description = QStringLiteral("Bay Area hospitals");
    AssignmentRule california;
    california.id = CaliforniaRule;
    california.modelId = Plan;
    california.apiName = QStringLiteral("California");
    california.label = QStringLiteral("California");
    california.items = {
        {QStringLiteral("Account.BillingState"), QStringLiteral("equals"), QStringLiteral("CA")}};
    AssignmentRule pacific = california;
    pacific.id = PacificRule;
    pacific.apiName = QStringLiteral("Pacific_States");
    pacific.label = QStringLiteral("Pacific states");
    d.rules = {california, pacific};
    d.ruleAssociations = {{CaliforniaRule, SanFrancisco, false}, {PacificRule, Pacific, true}};
    d.repAssignments = {{Ann, SanFrancisco, QStringLiteral("Sales Rep")},
                        {Bob, Pacific, QStringLiteral("Manager")},
                        {Cid, NewYork, QStringLiteral("Sales Rep")}};
    d.manualAssignments = {{QStringLiteral("001A"), LosAngeles}};
    d.exclusions = {{QStringLiteral("001B"), SanFrancisco}};
    for (const char *id : {"001A", "001B", "001C"})
        d.accounts.setText(d.accounts.appendRow(), AccountStore::IdField, id);
    d.nextId = 30;
    return d;
}

template<typename T, typename Key>
std::vector<T> sorted(std::vector<T> v, Key key)
{
    std::sort(v.begin(), v.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return v;
}

// Equality of what a workspace holds. Links are compared as sets: their
// order carries no meaning and undo may give them back in another order.
inline void expectSameData(const WorkspaceData &a, const WorkspaceData &b)
{
    EXPECT_EQ(a.models, b.models);
    EXPECT_EQ(a.types, b.types);
    EXPECT_EQ(a.territories, b.territories);
    EXPECT_EQ(a.rules, b.rules);
    EXPECT_EQ(a.reps, b.reps);
    auto rule = [](const RuleAssociation &l) {
        return std::tuple(l.ruleId, l.territoryId, l.applyToChildren);
    };
    auto rep = [](const RepAssignment &l) {
        return std::tuple(l.repId, l.territoryId, l.role);
    };
    auto account = [](const AccountTerritoryLink &l) {
        return std::tuple(l.accountId, l.territoryId);
    };
    EXPECT_EQ(sorted(a.ruleAssociations, rule), sorted(b.ruleAssociations, rule));
    EXPECT_EQ(sorted(a.repAssignments, rep), sorted(b.repAssignments, rep));
    EXPECT_EQ(sorted(a.manualAssignments, account), sorted(b.manualAssignments, account));
    EXPECT_EQ(sorted(a.exclusions, account), sorted(b.exclusions, account));
    EXPECT_EQ(a.territoryUnits, b.territoryUnits); // kept in one documented order
    EXPECT_TRUE(a.drawnShapes == b.drawnShapes);
    EXPECT_EQ(a.accounts.rowCount(), b.accounts.rowCount());
}

} // namespace Tessera::Test
