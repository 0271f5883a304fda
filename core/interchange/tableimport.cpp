// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/tableimport.h"

#include "core/interchange/cellvalue.h"
#include "core/interchange/csvwriter.h"

#include <QCoreApplication>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::TableImport)
};

} // namespace

QString RowProblem::toString() const
{
    QString where = Tr::tr("Line %1").arg(line);
    if (column > 0)
        where += Tr::tr(", column %1 (%2)").arg(column).arg(columnName);
    return where + QStringLiteral(": ") + reason;
}

void ImportProblems::add(RowProblem problem)
{
    ++total;
    if (listed.size() < limit)
        listed.push_back(std::move(problem));
}

Result<bool> nextRow(CsvReader &reader, CsvRecord &record, std::size_t &rowsRead,
                     const Progress &progress, double scale)
{
    Result<bool> got = reader.next(record);
    if (!got || !*got)
        return got;
    if ((++rowsRead & 0x3fff) == 0) {
        progress.update(reader.fraction() * scale);
        if (progress.cancelled())
            return makeError(ErrorCode::Cancelled, Tr::tr("The import was cancelled."));
    }
    return true;
}

QString problemValue(std::string_view value)
{
    constexpr std::size_t Shown = 200;
    QString s = QString::fromUtf8(value.data(), qsizetype(std::min(value.size(), Shown)));
    if (value.size() > Shown)
        s += QChar(0x2026);
    return s;
}

bool recordProblem(const CsvRecord &record, const QStringList &header, ImportProblems &problems)
{
    if (record.hasIssue()) {
        const auto c = std::size_t(record.issueColumn() - 1);
        problems.add({record.lineOf(c), int(c) + 1,
                      qsizetype(c) < header.size() ? header[qsizetype(c)] : QString(),
                      problemValue(record[c]), record.issue()});
        return true;
    }
    if (record.size() != std::size_t(header.size())) {
        problems.add({record.line(), 0, QString(), QString(),
                      Tr::tr("expected %1 cells as in the header row, found %2")
                          .arg(header.size())
                          .arg(record.size())});
        return true;
    }
    return false;
}

Status writeProblemReport(const ImportProblems &problems, const QString &path)
{
    CsvWriter writer(path);
    if (Status s = writer.open(); !s)
        return s;
    writer.writeRow({QStringLiteral("Line"), QStringLiteral("Column"), QStringLiteral("Field"),
                     QStringLiteral("Value"), QStringLiteral("Reason")});
    for (const RowProblem &p : problems.listed)
        writer.writeRow({QString::number(p.line),
                         p.column > 0 ? QString::number(p.column) : QString(), p.columnName,
                         p.value, p.reason});
    if (problems.total > problems.listed.size())
        writer.writeRow({QString(), QString(), QString(), QString(),
                         Tr::tr("%1 further problems not listed")
                             .arg(problems.total - problems.listed.size())});
    return writer.close();
}

Error problemsError(const ImportProblems &problems, const QString &what)
{
    QStringList lines;
    for (std::size_t i = 0; i < problems.listed.size() && i < 10; ++i)
        lines << problems.listed[i].toString();
    QString message =
        Tr::tr("%1 rows of the file have problems; nothing was imported. Correct them, "
               "or skip the bad rows.")
            .arg(problems.rows);
    if (problems.total > 10)
        lines << Tr::tr("... and %1 more").arg(problems.total - 10);
    return makeError(ErrorCode::Invalid, message + QLatin1Char('\n') + lines.join(u'\n'), what);
}

void ColumnProfile::add(std::string_view value)
{
    value = CellValue::trim(value);
    if (value.empty())
        return;
    ++m_nonEmpty;
    double number;
    if (m_numbers && CellValue::number(value, m_decimalComma, &number) != CellValue::Parse::Ok)
        m_numbers = false;
    std::int32_t day;
    if (m_dates && CellValue::date(value, &day) != CellValue::Parse::Ok)
        m_dates = false;
    if (m_booleans && !CellValue::isBooleanWord(value))
        m_booleans = false;
    if (!m_manyValues && m_distinct.find(value) == m_distinct.end()) {
        if (m_distinct.size() >= MaxPicklistValues)
            m_manyValues = true;
        else
            m_distinct.emplace(value);
    }
}

FieldType ColumnProfile::type() const
{
    if (m_nonEmpty == 0)
        return FieldType::Text;
    if (m_numbers)
        return FieldType::Number;
    if (m_dates)
        return FieldType::Date;
    if (m_booleans)
        return FieldType::Boolean;
    // Few values, each seen on average at least twice: a picklist.
    if (!m_manyValues && m_distinct.size() * 2 <= m_nonEmpty)
        return FieldType::Picklist;
    return FieldType::Text;
}

Result<std::vector<FieldType>> profileColumns(CsvReader &reader, const Progress &progress)
{
    const std::size_t columns = std::size_t(reader.header().size());
    std::vector<ColumnProfile> profiles(columns, ColumnProfile(reader.delimiter() == ';'));
    CsvRecord record;
    std::size_t rows = 0;
    for (;;) {
        Result<bool> got = reader.next(record);
        if (!got) {
            reader.rewind();
            return got.error();
        }
        if (!*got)
            break;
        for (std::size_t c = 0; c < columns && c < record.size(); ++c)
            profiles[c].add(record[c]);
        if ((++rows & 0x3fff) == 0) {
            progress.update(reader.fraction());
            if (progress.cancelled()) {
                reader.rewind();
                return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled."));
            }
        }
    }
    reader.rewind();
    std::vector<FieldType> types;
    types.reserve(columns);
    for (const ColumnProfile &p : profiles)
        types.push_back(p.type());
    return types;
}

QString normalizedHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

Result<MappingSpec> parseMappingSpec(const QString &spec)
{
    const qsizetype eq = spec.lastIndexOf(u'=');
    if (eq <= 0)
        return makeError(
            ErrorCode::Usage,
            Tr::tr("A mapping is written \"Column=Field[:type]\", not \"%1\".").arg(spec));
    MappingSpec out;
    out.column = spec.left(eq).trimmed();
    QString target = spec.mid(eq + 1).trimmed();
    const qsizetype colon = target.lastIndexOf(u':');
    if (colon >= 0) {
        out.type = target.mid(colon + 1).trimmed();
        target = target.left(colon).trimmed();
        FieldType type;
        if (!fieldTypeFromName(out.type, &type) &&
            out.type.compare(u"checkbox", Qt::CaseInsensitive) != 0)
            return makeError(
                ErrorCode::Usage,
                Tr::tr("Unknown field type \"%1\"; known: text, picklist, number, date, "
                       "checkbox.")
                    .arg(out.type));
        if (out.type.compare(u"checkbox", Qt::CaseInsensitive) == 0)
            out.type = QStringLiteral("boolean");
    }
    out.skip = target == u"-";
    out.field = out.skip ? QString() : target;
    return out;
}

Result<MappingOverride> findOverride(std::vector<ColumnMapping> &mapping, const QString &spec)
{
    Result<MappingSpec> parsed = parseMappingSpec(spec);
    if (!parsed)
        return parsed.error();
    for (ColumnMapping &m : mapping) {
        if (m.header.compare(parsed->column, Qt::CaseInsensitive) == 0)
            return MappingOverride{&m, std::move(*parsed)};
    }
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The file has no column \"%1\".").arg(parsed->column));
}

} // namespace Tessera
