#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

struct Attachment;
struct CommitteeSettings;
struct Field;
struct Indicator;
struct Person;
struct ProgressNote;
struct Task;
struct Unit;
struct User;
struct WorkItem;

// The rules every record must satisfy before it is stored. Each problems() lists what is wrong,
// in the user's language; check() folds them into one Validation error. Storage calls check()
// before every write, so no path can store a record that breaks them.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static constexpr int MinYear = 2000;
    static constexpr int MaxYear = 2100;
    static constexpr int MaxTaskYears = 10;
    static constexpr int MaxTextLength = 32767;   // Excel's limit for one cell

    static QStringList problems(const Unit &unit);
    static QStringList problems(const Person &person);
    static QStringList problems(const Field &field);
    static QStringList problems(const Task &task);
    static QStringList problems(const ProgressNote &note);
    static QStringList problems(const WorkItem &item);
    static QStringList problems(const Indicator &indicator);
    static QStringList problems(const User &user);
    static QStringList problems(const CommitteeSettings &settings);
    static QStringList problems(const Attachment &attachment);

    template <typename Record>
    static Status check(const Record &record)
    {
        const QStringList found = problems(record);
        if (found.isEmpty())
            return {};
        return Error::validation(found.join(QLatin1Char('\n')));
    }
};

} // namespace dotpha
