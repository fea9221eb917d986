#pragma once

#include "Result.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

namespace dotpha {

// Reads a CSV file as offices produce it: comma-, semicolon- or tab-separated (whichever the first lines
// use), fields quoted with line breaks inside, in any encoding TextDecoding tells apart. Text is
// normalised to NFC, so decomposed Vietnamese matches what is typed. A file in a legacy Vietnamese
// encoding is refused with the encoding named.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // stop, when given and set meanwhile (by another thread), ends the reading with
    // Error::Kind::Cancelled at the next step.
    static Result<QList<QStringList>> read(const QString &path, const std::atomic<bool> *stop = nullptr);
    static QList<QStringList> parse(const QString &text);
    static QChar separatorOf(const QString &text);

private:
    static Error legacyRefusal(const QString &name, LegacyEncoding::Kind legacy);
    static Error damagedRefusal(const QString &name, const QList<QStringList> &rows, TextDecoding::Encoding encoding);
};

} // namespace dotpha
