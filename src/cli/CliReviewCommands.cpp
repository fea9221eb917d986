#include "CliReviewCommands.h"

#include "CliExit.h"
#include "CliInvocation.h"
#include "CliOptions.h"
#include "CliSession.h"
#include "EnumCodes.h"
#include "EnumNames.h"
#include "TaskService.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// The task fields adjust may change, by option.
const QList<std::pair<QString, QString Task::*>> AdjustableTexts = {
    {u"title"_s, &Task::title},       {u"content"_s, &Task::content},     {u"objective"_s, &Task::objective},
    {u"expected"_s, &Task::expectedResult}, {u"solutions"_s, &Task::solutions},
};

DecisionKind kindOf(const QString &subcommand)
{
    return fromCode<DecisionKind>(subcommand).value_or(DecisionKind::Approve);
}

} // namespace

bool CliReviewCommands::isKnown(const QString &subcommand)
{
    return QStringList{u"approve"_s, u"adjust"_s, u"return"_s, u"reject"_s, u"rate"_s}.contains(subcommand);
}

QString CliReviewCommands::usageProblem(const CliInvocation &invocation)
{
    const QString subcommand = invocation.arguments.value(0);
    if (invocation.arguments.size() != 1 || !isKnown(subcommand))
        return tr("review needs approve, adjust, return, reject or rate.");
    if (!CliOptions::integer(invocation.value(u"task"_s), 1, std::numeric_limits<int>::max()))
        return tr("review %1 needs --task ID, the number of the task decided on.").arg(subcommand);
    if (invocation.isSet(u"date"_s) && !CliOptions::date(invocation.value(u"date"_s)))
        return tr("--date takes a date as YYYY-MM-DD.");
    if (subcommand == u"rate"_s && !fromCode<Rating>(invocation.value(u"rating"_s)))
        return tr("review rate needs --rating excellent, good, completed or not_completed.");
    if (invocation.isSet(u"score"_s) && !CliOptions::integer(invocation.value(u"score"_s), 0, 100))
        return tr("--score takes a whole number from 0 to 100.");
    if (invocation.isSet(u"deadline"_s) && !CliOptions::date(invocation.value(u"deadline"_s)))
        return tr("--deadline takes a date as YYYY-MM-DD.");
    return {};
}

int CliReviewCommands::run(const CliInvocation &invocation)
{
    if (const Status signedIn = m_session.signInToWrite(invocation); !signedIn)
        return CliExit::failWith(m_err, signedIn.error());
    const QString subcommand = invocation.arguments.first();
    const qint64 taskId = *CliOptions::integer(invocation.value(u"task"_s), 1, std::numeric_limits<int>::max());
    const Result<int> version = subcommand == u"adjust"_s ? adjust(invocation, taskId)
                                : subcommand == u"rate"_s ? rate(invocation, taskId)
                                                          : decide(invocation, subcommand, taskId);
    if (!version)
        return CliExit::failWith(m_err, version.error());
    m_out << tr("Task #%1: the decision \"%2\" is recorded (the task is now at version %3).")
                 .arg(taskId)
                 .arg(EnumNames::name(kindOf(subcommand)))
                 .arg(*version)
          << Qt::endl;
    return CliExit::Done;
}

ReviewService::Details CliReviewCommands::detailsOf(const CliInvocation &invocation)
{
    return {CliOptions::date(invocation.value(u"date"_s)).value_or(QDate::currentDate()),
            invocation.value(u"number"_s), invocation.value(u"reason"_s)};
}

Result<int> CliReviewCommands::decide(const CliInvocation &invocation, const QString &subcommand, qint64 taskId)
{
    ReviewService &review = m_session.services().review();
    const User &actor = m_session.actor();
    const ReviewService::Details details = detailsOf(invocation);
    if (subcommand == u"approve"_s)
        return review.approve(actor, taskId, details);
    if (subcommand == u"return"_s)
        return review.returnForRevision(actor, taskId, details);
    return review.reject(actor, taskId, details);
}

Result<int> CliReviewCommands::adjust(const CliInvocation &invocation, qint64 taskId)
{
    Result<Task> task = m_session.services().tasks().find(taskId);
    if (!task)
        return task.error();
    for (const auto &[option, field] : AdjustableTexts) {
        if (invocation.isSet(option))
            (*task).*field = invocation.value(option);
    }
    if (invocation.isSet(u"deadline"_s))
        task->deadline = *CliOptions::date(invocation.value(u"deadline"_s));
    return m_session.services().review().adjust(m_session.actor(), *task, detailsOf(invocation));
}

Result<int> CliReviewCommands::rate(const CliInvocation &invocation, qint64 taskId)
{
    const std::optional<int> score =
        invocation.isSet(u"score"_s) ? CliOptions::integer(invocation.value(u"score"_s), 0, 100) : std::nullopt;
    return m_session.services().review().rate(m_session.actor(), taskId, *fromCode<Rating>(invocation.value(u"rating"_s)),
                                              score, invocation.value(u"assessment"_s), detailsOf(invocation));
}

} // namespace dotpha
