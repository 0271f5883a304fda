// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/workspacedocument.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace Tessera;

namespace {

// Records the document's notifications as readable lines, in order.
class SignalLog
{
public:
    explicit SignalLog(WorkspaceDocument &doc)
    {
        QObject::connect(&doc, &WorkspaceDocument::territoryAboutToBeAdded, &doc,
                         [this](Id m, Id p, int row) { add("aboutToAdd", p, row, m); });
        QObject::connect(&doc, &WorkspaceDocument::territoryAdded, &doc,
                         [this](Id id) { add("added", id); });
        QObject::connect(&doc, &WorkspaceDocument::territoryAboutToBeRemoved, &doc,
                         [this](Id id) { add("aboutToRemove", id); });
        QObject::connect(&doc, &WorkspaceDocument::territoryRemoved, &doc,
                         [this](Id, Id p, int row) { add("removed", p, row); });
        QObject::connect(&doc, &WorkspaceDocument::territoryAboutToBeMoved, &doc,
                         [this](Id id, Id p, int row) { add("aboutToMove", id, p, row); });
        QObject::connect(&doc, &WorkspaceDocument::territoryMoved, &doc,
                         [this](Id id) { add("moved", id); });
        QObject::connect(
            &doc, &WorkspaceDocument::territoryChanged, &doc,
            [this](Id id, unsigned mask) { add("changed", id, static_cast<Id>(mask)); });
        QObject::connect(&doc, &WorkspaceDocument::linksChanged, &doc,
                         [this](LinkKind k) { add("links", static_cast<Id>(k)); });
        QObject::connect(
            &doc, &WorkspaceDocument::listAboutToInsert, &doc,
            [this](ListKind k, int row) { add("listAboutToInsert", static_cast<Id>(k), row); });
        QObject::connect(&doc, &WorkspaceDocument::listInserted, &doc, [this](ListKind k, int row) {
            add("listInserted", static_cast<Id>(k), row);
        });
    }
    QStringList take() { return std::exchange(m_lines, {}); }

private:
    void add(const char *what, Id a, Id b = -1, Id c = -1)
    {
        QString line = QString::fromLatin1(what) + u' ' + QString::number(a);
        if (b != -1)
            line += u' ' + QString::number(b);
        if (c != -1)
            line += u' ' + QString::number(c);
        m_lines << line;
    }
    QStringList m_lines;
};

struct Fixture : ::testing::Test
{
    WorkspaceDocument doc;
    Id model = NoId;
    Id type = NoId;

    void SetUp() override
    {
        model =
            doc.addModel(
                   {NoId, QStringLiteral("FY27"), QStringLiteral("FY27"), {}, ModelState::Planning})
                .value();
        type =
            doc.addType({NoId, QStringLiteral("Region"), QStringLiteral("Region"), {}, 10}).value();
    }

    Territory make(const char *api, Id parent = NoId)
    {
        Territory t;
        t.modelId = model;
        t.parentId = parent;
        t.typeId = type;
        t.name = QString::fromLatin1(api);
        t.apiName = QString::fromLatin1(api);
        return t;
    }
    Id add(const char *api, Id parent = NoId)
    {
        return doc.addTerritory(make(api, parent)).value();
    }
};

} // namespace

TEST_F(Fixture, BuildsATreeInOrder)
{
    const Id usa = add("USA");
    const Id west = add("West", usa);
    const Id east = add("East", usa);
    const Id central = doc.addTerritory(make("Central", usa), 1).value();
    EXPECT_EQ(doc.children(model, usa), (std::vector<Id>{west, central, east}));
    EXPECT_EQ(doc.children(model, NoId), (std::vector<Id>{usa}));
    EXPECT_EQ(doc.rowOf(central), 1);
    EXPECT_EQ(doc.depth(usa), 0);
    EXPECT_EQ(doc.depth(east), 1);
    EXPECT_TRUE(doc.isAncestor(usa, east));
    EXPECT_FALSE(doc.isAncestor(east, usa));
}

TEST_F(Fixture, NotifiesAboutToAndDoneAroundStructuralChanges)
{
    SignalLog log(doc);
    const Id usa = add("USA");
    const Id west = add("West", usa);
    EXPECT_EQ(log.take(), (QStringList{QStringLiteral("aboutToAdd 0 0 %1").arg(model),
                                       QStringLiteral("added %1").arg(usa),
                                       QStringLiteral("aboutToAdd %1 0 %2").arg(usa).arg(model),
                                       QStringLiteral("added %1").arg(west)}));
    Territory t = *doc.territory(west);
    t.name = QStringLiteral("West Coast");
    t.description = QStringLiteral("Pacific states");
    ASSERT_TRUE(doc.updateTerritory(t).ok());
    EXPECT_EQ(log.take(),
              QStringList{QStringLiteral("changed %1 %2")
                              .arg(west)
                              .arg(Territory::NameField | Territory::DescriptionField)});
    ASSERT_TRUE(doc.removeTerritory(usa).ok());
    EXPECT_EQ(log.take(), (QStringList{QStringLiteral("aboutToRemove %1").arg(usa),
                                       QStringLiteral("removed 0 0")}));
    EXPECT_TRUE(doc.territories().empty());
}

TEST_F(Fixture, RefusesBadApiNamesAndDuplicatesPerModel)
{
    add("USA");
    Result<Id> dup = doc.addTerritory(make("usa"));
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(dup.error().message.contains(QStringLiteral("already a territory")));

    EXPECT_FALSE(doc.addTerritory(make("Bad__Name")).ok());
    EXPECT_FALSE(doc.addTerritory(make("9Lives")).ok());

    // The same API name is fine in another model.
    const Id other =
        doc.addModel(
               {NoId, QStringLiteral("Other"), QStringLiteral("Other"), {}, ModelState::Planning})
            .value();
    Territory t = make("USA");
    t.modelId = other;
    EXPECT_TRUE(doc.addTerritory(t).ok());
    EXPECT_EQ(doc.territories().size(), 2u);
}

TEST_F(Fixture, RefusesCyclesAndCrossModelParents)
{
    const Id usa = add("USA");
    const Id west = add("West", usa);
    const Id ca = add("CA", west);
    Status s = doc.moveTerritory(usa, ca, 0);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("under itself")));
    EXPECT_FALSE(doc.moveTerritory(usa, usa, 0).ok());
    EXPECT_EQ(doc.territory(usa)->parentId, NoId);

    const Id other =
        doc.addModel(
               {NoId, QStringLiteral("Other"), QStringLiteral("Other"), {}, ModelState::Planning})
            .value();
    Territory t = make("Elsewhere", usa);
    t.modelId = other;
    EXPECT_FALSE(doc.addTerritory(t).ok());
}

TEST_F(Fixture, MovesKeepSiblingOrderAndNotify)
{
    const Id usa = add("USA");
    const Id a = add("A", usa);
    const Id b = add("B", usa);
    const Id c = add("C", usa);
    SignalLog log(doc);
    ASSERT_TRUE(doc.moveTerritory(c, usa, 0).ok());
    EXPECT_EQ(doc.children(model, usa), (std::vector<Id>{c, a, b}));
    EXPECT_EQ(log.take().first(), QStringLiteral("aboutToMove %1 %2 0").arg(c).arg(usa));
    ASSERT_TRUE(doc.moveTerritory(c, usa, 3).ok());
    EXPECT_EQ(doc.children(model, usa), (std::vector<Id>{a, b, c}));
    ASSERT_TRUE(doc.moveTerritory(b, a, 0).ok());
    EXPECT_EQ(doc.children(model, usa), (std::vector<Id>{a, c}));
    EXPECT_EQ(doc.children(model, a), (std::vector<Id>{b}));
    EXPECT_EQ(doc.territory(b)->parentId, a);
}

TEST_F(Fixture, TypesNeedUniquePrioritiesAndStayWhileUsed)
{
    Result<Id> clash = doc.addType({NoId, QStringLiteral("Area"), QStringLiteral("Area"), {}, 10});
    ASSERT_FALSE(clash.ok());
    EXPECT_TRUE(clash.error().message.contains(QStringLiteral("priority 10")));
    add("USA");
    Status s = doc.removeType(type);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("still used")));
}

TEST_F(Fixture, AtMostOneActiveModel)
{
    TerritoryModel m = *doc.model(model);
    m.state = ModelState::Active;
    ASSERT_TRUE(doc.updateModel(m).ok());
    Result<Id> second = doc.addModel(
        {NoId, QStringLiteral("FY28"), QStringLiteral("FY28"), {}, ModelState::Active});
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(
        second.error().message.contains(QStringLiteral("one territory model can be active")));
    EXPECT_EQ(doc.activeModel()->id, model);
}

TEST_F(Fixture, RemovingASubtreeDropsItsLinks)
{
    const Id usa = add("USA");
    const Id west = add("West", usa);
    const Id keep = add("Keep");
    AssignmentRule rule;
    rule.modelId = model;
    rule.apiName = QStringLiteral("West_Rule");
    rule.label = QStringLiteral("West rule");
    rule.items = {{QStringLiteral("Account.BillingState"), QStringLiteral("equals"),
                   QStringLiteral("CA,OR")}};
    const Id ruleId = doc.addRule(rule).value();
    const Id rep =
        doc.addRep({NoId, QStringLiteral("005A"), QStringLiteral("Ana"), {}, 1600, 37.0, -122.0})
            .value();
    ASSERT_TRUE(doc.addLink(RuleAssociation{ruleId, west, true}).ok());
    ASSERT_TRUE(doc.addLink(RepAssignment{rep, west, QStringLiteral("Sales Rep")}).ok());
    ASSERT_TRUE(doc.addLink(RepAssignment{rep, keep, QStringLiteral("Sales Rep")}).ok());
    ASSERT_TRUE(doc.addManualAssignment({QStringLiteral("001X"), west}).ok());
    ASSERT_TRUE(doc.addExclusion({QStringLiteral("001Y"), usa}).ok());
    EXPECT_FALSE(doc.addManualAssignment({QStringLiteral("001X"), west}).ok());

    ASSERT_TRUE(doc.removeTerritory(usa).ok());
    EXPECT_TRUE(doc.ruleAssociations().empty());
    ASSERT_EQ(doc.repAssignments().size(), 1u);
    EXPECT_EQ(doc.repAssignments()[0].territoryId, keep);
    EXPECT_TRUE(doc.manualAssignments().empty());
    EXPECT_TRUE(doc.exclusions().empty());
    EXPECT_TRUE(WorkspaceDocument::validate(doc.data()).ok());
}

TEST_F(Fixture, RemovingARepClearsForecastManagers)
{
    const Id rep =
        doc.addRep({NoId, QStringLiteral("005A"), QStringLiteral("Ana"), {}, 1600, NAN, NAN})
            .value();
    Territory t = make("USA");
    t.forecastManagerId = rep;
    const Id usa = doc.addTerritory(t).value();
    ASSERT_TRUE(doc.removeRep(rep).ok());
    EXPECT_EQ(doc.territory(usa)->forecastManagerId, NoId);
}

TEST_F(Fixture, RepsAreChecked)
{
    EXPECT_FALSE(doc.addRep({NoId, {}, QStringLiteral("No id"), {}, 1600, NAN, NAN}).ok());
    EXPECT_FALSE(
        doc.addRep({NoId, QStringLiteral("1"), QStringLiteral("Neg"), {}, -1, NAN, NAN}).ok());
    EXPECT_FALSE(
        doc.addRep({NoId, QStringLiteral("2"), QStringLiteral("Off"), {}, 1600, 95, 0}).ok());
    EXPECT_FALSE(
        doc.addRep({NoId, QStringLiteral("3"), QStringLiteral("Half"), {}, 1600, 40, NAN}).ok());
    EXPECT_TRUE(
        doc.addRep({NoId, QStringLiteral("4"), QStringLiteral("Ok"), {}, 1600, 40, -100}).ok());
    EXPECT_FALSE(
        doc.addRep({NoId, QStringLiteral("4"), QStringLiteral("Dup"), {}, 1600, NAN, NAN}).ok());
    EXPECT_EQ(doc.reps().size(), 1u);
}

TEST_F(Fixture, CloneCopiesTheModelWithNewIds)
{
    const Id usa = add("USA");
    const Id west = add("West", usa);
    AssignmentRule rule;
    rule.modelId = model;
    rule.apiName = QStringLiteral("R1");
    rule.label = QStringLiteral("R1");
    const Id ruleId = doc.addRule(rule).value();
    ASSERT_TRUE(doc.addLink(RuleAssociation{ruleId, west, false}).ok());
    ASSERT_TRUE(doc.addManualAssignment({QStringLiteral("001X"), west}).ok());

    const Id copy =
        doc.cloneModel(model, QStringLiteral("What if"), QStringLiteral("What_if")).value();
    ASSERT_NE(copy, model);
    const auto &roots = doc.children(copy, NoId);
    ASSERT_EQ(roots.size(), 1u);
    EXPECT_NE(roots[0], usa);
    const auto &kids = doc.children(copy, roots[0]);
    ASSERT_EQ(kids.size(), 1u);
    EXPECT_EQ(doc.territory(kids[0])->apiName, QStringLiteral("West"));
    EXPECT_EQ(doc.rules().size(), 2u);
    EXPECT_EQ(doc.ruleAssociations().size(), 2u);
    EXPECT_EQ(doc.ruleAssociations()[1].territoryId, kids[0]);
    EXPECT_NE(doc.ruleAssociations()[1].ruleId, ruleId);
    EXPECT_EQ(doc.manualAssignments().size(), 2u);
    EXPECT_EQ(doc.model(copy)->state, ModelState::Planning);
    EXPECT_TRUE(WorkspaceDocument::validate(doc.data()).ok());
}

TEST_F(Fixture, SnapshotListsTerritoriesInTreeOrder)
{
    const Id usa = add("USA");
    const Id b = add("B", usa);
    const Id a = doc.addTerritory(make("A", usa), 0).value();
    const Id a1 = add("A1", a);
    WorkspaceData snap = doc.snapshot();
    std::vector<Id> order;
    for (const Territory &t : snap.territories)
        order.push_back(t.id);
    EXPECT_EQ(order, (std::vector<Id>{usa, a, a1, b}));

    WorkspaceDocument copy;
    ASSERT_TRUE(copy.reset(snap).ok());
    EXPECT_EQ(copy.children(model, usa), (std::vector<Id>{a, b}));
}

TEST(WorkspaceValidate, FindsBrokenReferencesAndCycles)
{
    WorkspaceData d;
    d.models.push_back({1, QStringLiteral("M"), QStringLiteral("M"), {}, ModelState::Planning});
    Territory a;
    a.id = 2;
    a.modelId = 1;
    a.name = a.apiName = QStringLiteral("A");
    Territory b = a;
    b.id = 3;
    b.name = b.apiName = QStringLiteral("B");
    d.territories = {a, b};
    d.nextId = 4;
    EXPECT_TRUE(WorkspaceDocument::validate(d).ok());

    WorkspaceData cycle = d;
    cycle.territories[0].parentId = 3;
    cycle.territories[1].parentId = 2;
    Status s = WorkspaceDocument::validate(cycle);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("cycle")));

    WorkspaceData dangling = d;
    dangling.territories[1].parentId = 99;
    s = WorkspaceDocument::validate(dangling);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("parent that does not exist")));

    WorkspaceData dupId = d;
    dupId.territories[1].id = 2;
    EXPECT_FALSE(WorkspaceDocument::validate(dupId).ok());

    WorkspaceData badNext = d;
    badNext.nextId = 3;
    EXPECT_FALSE(WorkspaceDocument::validate(badNext).ok());

    WorkspaceData link = d;
    link.ruleAssociations.push_back({77, 2, false});
    s = WorkspaceDocument::validate(link);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("does not exist")));

    WorkspaceDocument doc;
    ASSERT_FALSE(doc.reset(cycle).ok());
    EXPECT_TRUE(doc.territories().empty());
    ASSERT_TRUE(doc.reset(d).ok());
    EXPECT_EQ(doc.territories().size(), 2u);
}
