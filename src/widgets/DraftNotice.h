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

    void showDraft(const QDateTime &keptAt);

Q_SIGNALS:
    void restoreChosen();
    void restoreAndSaveChosen();
    void discardChosen();

private:
    QLabel *m_text;
};

} // namespace dotpha
