#include "Error.h"

namespace dotpha {

Error::Error(Kind kind, QString message, QString detail)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{
}

} // namespace dotpha
