#include "SummarySentence.h"
#include "VietnameseTerms.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString number(qlonglong value) { return VietnameseTerms::number(value); }

QString assignedPart(const YearFigures::UnitGroup &assigned, const QString &committeeName)
{
    // A committee not named yet is "Ban Thường vụ" alone, without the gap its name would fill.
    const QString standingCommittee = committeeName.isEmpty() ? u"Ban Thường vụ"_s : u"Ban Thường vụ "_s + committeeName;
    QString part = u"%1 đã giao nhiệm vụ đột phá, đổi mới cho %2 %3"_s
                       .arg(standingCommittee, number(assigned.units()), SummarySentence::kindsPhrase(assigned.unitsByKind));
    if (assigned.tasks != assigned.units())
        part += u" (%1 việc)"_s.arg(number(assigned.tasks));
    return part;
}

QString registeredPart(const YearFigures::UnitGroup &registered)
{
    return u"%1 %2 đã đăng ký thực hiện %3 việc đột phá, đổi mới của tập thể"_s
        .arg(number(registered.units()), SummarySentence::kindsPhrase(registered.unitsByKind), number(registered.tasks));
}

QString individualPart(const YearFigures &figures)
{
    return u"%1 đồng chí là người đứng đầu, người chủ trì các cơ quan, đơn vị đăng ký %2 việc của cá nhân"_s
        .arg(number(figures.peopleWithTasks), number(figures.individual));
}

} // namespace

QString SummarySentence::compose(const YearFigures &figures, const QString &committeeName)
{
    QStringList parts;
    if (figures.assigned.tasks > 0)
        parts << assignedPart(figures.assigned, committeeName.trimmed());
    if (figures.registered.tasks > 0)
        parts << registeredPart(figures.registered);
    if (figures.individual > 0)
        parts << individualPart(figures);
    if (parts.isEmpty())
        return u"Năm %1 chưa có việc đột phá, đổi mới nào được đăng ký."_s.arg(figures.year);
    return u"Năm %1, "_s.arg(figures.year) + parts.join(u"; "_s) + u"."_s;
}

QString SummarySentence::kindsPhrase(const QMap<UnitKind, int> &unitsByKind)
{
    QStringList nouns;
    for (auto it = unitsByKind.cbegin(); it != unitsByKind.cend(); ++it) {
        if (it.value() > 0)
            nouns << VietnameseTerms::noun(it.key());
    }
    return nouns.join(u", "_s);
}

} // namespace dotpha
