#pragma once

#include <QDate>
#include <QLabel>

namespace dotpha {

struct Repositories;

// The status bar's word on deadlines ("3 việc đến hạn trong 14 ngày tới, 1 việc quá hạn"), over
// every year: a link that opens "Due soon". Hidden while nothing is due or overdue.
class DueNotice : public QLabel
{
    Q_OBJECT

public:
    explicit DueNotice(QWidget *parent = nullptr);

    // Counts again in repositories (nullptr: hides), from today, days ahead.
    void refresh(Repositories *repositories, const QDate &today, int days);

Q_SIGNALS:
    void chosen();
};

} // namespace dotpha
