// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/documentsession.h"

#include "core/store/autosave.h"
#include "core/store/workspacefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>
#include <QtDebug>

namespace Tessera {

namespace {
constexpr int DefaultAutosaveSeconds = 60;
}

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , m_document(new WorkspaceDocument(this))
    , m_undoStack(new QUndoStack(this))
    , m_autosaveTimer(new QTimer(this))
    , m_untitledKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    m_autosaveTimer->setInterval(DefaultAutosaveSeconds * 1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentSession::autosaveInBackground);
    m_autosaveTimer->start();
}

DocumentSession::~DocumentSession()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
}

QString DocumentSession::displayName() const
{
    if (!isUntitled())
        return QFileInfo(m_filePath).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool DocumentSession::isModified() const
{
    return !m_undoStack->isClean();
}

void DocumentSession::markModified()
{
    if (m_undoStack->isClean()) {
        m_undoStack->resetClean();
        emit modifiedChanged(true);
    }
}

void DocumentSession::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

Status DocumentSession::adopt(WorkspaceData data, const QString &filePath)
{
    if (Status s = m_document->reset(std::move(data)); !s)
        return s;
    const bool wasModified = isModified();
    m_undoStack->clear();
    m_undoStack->setClean();
    m_autosavedIndex = -1;
    setFilePath(filePath);
    if (wasModified)
        emit modifiedChanged(false);
    return {};
}

void DocumentSession::reportProgress(double fraction)
{
    // Called on the worker: forward whole percents only, so a loop that
    // reports per row does not flood the event queue.
    const int percent = static_cast<int>(fraction * 100.0);
    if (m_lastPercent.exchange(percent) == percent)
        return;
    QMetaObject::invokeMethod(
        this, [this, fraction] { emit progressChanged(fraction); }, Qt::QueuedConnection);
}

void DocumentSession::runWorker(std::function<void()> work)
{
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
    m_lastPercent = -1;
    m_busy = true;
    m_worker = std::thread(std::move(work));
}

void DocumentSession::finishWorker()
{
    if (m_worker.joinable())
        m_worker.join();
    m_busy = false;
    m_autosaving = false;
}

bool DocumentSession::makeRoom()
{
    if (m_autosaving)
        waitForWorker();
    return !m_busy;
}

bool DocumentSession::startLoad(const QString &path)
{
    if (!makeRoom())
        return false;
    runWorker([this, path] {
        Progress progress{[this](double f) { reportProgress(f); }, &m_cancel};
        auto result = std::make_shared<Result<WorkspaceData>>(WorkspaceFile::load(path, progress));
        QMetaObject::invokeMethod(
            this,
            [this, result, path] {
                finishWorker();
                Status status = result->ok() ? adopt(std::move(*result).value(), path)
                                             : Status(result->error());
                emit loadFinished(status);
            },
            Qt::QueuedConnection);
    });
    return true;
}

bool DocumentSession::startSave(const QString &path)
{
    if (!makeRoom())
        return false;
    // The copy is taken here, on the thread that owns the document.
    auto data = std::make_shared<WorkspaceData>(m_document->snapshot());
    runWorker([this, path, data] {
        Progress progress{[this](double f) { reportProgress(f); }, &m_cancel};
        Status status = WorkspaceFile::save(*data, path, progress);
        QMetaObject::invokeMethod(
            this,
            [this, status, path] {
                finishWorker();
                if (status) {
                    // Recovery files of the old name and the new one are obsolete now.
                    Autosave::discard(m_filePath, m_untitledKey);
                    Autosave::discard(path, m_untitledKey);
                    m_undoStack->setClean();
                    m_autosavedIndex = -1;
                    setFilePath(path);
                }
                emit saveFinished(status);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void DocumentSession::cancel()
{
    m_cancel = true;
}

void DocumentSession::waitForWorker()
{
    if (m_worker.joinable())
        m_worker.join();
    // Deliver the result the worker posted, so callers see its effects.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_busy = false;
    m_autosaving = false;
}

void DocumentSession::setAutosaveInterval(int seconds)
{
    if (seconds <= 0) {
        m_autosaveTimer->stop();
        return;
    }
    m_autosaveTimer->start(seconds * 1000);
}

int DocumentSession::autosaveInterval() const
{
    return m_autosaveTimer->isActive() ? m_autosaveTimer->interval() / 1000 : 0;
}

bool DocumentSession::needsAutosave() const
{
    return isModified() && m_undoStack->index() != m_autosavedIndex;
}

Status DocumentSession::autosaveNow()
{
    if (!needsAutosave())
        return {};
    if (!makeRoom())
        return makeError(ErrorCode::Failed, tr("The workspace is busy."));
    Status s = Autosave::write(m_document->snapshot(), m_filePath, m_untitledKey);
    if (s)
        m_autosavedIndex = m_undoStack->index();
    return s;
}

void DocumentSession::autosaveInBackground()
{
    if (!needsAutosave() || m_busy)
        return;
    auto data = std::make_shared<WorkspaceData>(m_document->snapshot());
    const int index = m_undoStack->index();
    m_autosaving = true;
    runWorker([this, data, index, path = m_filePath, key = m_untitledKey] {
        Status status = Autosave::write(*data, path, key);
        QMetaObject::invokeMethod(
            this,
            [this, status, index] {
                finishWorker();
                if (status)
                    m_autosavedIndex = index;
                else
                    qWarning().noquote() << "Autosave failed:" << status.error().toString();
            },
            Qt::QueuedConnection);
    });
}

void DocumentSession::discardAutosave()
{
    if (m_autosaving)
        waitForWorker();
    Autosave::discard(m_filePath, m_untitledKey);
    m_autosavedIndex = -1;
}

} // namespace Tessera
