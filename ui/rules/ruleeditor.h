// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/assignmentrule.h"
#include "core/rules/assignmentengine.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace Tessera {

class AssignmentService;
class DocumentSession;
class RuleItemDelegate;
class RuleItemsModel;

// The assignment rules of the selected territory: the rules acting there
// (its own and those inherited from ancestors), and an editor for the chosen
// one. Label, API name, items and filter are edited as a draft, checked as
// the admin types (filter syntax, number of matching accounts) and applied
// as one undoable command; the "active" and "apply to child territories"
// switches, new, delete, link and unlink are undoable commands at once.
class RuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleEditor(QWidget *parent = nullptr);
    ~RuleEditor() override;

    void setSession(DocumentSession *session, AssignmentService *service);
    void setTerritory(Id territoryId);
    Id territoryId() const { return m_territoryId; }

    // The rules listed, as the engine reports them for the territory.
    const std::vector<ActingRule> &actingRules() const { return m_acting; }
    Id currentRuleId() const { return m_ruleId; }
    void selectRule(Id ruleId);

    RuleItemsModel *itemsModel() const { return m_items; }
    // The rule as the form shows it now.
    AssignmentRule draftRule() const;
    bool isDirty() const;
    // The accounts the draft matches, once counted; empty when it cannot run.
    std::optional<std::size_t> draftMatchCount() const { return m_count; }
    // Counts now instead of after the pause in typing.
    void refreshCount();

    bool applyDraft();
    void revertDraft();
    Result<Id> newRule(const QString &label = {});
    void deleteRule();
    void linkExistingRule(Id ruleId);
    void unlinkRule();

private:
    void buildUi();
    void refreshRuleList();
    void loadRule();
    void showRule(bool enabled);
    void draftChanged();
    void validateFilter();
    void refreshIssues();
    void updateButtons();
    void showLinkMenu();
    const ActingRule *currentActing() const;
    bool commitPending(); // applies a dirty draft before the selection moves on

    DocumentSession *m_session = nullptr;
    AssignmentService *m_service = nullptr;
    Id m_territoryId = NoId;
    Id m_ruleId = NoId;
    std::vector<ActingRule> m_acting;
    AssignmentRule m_base; // the rule as loaded into the form
    std::optional<std::size_t> m_count;
    bool m_loading = false;

    QLabel *m_title;
    QListWidget *m_ruleList;
    QPushButton *m_newButton;
    QToolButton *m_linkButton;
    QPushButton *m_unlinkButton;
    QPushButton *m_deleteButton;
    QWidget *m_form;
    QLineEdit *m_label;
    QLineEdit *m_apiName;
    QCheckBox *m_active;
    QCheckBox *m_applyToChildren;
    QTableView *m_itemsView;
    RuleItemsModel *m_items;
    RuleItemDelegate *m_delegate;
    QPushButton *m_addItemButton;
    QPushButton *m_removeItemButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QLineEdit *m_filter;
    QLabel *m_filterMessage;
    QLabel *m_countLabel;
    QListWidget *m_issues;
    QPushButton *m_applyButton;
    QPushButton *m_revertButton;
    QTimer *m_countTimer;
};

} // namespace Tessera
