#pragma once

#include <QtGlobal>

namespace dotpha {

// For as long as it lives, the calling thread formats and parses numbers through the C library
// in the "C" locale: a dot before the decimals, whatever the user's locale. libxlsxwriter writes
// the workbook's numbers (column widths, margins, cell values) with printf, and a Vietnamese
// locale's comma there makes a file Excel reports as damaged. Only this thread is affected.
class CNumericLocale
{
public:
    CNumericLocale();
    ~CNumericLocale();
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
#ifdef Q_OS_WIN
    int m_previousMode = 0;
    char m_previousName[64] = {};
#else
    void *m_cLocale = nullptr;
    void *m_previous = nullptr;
#endif
};

} // namespace dotpha
