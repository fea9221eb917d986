#pragma once

#include "MemoryBudget.h"
#include "StreamingXmlParser.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// The workbook's table of shared texts (xl/sharedStrings.xml), each in NFC and no longer than
// Excel allows. Phonetic hints (<rPh>) are not part of a text. Every text kept is charged to the
// reading's memory budget: a table of millions of empty texts costs memory without any text.
class XlsxSharedStringsParser : public StreamingXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSharedStringsParser)

public:
    XlsxSharedStringsParser(int cellCharacters, MemoryBudget &budget);

    QStringList takeStrings() { return std::move(m_strings); }

protected:
    bool token(QXmlStreamReader &reader) override;
    QString damaged(const QXmlStreamReader &reader) const override;

private:
    bool endItem();

    int m_cellCharacters;
    MemoryBudget &m_budget;
    QStringList m_strings;
    QString m_current;
    bool m_inItem = false;
    bool m_inText = false;
    int m_phoneticDepth = 0;
};

} // namespace dotpha
