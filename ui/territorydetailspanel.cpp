// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/territorydetailspanel.h"

#include "ui/commands/editor.h"
#include "ui/document/documentsession.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {
QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

TerritoryDetailsPanel::TerritoryDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel)
    , m_name(new QLineEdit)
    , m_apiName(valueLabel(QStringLiteral("detailApiName")))
    , m_type(valueLabel(QStringLiteral("detailType")))
    , m_parent(valueLabel(QStringLiteral("detailParent")))
    , m_description(new QPlainTextEdit)
    , m_accountAccess(valueLabel(QStringLiteral("detailAccountAccess")))
    , m_opportunityAccess(valueLabel(QStringLiteral("detailOpportunityAccess")))
    , m_caseAccess(valueLabel(QStringLiteral("detailCaseAccess")))
    , m_contactAccess(valueLabel(QStringLiteral("detailContactAccess")))
    , m_forecastManager(valueLabel(QStringLiteral("detailForecastManager")))
    , m_children(valueLabel(QStringLiteral("detailChildren")))
    , m_reps(valueLabel(QStringLiteral("detailReps")))
{
    setObjectName(QStringLiteral("territoryDetails"));
    m_name->setObjectName(QStringLiteral("detailName"));
    m_description->setObjectName(QStringLiteral("detailDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_description->installEventFilter(this);
    m_description->setPlaceholderText(tr("What this territory covers"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *empty = new QLabel(tr("Select a territory to see its details."));
    empty->setObjectName(QStringLiteral("detailPlaceholder"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);

    auto *details = new QWidget;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("API name:"), m_apiName);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Parent:"), m_parent);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Account access:"), m_accountAccess);
    form->addRow(tr("Opportunity access:"), m_opportunityAccess);
    form->addRow(tr("Case access:"), m_caseAccess);
    form->addRow(tr("Contact access:"), m_contactAccess);
    form->addRow(tr("Forecast manager:"), m_forecastManager);
    form->addRow(tr("Sub-territories:"), m_children);
    form->addRow(tr("Reps:"), m_reps);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addLayout(form);
    detailsLayout->addStretch();

    m_stack->addWidget(empty);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_name, &QLineEdit::editingFinished, this, &TerritoryDetailsPanel::commitName);
    refresh();
}

void TerritoryDetailsPanel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session->document(), nullptr, this, nullptr);
    m_session = session;
    m_territoryId = NoId;
    if (session) {
        WorkspaceDocument *d = session->document();
        connect(d, &WorkspaceDocument::territoryChanged, this, [this](Id id, unsigned) {
            if (id == m_territoryId)
                refresh();
        });
        connect(d, &WorkspaceDocument::territoryRemoved, this, [this] { refresh(); });
        connect(d, &WorkspaceDocument::territoryAdded, this, [this] { refresh(); });
        connect(d, &WorkspaceDocument::resetDone, this, [this] { refresh(); });
        connect(d, &WorkspaceDocument::linksChanged, this, [this] { refresh(); });
        connect(d, &WorkspaceDocument::listItemChanged, this, [this] { refresh(); });
    }
    refresh();
}

void TerritoryDetailsPanel::setTerritory(Id territoryId)
{
    if (territoryId == m_territoryId)
        return;
    // Leaving a territory keeps what was typed for it.
    commitName();
    commitDescription();
    m_territoryId = territoryId;
    refresh();
}

bool TerritoryDetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

void TerritoryDetailsPanel::commitName()
{
    if (m_committing || !m_session || !m_session->document()->territory(m_territoryId))
        return;
    m_committing = true;
    if (!Editor::renameTerritory(*m_session, m_territoryId, m_name->text().trimmed()))
        refresh(); // refused: show the name the territory still has
    m_committing = false;
}

void TerritoryDetailsPanel::commitDescription()
{
    if (m_committing || !m_session || !m_session->document()->territory(m_territoryId))
        return;
    m_committing = true;
    if (!Editor::setTerritoryDescription(*m_session, m_territoryId, m_description->toPlainText()))
        refresh();
    m_committing = false;
}

void TerritoryDetailsPanel::refresh()
{
    const WorkspaceDocument *doc = m_session ? m_session->document() : nullptr;
    const Territory *t = doc ? doc->territory(m_territoryId) : nullptr;
    if (!t) {
        m_territoryId = NoId;
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const QString none = tr("None");
    m_title->setText(t->name);
    if (m_name->text() != t->name)
        m_name->setText(t->name);
    m_apiName->setText(t->apiName);
    const TerritoryType *type = doc->type(t->typeId);
    m_type->setText(type ? type->name : none);
    const Territory *parent = doc->territory(t->parentId);
    m_parent->setText(parent ? parent->name : tr("None (top level)"));
    if (m_description->toPlainText() != t->description)
        m_description->setPlainText(t->description);
    m_accountAccess->setText(accessLevelName(t->accountAccess));
    m_opportunityAccess->setText(accessLevelName(t->opportunityAccess));
    m_caseAccess->setText(accessLevelName(t->caseAccess));
    m_contactAccess->setText(accessLevelName(t->contactAccess));
    const Rep *manager = doc->rep(t->forecastManagerId);
    m_forecastManager->setText(manager ? manager->name : none);
    m_children->setText(QString::number(doc->children(t->modelId, t->id).size()));
    QStringList reps;
    for (const RepAssignment &a : doc->repAssignments()) {
        if (a.territoryId != t->id)
            continue;
        if (const Rep *rep = doc->rep(a.repId))
            reps << (a.role.isEmpty() ? rep->name : tr("%1 (%2)").arg(rep->name, a.role));
    }
    m_reps->setText(reps.isEmpty() ? none : reps.join(QLatin1Char('\n')));
}

} // namespace Tessera
