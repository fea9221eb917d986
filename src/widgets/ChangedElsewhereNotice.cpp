#include "ChangedElsewhereNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dotpha {

ChangedElsewhereNotice::ChangedElsewhereNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_theirs(new QPushButton(tr("Take t&heirs"), this))
    , m_mine(new QPushButton(tr("Keep m&ine"), this))
    , m_both(new QPushButton(tr("&Merge both"), this))
{
    setObjectName(u"changedElsewhereNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#changedElsewhereNotice { background: #fde7e9; } #changedElsewhereNotice QLabel { color: #5c0011; }"_s);
    m_text->setObjectName(u"changedElsewhereLabel"_s);
    m_text->setWordWrap(true);
    m_theirs->setObjectName(u"takeTheirsButton"_s);
    m_mine->setObjectName(u"keepMineButton"_s);
    m_both->setObjectName(u"keepBothButton"_s);
    m_theirs->setToolTip(tr("Show the task as your colleague saved it; what you typed is dropped."));
    m_mine->setToolTip(tr("Keep the form as it is: saving it replaces what your colleague changed."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_both, m_theirs, m_mine})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    // A choice made, the notice goes.
    const auto choosing = [this](void (ChangedElsewhereNotice::*chosen)()) {
        return [this, chosen] {
            hide();
            Q_EMIT(this->*chosen)();
        };
    };
    connect(m_theirs, &QPushButton::clicked, this, choosing(&ChangedElsewhereNotice::theirsChosen));
    connect(m_mine, &QPushButton::clicked, this, choosing(&ChangedElsewhereNotice::mineChosen));
    connect(m_both, &QPushButton::clicked, this, choosing(&ChangedElsewhereNotice::bothChosen));
    hide();
}

QString ChangedElsewhereNotice::byWhomAndWhen(const QString &who, const QDateTime &when)
{
    const QString time = QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    return who.isEmpty() ? tr("Someone else, at %1").arg(time) : tr("%1, at %2").arg(who, time);
}

void ChangedElsewhereNotice::showChange(const Change &change)
{
    QString text = tr("%1, saved this task while you were editing it: %2.")
                       .arg(byWhomAndWhen(change.who, change.when), QLocale().createSeparatedList(change.theirFields));
    if (!change.collisions.isEmpty())
        text += u' ' + tr("You both changed %1: choose whose to keep.").arg(QLocale().createSeparatedList(change.collisions));
    else if (change.mineChanged)
        text += u' ' + tr("Your changes are elsewhere: both can be kept.");
    m_text->setText(text);
    m_both->setVisible(change.mineChanged);
    m_both->setEnabled(change.collisions.isEmpty());
    m_both->setToolTip(change.collisions.isEmpty()
                           ? tr("Take what your colleague changed and keep what you typed.")
                           : tr("You both changed the same fields: take theirs or keep yours."));
    m_mine->setVisible(change.mineChanged);
    m_theirs->setVisible(true);
    m_theirs->setText(change.mineChanged ? tr("Take t&heirs") : tr("S&how theirs"));
    show();
}

void ChangedElsewhereNotice::showRemoved(const QString &who, const QDateTime &when)
{
    m_text->setText(tr("%1, removed this task while you were editing it: it can no longer be saved. Cancel closes "
                       "the form.")
                        .arg(byWhomAndWhen(who, when)));
    for (QPushButton *button : {m_theirs, m_mine, m_both})
        button->hide();
    show();
}

} // namespace dotpha
