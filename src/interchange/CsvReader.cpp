#include "CsvReader.h"

#include "LegacyEncoding.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

constexpr qint64 MaxCsvBytes = 64 * 1024 * 1024;

} // namespace

QChar CsvReader::separatorOf(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    int lines = 0;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\n' && ++lines >= 20)
            break;
    }
    return semicolons > commas ? u';' : u',';
}

QList<QStringList> CsvReader::parse(const QString &text)
{
    const QChar separator = separatorOf(text);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row << field.normalized(QString::NormalizationForm_C);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << field.normalized(QString::NormalizationForm_C);
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field.normalized(QString::NormalizationForm_C);
        rows << row;
    }
    return rows;
}

Result<QList<QStringList>> CsvReader::read(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::File, tr("Cannot read %1: %2").arg(name, file.errorString()));
    if (file.size() > MaxCsvBytes)
        return Error(Error::Kind::Refused, tr("The file %1 is too large for a registration list.").arg(name));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);   // not UTF-8: see whether it is a legacy Vietnamese encoding
    if (const LegacyEncoding::Kind legacy = LegacyEncoding::detect(text); legacy != LegacyEncoding::Kind::None)
        return Error(Error::Kind::Refused,
                     tr("The file %1 is written in the old %2 encoding. Convert it to Unicode first (for example "
                        "with Unikey's converter) and import it again.").arg(name, LegacyEncoding::name(legacy)));
    if (utf8.hasError())
        return Error(Error::Kind::Refused, tr("The file %1 is not UTF-8 text. Save it as \"CSV UTF-8\" and import it "
                                              "again.").arg(name));
    return parse(text);
}

} // namespace dotpha
