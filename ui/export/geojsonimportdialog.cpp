// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/geojsonimportdialog.h"

#include "core/interchange/territorynames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <set>

namespace Tessera {

namespace {

// Property keys of the first features, for the name property's choices.
QStringList propertyKeys(const QByteArray &bytes)
{
    std::set<QString> keys;
    const QJsonArray features =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("features")).toArray();
    for (qsizetype i = 0; i < std::min<qsizetype>(features.size(), 100); ++i) {
        const QJsonObject p = features[i].toObject().value(QStringLiteral("properties")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (it.value().isString())
                keys.insert(it.key());
        }
    }
    return QStringList(keys.begin(), keys.end());
}

} // namespace

GeoJsonImportDialog::GeoJsonImportDialog(const WorkspaceData &data, Id modelId,
                                         const QString &fileName, const QByteArray &bytes,
                                         QWidget *parent)
    : QDialog(parent)
    , m_data(data)
    , m_modelId(modelId)
    , m_fileName(fileName)
    , m_bytes(bytes)
{
    setObjectName(QStringLiteral("geoJsonImportDialog"));
    setWindowTitle(tr("Import GeoJSON"));

    m_nameProperty = new QComboBox;
    m_nameProperty->setObjectName(QStringLiteral("namePropertyCombo"));
    m_nameProperty->setEditable(true);
    QStringList keys = propertyKeys(bytes);
    if (!keys.contains(QStringLiteral("name")))
        keys.prepend(QStringLiteral("name"));
    m_nameProperty->addItems(keys);
    m_nameProperty->setCurrentText(QStringLiteral("name"));

    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("parentCombo"));
    m_parent->addItem(tr("Do not create territories"), QVariant::fromValue<Id>(NoId));
    const TerritoryNames names(data);
    for (const Territory &t : data.territories) {
        if (t.modelId == modelId)
            m_parent->addItem(tr("Under %1").arg(names.path(t.id)), QVariant::fromValue<Id>(t.id));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), new QLabel(QFileInfo(fileName).fileName()));
    form->addRow(tr("&Territory name in:"), m_nameProperty);
    form->addRow(tr("&New territories:"), m_parent);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_preview = new QListWidget;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setWordWrap(true);
    m_preview->setAlternatingRowColors(true);

    auto *buttons = new QDialogButtonBox;
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(640, 460);

    connect(m_nameProperty, &QComboBox::currentTextChanged, this, &GeoJsonImportDialog::update);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &GeoJsonImportDialog::update);
    update();
}

void GeoJsonImportDialog::update()
{
    m_preview->clear();
    m_plan = {};
    Result<GeoJson::ReadReport> read =
        GeoJson::read(m_bytes, m_nameProperty->currentText().trimmed(), m_fileName);
    if (!read) {
        m_fileError = read.error().toString();
        m_summary->setText(
            tr("<b>The file cannot be imported:</b> %1").arg(m_fileError.toHtmlEscaped()));
        m_importButton->setEnabled(false);
        return;
    }
    m_fileError.clear();
    m_plan = GeoJson::plan(m_data, m_modelId, *read, m_parent->currentData().value<Id>());
    const TerritoryNames names(m_data);
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon added = style()->standardIcon(QStyle::SP_FileDialogNewFolder);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const GeoJson::ImportPlan::Shape &s : m_plan.shapes) {
        if (s.territoryId != NoId) {
            m_preview->addItem(
                new QListWidgetItem(ok, tr("Feature %1 (\"%2\"): a drawn shape of %3")
                                            .arg(s.feature)
                                            .arg(s.name, names.path(s.territoryId))));
        } else {
            const auto &n = m_plan.created[static_cast<std::size_t>(s.newTerritory)];
            m_preview->addItem(new QListWidgetItem(
                added, tr("Feature %1 (\"%2\"): a drawn shape of the new territory %3 under %4")
                           .arg(s.feature)
                           .arg(s.name, n.apiName, names.path(n.parentId))));
        }
    }
    const QStringList refused = read->refused + m_plan.refused;
    for (QString r : refused) {
        // The core's messages start lower case to fit in a sentence; a list line starts upper case.
        if (!r.isEmpty())
            r[0] = r[0].toUpper();
        m_preview->addItem(new QListWidgetItem(warning, r));
    }
    m_summary->setText(tr("Shapes to draw: %1. New territories: %2. Features that cannot be "
                          "imported: %3.")
                           .arg(m_plan.shapes.size())
                           .arg(m_plan.created.size())
                           .arg(refused.size()));
    m_importButton->setEnabled(!m_plan.shapes.empty());
}

} // namespace Tessera
