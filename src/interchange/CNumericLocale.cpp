#include "CNumericLocale.h"

#include <clocale>
#include <cstring>

#ifndef Q_OS_WIN
#include <locale.h>
#endif

namespace dotpha {

#ifdef Q_OS_WIN

CNumericLocale::CNumericLocale()
{
    m_previousMode = _configthreadlocale(_ENABLE_PER_THREAD_LOCALE);
    if (const char *current = std::setlocale(LC_NUMERIC, nullptr))
        strncpy_s(m_previousName, current, sizeof m_previousName - 1);
    std::setlocale(LC_NUMERIC, "C");
}

CNumericLocale::~CNumericLocale()
{
    if (m_previousName[0])
        std::setlocale(LC_NUMERIC, m_previousName);
    _configthreadlocale(m_previousMode);
}

#else

CNumericLocale::CNumericLocale()
{
    const locale_t c = newlocale(LC_NUMERIC_MASK, "C", duplocale(uselocale(locale_t(nullptr))));
    if (c == locale_t(nullptr))
        return;
    m_cLocale = c;
    m_previous = uselocale(c);
}

CNumericLocale::~CNumericLocale()
{
    if (!m_cLocale)
        return;
    uselocale(static_cast<locale_t>(m_previous));
    freelocale(static_cast<locale_t>(m_cLocale));
}

#endif

} // namespace dotpha
