// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QStringList>

#include <vector>

namespace Tessera::Test {

// The rows of the first Markdown table after a heading line, as trimmed cells
// without the header and separator rows. Lets documentation tables be tests.
inline std::vector<QStringList> markdownTable(const QString &path, const QString &heading)
{
    std::vector<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    qsizetype i = lines.indexOf(heading);
    if (i < 0)
        return rows;
    while (++i < lines.size() && !lines[i].startsWith(u'|'))
        ;
    bool header = true;
    for (; i < lines.size() && lines[i].startsWith(u'|'); ++i) {
        QStringList cells = lines[i].split(u'|');
        cells = cells.mid(1, cells.size() - 2);
        for (QString &c : cells)
            c = c.trimmed();
        if (header) {
            header = false;
            continue;
        }
        if (!cells.isEmpty() && cells.front().startsWith(QStringLiteral("---")))
            continue;
        rows.push_back(cells);
    }
    return rows;
}

// "`CA,NV`" -> "CA,NV"; "(blank)" and "(none)" -> "".
inline QString cellValue(const QString &cell)
{
    if (cell == u"(blank)" || cell == u"(none)")
        return {};
    if (cell.size() >= 2 && cell.startsWith(u'`') && cell.endsWith(u'`'))
        return cell.mid(1, cell.size() - 2);
    return cell;
}

} // namespace Tessera::Test
