// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/zipcentroids.h"

#include <QFile>

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace Tessera;

namespace {

std::shared_ptr<const ZipCentroids> table()
{
    auto t = ZipCentroids::bundled();
    EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().toString().toStdString());
    return t.ok() ? *t : nullptr;
}

struct Known
{
    const char *zip;
    const char *city;
    const char *state;
    double lat;
    double lon;
};

// Facts from maps and the USPS, not from the table: city, state, rough centre.
constexpr Known KnownZips[] = {
    {"10001", "New York", "NY", 40.75, -73.99},   {"94105", "San Francisco", "CA", 37.79, -122.39},
    {"60601", "Chicago", "IL", 41.88, -87.62},    {"99501", "Anchorage", "AK", 61.22, -149.86},
    {"02108", "Boston", "MA", 42.36, -71.06},     {"33131", "Miami", "FL", 25.76, -80.19},
    {"96813", "Honolulu", "HI", 21.30, -157.85},  {"80202", "Denver", "CO", 39.75, -105.00},
    {"20001", "Washington", "DC", 38.91, -77.02}, {"00501", "Holtsville", "NY", 40.81, -73.04},
};

bool inBox(double lat, double lon, double s, double n, double w, double e)
{
    return lat >= s && lat <= n && lon >= w && lon <= e;
}

} // namespace

TEST(ZipCentroids, KnownZipsHaveTheirCityStateAndPlace)
{
    auto t = table();
    ASSERT_TRUE(t);
    for (const Known &k : KnownZips) {
        SCOPED_TRACE(k.zip);
        const auto row = t->find(k.zip);
        ASSERT_TRUE(row.has_value());
        EXPECT_EQ(t->zip(*row), k.zip);
        EXPECT_EQ(t->city(*row), k.city);
        EXPECT_EQ(t->state(*row), k.state);
        EXPECT_NEAR(t->latitude(*row), k.lat, 0.1);
        EXPECT_NEAR(t->longitude(*row), k.lon, 0.1);
    }
}

TEST(ZipCentroids, LookupAcceptsZipPlusFourAndRefusesJunk)
{
    auto t = table();
    ASSERT_TRUE(t);
    const auto plain = t->find("94105");
    ASSERT_TRUE(plain);
    EXPECT_EQ(t->find("94105-1234"), plain);
    EXPECT_FALSE(t->find("9410"));
    EXPECT_FALSE(t->find("9410x"));
    EXPECT_FALSE(t->find("941051"));
    EXPECT_FALSE(t->find(""));
    EXPECT_FALSE(t->find("00000")); // not a ZIP
    EXPECT_FALSE(t->find("09001")); // military (AE), left out on purpose
}

TEST(ZipCentroids, CoversTheWholeCountry)
{
    auto t = table();
    ASSERT_TRUE(t);
    EXPECT_GT(t->size(), 30'000u);
    const char *const fifty[] = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
                                 "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI",
                                 "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
                                 "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
                                 "VT", "VA", "WA", "WV", "WI", "WY", "DC"};
    std::set<std::string> seen;
    for (std::size_t i = 0; i < t->size(); ++i)
        seen.emplace(t->state(i));
    for (const char *s : fifty) {
        EXPECT_TRUE(seen.count(s)) << s;
        EXPECT_GE(t->stateIndexOf(s), 0) << s;
    }
    EXPECT_EQ(seen.size(), t->states().size());
    EXPECT_EQ(t->stateIndexOf("ZZ"), -1);
}

TEST(ZipCentroids, EveryCentroidLiesInItsPartOfTheCountry)
{
    auto t = table();
    ASSERT_TRUE(t);
    std::size_t census = 0;
    for (std::size_t i = 0; i < t->size(); ++i) {
        const double lat = t->latitude(i), lon = t->longitude(i);
        const std::string_view s = t->state(i);
        bool ok = false;
        if (s == "AK")
            ok = inBox(lat, lon, 51.0, 71.6, -180.0, -129.0);
        else if (s == "HI")
            ok = inBox(lat, lon, 18.8, 22.4, -160.5, -154.7);
        else if (s == "PR" || s == "VI")
            ok = inBox(lat, lon, 17.6, 18.6, -67.4, -64.5);
        else if (s == "GU" || s == "MP")
            ok = inBox(lat, lon, 13.2, 20.7, 144.5, 146.1);
        else if (s == "AS")
            ok = inBox(lat, lon, -14.5, -11.0, -171.2, -168.1);
        else
            ok = inBox(lat, lon, 24.3, 49.5, -125.0, -66.8);
        EXPECT_TRUE(ok) << t->zip(i) << " " << s << " at " << lat << "," << lon;
        if (!ok)
            break;
        census += t->censusCentroid(i);
        EXPECT_FALSE(t->city(i).empty());
        if (i > 0) {
            EXPECT_LT(t->zipNumber(i - 1), t->zipNumber(i));
        }
    }
    EXPECT_GT(census, t->size() / 2);
}

TEST(ZipCentroids, BundledTableIsSharedAcrossCalls)
{
    auto a = ZipCentroids::bundled();
    auto b = ZipCentroids::bundled();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->get(), b->get());
}

TEST(ZipCentroids, DamagedImagesAreRefused)
{
    QFile file(QStringLiteral(":/tessera/geo/us-zips.bin"));
    ASSERT_TRUE(table()); // makes sure the resource is registered
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    ASSERT_TRUE(ZipCentroids::fromBytes(good).ok());

    EXPECT_EQ(ZipCentroids::fromBytes({}).error().code, ErrorCode::Corrupt);
    EXPECT_FALSE(ZipCentroids::fromBytes(good.left(good.size() / 2)).ok());
    QByteArray badMagic = good;
    badMagic[0] = 'X';
    EXPECT_FALSE(ZipCentroids::fromBytes(badMagic).ok());
    QByteArray badVersion = good;
    badVersion[4] = 9;
    EXPECT_FALSE(ZipCentroids::fromBytes(badVersion).ok());
    QByteArray hugeSize = good;
    hugeSize[8 + 8 + 3] = '\x7f'; // declared payload size of the first section
    EXPECT_FALSE(ZipCentroids::fromBytes(hugeSize).ok());
    QByteArray flipped = good;
    flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x5a);
    EXPECT_FALSE(ZipCentroids::fromBytes(flipped).ok());
}
