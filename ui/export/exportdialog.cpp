// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/exportdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Tessera {

ExportDialog::ExportDialog(WorkspaceData data, Id currentModel, QWidget *parent)
    : QDialog(parent)
    , m_data(std::move(data))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_chooseFolder = [this](const QString &current) {
        return QFileDialog::getExistingDirectory(this, tr("Export into Folder"), current);
    };

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (const Export::FormatInfo &f : Export::formats())
        m_format->addItem(QCoreApplication::translate("Tessera::Export", f.label),
                          static_cast<int>(f.format));
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("exportModelCombo"));
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    m_folder->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_allAsManual = new QCheckBox(tr("Export the previewed assignment of every account as manual "
                                     "associations (for orgs without assignment rules)"));
    m_allAsManual->setObjectName(QStringLiteral("allAsManualCheck"));
    m_geoRules = new QComboBox;
    m_geoRules->setObjectName(QStringLiteral("geoRulesCombo"));
    m_geoRules->addItem(tr("Not exported as rules"), static_cast<int>(GeoRules::Mode::None));
    m_geoRules->addItem(tr("ZIP codes (BillingPostalCode)"), static_cast<int>(GeoRules::Mode::Zip));
    m_geoRules->addItem(tr("Whole states and countries (BillingState, BillingCountryCode), "
                           "else ZIP codes"),
                        static_cast<int>(GeoRules::Mode::Region));
    m_geoRulesLabel = new QLabel(tr("&Geography:"));
    m_geoRulesLabel->setBuddy(m_geoRules);
    m_formatNote = new QLabel;
    m_formatNote->setObjectName(QStringLiteral("formatNote"));
    m_formatNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Model:"), m_model);
    // A row holding a layout gets no buddy by itself; without one the mnemonic shows as "&".
    auto *folderLabel = new QLabel(tr("F&older:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_allAsManual);
    form->addRow(m_geoRulesLabel, m_geoRules);
    form->addRow(QString(), m_formatNote);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_issueList = new QListWidget;
    m_issueList->setObjectName(QStringLiteral("issueList"));
    m_issueList->setWordWrap(true);
    m_issueList->setAlternatingRowColors(true);
    m_issueList->setMinimumHeight(160);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox;
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_issueList, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateOptions);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ExportDialog::runChecks);
    connect(m_allAsManual, &QCheckBox::toggled, this, &ExportDialog::updateOptions);
    connect(m_geoRules, &QComboBox::currentIndexChanged, this, &ExportDialog::runChecks);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_cancel = true;
        else
            reject();
    });

    m_initialModel = currentModel;
    updateOptions();
}

ExportDialog::~ExportDialog()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
}

Export::Request ExportDialog::request() const
{
    Export::Request r;
    r.format = static_cast<Export::Format>(m_format->currentData().toInt());
    const Id model = m_model->currentData().value<Id>();
    if (model != NoId)
        r.models = {model};
    r.allAsManual = r.format == Export::Format::DataLoader && m_allAsManual->isChecked();
    if (Export::info(r.format).salesforce && !r.allAsManual)
        r.geoRules = static_cast<GeoRules::Mode>(m_geoRules->currentData().toInt());
    return r;
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

void ExportDialog::updateOptions()
{
    const Export::FormatInfo &f =
        Export::info(static_cast<Export::Format>(m_format->currentData().toInt()));
    // The model list: every model for metadata (or one), exactly one otherwise.
    const Id keep = m_model->count() ? m_model->currentData().value<Id>() : m_initialModel;
    const QSignalBlocker block(m_model);
    m_model->clear();
    if (!f.oneModel)
        m_model->addItem(tr("All models"), QVariant::fromValue<Id>(NoId));
    for (const TerritoryModel &m : m_data.models)
        m_model->addItem(QStringLiteral("%1 (%2)").arg(m.name, modelStateName(m.state)),
                         QVariant::fromValue<Id>(m.id));
    int index = m_model->findData(QVariant::fromValue<Id>(keep));
    if (index < 0 && f.oneModel)
        index = m_model->findData(
            QVariant::fromValue<Id>(Export::exportedModel(m_data, {f.format, {}, false})));
    m_model->setCurrentIndex(std::max(index, 0));

    m_allAsManual->setVisible(f.format == Export::Format::DataLoader);
    // Geography as rules only where rules are exported.
    const bool geo =
        f.salesforce && !(f.format == Export::Format::DataLoader && m_allAsManual->isChecked());
    m_geoRules->setVisible(geo);
    m_geoRulesLabel->setVisible(geo);
    switch (f.format) {
    case Export::Format::SalesforceMetadata:
        m_formatNote->setText(tr("Territory types, models, territories and rules with their "
                                 "territory links, with package.xml, to deploy with the "
                                 "Salesforce CLI."));
        break;
    case Export::Format::SalesforceSource:
        m_formatNote->setText(tr("The same metadata in the sf CLI source format "
                                 "(-meta.xml files), for a Salesforce DX project."));
        break;
    case Export::Format::DataLoader:
        m_formatNote->setText(tr("One CSV per object in load order, and a README.txt that says "
                                 "which Ids to map after each step."));
        break;
    case Export::Format::Csv:
        m_formatNote->setText(tr("accounts.csv (each account with its territories and reps) and "
                                 "reps.csv (each rep with territories and roles)."));
        break;
    case Export::Format::GeoJson:
        m_formatNote->setText(tr("territories.geojson: the shape of every territory with "
                                 "geography, with its area, compactness, parts, centroid, "
                                 "accounts, workload, potential and spread."));
        break;
    }
    runChecks();
}

void ExportDialog::runChecks()
{
    m_issues = Export::check(m_data, request());
    m_issueList->clear();
    int errors = 0, warnings = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // Errors first: they are what the admin has to fix.
    for (int pass = 0; pass < 2; ++pass) {
        for (const ExportIssue &issue : m_issues) {
            const bool isError = issue.severity == ExportIssue::Error;
            if (isError != (pass == 0))
                continue;
            auto *item = new QListWidgetItem(isError ? errorIcon : warningIcon, issue.message);
            item->setToolTip(issue.message);
            m_issueList->addItem(item);
            (isError ? errors : warnings)++;
        }
    }
    const bool salesforce = Export::info(request().format).salesforce;
    if (errors > 0)
        m_summary->setText(tr("<b>Problems that block this export: %1.</b> Fix them in the "
                              "model, then export. Warnings: %2.")
                               .arg(errors)
                               .arg(warnings));
    else if (warnings > 0)
        m_summary->setText(
            tr("Ready to export. Warnings: %1. The export goes ahead and writes them into its "
               "README.txt.")
                .arg(warnings));
    else
        m_summary->setText(salesforce ? tr("Checked against Salesforce's limits and name rules: "
                                           "no problems found.")
                                      : tr("Ready to export."));
    if (m_issueList->count() == 0) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No problems found."));
        item->setFlags(Qt::ItemIsEnabled);
        m_issueList->addItem(item);
    }
    updateButtons();
}

void ExportDialog::updateButtons()
{
    m_exportButton->setEnabled(!m_running && !folder().isEmpty() && !hasErrors(m_issues));
    m_closeButton->setText(m_running ? tr("Cancel") : tr("Close"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_model, m_folder, m_allAsManual})
        w->setEnabled(!m_running);
}

void ExportDialog::chooseFolder()
{
    const QString chosen = m_chooseFolder(folder().isEmpty() ? QDir::homePath() : folder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

bool ExportDialog::startExport()
{
    if (m_running || folder().isEmpty() || hasErrors(m_issues))
        return false;
    m_running = true;
    m_cancel = false;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    updateButtons();
    const Export::Request r = request();
    const QString target = QDir::fromNativeSeparators(folder());
    if (m_worker.joinable())
        m_worker.join();
    m_worker = std::thread([this, r, target] {
        Progress progress;
        progress.cancel = &m_cancel;
        progress.report = [this](double fraction) {
            QMetaObject::invokeMethod(
                m_progress,
                [bar = m_progress, fraction] { bar->setValue(static_cast<int>(fraction * 100)); },
                Qt::QueuedConnection);
        };
        Result<Export::Report> result = Export::run(m_data, r, target, progress);
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)] { finishExport(result); },
            Qt::QueuedConnection);
    });
    return true;
}

void ExportDialog::finishExport(const Result<Export::Report> &result)
{
    if (m_worker.joinable())
        m_worker.join();
    m_running = false;
    m_progress->setVisible(false);
    QString message;
    if (result) {
        message = tr("Wrote %1 files to %2.")
                      .arg(result->files.size())
                      .arg(QDir::toNativeSeparators(folder()));
        if (request().geoRules != GeoRules::Mode::None)
            message += u' ' + tr("Geographic rules: %1 for %2 territories.")
                                  .arg(result->geoRules)
                                  .arg(result->geoTerritories);
        if (!result->warnings.isEmpty())
            message +=
                u' ' + tr("Warnings written to its README.txt: %1.").arg(result->warnings.size());
        m_summary->setText(QStringLiteral("<b>%1</b>").arg(message.toHtmlEscaped()));
    } else {
        message = result.error().toString();
        m_summary->setText(tr("<b>The export failed:</b> %1").arg(message.toHtmlEscaped()));
    }
    updateButtons();
    emit exportFinished(result.ok(), message);
}

void ExportDialog::waitForExport()
{
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &ExportDialog::exportFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Tessera
