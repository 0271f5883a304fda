// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace Tessera::Test {

// One run of tessera-cli: exit status (-1 when it crashed) and its output.
struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TESSERA_CLI_PATH), args);
    p.waitForFinished(120'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The value of a "name: value" line of the output, empty if none.
inline QString valueOf(const QString &output, const QString &name)
{
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(name + QStringLiteral(": ")))
            return line.mid(name.size() + 2);
    }
    return {};
}

} // namespace Tessera::Test
