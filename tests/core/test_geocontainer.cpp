// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/geocontainer.h"

#include <gtest/gtest.h>

using namespace Tessera;

TEST(ByteReader, ReadsLittleEndianVarintsAndZigzag)
{
    // 0x0102 little-endian, varint 300 (0xAC 0x02), zigzag -3 (varint 5), "ab".
    const QByteArray bytes("\x02\x01\xAC\x02\x05\x02"
                           "ab",
                           8);
    ByteReader in(bytes);
    EXPECT_EQ(in.read<std::uint16_t>(), 0x0102);
    EXPECT_EQ(in.varint(), 300u);
    EXPECT_EQ(in.zigzag(), -3);
    EXPECT_EQ(in.shortString(), "ab");
    EXPECT_TRUE(in.ok());
    EXPECT_TRUE(in.atEnd());
}

TEST(ByteReader, RunningPastTheEndSticks)
{
    const QByteArray bytes("\x01\x02\x03", 3);
    ByteReader in(bytes);
    std::vector<std::uint16_t> column;
    EXPECT_FALSE(in.readColumn(column, 2));
    EXPECT_TRUE(column.empty());
    EXPECT_FALSE(in.ok());
    EXPECT_EQ(in.read<std::uint8_t>(), 0); // stays failed though a byte is left
}

TEST(ByteReader, RefusesAnOverlongVarint)
{
    const QByteArray bytes(11, '\xFF');
    ByteReader in(bytes);
    EXPECT_EQ(in.varint(), 0u);
    EXPECT_FALSE(in.ok());
}

TEST(GeoContainer, ReadsStoredSectionsAndRefusesBadOnes)
{
    auto container = [](std::uint32_t encoding, std::uint32_t rawSize, const QByteArray &data) {
        QByteArray b("TGEO");
        auto put32 = [&b](std::uint32_t v) {
            char c[4];
            qToLittleEndian(v, c);
            b.append(c, 4);
        };
        b.append("\x01\x00\x01\x00", 4); // version 1, one section
        b.append("ABCD");
        put32(encoding);
        put32(rawSize);
        put32(static_cast<std::uint32_t>(data.size()));
        b.append(data);
        return b;
    };
    const QString message = QStringLiteral("damaged");
    auto ok = readGeoContainer(container(0, 3, "xyz"), message, 100);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->at("ABCD"), QByteArray("xyz"));

    auto compressed = qCompress(QByteArray("hello hello hello"));
    auto inflated =
        readGeoContainer(container(1, 17, compressed.mid(4)), message, 100); // zlib stream only
    ASSERT_TRUE(inflated.ok());
    EXPECT_EQ(inflated->at("ABCD"), QByteArray("hello hello hello"));

    auto tooBig = readGeoContainer(container(0, 3, "xyz"), message, 2);
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(tooBig.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(tooBig.error().message, message);
    EXPECT_FALSE(readGeoContainer(container(0, 4, "xyz"), message, 100).ok()); // size lies
    EXPECT_FALSE(readGeoContainer(container(7, 3, "xyz"), message, 100).ok()); // encoding
    EXPECT_FALSE(readGeoContainer(container(0, 3, "xyz").chopped(1), message, 100).ok());
}
