// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/assignmentengine.h"
#include "tests/ui/test_ruledata.h"
#include "ui/document/assignmentservice.h"
#include "ui/document/documentsession.h"
#include "ui/rules/ruleeditor.h"
#include "ui/rules/ruleitemsmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace Tessera;
using namespace Tessera::Test;
using namespace Tessera::Test::Sample;

namespace {

class RuleEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session.setAutosaveInterval(0);
        session.setErrorReporter(&reporter);
        ASSERT_TRUE(session.adopt(ruleSampleData()).ok());
        service = std::make_unique<AssignmentService>(session.document());
        service->setModelId(Plan);
        editor = std::make_unique<RuleEditor>();
        tester = std::make_unique<QAbstractItemModelTester>(
            editor->itemsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        editor->setSession(&session, service.get());
        editor->resize(700, 800);
        editor->show();
        editor->setTerritory(SanFrancisco);
    }
    void TearDown() override
    {
        editor.reset();
        service.reset();
    }
    template<typename T>
    T *child(const char *name)
    {
        T *w = editor->findChild<T *>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    // Accounts whose state is one of these, counted here without the engine.
    std::size_t countStates(QStringList states)
    {
        const AccountStore &a = session.document()->accounts();
        std::size_t n = 0;
        for (std::size_t r = 0; r < a.rowCount(); ++r) {
            const QString s = a.displayText(r, AccountStore::BillingStateField);
            n += states.contains(s, Qt::CaseInsensitive) ? 1 : 0;
        }
        return n;
    }

    RecordingReporter reporter;
    DocumentSession session;
    std::unique_ptr<AssignmentService> service;
    std::unique_ptr<RuleEditor> editor;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(RuleEditorTest, ListsOwnAndInheritedRules)
{
    auto *list = child<QListWidget>("actingRulesList");
    ASSERT_EQ(list->count(), 2);
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    EXPECT_TRUE(texts.filter(QStringLiteral("California")).size() == 1)
        << texts.join(u'|').toStdString();
    EXPECT_EQ(texts.filter(QStringLiteral("inherited from Pacific")).size(), 1);
    EXPECT_TRUE(texts.filter(QStringLiteral("Pacific states")).first().contains(u"inherited"));
    // The first is shown in the form.
    EXPECT_NE(editor->currentRuleId(), NoId);
    editor->selectRule(CaliforniaRule);
    EXPECT_EQ(child<QLineEdit>("ruleLabelEdit")->text(), QStringLiteral("California"));
    EXPECT_EQ(child<QLineEdit>("ruleApiNameEdit")->text(), QStringLiteral("California"));
    EXPECT_TRUE(child<QCheckBox>("ruleActiveCheck")->isChecked());
    EXPECT_FALSE(child<QCheckBox>("applyToChildrenCheck")->isChecked());
    EXPECT_EQ(editor->itemsModel()->rowCount(), 1);
    EXPECT_TRUE(child<QPushButton>("unlinkRuleButton")->isEnabled());

    editor->selectRule(PacificRule);
    EXPECT_TRUE(child<QCheckBox>("applyToChildrenCheck")->isChecked());
    EXPECT_TRUE(child<QCheckBox>("applyToChildrenCheck")->text().contains(u"Pacific"));
    EXPECT_FALSE(child<QPushButton>("unlinkRuleButton")->isEnabled()); // linked at Pacific
}

TEST_F(RuleEditorTest, InvalidFilterShowsTheParserMessage)
{
    editor->selectRule(CaliforniaRule);
    auto *filter = child<QLineEdit>("filterEdit");
    auto *message = child<QLabel>("filterMessageLabel");
    EXPECT_FALSE(message->isVisible());
    QTest::keyClicks(filter, QStringLiteral("1 AND"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("position")))
        << message->text().toStdString();
    EXPECT_FALSE(filter->styleSheet().isEmpty()); // the red border
    EXPECT_FALSE(child<QPushButton>("applyRuleButton")->isEnabled());
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("(1)"));
    EXPECT_FALSE(message->isVisible());
    EXPECT_TRUE(filter->styleSheet().isEmpty());
    // Item 2 does not exist.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("1 OR 2"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Item 2")))
        << message->text().toStdString();
}

TEST_F(RuleEditorTest, LiveCountFollowsTheValueAsItIsTyped)
{
    editor->selectRule(CaliforniaRule);
    ASSERT_TRUE(editor->draftMatchCount().has_value());
    EXPECT_EQ(*editor->draftMatchCount(), countStates({QStringLiteral("CA")}));
    auto *label = child<QLabel>("matchCountLabel");
    EXPECT_TRUE(label->text().contains(QString::number(countStates({QStringLiteral("CA")}))));

    // Type into the value cell's editor, as the admin does.
    auto *table = child<QTableView>("ruleItemsTable");
    table->setFocus();
    const QModelIndex value = editor->itemsModel()->index(0, RuleItemsModel::ValueColumn);
    table->setCurrentIndex(value);
    table->edit(value);
    auto *valueEditor = table->findChild<QLineEdit *>(QStringLiteral("valueEditor"));
    ASSERT_NE(valueEditor, nullptr);
    valueEditor->selectAll();
    QTest::keyClicks(valueEditor, QStringLiteral("CA,NV"));
    EXPECT_EQ(editor->itemsModel()->items()[0].value, QStringLiteral("CA,NV"));
    editor->refreshCount(); // instead of waiting for the pause in typing
    const std::size_t draftCount = *editor->draftMatchCount();
    EXPECT_EQ(draftCount, countStates({QStringLiteral("CA"), QStringLiteral("NV")}));
    EXPECT_TRUE(editor->isDirty());
    EXPECT_TRUE(child<QPushButton>("applyRuleButton")->isEnabled());

    // Apply: one undo step, and the engine agrees with the draft's count.
    const int steps = session.undoStack()->count();
    QTest::mouseClick(child<QPushButton>("applyRuleButton"), Qt::LeftButton);
    EXPECT_EQ(session.undoStack()->count(), steps + 1);
    EXPECT_FALSE(editor->isDirty());
    AssignmentEngine fresh(session.document()->data(), Plan);
    ASSERT_TRUE(fresh.run().ok());
    ASSERT_NE(fresh.ruleMatches(CaliforniaRule), nullptr);
    EXPECT_EQ(fresh.ruleMatches(CaliforniaRule)->count(), draftCount);

    session.undoStack()->undo();
    EXPECT_EQ(editor->itemsModel()->items()[0].value, QStringLiteral("CA"));
    EXPECT_EQ(*editor->draftMatchCount(), countStates({QStringLiteral("CA")}));
}

TEST_F(RuleEditorTest, CompileErrorNamesTheItem)
{
    editor->selectRule(CaliforniaRule);
    editor->itemsModel()->insertItem(-1, RuleItem{QStringLiteral("Account.AnnualRevenue"),
                                                  QStringLiteral("contains"), QStringLiteral("5")});
    editor->refreshCount();
    EXPECT_FALSE(editor->draftMatchCount().has_value());
    EXPECT_TRUE(child<QLabel>("matchCountLabel")->text().contains(QStringLiteral("item 2")))
        << child<QLabel>("matchCountLabel")->text().toStdString();
}

TEST_F(RuleEditorTest, ItemButtonsAndRevert)
{
    editor->selectRule(CaliforniaRule);
    QTest::mouseClick(child<QPushButton>("addItemButton"), Qt::LeftButton);
    ASSERT_EQ(editor->itemsModel()->rowCount(), 2);
    editor->itemsModel()->setData(editor->itemsModel()->index(1, RuleItemsModel::FieldColumn),
                                  QStringLiteral("Account.Industry"));
    editor->itemsModel()->setData(editor->itemsModel()->index(1, RuleItemsModel::ValueColumn),
                                  QStringLiteral("Retail"));
    EXPECT_EQ(editor->itemsModel()->index(1, RuleItemsModel::OperationColumn).data().toString(),
              QStringLiteral("equals"));
    QTest::mouseClick(child<QPushButton>("moveItemUpButton"), Qt::LeftButton);
    EXPECT_EQ(editor->itemsModel()->items()[0].field, QStringLiteral("Account.Industry"));
    EXPECT_EQ(editor->itemsModel()->headerData(0, Qt::Vertical).toInt(), 1);
    EXPECT_TRUE(editor->isDirty());
    // Removing the added item gives back the rule as it was.
    QTest::mouseClick(child<QPushButton>("removeItemButton"), Qt::LeftButton);
    EXPECT_EQ(editor->itemsModel()->rowCount(), 1);
    EXPECT_FALSE(editor->isDirty());
    QTest::mouseClick(child<QPushButton>("addItemButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->isDirty());
    QTest::mouseClick(child<QPushButton>("revertRuleButton"), Qt::LeftButton);
    EXPECT_FALSE(editor->isDirty());
    EXPECT_EQ(editor->itemsModel()->items(), session.document()->rule(CaliforniaRule)->items);
}

TEST_F(RuleEditorTest, OperationPickerWritesTokens)
{
    editor->selectRule(CaliforniaRule);
    auto *table = child<QTableView>("ruleItemsTable");
    const QModelIndex op = editor->itemsModel()->index(0, RuleItemsModel::OperationColumn);
    table->edit(op);
    auto *picker = table->findChild<QComboBox *>(QStringLiteral("operationPicker"));
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->count(), 12);
    picker->setCurrentIndex(picker->findData(QStringLiteral("notEqual")));
    emit picker->activated(picker->currentIndex());
    EXPECT_EQ(editor->itemsModel()->items()[0].operation, QStringLiteral("notEqual"));
    EXPECT_EQ(op.data().toString(), QStringLiteral("not equal to"));
}

TEST_F(RuleEditorTest, SwitchesAreUndoableAtOnce)
{
    editor->selectRule(CaliforniaRule);
    auto *active = child<QCheckBox>("ruleActiveCheck");
    QTest::mouseClick(active, Qt::LeftButton);
    EXPECT_FALSE(session.document()->rule(CaliforniaRule)->active);
    EXPECT_TRUE(child<QLabel>("matchCountLabel")->text().contains(u"inactive"));
    session.undoStack()->undo();
    EXPECT_TRUE(session.document()->rule(CaliforniaRule)->active);
    EXPECT_TRUE(active->isChecked());

    QTest::mouseClick(child<QCheckBox>("applyToChildrenCheck"), Qt::LeftButton);
    bool applies = false;
    for (const RuleAssociation &a : session.document()->ruleAssociations())
        if (a.ruleId == CaliforniaRule && a.territoryId == SanFrancisco)
            applies = a.applyToChildren;
    EXPECT_TRUE(applies);
}

TEST_F(RuleEditorTest, NewDeleteLinkUnlink)
{
    Result<Id> id = editor->newRule(QStringLiteral("Bay Area"));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(editor->currentRuleId(), *id);
    EXPECT_EQ(child<QListWidget>("actingRulesList")->count(), 3);
    EXPECT_TRUE(child<QLabel>("matchCountLabel")->text().contains(u"Add an item"));

    editor->unlinkRule();
    EXPECT_EQ(child<QListWidget>("actingRulesList")->count(), 2);
    EXPECT_NE(session.document()->rule(*id), nullptr);
    editor->linkExistingRule(*id);
    EXPECT_EQ(child<QListWidget>("actingRulesList")->count(), 3);
    EXPECT_EQ(editor->currentRuleId(), *id);
    editor->deleteRule();
    EXPECT_EQ(session.document()->rule(*id), nullptr);
    EXPECT_EQ(child<QListWidget>("actingRulesList")->count(), 2);
    session.undoStack()->undo();
    service->flush();
    EXPECT_EQ(child<QListWidget>("actingRulesList")->count(), 3);
    EXPECT_TRUE(reporter.errors.empty());
}

TEST_F(RuleEditorTest, SwitchingRulesAppliesTheDraft)
{
    editor->selectRule(CaliforniaRule);
    QTest::keyClicks(child<QLineEdit>("ruleLabelEdit"), QStringLiteral(" North"));
    editor->selectRule(PacificRule);
    EXPECT_EQ(session.document()->rule(CaliforniaRule)->label, QStringLiteral("California North"));
}

TEST_F(RuleEditorTest, ShowsIssuesOfTheRule)
{
    editor->selectRule(CaliforniaRule);
    AssignmentRule rule = *session.document()->rule(CaliforniaRule);
    rule.items[0].value = QStringLiteral("ZZ"); // matches no account
    auto *label = child<QLineEdit>("ruleLabelEdit");
    (void)label;
    editor->itemsModel()->setData(editor->itemsModel()->index(0, RuleItemsModel::ValueColumn),
                                  QStringLiteral("ZZ"));
    ASSERT_TRUE(editor->applyDraft());
    auto *issues = child<QListWidget>("ruleIssuesList");
    ASSERT_GE(issues->count(), 1);
    EXPECT_EQ(issues->item(0)->data(Qt::UserRole).toString(), QStringLiteral("warning"));
}

} // namespace
