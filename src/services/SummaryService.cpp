#include "SummaryService.h"

#include "CommitteeSettingsRepository.h"
#include "FiguresRepository.h"
#include "SummarySentence.h"


using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// Every code of the enum, with zero where there is no task: the JSON has the same shape every year.
template <typename Enum>
QJsonObject countsByCode(const QMap<Enum, int> &counts)
{
    QJsonObject json;
    for (const Enum value : allValues<Enum>())
        json[toCode(value)] = counts.value(value, 0);
    return json;
}

QJsonObject unitGroupJson(const YearFigures::UnitGroup &group)
{
    return {{u"units"_s, group.units()}, {u"units_by_kind"_s, countsByCode(group.unitsByKind)},
            {u"tasks"_s, group.tasks}};
}

} // namespace

Result<YearSummary> SummaryService::summaryOf(int year)
{
    Result<YearFigures> figures = m_repositories.figures.figuresOf(year);
    if (!figures)
        return figures.error();
    const Result<std::optional<CommitteeSettings>> settings = m_repositories.settings.load();
    if (!settings)
        return settings.error();

    YearSummary summary;
    summary.committeeName = settings.value() ? settings.value()->committeeName : QString();
    summary.figures = std::move(figures).value();
    summary.sentence = SummarySentence::compose(summary.figures, summary.committeeName);
    return summary;
}

QJsonObject SummaryService::toJson(const YearSummary &summary)
{
    const YearFigures &figures = summary.figures;
    QJsonObject byField;
    for (auto it = figures.byField.cbegin(); it != figures.byField.cend(); ++it) {
        if (!it.key().isEmpty())
            byField[it.key()] = it.value();
    }
    QJsonObject byRating = countsByCode(figures.byRating);
    byRating[u"unrated"_s] = figures.unrated;

    return {
        {u"year"_s, figures.year},
        {u"committee"_s, summary.committeeName},
        {u"tasks"_s, QJsonObject{{u"total"_s, figures.total}, {u"collective"_s, figures.collective},
                                 {u"individual"_s, figures.individual}, {u"rejected"_s, figures.rejected}}},
        {u"units_with_tasks"_s, countsByCode(figures.unitsWithTasks)},
        {u"collective_tasks_by_unit_kind"_s, countsByCode(figures.collectiveTasksByUnitKind)},
        {u"assigned"_s, unitGroupJson(figures.assigned)},
        {u"registered"_s, unitGroupJson(figures.registered)},
        {u"people_with_tasks"_s, figures.peopleWithTasks},
        {u"by_status"_s, countsByCode(figures.byStatus)},
        {u"by_nature"_s, countsByCode(figures.byNature)},
        {u"by_rating"_s, byRating},
        {u"by_field"_s, byField},
        {u"without_field"_s, figures.byField.value(QString(), 0)},
        {u"sentence"_s, summary.sentence},
    };
}

} // namespace dotpha
