// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importwizard.h"

#include "ui/commands/editor.h"
#include "ui/document/documentsession.h"
#include "ui/errorreporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Tessera {

namespace {

QString typeLabel(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return ImportWizard::tr("Text");
    case FieldType::Picklist:
        return ImportWizard::tr("Picklist");
    case FieldType::MultiPicklist:
        return ImportWizard::tr("Multi-select picklist");
    case FieldType::Number:
        return ImportWizard::tr("Number");
    case FieldType::Date:
        return ImportWizard::tr("Date");
    case FieldType::Boolean:
        return ImportWizard::tr("Checkbox");
    }
    return {};
}

QString number(std::size_t n)
{
    return QLocale().toString(qulonglong(n));
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QTableWidget *makeTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(QLatin1String(name));
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    auto *it = new QTableWidgetItem(text);
    it->setToolTip(text);
    return it;
}

// --- 1. the file ---------------------------------------------------------------

class FilePage : public QWizardPage
{
public:
    explicit FilePage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("filePage"));
        const bool accounts = wizard->kind() == ImportWizard::Kind::Accounts;
        setTitle(accounts ? ImportWizard::tr("Import Accounts") : ImportWizard::tr("Import Reps"));
        setSubTitle(accounts ? ImportWizard::tr("Choose a CSV file of accounts, such as a "
                                                "Salesforce report or data export.")
                             : ImportWizard::tr("Choose a CSV file of reps: user id, name, email, "
                                                "capacity and home location."));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        auto *row = new QHBoxLayout;
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("pathEdit"));
        m_path->setPlaceholderText(ImportWizard::tr("accounts.csv"));
        auto *browse = new QPushButton(ImportWizard::tr("Browse…"), this);
        browse->setObjectName(QStringLiteral("browseButton"));
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        form->addRow(ImportWizard::tr("File:"), row);
        m_delimiter = new QComboBox(this);
        m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
        m_delimiter->addItem(ImportWizard::tr("Detect from the header row"), 0);
        m_delimiter->addItem(ImportWizard::tr("Comma"), int(','));
        m_delimiter->addItem(ImportWizard::tr("Semicolon"), int(';'));
        m_delimiter->addItem(ImportWizard::tr("Tab"), int('\t'));
        form->addRow(ImportWizard::tr("Delimiter:"), m_delimiter);
        layout->addLayout(form);

        if (accounts) {
            const bool hasAccounts = wizard->existingAccounts().rowCount() > 0;
            m_refresh = new QCheckBox(
                ImportWizard::tr("Refresh the %1 accounts of the workspace: update those with "
                                 "the same Id, add new ones")
                    .arg(number(wizard->existingAccounts().rowCount())),
                this);
            m_refresh->setObjectName(QStringLiteral("refreshCheck"));
            m_refresh->setChecked(hasAccounts);
            m_refresh->setEnabled(hasAccounts);
            m_removeMissing =
                new QCheckBox(ImportWizard::tr("Remove accounts that are not in the file"), this);
            m_removeMissing->setObjectName(QStringLiteral("removeMissingCheck"));
            m_removeMissing->setEnabled(hasAccounts);
            auto *note =
                new QLabel(hasAccounts ? ImportWizard::tr(
                                             "Without refresh, the file's accounts replace all "
                                             "accounts. Manual assignments and exclusions are kept "
                                             "either way: they follow the account Id.")
                                       : ImportWizard::tr("The workspace has no accounts yet."),
                           this);
            note->setWordWrap(true);
            layout->addWidget(m_refresh);
            auto *indent = new QHBoxLayout;
            indent->addSpacing(24);
            indent->addWidget(m_removeMissing);
            layout->addLayout(indent);
            layout->addWidget(note);
            connect(m_refresh, &QCheckBox::toggled, m_removeMissing, &QWidget::setEnabled);
        }
        m_error = errorLabel(this);
        layout->addWidget(m_error);
        layout->addStretch();

        connect(m_path, &QLineEdit::textChanged, this, [this] {
            showError(m_error, {});
            emit completeChanged();
        });
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = m_wizard->chooseFile();
            if (!path.isEmpty())
                m_path->setText(path);
        });
    }

    bool isComplete() const override { return !m_path->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        if (m_refresh)
            m_wizard->setRefresh(m_refresh->isChecked(),
                                 m_refresh->isChecked() && m_removeMissing->isChecked());
        const char delimiter = char(m_delimiter->currentData().toInt());
        if (Status s = m_wizard->openFile(m_path->text().trimmed(), delimiter); !s) {
            showError(m_error, s.error().message);
            return false;
        }
        return true;
    }

private:
    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_delimiter;
    QCheckBox *m_refresh = nullptr;
    QCheckBox *m_removeMissing = nullptr;
    QLabel *m_error;
};

// --- 2. the first rows, as parsed ------------------------------------------------

class PreviewPage : public QWizardPage
{
public:
    explicit PreviewPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("previewPage"));
        setTitle(ImportWizard::tr("Preview"));
        setSubTitle(ImportWizard::tr("The first rows of the file, as Tessera reads them."));
        auto *layout = new QVBoxLayout(this);
        m_source = new QLabel(this);
        m_source->setObjectName(QStringLiteral("sourceLabel"));
        m_source->setWordWrap(true);
        m_table = makeTable(this, "previewTable", {});
        layout->addWidget(m_source);
        layout->addWidget(m_table, 1);
    }

    void initializePage() override
    {
        QString source =
            ImportWizard::tr("Delimiter: %1 · Encoding: %2 · %3 columns")
                .arg(csvDelimiterName(m_wizard->delimiter()), csvEncodingName(m_wizard->encoding()))
                .arg(m_wizard->header().size());
        if (m_wizard->encoding() == CsvEncoding::Windows1252)
            source += QStringLiteral("\n") +
                      ImportWizard::tr("The file is not valid UTF-8; it was read as Windows-1252 "
                                       "(Latin-1) and converted.");
        m_source->setText(source);
        const QStringList &header = m_wizard->header();
        const auto &rows = m_wizard->previewRows();
        m_table->clear();
        m_table->setColumnCount(int(header.size()));
        m_table->setHorizontalHeaderLabels(header);
        m_table->setRowCount(int(rows.size()));
        for (int r = 0; r < int(rows.size()); ++r) {
            for (int c = 0; c < int(rows[std::size_t(r)].size()) && c < int(header.size()); ++c)
                m_table->setItem(r, c, item(rows[std::size_t(r)][c]));
        }
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_source;
    QTableWidget *m_table;
};

// --- 3. columns to fields --------------------------------------------------------

class MappingPage : public QWizardPage
{
public:
    enum Column { FileColumn, ExampleColumn, FieldColumn, TypeColumn };

    explicit MappingPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("mappingPage"));
        setTitle(ImportWizard::tr("Columns and Fields"));
        setSubTitle(wizard->kind() == ImportWizard::Kind::Accounts
                        ? ImportWizard::tr("Where each column goes. Columns that are not "
                                           "Salesforce fields become custom fields; their type "
                                           "is inferred from all values unless you choose one.")
                        : ImportWizard::tr("Where each column goes. A rep needs a user id and a "
                                           "name; a home is a latitude and longitude or a US "
                                           "ZIP code."));
        auto *layout = new QVBoxLayout(this);
        m_table = makeTable(this, "mappingTable",
                            {ImportWizard::tr("Column in the file"), ImportWizard::tr("Example"),
                             ImportWizard::tr("Field"), ImportWizard::tr("Type")});
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
        m_error = errorLabel(this);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_error);
    }

    void initializePage() override
    {
        const auto &mapping = m_wizard->mapping();
        const auto &rows = m_wizard->previewRows();
        m_table->setRowCount(int(mapping.size()));
        for (int r = 0; r < int(mapping.size()); ++r) {
            const ColumnMapping &m = mapping[std::size_t(r)];
            m_table->setItem(r, FileColumn, item(m.header));
            QStringList examples;
            for (const QStringList &row : rows) {
                if (m.column < row.size() && !row[m.column].isEmpty() &&
                    !examples.contains(row[m.column]))
                    examples << row[m.column].simplified().left(40);
                if (examples.size() == 3)
                    break;
            }
            m_table->setItem(r, ExampleColumn, item(examples.join(QStringLiteral(", "))));
            auto *field = new QComboBox(m_table);
            field->setObjectName(QStringLiteral("fieldCombo%1").arg(r));
            fillFields(field, m);
            m_table->setCellWidget(r, FieldColumn, field);
            auto *type = new QComboBox(m_table);
            type->setObjectName(QStringLiteral("typeCombo%1").arg(r));
            type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            m_table->setCellWidget(r, TypeColumn, type);
            fillTypes(r);
            connect(field, &QComboBox::currentIndexChanged, this, [this, r] {
                fillTypes(r);
                showError(m_error, {});
            });
        }
        m_table->resizeColumnsToContents();
        // The combo boxes decide the width of their columns; the examples take what is left.
        int fieldWidth = 240, typeWidth = 120;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            fieldWidth =
                std::max(fieldWidth, m_table->cellWidget(r, FieldColumn)->sizeHint().width());
            typeWidth = std::max(typeWidth, m_table->cellWidget(r, TypeColumn)->sizeHint().width());
        }
        m_table->setColumnWidth(FieldColumn, fieldWidth);
        m_table->setColumnWidth(TypeColumn, typeWidth);
        m_table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    }

    bool validatePage() override
    {
        auto &mapping = m_wizard->mapping();
        for (int r = 0; r < int(mapping.size()); ++r) {
            ColumnMapping &m = mapping[std::size_t(r)];
            const auto *field = static_cast<QComboBox *>(m_table->cellWidget(r, FieldColumn));
            const auto *type = static_cast<QComboBox *>(m_table->cellWidget(r, TypeColumn));
            const QString target = field->currentData().toString();
            if (m_wizard->kind() == ImportWizard::Kind::Accounts) {
                if (Status s = AccountImport::setTarget(m, target, m_wizard->existingAccounts());
                    !s) {
                    showError(m_error, s.error().message);
                    return false;
                }
                if (m.newField) {
                    const int chosen = type->currentData().toInt();
                    m.typeKnown = chosen >= 0;
                    if (chosen >= 0)
                        m.type = FieldType(chosen);
                }
            } else {
                m.field = target;
                m.typeKnown = true;
            }
        }
        const Status s = m_wizard->kind() == ImportWizard::Kind::Accounts
                             ? AccountImport::checkMapping(mapping, m_wizard->existingAccounts())
                             : RepImport::checkMapping(mapping);
        showError(m_error, s ? QString() : s.error().message);
        return s.ok();
    }

private:
    void fillFields(QComboBox *combo, const ColumnMapping &m)
    {
        combo->addItem(ImportWizard::tr("— Do not import —"), QString());
        if (m_wizard->kind() == ImportWizard::Kind::Reps) {
            for (const QString &name : RepImport::fieldNames())
                combo->addItem(name, name);
        } else {
            const AccountStore &store = m_wizard->existingAccounts();
            for (const FieldDef &def : store.fields())
                combo->addItem(def.label == def.name
                                   ? def.name
                                   : QStringLiteral("%1 (%2)").arg(def.label, def.name),
                               def.name);
            if (m.newField)
                combo->addItem(ImportWizard::tr("New field %1").arg(m.field), m.field);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(m.field)));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }

    void fillTypes(int row)
    {
        const ColumnMapping &m = m_wizard->mapping()[std::size_t(row)];
        auto *field = static_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn));
        auto *type = static_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn));
        if (!type)
            return;
        type->clear();
        const QString target = field->currentData().toString();
        if (target.isEmpty()) {
            type->setEnabled(false);
            return;
        }
        if (m_wizard->kind() == ImportWizard::Kind::Reps) {
            const bool number = target == u"CapacityHours" || target.startsWith(u"HomeL");
            type->addItem(typeLabel(number ? FieldType::Number : FieldType::Text));
            type->setEnabled(false);
            return;
        }
        const int existing = m_wizard->existingAccounts().fieldIndex(target);
        if (existing >= 0) {
            const FieldType t = m_wizard->existingAccounts().field(existing).type;
            type->addItem(typeLabel(t), int(t));
            type->setEnabled(false);
            return;
        }
        type->setEnabled(true);
        type->addItem(ImportWizard::tr("Automatic: %1")
                          .arg(typeLabel(m_wizard->sampleType(m.column)).toLower()),
                      -1);
        for (FieldType t : {FieldType::Text, FieldType::Picklist, FieldType::Number,
                            FieldType::Date, FieldType::Boolean})
            type->addItem(typeLabel(t), int(t));
        type->setCurrentIndex(m.typeKnown ? std::max(0, type->findData(int(m.type))) : 0);
    }

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_error;
};

// --- 4. the whole file, and what is wrong with it --------------------------------

class CheckPage : public QWizardPage
{
public:
    explicit CheckPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("checkPage"));
        setTitle(ImportWizard::tr("Reading the File"));
        setSubTitle(ImportWizard::tr("Every row is read and checked. Nothing changes in the "
                                     "workspace until you finish."));
        auto *layout = new QVBoxLayout(this);
        auto *row = new QHBoxLayout;
        m_bar = new QProgressBar(this);
        m_bar->setObjectName(QStringLiteral("progressBar"));
        m_bar->setRange(0, 1000);
        m_bar->setTextVisible(false);
        m_cancel = new QPushButton(ImportWizard::tr("Cancel Reading"), this);
        m_cancel->setObjectName(QStringLiteral("cancelButton"));
        m_again = new QPushButton(ImportWizard::tr("Read Again"), this);
        m_again->setObjectName(QStringLiteral("readAgainButton"));
        row->addWidget(m_bar, 1);
        row->addWidget(m_cancel);
        row->addWidget(m_again);
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("statusLabel"));
        m_status->setWordWrap(true);
        // Without problems the table is hidden and the label gets its room: text at the top.
        m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_problems = makeTable(this, "problemsTable",
                               {ImportWizard::tr("Line"), ImportWizard::tr("Column"),
                                ImportWizard::tr("Value"), ImportWizard::tr("Problem")});
        m_problems->horizontalHeader()->setStretchLastSection(true);
        m_problems->verticalHeader()->hide(); // the Line column numbers the rows
        auto *bottom = new QHBoxLayout;
        m_skip = new QCheckBox(this);
        m_skip->setObjectName(QStringLiteral("skipBadRowsCheck"));
        m_report = new QPushButton(ImportWizard::tr("Save Report…"), this);
        m_report->setObjectName(QStringLiteral("saveReportButton"));
        bottom->addWidget(m_skip, 1);
        bottom->addWidget(m_report);
        layout->addLayout(row);
        layout->addWidget(m_status);
        layout->addWidget(m_problems, 1);
        layout->addLayout(bottom);

        m_timer = new QTimer(this);
        m_timer->setInterval(100);
        connect(m_timer, &QTimer::timeout, this,
                [this] { m_bar->setValue(int(m_wizard->checkProgress() * 1000)); });
        connect(m_cancel, &QPushButton::clicked, this, [this] { m_wizard->cancelCheck(); });
        connect(m_again, &QPushButton::clicked, this, [this] { start(); });
        connect(m_skip, &QCheckBox::toggled, this, [this](bool on) {
            m_wizard->setSkipBadRows(on);
            emit completeChanged();
        });
        connect(m_report, &QPushButton::clicked, this, [this] { saveReport(); });
        connect(wizard, &ImportWizard::checkFinished, this, [this] { showResult(); });
    }

    void initializePage() override { start(); }
    void cleanupPage() override { m_wizard->cancelCheck(); }

    bool isComplete() const override
    {
        if (m_wizard->isChecking() || m_wizard->checkError() || !m_wizard->problems())
            return false;
        // Nothing to import: a header-only file, or every row has problems.
        if (m_wizard->rowsToImport() == 0)
            return false;
        return m_wizard->problems()->empty() || m_wizard->skipBadRows();
    }

private:
    void start()
    {
        m_problems->setRowCount(0);
        m_problems->hide();
        m_skip->hide();
        m_report->hide();
        m_again->hide();
        m_cancel->show();
        m_bar->setValue(0);
        m_status->setText(
            ImportWizard::tr("Reading %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
        m_wizard->startCheck();
        m_timer->start();
        emit completeChanged();
    }

    void showResult()
    {
        m_timer->stop();
        m_cancel->hide();
        m_bar->setValue(1000);
        if (const auto &error = m_wizard->checkError()) {
            m_again->show();
            m_status->setText(
                error->code == ErrorCode::Cancelled
                    ? ImportWizard::tr("Reading was cancelled.")
                    : ImportWizard::tr("The file cannot be imported: %1").arg(error->message));
            emit completeChanged();
            return;
        }
        const ImportProblems &p = *m_wizard->problems();
        QString text = ImportWizard::tr("%1 rows read; %2 can be imported.")
                           .arg(number(m_wizard->rowsRead()), number(m_wizard->rowsToImport()));
        if (p.empty()) {
            text += QLatin1Char(' ') + ImportWizard::tr("No problems found.");
        } else {
            text += QLatin1Char(' ') +
                    ImportWizard::tr("%1 rows have problems; the import can skip them, or you "
                                     "can correct the file and read it again.")
                        .arg(number(p.rows));
            m_problems->setRowCount(
                int(std::min<std::size_t>(p.listed.size(), ImportWizard::ShownProblems)));
            for (int r = 0; r < m_problems->rowCount(); ++r) {
                const RowProblem &problem = p.listed[std::size_t(r)];
                m_problems->setItem(r, 0, item(QString::number(problem.line)));
                m_problems->setItem(
                    r, 1,
                    item(problem.column > 0
                             ? QStringLiteral("%1 · %2").arg(problem.column).arg(problem.columnName)
                             : QString()));
                m_problems->setItem(r, 2, item(problem.value));
                m_problems->setItem(r, 3, item(problem.reason));
            }
            m_problems->resizeColumnsToContents();
            m_problems->setColumnWidth(2, std::min(m_problems->columnWidth(2), 200));
            m_problems->show();
            m_skip->setText(ImportWizard::tr("Skip the %1 rows with problems and import the others")
                                .arg(number(p.rows)));
            m_skip->setChecked(m_wizard->skipBadRows());
            m_skip->show();
            m_report->show();
        }
        if (m_wizard->rowsToImport() == 0)
            text += QLatin1Char(' ') +
                    (m_wizard->rowsRead() == 0
                         ? ImportWizard::tr("The file has a header but no rows: there is nothing "
                                            "to import.")
                         : ImportWizard::tr("No row can be imported."));
        if (m_wizard->repResult() && !m_wizard->repResult()->warnings.isEmpty())
            text += QStringLiteral("\n") + m_wizard->repResult()->warnings.join(u'\n');
        m_status->setText(text);
        emit completeChanged();
    }

    void saveReport()
    {
        const QString path = QFileDialog::getSaveFileName(
            this, ImportWizard::tr("Save Report of Problems"),
            QFileInfo(m_wizard->filePath()).completeBaseName() + QStringLiteral("-problems.csv"),
            ImportWizard::tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status s = writeProblemReport(*m_wizard->problems(), path); !s) {
            if (ErrorReporter *r = m_wizard->session()->errorReporter())
                r->showError(s.error());
        }
    }

    ImportWizard *m_wizard;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPushButton *m_again;
    QLabel *m_status;
    QTableWidget *m_problems;
    QCheckBox *m_skip;
    QPushButton *m_report;
    QTimer *m_timer;
};

// --- 5. what Finish will do ------------------------------------------------------

class SummaryPage : public QWizardPage
{
public:
    explicit SummaryPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("summaryPage"));
        setTitle(ImportWizard::tr("Ready to Import"));
        setSubTitle(ImportWizard::tr("What the import changes in the workspace."));
        setFinalPage(true);
        auto *layout = new QVBoxLayout(this);
        m_text = new QLabel(this);
        m_text->setObjectName(QStringLiteral("summaryLabel"));
        m_text->setWordWrap(true);
        m_text->setTextFormat(Qt::RichText);
        layout->addWidget(m_text);
        layout->addStretch();
    }

    void initializePage() override
    {
        QStringList lines;
        const auto li = [&lines](const QString &s) {
            lines << QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
        };
        if (const auto &a = m_wizard->accountResult()) {
            if (const auto &r = m_wizard->refreshResult()) {
                li(ImportWizard::tr("%1 accounts updated, %2 added.")
                       .arg(number(r->updated), number(r->added)));
                if (!r->missing.isEmpty())
                    li((r->missingRemoved
                            ? ImportWizard::tr("%1 accounts are not in the file and will be "
                                               "removed: %2")
                            : ImportWizard::tr("%1 accounts are not in the file and stay: %2"))
                           .arg(number(std::size_t(r->missing.size())),
                                QStringList(r->missing.mid(0, 5)).join(QStringLiteral(", ")) +
                                    (r->missing.size() > 5 ? QStringLiteral(", …") : QString())));
                li(ImportWizard::tr("The workspace will have %1 accounts.")
                       .arg(number(r->accounts.rowCount())));
            } else {
                li(ImportWizard::tr("%1 accounts will replace the %2 accounts of the workspace.")
                       .arg(number(a->accounts.rowCount()),
                            number(m_wizard->existingAccounts().rowCount())));
            }
            QStringList fields;
            for (const ColumnMapping &m : a->mapping) {
                if (m.newField)
                    fields << QStringLiteral("%1 (%2)").arg(m.field, typeLabel(m.type).toLower());
            }
            if (!fields.isEmpty())
                li(ImportWizard::tr("New custom fields: %1")
                       .arg(fields.join(QStringLiteral(", "))));
        } else if (const auto &plan = m_wizard->repPlan()) {
            li(ImportWizard::tr("%1 reps added, %2 updated, %3 unchanged.")
                   .arg(number(plan->additions.size()), number(plan->updates.size()),
                        number(plan->unchanged)));
            if (!plan->missing.isEmpty())
                li(ImportWizard::tr("%1 reps of the workspace are not in the file; they stay.")
                       .arg(number(std::size_t(plan->missing.size()))));
        }
        if (const ImportProblems *p = m_wizard->problems(); p && !p->empty())
            li(ImportWizard::tr("%1 rows with problems are skipped.").arg(number(p->rows)));
        m_text->setText(QStringLiteral("<ul>%1</ul><p>%2</p>")
                            .arg(lines.join(QString()),
                                 ImportWizard::tr("Finish imports them as one step that Edit › "
                                                  "Undo takes back.")
                                     .toHtmlEscaped()));
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_text;
};

} // namespace

ImportWizard::ImportWizard(DocumentSession *session, Kind kind, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(kind == Kind::Accounts ? tr("Import Accounts") : tr("Import Reps"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(FilePageId, new FilePage(this));
    setPage(PreviewPageId, new PreviewPage(this));
    setPage(MappingPageId, new MappingPage(this));
    setPage(CheckPageId, new CheckPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setButtonText(QWizard::FinishButton, tr("Import"));
    resize(900, 620);
}

ImportWizard::~ImportWizard()
{
    cancelCheck();
    if (m_worker.joinable())
        m_worker.join();
}

QString ImportWizard::chooseFile()
{
    if (m_fileDialog)
        return m_fileDialog();
    return QFileDialog::getOpenFileName(this, windowTitle(), QString(),
                                        tr("CSV files (*.csv *.txt *.tsv)") + QStringLiteral(";;") +
                                            tr("All files (*)"));
}

const AccountStore &ImportWizard::existingAccounts() const
{
    return m_session->document()->accounts();
}

void ImportWizard::setRefresh(bool on, bool removeMissing)
{
    m_refresh = on;
    m_removeMissing = on && removeMissing;
}

Status ImportWizard::openFile(const QString &path, char delimiter)
{
    Result<CsvReader> reader = CsvReader::open(path, {delimiter});
    if (!reader)
        return reader.error();
    const bool sameFile = path == m_path && delimiter == m_requestedDelimiter;
    m_path = path;
    m_requestedDelimiter = delimiter;
    m_delimiter = reader->delimiter();
    m_encoding = reader->encoding();
    m_header = reader->header();
    m_preview.clear();
    std::vector<ColumnProfile> profiles(std::size_t(m_header.size()),
                                        ColumnProfile(m_delimiter == ';'));
    CsvRecord record;
    for (int r = 0; r < ProfileRows; ++r) {
        Result<bool> got = reader->next(record);
        if (!got || !*got)
            break; // a broken row shows on the check page, with its line
        QStringList cells;
        for (std::size_t c = 0; c < record.size(); ++c) {
            if (c < profiles.size())
                profiles[c].add(record[c]);
            if (r < PreviewRows)
                cells << QString::fromUtf8(record[c].data(), qsizetype(record[c].size()));
        }
        if (r < PreviewRows)
            m_preview.push_back(cells);
    }
    m_sampleTypes.clear();
    for (const ColumnProfile &p : profiles)
        m_sampleTypes.push_back(p.type());
    // A mapping the user edited survives going back to the file page.
    if (!sameFile || m_mapping.empty())
        m_mapping = m_kind == Kind::Accounts
                        ? AccountImport::suggestMapping(m_header, existingAccounts())
                        : RepImport::suggestMapping(m_header);
    return {};
}

FieldType ImportWizard::sampleType(int column) const
{
    return column >= 0 && std::size_t(column) < m_sampleTypes.size()
               ? m_sampleTypes[std::size_t(column)]
               : FieldType::Text;
}

void ImportWizard::startCheck()
{
    cancelCheck();
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
    m_progress = 0;
    m_error.reset();
    m_accounts.reset();
    m_refreshed.reset();
    m_reps.reset();
    m_repPlan.reset();

    const QString path = m_path;
    const char delimiter = m_requestedDelimiter;
    const std::vector<ColumnMapping> mapping = m_mapping;
    const bool refreshing = m_refresh;
    const bool removeMissing = m_removeMissing;
    const Kind kind = m_kind;
    // The wizard is modal: the document does not change while the worker reads it.
    const WorkspaceDocument *document = m_session->document();
    m_worker = std::thread([=, this] {
        Progress progress;
        progress.cancel = &m_cancel;
        progress.report = [this](double f) {
            m_progress = f;
        };
        Result<CsvReader> reader = CsvReader::open(path, {delimiter});
        if (!reader) {
            m_error = reader.error();
        } else if (kind == Kind::Accounts) {
            AccountImport::Options options;
            options.skipBadRows = true; // list every problem; Finish decides
            Result<AccountImport::Imported> r =
                AccountImport::read(*reader, mapping, document->accounts(), options, progress);
            if (!r) {
                m_error = r.error();
            } else {
                if (refreshing && document->accounts().rowCount() > 0) {
                    Result<AccountImport::Refresh> merged =
                        AccountImport::refresh(document->accounts(), *r, removeMissing, progress);
                    if (merged)
                        m_refreshed = std::move(*merged);
                    else
                        m_error = merged.error();
                }
                m_accounts = std::move(*r);
            }
        } else {
            RepImport::Options options;
            options.skipBadRows = true;
            Result<RepImport::Imported> r = RepImport::read(*reader, mapping, options, progress);
            if (!r) {
                m_error = r.error();
            } else {
                m_repPlan = RepImport::plan(document->reps(), *r);
                m_reps = std::move(*r);
            }
        }
        QMetaObject::invokeMethod(
            this, [this] { finishCheck(); }, Qt::QueuedConnection);
    });
}

void ImportWizard::cancelCheck()
{
    m_cancel = true;
}

void ImportWizard::finishCheck()
{
    if (m_worker.joinable())
        m_worker.join();
    emit checkFinished();
}

const ImportProblems *ImportWizard::problems() const
{
    if (m_accounts)
        return &m_accounts->problems;
    if (m_reps)
        return &m_reps->problems;
    return nullptr;
}

std::size_t ImportWizard::rowsRead() const
{
    return m_accounts ? m_accounts->rowsRead : m_reps ? m_reps->rowsRead : 0;
}

std::size_t ImportWizard::rowsToImport() const
{
    return m_accounts ? m_accounts->accounts.rowCount() : m_reps ? m_reps->reps.size() : 0;
}

void ImportWizard::accept()
{
    if (isChecking() || m_error || !problems())
        return;
    if (!problems()->empty() && !m_skipBadRows)
        return;
    Status s;
    if (m_kind == Kind::Accounts) {
        const QString file = QFileInfo(m_path).fileName();
        if (m_refreshed) {
            s = Editor::replaceAccounts(*m_session, std::move(m_refreshed->accounts),
                                        tr("Refresh Accounts from %1").arg(file));
        } else {
            s = Editor::replaceAccounts(*m_session, std::move(m_accounts->accounts),
                                        tr("Import Accounts from %1").arg(file));
        }
    } else {
        s = Editor::importReps(*m_session, std::move(*m_repPlan));
    }
    if (!s)
        return; // shown by the session's error reporter
    m_accounts.reset();
    m_refreshed.reset();
    m_reps.reset();
    m_repPlan.reset();
    QWizard::accept();
}

} // namespace Tessera
