#include "Attachment.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr qsizetype MaxCopyNameLength = 200;

} // namespace

QString Attachment::nameForCopy() const
{
    QString name = fileName.section(u'/', -1).section(u'\\', -1);
    for (QChar &character : name) {
        if (character.unicode() < 0x20 || u":*?\"<>|"_s.contains(character))
            character = u'_';
    }
    // Cut first, never inside a character, so that the end is cleaned as well as the start.
    if (name.size() > MaxCopyNameLength)
        name = name.left(name.at(MaxCopyNameLength - 1).isHighSurrogate() ? MaxCopyNameLength - 1 : MaxCopyNameLength);
    // Dots and spaces at either end: ".." climbs a folder, and Windows drops them from a name.
    while (!name.isEmpty() && (name.front() == u'.' || name.front().isSpace()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == u'.' || name.back().isSpace()))
        name.chop(1);
    if (name.isEmpty())
        return u"tep-%1"_s.arg(id);
    // CON, NUL, COM1, LPT1...: Windows takes such a name, with any extension, for a device.
    static const QRegularExpression device(u"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(name).hasMatch() ? u"_"_s + name : name;
}

} // namespace dotpha
