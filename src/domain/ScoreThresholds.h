#pragma once

#include "Rating.h"

namespace dotpha {

// The year-end score's thresholds, on a 100-point scale as Quy định 366-QĐ/TW (2025) grades: a
// score of excellent or more suggests "Hoàn thành xuất sắc", of good or more "Hoàn thành tốt", of
// completed or more "Hoàn thành", and below it "Không hoàn thành". The committee sets them; the
// reviewer chooses the final level, which the score only suggests.
struct ScoreThresholds
{
    static constexpr int DefaultExcellent = 90;
    static constexpr int DefaultGood = 70;
    static constexpr int DefaultCompleted = 50;

    int excellent = DefaultExcellent;
    int good = DefaultGood;
    int completed = DefaultCompleted;

    // Each above the next, all within 1-100.
    bool isValid() const { return excellent <= 100 && good < excellent && completed < good && completed >= 1; }

    Rating suggested(int score) const
    {
        if (score >= excellent)
            return Rating::Excellent;
        if (score >= good)
            return Rating::Good;
        if (score >= completed)
            return Rating::Completed;
        return Rating::NotCompleted;
    }

    // The scores that suggest a level, both ends included.
    struct Band
    {
        int lowest = 0;
        int highest = 100;
    };
    Band band(Rating level) const
    {
        switch (level) {
        case Rating::Excellent: return {excellent, 100};
        case Rating::Good: return {good, excellent - 1};
        case Rating::Completed: return {completed, good - 1};
        case Rating::NotCompleted: break;
        }
        return {0, completed - 1};
    }

    bool operator==(const ScoreThresholds &) const = default;
};

} // namespace dotpha
