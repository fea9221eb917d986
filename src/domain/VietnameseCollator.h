#pragma once

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

private:
    QCollator m_collator;
};

} // namespace dotpha
