// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/apiname.h"

#include <QCoreApplication>

namespace Tessera::ApiName {

namespace {
bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::ApiName)
};
} // namespace

Status check(QStringView name)
{
    const QString shown = name.toString();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("The API name is empty."));
    if (name.size() > MaxLength)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The API name \"%1\" is longer than %2 characters.")
                             .arg(shown.left(MaxLength) + QChar(0x2026))
                             .arg(MaxLength));
    if (!isAsciiLetter(name.front()))
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The API name \"%1\" must begin with a letter.").arg(shown));
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_')
            return makeError(ErrorCode::Invalid,
                             Tr::tr("The API name \"%1\" may contain only letters, digits and "
                                    "underscores; \"%2\" is not allowed.")
                                 .arg(shown, QString(c)));
        if (c == u'_' && i + 1 < name.size() && name[i + 1] == u'_')
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("The API name \"%1\" must not contain two underscores in a row.")
                    .arg(shown));
    }
    if (name.back() == u'_')
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The API name \"%1\" must not end with an underscore.").arg(shown));
    return {};
}

QString fromLabel(QStringView label)
{
    // Strip accents by decomposing and keeping the base letters.
    const QString decomposed = label.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (isAsciiLetter(c) || isAsciiDigit(c)) {
            out += c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!out.isEmpty() && out.back() != u'_') {
            out += u'_';
        }
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    if (out.isEmpty())
        out = QStringLiteral("X");
    else if (!isAsciiLetter(out.front()))
        out.prepend(QStringLiteral("X_"));
    if (out.size() > MaxLength) {
        out.truncate(MaxLength);
        while (out.endsWith(u'_'))
            out.chop(1);
    }
    return out;
}

} // namespace Tessera::ApiName
