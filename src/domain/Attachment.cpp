#include "Attachment.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr qsizetype MaxCopyNameLength = 200;

// Characters that change how a terminal shows what follows: C0 and C1 controls, DEL, and the
// bidirectional overrides and isolates, which can show a name reversed.
bool steersTheTerminal(char16_t code)
{
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e)
        || (code >= 0x2066 && code <= 0x2069) || code == 0x200e || code == 0x200f;
}

QString escapeOf(char16_t code)
{
    switch (code) {
    case u'\n':
        return u"\\n"_s;
    case u'\r':
        return u"\\r"_s;
    case u'\t':
        return u"\\t"_s;
    default:
        return code <= 0xff ? u"\\x%1"_s.arg(uint(code), 2, 16, QChar(u'0')) : u"\\u%1"_s.arg(uint(code), 4, 16, QChar(u'0'));
    }
}

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

QString Attachment::printableName() const
{
    QString printable;
    printable.reserve(fileName.size());
    for (const QChar character : fileName) {
        if (character == u'\\')
            printable += u"\\\\"_s;
        else if (steersTheTerminal(character.unicode()))
            printable += escapeOf(character.unicode());
        else
            printable += character;
    }
    return printable;
}

} // namespace dotpha
