#pragma once

#include "DecisionKind.h"
#include "ExecutionState.h"
#include "Rating.h"
#include "ScoreThresholds.h"
#include "TaskKind.h"
#include "TaskNature.h"
#include "TaskOrigin.h"
#include "TaskStatus.h"
#include "UnitKind.h"

#include <QDate>
#include <QString>

namespace dotpha {

// The Vietnamese words of the Party's documents and registration spreadsheets for each kind, nature,
// origin, status, rating and decision. They are fixed document language, the same whatever the
// interface language (whose names come from EnumNames), so printed reports, exported spreadsheets and
// the summary sentence all say the same thing, and imports read it back.
class VietnameseTerms
{
public:
    static QString word(TaskKind kind);          // "Tập thể"
    static QString word(UnitKind kind);          // "Cơ quan"
    static QString noun(UnitKind kind);          // "cơ quan", as inside a sentence
    static QString plural(UnitKind kind);        // "Các cơ quan"
    static QString word(TaskNature nature);
    static QString word(TaskOrigin origin);
    static QString word(TaskStatus status);
    static QString word(Rating rating);
    static QString word(DecisionKind kind);
    static QString word(ExecutionState::State state);   // "Chậm tiến độ"
    // Numbers and dates as documents write them: "18.980", "30/06/2026" (nothing for no date).
    static QString number(qlonglong value);
    static QString decimal(double value);   // "82,5"
    static QString fileSize(qint64 bytes);   // "1,5 MB", "830,0 KB", "12 byte"
    // The scores that suggest a level: "từ 70 đến 89 điểm", "dưới 50 điểm".
    static QString scoreBand(Rating level, const ScoreThresholds &thresholds);
    static QString date(const QDate &day);
};

} // namespace dotpha
