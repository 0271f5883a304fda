// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/uitestsupport.h"
#include "ui/commands/editor.h"
#include "ui/document/documentsession.h"
#include "ui/models/territorymodellistmodel.h"
#include "ui/models/territorytreemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace Tessera;
using namespace Tessera::Test;
using namespace Tessera::Test::Sample;

namespace {

using Tester = QAbstractItemModelTester;

class ItemModels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session.setAutosaveInterval(0);
        session.setErrorReporter(&reporter);
        ASSERT_TRUE(session.adopt(sampleData()).ok());
        tree = std::make_unique<TerritoryTreeModel>(&session);
        tree->setModelId(Plan);
        treeTester = std::make_unique<Tester>(tree.get(), Tester::FailureReportingMode::Fatal);
    }

    QString name(const QModelIndex &index)
    {
        return index.siblingAtColumn(TerritoryTreeModel::NameColumn).data().toString();
    }
    QStringList childNames(Id parentId)
    {
        QStringList out;
        const QModelIndex parent = tree->indexOf(parentId);
        for (int row = 0; row < tree->rowCount(parent); ++row)
            out << name(tree->index(row, 0, parent));
        return out;
    }

    RecordingReporter reporter;
    DocumentSession session;
    std::unique_ptr<TerritoryTreeModel> tree;
    std::unique_ptr<Tester> treeTester;
};

TEST_F(ItemModels, TreeShowsTheHierarchyAndItsColumns)
{
    EXPECT_EQ(tree->rowCount(), 2);
    EXPECT_EQ(childNames(NoId), (QStringList{QStringLiteral("West"), QStringLiteral("East")}));
    EXPECT_EQ(childNames(Pacific),
              (QStringList{QStringLiteral("San Francisco"), QStringLiteral("Los Angeles")}));
    const QModelIndex sf = tree->indexOf(SanFrancisco);
    EXPECT_EQ(tree->parent(sf), tree->indexOf(Pacific));
    auto cell = [&](int column) {
        return sf.siblingAtColumn(column).data().toString();
    };
    EXPECT_EQ(cell(TerritoryTreeModel::ApiNameColumn), QStringLiteral("San_Francisco"));
    EXPECT_EQ(cell(TerritoryTreeModel::TypeColumn), QStringLiteral("Territory"));
    EXPECT_EQ(cell(TerritoryTreeModel::ForecastManagerColumn), QStringLiteral("Ann Lee"));
    EXPECT_EQ(cell(TerritoryTreeModel::RepsColumn), QStringLiteral("1"));
    EXPECT_EQ(
        tree->headerData(TerritoryTreeModel::ForecastManagerColumn, Qt::Horizontal).toString(),
        QStringLiteral("Forecast Manager"));
}

TEST_F(ItemModels, TreeFollowsAddsRemovesMovesAndRenames)
{
    QSignalSpy inserted(tree.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(tree.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(tree.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(tree.get(), &QAbstractItemModel::dataChanged);

    Result<Id> added = Editor::addTerritory(session, Plan, Pacific, QStringLiteral("San Diego"));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(childNames(Pacific).last(), QStringLiteral("San Diego"));

    // Territories of another model do not show here.
    ASSERT_TRUE(Editor::addTerritory(session, Draft, NoId, QStringLiteral("North")).ok());
    EXPECT_EQ(inserted.count(), 1);

    ASSERT_TRUE(tree->setData(tree->indexOf(*added), QStringLiteral("San Diego County")));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(name(tree->indexOf(*added)), QStringLiteral("San Diego County"));

    ASSERT_TRUE(Editor::moveTerritory(session, *added, Mountain, 0).ok());
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(childNames(Mountain), QStringList{QStringLiteral("San Diego County")});
    ASSERT_TRUE(Editor::moveTerritory(session, East, NoId, 0).ok());
    EXPECT_EQ(childNames(NoId), (QStringList{QStringLiteral("East"), QStringLiteral("West")}));

    ASSERT_TRUE(Editor::removeTerritory(session, West).ok());
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(childNames(NoId), QStringList{QStringLiteral("East")});

    // Undo everything, then redo everything: the rows follow each step.
    QUndoStack &stack = *session.undoStack();
    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(childNames(NoId), (QStringList{QStringLiteral("West"), QStringLiteral("East")}));
    EXPECT_EQ(childNames(Pacific),
              (QStringList{QStringLiteral("San Francisco"), QStringLiteral("Los Angeles")}));
    while (stack.canRedo())
        stack.redo();
    EXPECT_EQ(childNames(NoId), QStringList{QStringLiteral("East")});
}

TEST_F(ItemModels, TreeFollowsRepLinksAndTypeNames)
{
    TerritoryType leaf = *session.document()->type(Leaf);
    leaf.name = QStringLiteral("Patch");
    ASSERT_TRUE(Editor::editType(session, leaf).ok());
    EXPECT_EQ(tree->indexOf(SanFrancisco, TerritoryTreeModel::TypeColumn).data().toString(),
              QStringLiteral("Patch"));
    // Removing a subtree takes its rep links: the count of what is left stays right.
    ASSERT_TRUE(Editor::removeTerritory(session, SanFrancisco).ok());
    EXPECT_EQ(tree->indexOf(Pacific, TerritoryTreeModel::RepsColumn).data().toInt(), 1);
}

TEST_F(ItemModels, TreeResetsAndSwitchesModels)
{
    QSignalSpy resets(tree.get(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(session.adopt(sampleData()).ok());
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(tree->rowCount(), 2);

    tree->setModelId(Draft);
    EXPECT_EQ(childNames(NoId), QStringList{QStringLiteral("Central")});

    // The shown model goes away: rows leave, then the tree is empty.
    tree->setModelId(Plan);
    ASSERT_TRUE(Editor::removeModel(session, Plan).ok());
    EXPECT_EQ(tree->modelId(), NoId);
    EXPECT_EQ(tree->rowCount(), 0);
    session.undoStack()->undo();
    tree->setModelId(Plan);
    EXPECT_EQ(childNames(West),
              (QStringList{QStringLiteral("Pacific"), QStringLiteral("Mountain")}));
}

TEST_F(ItemModels, TreeDropReparentsThroughTheUndoStack)
{
    std::unique_ptr<QMimeData> mime(tree->mimeData({tree->indexOf(NewYork)}));
    ASSERT_NE(mime, nullptr);
    const QModelIndex west = tree->indexOf(West);
    EXPECT_TRUE(tree->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, west));
    // Not onto its own subtree.
    std::unique_ptr<QMimeData> westMime(tree->mimeData({west}));
    EXPECT_FALSE(
        tree->canDropMimeData(westMime.get(), Qt::MoveAction, -1, 0, tree->indexOf(Pacific)));

    tree->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, west);
    EXPECT_EQ(session.document()->territory(NewYork)->parentId, West);
    EXPECT_EQ(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    EXPECT_EQ(session.document()->territory(NewYork)->parentId, East);
}

TEST(ModelList, FollowsModelsOfTheWorkspace)
{
    RecordingReporter reporter;
    DocumentSession session;
    session.setAutosaveInterval(0);
    session.setErrorReporter(&reporter);
    ASSERT_TRUE(session.adopt(sampleData()).ok());
    TerritoryModelListModel list(session.document());
    Tester tester(&list, Tester::FailureReportingMode::Fatal);

    ASSERT_EQ(list.rowCount(), 2);
    EXPECT_EQ(list.index(0).data().toString(), QStringLiteral("FY25 Plan — Active"));
    EXPECT_EQ(list.index(1).data(TerritoryModelListModel::IdRole).value<Id>(), Draft);

    Result<Id> clone = Editor::cloneModel(session, Plan, QStringLiteral("Plan B"));
    ASSERT_TRUE(clone.ok());
    EXPECT_EQ(list.rowCount(), 3);
    EXPECT_EQ(list.modelIdAt(2), *clone);

    TerritoryModel renamed = *session.document()->model(Draft);
    renamed.name = QStringLiteral("FY26 Draft v2");
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(Editor::editModel(session, renamed).ok());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(list.index(1).data().toString(), QStringLiteral("FY26 Draft v2 — Planning"));

    ASSERT_TRUE(Editor::removeModel(session, Plan).ok());
    EXPECT_EQ(list.rowCount(), 2);
    session.undoStack()->undo();
    EXPECT_EQ(list.rowCount(), 3);
    EXPECT_EQ(list.modelIdAt(0), Plan);

    ASSERT_TRUE(session.adopt(sampleData()).ok());
    EXPECT_EQ(list.rowCount(), 2);
}

} // namespace
