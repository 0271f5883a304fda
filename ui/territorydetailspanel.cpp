// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/territorydetailspanel.h"

#include "ui/commands/editor.h"
#include "ui/document/documentsession.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
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
    , m_geographySummary(valueLabel(QStringLiteral("detailGeographySummary")))
    , m_geography(new QTreeWidget)
    , m_unassign(new QPushButton(tr("Unassign Selected Units")))
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
    form->addRow(tr("Geography:"), m_geographySummary);

    // The territory's units and drawn shapes, readable without the map.
    m_geography->setObjectName(QStringLiteral("detailGeography"));
    m_geography->setHeaderLabels({tr("Kind"), tr("Id"), tr("Name")});
    m_geography->setRootIsDecorated(false);
    m_geography->setUniformRowHeights(true);
    m_geography->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_geography->setSortingEnabled(true);
    m_geography->header()->setStretchLastSection(true);
    m_geography->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_unassign->setObjectName(QStringLiteral("unassignUnitsButton"));
    m_unassign->setEnabled(false);
    connect(m_geography, &QTreeWidget::itemSelectionChanged, this, [this] {
        bool units = false;
        for (QTreeWidgetItem *item : m_geography->selectedItems())
            units = units || item->data(0, Qt::UserRole).toInt() >= 0;
        m_unassign->setEnabled(units);
    });
    connect(m_unassign, &QPushButton::clicked, this, &TerritoryDetailsPanel::unassignSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unassign);

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_geography, 1);
    detailsLayout->addLayout(buttons);
    // Takes the room the geography list leaves when it is hidden, so that the
    // form's rows stay together at the top.
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
        connect(d, &WorkspaceDocument::territoryUnitsChanged, this,
                [this](Id, const std::vector<Id> &ids) {
                    if (std::find(ids.begin(), ids.end(), m_territoryId) != ids.end())
                        refresh();
                });
        connect(d, &WorkspaceDocument::drawnShapeAdded, this, [this] { refresh(); });
        connect(d, &WorkspaceDocument::drawnShapeChanged, this, [this] { refresh(); });
        connect(d, &WorkspaceDocument::drawnShapeRemoved, this, [this] { refresh(); });
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
    refreshGeography();
}

void TerritoryDetailsPanel::refreshGeography()
{
    const WorkspaceDocument *doc = m_session->document();
    const std::vector<UnitRef> units = doc->unitsOf(m_territoryId);
    const std::vector<const DrawnShape *> shapes = doc->shapesOf(m_territoryId);
    int counts[4] = {};
    for (const UnitRef &u : units)
        ++counts[int(u.kind)];
    QStringList parts;
    const QString names[4] = {counts[0] == 1 ? tr("1 country") : tr("%L1 countries").arg(counts[0]),
                              counts[1] == 1 ? tr("1 state") : tr("%L1 states").arg(counts[1]),
                              counts[2] == 1 ? tr("1 county") : tr("%L1 counties").arg(counts[2]),
                              counts[3] == 1 ? tr("1 ZIP code")
                                             : tr("%L1 ZIP codes").arg(counts[3])};
    for (int k = 0; k < 4; ++k) {
        if (counts[k])
            parts << names[k];
    }
    if (!shapes.empty())
        parts << (shapes.size() == 1 ? tr("1 drawn shape")
                                     : tr("%L1 drawn shapes").arg(shapes.size()));
    m_geographySummary->setText(parts.isEmpty() ? tr("None: accounts come from rules and manual "
                                                     "assignments only")
                                                : parts.join(QStringLiteral(", ")));

    m_geography->setSortingEnabled(false);
    m_geography->clear();
    QList<QTreeWidgetItem *> items;
    for (const UnitRef &u : units) {
        auto *item = new QTreeWidgetItem(
            {QString::fromLatin1(unitKindName(u.kind)), QString::fromStdString(u.id), unitName(u)});
        item->setData(0, Qt::UserRole, int(u.kind));
        items << item;
    }
    for (const DrawnShape *shape : shapes) {
        auto *item =
            new QTreeWidgetItem({tr("drawn shape"), QString::number(shape->id), shape->name});
        item->setData(0, Qt::UserRole, -1);
        items << item;
    }
    m_geography->addTopLevelItems(items);
    m_geography->setSortingEnabled(true);
    m_geography->setVisible(!items.isEmpty());
    m_unassign->setVisible(!units.empty());
    m_unassign->setEnabled(false);
    m_geography->resizeColumnToContents(0);
    m_geography->resizeColumnToContents(1);
}

void TerritoryDetailsPanel::unassignSelected()
{
    const Territory *t = m_session ? m_session->document()->territory(m_territoryId) : nullptr;
    if (!t)
        return;
    std::vector<UnitRef> units;
    for (QTreeWidgetItem *item : m_geography->selectedItems()) {
        const int kind = item->data(0, Qt::UserRole).toInt();
        if (kind >= 0)
            units.push_back({UnitKind(kind), item->text(1).toStdString()});
    }
    if (!units.empty())
        (void)Editor::unassignUnits(*m_session, t->modelId, units);
}

} // namespace Tessera
