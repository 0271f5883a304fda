// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/csvwriter.h"

#include <QCoreApplication>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CsvWriter)
};
constexpr qsizetype FlushAt = 1 << 20;
} // namespace

CsvWriter::CsvWriter(const QString &path)
    : m_file(path)
{}

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen())
        (void)close();
}

Status CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1.").arg(m_file.fileName()),
                         m_file.errorString());
    return {};
}

QString CsvWriter::escape(const QString &cell)
{
    QString c = cell;
    if (!c.isEmpty()) {
        const QChar first = c.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            c.prepend(u'\'');
    }
    if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n') || c.contains(u'\r') ||
        c.contains(u';')) {
        c.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + c + u'"';
    }
    return c;
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            m_buffer += ',';
        m_buffer += escape(cells[i]).toUtf8();
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= FlushAt) {
        m_failed = m_failed || m_file.write(m_buffer) != m_buffer.size();
        m_buffer.clear();
    }
}

Status CsvWriter::close()
{
    m_failed = m_failed || m_file.write(m_buffer) != m_buffer.size();
    m_buffer.clear();
    m_failed = m_failed || !m_file.flush();
    const QString error = m_file.errorString();
    m_file.close();
    if (m_failed)
        return makeError(ErrorCode::Io, Tr::tr("Writing %1 failed.").arg(m_file.fileName()), error);
    return {};
}

} // namespace Tessera
