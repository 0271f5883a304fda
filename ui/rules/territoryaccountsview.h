// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;
class QTimer;

namespace Tessera {

class AssignmentService;
class DocumentSession;
class ExplanationPresenter;
class TerritoryAccountsModel;

// The accounts of the selected territory with the cause of each, a filter,
// and the questions an admin asks of them: why is this account here, why is
// that one not, put it here by hand, keep it out. Changes go through the
// undoable Editor facade.
class TerritoryAccountsView : public QWidget
{
    Q_OBJECT

public:
    explicit TerritoryAccountsView(QWidget *parent = nullptr);
    ~TerritoryAccountsView() override;

    void setSession(DocumentSession *session, AssignmentService *service);
    void setTerritory(Id territoryId); // also ends a list of accounts picked on the map
    // Lists accounts picked on the map (ascending rows) until the territory
    // changes; an empty list goes back to the territory's accounts.
    void showAccountSelection(const std::vector<std::uint32_t> &rows);
    Id territoryId() const { return m_territoryId; }
    TerritoryAccountsModel *model() const { return m_model.get(); }

    // Where explanations are shown; the view keeps it.
    void setExplanationPresenter(std::unique_ptr<ExplanationPresenter> presenter);

    // The account picked in the list, or typed in the search field.
    std::optional<std::uint32_t> selectedAccount() const;
    std::optional<std::uint32_t> searchedAccount() const;
    void selectAccount(std::uint32_t accountRow);

    void explainSelected();
    void explainSearched();
    void excludeSelected();
    void removeManualSelected();
    void assignSearched();

private:
    void explain(std::uint32_t accountRow);
    void updateSummary();
    void updateButtons();
    void updateCompletions();
    void showContextMenu(const QPoint &pos);

    DocumentSession *m_session = nullptr;
    AssignmentService *m_service = nullptr;
    Id m_territoryId = NoId;
    std::unique_ptr<TerritoryAccountsModel> m_model;
    std::unique_ptr<ExplanationPresenter> m_presenter;

    QLabel *m_title;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_whyButton;
    QPushButton *m_excludeButton;
    QLineEdit *m_search;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QPushButton *m_whyNotButton;
    QPushButton *m_assignButton;
    QTimer *m_filterTimer;
    QTimer *m_searchTimer;
};

} // namespace Tessera
