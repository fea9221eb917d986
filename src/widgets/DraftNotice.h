#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace dotpha {

// The notice above a form that has a draft: what was typed there when a save failed, and when.
// One click puts it back and saves it; another puts it back to read first; a third throws it away.
class DraftNotice : public QFrame
{
    Q_OBJECT

public:
    explicit DraftNotice(QWidget *parent = nullptr);

    // stale: the record was saved since the draft's form was filled, so putting the draft back
    // and saving it would undo that save unseen: only reading it first is offered.
    void showDraft(const QDateTime &keptAt, bool stale);

Q_SIGNALS:
    void restoreChosen();
    void restoreAndSaveChosen();
    void discardChosen();

private:
    QLabel *m_text;
    QPushButton *m_restoreAndSave;
};

} // namespace dotpha
