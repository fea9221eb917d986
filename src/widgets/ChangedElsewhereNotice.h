#pragma once

#include <QDateTime>
#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace dotpha {

// The notice above an editor whose record a colleague saved meanwhile: who, when and which
// fields, and the three ways on: their version, mine, or both where they do not collide. It
// stays until one is chosen.
class ChangedElsewhereNotice : public QFrame
{
    Q_OBJECT

public:
    explicit ChangedElsewhereNotice(QWidget *parent = nullptr);

    struct Change
    {
        QString who;
        QDateTime when;
        QStringList theirFields;   // labels, as the user reads them
        QStringList collisions;    // the fields both changed differently
        bool mineChanged = false;  // whether anything was typed here
    };
    void showChange(const Change &change);
    // The notice of a record removed meanwhile: nothing is left to save it over.
    void showRemoved(const QString &who, const QDateTime &when);

Q_SIGNALS:
    void theirsChosen();
    void mineChosen();
    void bothChosen();

private:
    static QString byWhomAndWhen(const QString &who, const QDateTime &when);

    QLabel *m_text;
    QPushButton *m_theirs;
    QPushButton *m_mine;
    QPushButton *m_both;
};

} // namespace dotpha
