#pragma once

#include "ScoreThresholds.h"

#include <QString>

namespace dotpha {

// The Party committee that owns the database, and how its documents are laid out. The committee's
// level and names are data: since the 2025 reorganisation the same office may print 2021 reports
// as "HUYỆN ỦY YÊN SƠN" and 2026 ones under a new name.
struct CommitteeSettings
{
    QString committeeName;    // issuing body, e.g. "Huyện ủy Yên Sơn"
    QString superiorBody;     // e.g. "Đảng bộ tỉnh Tuyên Quang"
    QString placeName;        // for "Yên Sơn, ngày 20 tháng 12 năm 2021"
    QString issuerSymbol;     // the part after the slash in "Số 10-BC/HU"
    // Document margins in millimetres. Defaults follow Hướng dẫn 36-HD/VPTW.
    double marginTopMm = 20;
    double marginBottomMm = 20;
    double marginLeftMm = 30;
    double marginRightMm = 15;
    ScoreThresholds scoreThresholds;
    // The largest evidence file one may attach, in megabytes (of 1,048,576 bytes).
    static constexpr int DefaultAttachmentLimitMegabytes = 50;
    static constexpr int LargestAttachmentLimitMegabytes = 1024;
    int attachmentLimitMegabytes = DefaultAttachmentLimitMegabytes;
    bool isSample = false;
    int version = 0;
};

} // namespace dotpha
