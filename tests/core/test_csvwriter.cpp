// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/csvwriter.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace Tessera;

TEST(CsvWriter, NeutralisesFormulasAndQuotes)
{
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("=HYPERLINK(\"x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("-2")), QStringLiteral("'-2"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("line\nbreak")), QStringLiteral("\"line\nbreak\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvWriter::escape(QString()), QString());
}

TEST(CsvWriter, WritesRowsAndReportsFailures)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CsvWriter w(path);
    ASSERT_TRUE(w.open().ok());
    w.writeRow({QStringLiteral("Id"), QStringLiteral("Name")});
    w.writeRow({QStringLiteral("001"), QStringLiteral("Caf\u00e9, \"Le\"")});
    ASSERT_TRUE(w.close().ok());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("Id,Name\r\n001,\"Caf\xc3\xa9, \"\"Le\"\"\"\r\n"));

    CsvWriter bad(dir.filePath(QStringLiteral("no/such/dir/out.csv")));
    const Status s = bad.open();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Io);
}
