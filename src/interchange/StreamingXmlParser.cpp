#include "StreamingXmlParser.h"

namespace dotpha {

bool StreamingXmlParser::feed(const QByteArray &bytes)
{
    if (!m_problem.isEmpty())
        return false;
    m_reader.addData(bytes);
    return drain();
}

bool StreamingXmlParser::finish()
{
    if (!m_problem.isEmpty())
        return false;
    if (!drain())
        return false;
    if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return refuse(damaged(m_reader));
    return true;
}

bool StreamingXmlParser::drain()
{
    while (!m_reader.atEnd()) {
        m_reader.readNext();
        if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return true;   // waits for the next bytes
        if (m_reader.hasError())
            return refuse(damaged(m_reader));
        if (!token(m_reader))
            return false;
    }
    return true;
}

bool StreamingXmlParser::refuse(const QString &problem)
{
    m_problem = problem;
    return false;
}

} // namespace dotpha
