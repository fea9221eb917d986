#pragma once

#include "MemoryBudget.h"
#include "StreamingXmlParser.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// One worksheet's cells as rows of text, parsed as the XML arrives. Every limit is checked before
// anything is allocated for it: a row number past Excel's last row, a column past XFD, a text
// past 32,767 characters or a sheet holding more cells or text than an import can take is
// refused with the cell named, instead of being padded out in memory; and every row and cell kept
// is charged to the reading's memory budget.
class XlsxSheetParser : public StreamingXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetParser)

public:
    struct Limits
    {
        qint64 rows = 1048576;          // Excel's own limits
        int columns = 16384;
        int cellCharacters = 32767;
        qint64 cells = 32 * 1024 * 1024;           // held, counting the empty ones before a value
        qint64 characters = 512 * 1024 * 1024;     // of text held in all cells
    };

    XlsxSheetParser(const QStringList &sharedStrings, const Limits &limits, MemoryBudget &budget);

    // Rows from the first; rows and cells the sheet leaves out are empty, trailing empty cells
    // are not kept.
    QList<QStringList> takeRows() { return std::move(m_rows); }

protected:
    bool token(QXmlStreamReader &reader) override;
    QString damaged(const QXmlStreamReader &reader) const override;

private:
    bool startRow(const QXmlStreamAttributes &attributes);
    bool endRow();
    bool startCell(const QXmlStreamAttributes &attributes);
    bool endValue();
    bool endCell();
    bool gather(QStringView text);
    bool charge(qint64 bytes);
    QString cellName() const;

    const QStringList &m_sharedStrings;
    Limits m_limits;
    MemoryBudget &m_budget;
    QList<QStringList> m_rows;
    QStringList m_row;
    qint64 m_rowNumber = 0;       // one-based; 0 before the first row
    int m_column = -1;            // zero-based, of the cell being read
    QString m_type;               // the cell's t attribute
    QString m_text;               // gathered from <v> or <is><t>
    QString m_value;              // the cell's text once known
    bool m_inCell = false;
    bool m_inValue = false;
    bool m_inInlineText = false;
    int m_phoneticDepth = 0;
    qint64 m_cellsHeld = 0;
    qint64 m_charactersHeld = 0;
};

} // namespace dotpha
