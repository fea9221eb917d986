#include "Attachment.h"

using namespace Qt::StringLiterals;

namespace dotpha {

QString Attachment::nameForCopy() const
{
    QString name = fileName.section(u'/', -1).section(u'\\', -1);
    for (QChar &character : name) {
        if (character.unicode() < 0x20 || u":*?\"<>|"_s.contains(character))
            character = u'_';
    }
    // Dots and spaces at either end: ".." climbs a folder, and Windows drops them from a name.
    while (!name.isEmpty() && (name.front() == u'.' || name.front().isSpace()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == u'.' || name.back().isSpace()))
        name.chop(1);
    return name.isEmpty() ? u"tep-%1"_s.arg(id) : name.left(200);
}

} // namespace dotpha
