#include "XlsxSharedStringsParser.h"

using namespace Qt::StringLiterals;

namespace dotpha {

XlsxSharedStringsParser::XlsxSharedStringsParser(int cellCharacters, MemoryBudget &budget)
    : m_cellCharacters(cellCharacters), m_budget(budget)
{
}

bool XlsxSharedStringsParser::token(QXmlStreamReader &reader)
{
    if (reader.isStartElement()) {
        const QStringView name = reader.name();
        if (name == u"si"_s) {
            m_inItem = true;
            m_current.clear();
        } else if (name == u"rPh"_s) {
            ++m_phoneticDepth;
        } else if (name == u"t"_s && m_inItem && m_phoneticDepth == 0) {
            m_inText = true;
        }
    } else if (reader.isEndElement()) {
        const QStringView name = reader.name();
        if (name == u"si"_s)
            return endItem();
        if (name == u"rPh"_s)
            m_phoneticDepth = qMax(0, m_phoneticDepth - 1);
        else if (name == u"t"_s)
            m_inText = false;
    } else if (reader.isCharacters() && m_inText) {
        if (m_current.size() + reader.text().size() > m_cellCharacters)
            return refuse(tr("shared text number %1 holds more than %2 characters, which Excel itself does not allow")
                              .arg(m_strings.size()).arg(m_cellCharacters));
        m_current += reader.text();
    }
    return true;
}

bool XlsxSharedStringsParser::endItem()
{
    // Normalised once here: cells that share a text then share its one copy.
    QString text = m_current.normalized(QString::NormalizationForm_C);
    if (!m_budget.charge(MemoryBudget::cellBytes(text.size())))
        return refuse(tr("its table of shared texts needs more memory than one import may take (%1 MB), at shared "
                         "text number %2; split the list into smaller workbooks")
                          .arg(m_budget.limitMegabytes()).arg(m_strings.size() + 1));
    m_strings << std::move(text);
    m_inItem = false;
    m_inText = false;
    return true;
}

QString XlsxSharedStringsParser::damaged(const QXmlStreamReader &reader) const
{
    return tr("its table of shared texts is damaged near line %1 (%2)").arg(reader.lineNumber()).arg(reader.errorString());
}

} // namespace dotpha
