#include "CsvFile.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

bool startsAFormula(QChar c)
{
    return u"=+-@\t\r"_s.contains(c);
}

} // namespace

QString CsvFile::guardFormula(const QString &text)
{
    if (!text.isEmpty() && startsAFormula(text.front()))
        return u"'"_s + text;
    return text;
}

QString CsvFile::unguardFormula(const QString &text)
{
    if (text.size() >= 2 && text.front() == u'\'' && startsAFormula(text.at(1)))
        return text.mid(1);
    return text;
}

QString CsvFile::field(const QString &text)
{
    const QString guarded = guardFormula(text);
    if (!guarded.contains(u',') && !guarded.contains(u'"') && !guarded.contains(u'\n') && !guarded.contains(u'\r')
        && !guarded.contains(u';'))
        return guarded;
    QString quoted = guarded;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

Status CsvFile::write(const QString &path, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::File, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray bytes("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &cell : row)
            fields << field(cell);
        bytes += fields.join(u',').toUtf8() + "\r\n";
    }
    file.write(bytes);
    if (!file.commit())
        return Error(Error::Kind::File, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace dotpha
