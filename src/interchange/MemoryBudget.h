#pragma once

#include <QString>
#include <QStringList>

namespace dotpha {

// What one reading of a spreadsheet may hold in memory, whatever the file: each text, cell and
// row is charged as it is kept, at what Qt's containers cost for it (a list's slot, a string's
// header and its characters, rounded up as the allocator does), so that a file made to need
// gigabytes (empty shared texts, a line of commas) is refused when its cost passes the budget,
// not when the machine runs out.
class MemoryBudget
{
public:
    static constexpr qint64 DefaultBytes = qint64(256) * 1024 * 1024;
    // A place in a QList of QString or of QStringList.
    static constexpr qint64 Slot = qint64(sizeof(QString));

    explicit MemoryBudget(qint64 limitBytes = DefaultBytes) : m_limit(limitBytes) {}

    // The heap a string of characters holds besides its slot; nothing for an empty one.
    static qint64 textBytes(qsizetype characters);
    // A kept cell: its slot and its text.
    static qint64 cellBytes(qsizetype characters) { return Slot + textBytes(characters); }
    // A kept row's array of capacity slots, with its own slot in the table.
    static qint64 rowBytes(qsizetype capacity);

    // False once what is charged passes the limit; the charge stays counted.
    bool charge(qint64 bytes)
    {
        m_used += bytes;
        return m_used <= m_limit;
    }
    void release(qint64 bytes) { m_used -= bytes; }
    qint64 used() const { return m_used; }
    qint64 limit() const { return m_limit; }
    qint64 limitMegabytes() const { return m_limit / (1024 * 1024); }

private:
    qint64 m_limit;
    qint64 m_used = 0;
};

} // namespace dotpha
