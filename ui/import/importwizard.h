// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/accountimport.h"
#include "core/interchange/repimport.h"

#include <QWizard>

#include <atomic>
#include <functional>
#include <optional>
#include <thread>

namespace Tessera {

class DocumentSession;

// File > Import Accounts… / Import Reps…: choose a CSV file, see its first
// rows as parsed (with the delimiter and encoding found), map each column to
// a field with a type, read the whole file on a worker thread (progress,
// cancel) and see the rows with problems, choosing to skip them; Finish puts
// the result into the workspace as one undoable step.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum class Kind { Accounts, Reps };
    enum Page { FilePageId, PreviewPageId, MappingPageId, CheckPageId, SummaryPageId };
    using FileDialog = std::function<QString()>;

    static constexpr int PreviewRows = 50;   // shown on the preview page
    static constexpr int ProfileRows = 2000; // read to suggest types on the mapping page
    static constexpr int ShownProblems = 1000;

    ImportWizard(DocumentSession *session, Kind kind, QWidget *parent = nullptr);
    ~ImportWizard() override; // cancels and waits for a running check

    Kind kind() const { return m_kind; }
    DocumentSession *session() const { return m_session; }
    void setFileDialog(FileDialog dialog) { m_fileDialog = std::move(dialog); }
    QString chooseFile();

    // --- state shared by the pages ---
    QString filePath() const { return m_path; }
    // Opens the file and reads its header and first rows; false with the error.
    Status openFile(const QString &path, char delimiter);
    const QStringList &header() const { return m_header; }
    const std::vector<QStringList> &previewRows() const { return m_preview; }
    CsvEncoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    // What the first rows suggest for columns whose type is inferred.
    FieldType sampleType(int column) const;

    std::vector<ColumnMapping> &mapping() { return m_mapping; }
    const AccountStore &existingAccounts() const;
    bool refresh() const { return m_refresh; }
    void setRefresh(bool on, bool removeMissing);
    bool removeMissing() const { return m_removeMissing; }

    // --- the check: the whole file read on a worker thread ---
    void startCheck();
    void cancelCheck();
    bool isChecking() const { return m_worker.joinable(); }
    double checkProgress() const { return m_progress.load(); }
    // After checkFinished: the failure, if any, and what was read.
    const std::optional<Error> &checkError() const { return m_error; }
    const ImportProblems *problems() const;
    std::size_t rowsRead() const;
    std::size_t rowsToImport() const;
    const std::optional<AccountImport::Imported> &accountResult() const { return m_accounts; }
    const std::optional<AccountImport::Refresh> &refreshResult() const { return m_refreshed; }
    const std::optional<RepImport::Imported> &repResult() const { return m_reps; }
    const std::optional<RepImport::Plan> &repPlan() const { return m_repPlan; }
    bool skipBadRows() const { return m_skipBadRows; }
    void setSkipBadRows(bool on) { m_skipBadRows = on; }

    // Finish: the import as one undoable command; stays open when it fails.
    void accept() override;

signals:
    void checkFinished();

private:
    void finishCheck();

    DocumentSession *m_session;
    Kind m_kind;
    FileDialog m_fileDialog;

    QString m_path;
    char m_requestedDelimiter = 0;
    char m_delimiter = ',';
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    QStringList m_header;
    std::vector<QStringList> m_preview;
    std::vector<FieldType> m_sampleTypes;
    std::vector<ColumnMapping> m_mapping;
    bool m_refresh = false;
    bool m_removeMissing = false;
    bool m_skipBadRows = false;

    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    std::atomic<double> m_progress{0};
    std::optional<Error> m_error;
    std::optional<AccountImport::Imported> m_accounts;
    std::optional<AccountImport::Refresh> m_refreshed;
    std::optional<RepImport::Imported> m_reps;
    std::optional<RepImport::Plan> m_repPlan;
};

} // namespace Tessera
