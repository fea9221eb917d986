#include "ImportReferenceData.h"

#include "ClosedYearRepository.h"
#include "FieldRepository.h"
#include "PersonRepository.h"
#include "TaskRepository.h"
#include "TextFolding.h"
#include "UnitRepository.h"

namespace dotpha {

Result<ImportReferenceData> ImportReferenceData::load(Repositories &repositories, const QSet<int> &years)
{
    const Result<QList<Unit>> units = repositories.units.all();
    const Result<QList<Person>> people = repositories.people.all();
    const Result<QList<Field>> fields = repositories.fields.all();
    if (!units || !people || !fields)
        return (!units ? units.error() : !people ? people.error() : fields.error());
    ImportReferenceData data;
    for (const Unit &unit : *units)
        data.unitsByName.insert(TextFolding::fold(unit.name), unit);
    for (const Person &person : *people)
        data.peopleByName[TextFolding::fold(person.fullName)].append(person);
    for (const Field &field : *fields)
        data.fieldsByName.insert(TextFolding::fold(field.name), field.id);
    data.years = years;
    for (const int year : years) {
        const Result<bool> closed = repositories.closedYears.isClosed(year);
        if (!closed)
            return closed.error();
        if (*closed)
            data.closedYears.insert(year);
        const Result<QList<std::pair<QString, QString>>> registered = repositories.tasks.registrationKeys(year);
        if (!registered)
            return registered.error();
        for (const auto &[title, owner] : *registered)
            data.registrations.insert(registrationKey(year, title, owner));
    }
    return data;
}

QString ImportReferenceData::registrationKey(int year, const QString &title, const QString &owner)
{
    return QString::number(year) + u'|' + TextFolding::fold(title) + u'|' + TextFolding::fold(owner);
}

} // namespace dotpha
