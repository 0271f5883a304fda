// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes as a workspace file. The loader must
// refuse bad input with an Error, never crash, hang or leak.
#include "core/store/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

namespace {
// qUncompress warns on damaged input, which a fuzzer feeds by design.
void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const bool silenced = (qInstallMessageHandler(quiet), true);
    Q_UNUSED(silenced);
    // SQLite needs a real file; one per process, rewritten for each input.
    static const QString path = QDir::tempPath() + QStringLiteral("/tessera-fuzz-") +
                                QString::number(QCoreApplication::applicationPid()) +
                                QStringLiteral(".tessera");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const Tessera::Result<Tessera::WorkspaceData> result = Tessera::WorkspaceFile::load(path);
    // Either outcome is fine; a loaded workspace must be one the model accepts.
    if (result.ok() && !Tessera::WorkspaceDocument::validate(*result).ok())
        __builtin_trap();
    QFile::remove(path);
    return 0;
}
