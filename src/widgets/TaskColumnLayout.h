#pragma once

#include <QObject>

class QHeaderView;
class QTableView;

namespace dotpha {

// The task table's columns: the short ones as wide as their longest value or header (up to a
// limit, past which a value is elided and shown whole in its tooltip); of the width left, the
// unit or person takes two fifths and the task's title the rest, again whenever the table's width
// changes, so that at 1024 and 1280 pixels every column shows without scrolling; at 1024 the
// rating gives up what it takes past the title's least. The nature and
// the field are hidden at first (the details and the field filter show them); the header's
// context menu shows or hides any column. Lives as long as the view it lays out.
class TaskColumnLayout : public QObject
{
    Q_OBJECT

public:
    explicit TaskColumnLayout(QTableView &view);

    // Sizes the columns from their contents and the header's font, as on the first start.
    void applyDefaults();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int defaultWidth(int column) const;
    int headerWidth(int column) const;
    void fitOwnerToWidth();
    void offerColumnChoice();

    QTableView &m_view;
    int m_ratingWanted = 0;   // the rating's width as laid out or as the user left it; 0 until then
    bool m_fitting = false;   // our own resizing, which is not the user's choice
};

} // namespace dotpha
