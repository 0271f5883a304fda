// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"
#include "core/util/result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

class QTimer;
class QUndoStack;

namespace Tessera {

class ErrorReporter;

// One open workspace in the UI: the document, its undo stack and its file.
// "Modified" is the undo stack's clean state. Opening and saving run on a
// worker thread, report progress and can be cancelled; while one runs the
// session is busy and refuses another. Unsaved work is written to an autosave
// recovery file every few seconds and discarded when saved or closed.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override; // cancels and waits for a running worker

    WorkspaceDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Where errors of commands run on this session are shown; may be null.
    ErrorReporter *errorReporter() const { return m_reporter; }
    void setErrorReporter(ErrorReporter *reporter) { m_reporter = reporter; }

    QString filePath() const { return m_filePath; }
    bool isUntitled() const { return m_filePath.isEmpty(); }
    // File name for titles, or the untitled name ("Untitled", "Demo").
    QString displayName() const;
    void setUntitledName(const QString &name) { m_untitledName = name; }
    // Where Save writes; set after recovering work that belongs to a file.
    void setFilePath(const QString &path);
    bool isModified() const;
    // Marks the session unsaved without a command (recovered work).
    void markModified();

    // Takes data that is already in memory (demo, recovered, tests); the undo
    // history starts empty and clean.
    Status adopt(WorkspaceData data, const QString &filePath = {});

    // Start work on the worker thread; the matching *Finished signal follows
    // on this object's thread. False when busy.
    bool startLoad(const QString &path);
    bool startSave(const QString &path);
    bool isBusy() const { return m_busy; }
    void cancel();
    // Blocks until the running worker is done and its result delivered.
    void waitForWorker();

    // Seconds between autosaves of unsaved work; 0 turns autosave off.
    void setAutosaveInterval(int seconds);
    int autosaveInterval() const;
    // Writes the recovery file now if there are unsaved changes since the last one.
    Status autosaveNow();
    // Forgets the recovery file (after save, or when the user discards changes).
    void discardAutosave();
    QString untitledKey() const { return m_untitledKey; }

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void progressChanged(double fraction);
    void loadFinished(const Tessera::Status &status);
    void saveFinished(const Tessera::Status &status);

private:
    void runWorker(std::function<void()> work);
    bool makeRoom(); // waits for a background autosave; false when otherwise busy
    bool needsAutosave() const;
    void autosaveInBackground();
    void finishWorker();
    void reportProgress(double fraction);

    WorkspaceDocument *m_document;
    QUndoStack *m_undoStack;
    QTimer *m_autosaveTimer;
    ErrorReporter *m_reporter = nullptr;
    QString m_filePath;
    QString m_untitledKey;
    QString m_untitledName;
    int m_autosavedIndex = -1;

    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    std::atomic<int> m_lastPercent{-1};
    bool m_busy = false;
    bool m_autosaving = false;
};

} // namespace Tessera
