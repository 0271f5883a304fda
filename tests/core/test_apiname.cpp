// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/apiname.h"

#include <gtest/gtest.h>

using namespace Tessera;

TEST(ApiName, AcceptsDeveloperNames)
{
    for (const char *name : {"USA", "North_East", "T1", "a_b_c", "Territory_Model_1"})
        EXPECT_TRUE(ApiName::check(QString::fromLatin1(name)).ok()) << name;
    EXPECT_TRUE(ApiName::check(QString(80, u'a')).ok());
}

TEST(ApiName, RefusesWhatSalesforceRefuses)
{
    struct Case
    {
        const char *name;
        const char *why;
    };
    for (const Case c : {Case{"", "empty"}, Case{"1abc", "begin with a letter"},
                         Case{"_abc", "begin with a letter"}, Case{"a__b", "two underscores"},
                         Case{"abc_", "end with an underscore"}, Case{"a-b", "only letters"},
                         Case{"a b", "only letters"}, Case{"caf\xc3\xa9", "only letters"}}) {
        const Status s = ApiName::check(QString::fromUtf8(c.name));
        ASSERT_FALSE(s.ok()) << c.name;
        EXPECT_EQ(s.error().code, ErrorCode::Invalid);
        EXPECT_TRUE(s.error().message.contains(QLatin1String(c.why)))
            << s.error().message.toStdString();
    }
    EXPECT_FALSE(ApiName::check(QString(81, u'a')).ok());
}

TEST(ApiName, DerivesValidNamesFromLabels)
{
    EXPECT_EQ(ApiName::fromLabel(u"S\u00e3o Paulo West"), QStringLiteral("Sao_Paulo_West"));
    EXPECT_EQ(ApiName::fromLabel(u"  North -- East  "), QStringLiteral("North_East"));
    EXPECT_EQ(ApiName::fromLabel(u"2026 Plan"), QStringLiteral("X_2026_Plan"));
    EXPECT_EQ(ApiName::fromLabel(u"!!!"), QStringLiteral("X"));
    const QString longName = ApiName::fromLabel(QString(100, u'b'));
    EXPECT_EQ(longName.size(), 80);
    for (const QString &label : {QStringLiteral("a_ _b"), QStringLiteral("\u00c9t\u00e9 / Hiver"),
                                 QStringLiteral("x__"), QString(79, u'c') + QStringLiteral(" d")})
        EXPECT_TRUE(ApiName::check(ApiName::fromLabel(label)).ok()) << label.toStdString();
}
