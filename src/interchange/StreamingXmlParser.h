#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace dotpha {

// Parses an XML part as its bytes arrive, so that a part of hundreds of megabytes is never held
// whole. A subclass sees every token; it refuses the part by calling refuse(), after which
// nothing more is read. Text may arrive in several Characters tokens and is to be gathered.
class StreamingXmlParser
{
public:
    virtual ~StreamingXmlParser() = default;

    // Parses what bytes complete; false once the part is refused or damaged.
    bool feed(const QByteArray &bytes);
    // After the last bytes: false when the part was cut short, damaged or refused.
    bool finish();
    // In words, once feed() or finish() returned false.
    const QString &problem() const { return m_problem; }

protected:
    // One token; reader is positioned on it. Return false after refuse().
    virtual bool token(QXmlStreamReader &reader) = 0;
    // Describes damage to the XML itself; the reader's line is available.
    virtual QString damaged(const QXmlStreamReader &reader) const = 0;
    bool refuse(const QString &problem);

private:
    bool drain();

    QXmlStreamReader m_reader;
    QString m_problem;
};

} // namespace dotpha
