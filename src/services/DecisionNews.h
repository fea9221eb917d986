#pragma once

#include "DecisionKind.h"
#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dotpha {

// The reviewers' decisions recorded since a clerk last looked: what became of the registrations
// (approved, adjusted, returned, rejected, added, rated), read from the change log, so that a
// clerk who was away learns it at the next start as one who was there learns it at once.
class DecisionNews
{
    Q_DECLARE_TR_FUNCTIONS(DecisionNews)

public:
    struct Item
    {
        qint64 taskId = 0;
        QString taskTitle;
        DecisionKind kind = DecisionKind::Approve;
        QString by;
        QDateTime at;
    };
    struct News
    {
        QList<Item> items;   // oldest first
        qint64 newestSeen = 0;   // the trail's record to look past next time
    };
    // The records read at most at one look: a clerk away for a year is told of the newest.
    static constexpr int MostRead = 5000;

    // Decisions recorded after the trail's record afterId, but those self (a display name) made.
    static Result<News> since(Repositories &repositories, qint64 afterId, const QString &self);
    // The news in a sentence, at most shown items named and the rest counted.
    static QString sentence(const QList<Item> &items, int shown = 4);
};

} // namespace dotpha
