// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/exporter.h"
#include "core/model/workspacedocument.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Tessera {

// File > Export…: the format, the model, the folder and the options; the
// checks of the chosen export run as soon as any of them changes and are
// listed (errors keep Export disabled); the export runs on a worker thread
// with progress and can be cancelled. Works on a snapshot of the workspace
// taken when the dialog opens, so edits cannot race the export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    using FolderChooser = std::function<QString(const QString &current)>;

    ExportDialog(WorkspaceData data, Id currentModel, QWidget *parent = nullptr);
    ~ExportDialog() override; // cancels and waits for a running export

    // Replaces the folder picker (tests).
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    Export::Request request() const;
    QString folder() const;
    const std::vector<ExportIssue> &issues() const { return m_issues; }
    bool isRunning() const { return m_running; }

    // Starts the export; false when the checks found errors or one is running.
    bool startExport();
    // Blocks until a running export has finished and reported (tests).
    void waitForExport();

signals:
    void exportFinished(bool ok, const QString &message);

private:
    void updateOptions();
    void runChecks();
    void updateButtons();
    void chooseFolder();
    void finishExport(const Result<Export::Report> &result);

    WorkspaceData m_data;
    std::vector<ExportIssue> m_issues;
    FolderChooser m_chooseFolder;

    QComboBox *m_format;
    QComboBox *m_model;
    QLineEdit *m_folder;
    QCheckBox *m_allAsManual;
    QComboBox *m_geoRules;
    QLabel *m_geoRulesLabel;
    QLabel *m_formatNote;
    QLabel *m_summary;
    QListWidget *m_issueList;
    QProgressBar *m_progress;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;

    Id m_initialModel = NoId;
    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};

} // namespace Tessera
