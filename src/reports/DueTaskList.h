#pragma once

#include "DueList.h"
#include "PrintableDocument.h"

#include <functional>
#include <optional>

namespace dotpha {

class ReportTable;

// "DANH SÁCH các việc đột phá, đổi mới đến hạn và quá hạn": for the Standing Committee's meeting
// or a reminder to the units, what falls due in the coming days (DueList::collect) and, apart, what
// is already overdue (DueList::collectOverdue), each task with its work items falling due.
class DueTaskList : public PrintableDocument
{
public:
    struct Contents
    {
        CommitteeSettings committee;
        QDate today;
        int days = 0;
        std::optional<int> year;   // every open year when not set
        QList<DueList::Entry> due;
        QList<DueList::Entry> overdue;
        // Set by whoever prints: the document's number ("5" in "Số 5-DS/HU"), its date and signer.
        QString number;
        QDate date;
        QString signerPosition;
        QString signerName;
    };

    explicit DueTaskList(Contents contents) : m_contents(std::move(contents)) {}

    // The committee and both lists as of today, of year only when given; number and date left blank.
    static Result<Contents> collect(Repositories &repositories, const QDate &today, int days,
                                    std::optional<int> year = std::nullopt);

    QString title() const override;
    const CommitteeSettings &committee() const override { return m_contents.committee; }
    void paint(DocumentCanvas &canvas) const override;

    ReportTable dueTable() const;
    ReportTable overdueTable() const;

private:
    QString subject() const;
    QString opening() const;
    static void paintSection(DocumentCanvas &canvas, const QString &title, bool empty, const ReportTable &table,
                             qreal keepWithEnd = 0);
    ReportTable table(const QList<DueList::Entry> &entries, const QString &lastColumn,
                      const std::function<QString(const DueList::Entry &)> &lastCell) const;

    Contents m_contents;
};

} // namespace dotpha
