#pragma once

#include <QByteArray>
#include <QCollator>
#include <QString>

namespace dotpha {

// Orders names the way a Vietnamese reader expects: "An, Ân, Bình, Dũng, Đạo, Đức, Hải".
// Plain QString comparison puts every accented letter after "z".
class VietnameseCollator
{
public:
    VietnameseCollator();

    bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }
    int compare(const QString &a, const QString &b) const { return m_collator.compare(a, b); }

    // Bytes that compare (memcmp, as SQLite compares BLOBs) in the same order as the texts do in
    // Vietnamese: stored beside a text, they let the database sort in Vietnamese order.
    static QByteArray sortKey(const QString &text);

private:
    QCollator m_collator;
};

} // namespace dotpha
