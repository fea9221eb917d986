#pragma once

#include "StreamingXmlParser.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// The workbook's table of shared texts (xl/sharedStrings.xml), each in NFC and no longer than
// Excel allows. Phonetic hints (<rPh>) are not part of a text.
class XlsxSharedStringsParser : public StreamingXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSharedStringsParser)

public:
    explicit XlsxSharedStringsParser(int cellCharacters);

    QStringList takeStrings() { return std::move(m_strings); }

protected:
    bool token(QXmlStreamReader &reader) override;
    QString damaged(const QXmlStreamReader &reader) const override;

private:
    bool endItem();

    int m_cellCharacters;
    QStringList m_strings;
    QString m_current;
    bool m_inItem = false;
    bool m_inText = false;
    int m_phoneticDepth = 0;
};

} // namespace dotpha
