// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace Tessera {

// Writes RFC 4180 CSV in UTF-8. Every cell that a spreadsheet would run as a
// formula (leading =, +, -, @, tab or carriage return) is neutralised with a
// leading apostrophe, so an exported file is safe to open.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path);
    ~CsvWriter();

    Status open();
    void writeRow(const QStringList &cells);
    // Flushes and closes; reports a failed write (disk full) here.
    Status close();

    static QString escape(const QString &cell);

private:
    QFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace Tessera
