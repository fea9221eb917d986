#pragma once

#include "Person.h"
#include "Repositories.h"
#include "Result.h"
#include "Unit.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dotpha {

// What planning an import compares a file with, read from the database beforehand so that the
// planning itself touches no connection and may run on any thread: the units, people and fields
// by folded name, and, of the file's years, those closed and the registrations already made.
struct ImportReferenceData
{
    QHash<QString, Unit> unitsByName;
    QHash<QString, QList<Person>> peopleByName;   // namesakes apart by unit
    QHash<QString, qint64> fieldsByName;
    QSet<int> years;         // those loaded
    QSet<int> closedYears;   // of those loaded
    QSet<QString> registrations;   // registrationKey() of each task of the years loaded

    // Reads them on the calling thread, which must own the repositories' connection.
    static Result<ImportReferenceData> load(Repositories &repositories, const QSet<int> &years);
    // What makes two registrations the same: the year, the title and the owner's name, whatever
    // their accents and case.
    static QString registrationKey(int year, const QString &title, const QString &owner);
};

} // namespace dotpha
