#include "DraftNotice.h"

#include "NoticeBand.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dotpha {

DraftNotice::DraftNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_restoreAndSave(new QPushButton(tr("Put back and save"), this))
{
    styleNoticeBand(*this, u"draftNotice"_s, *m_text, u"draftLabel"_s, u"#fff4ce"_s, u"#4d3800"_s);
    QPushButton *restoreAndSave = m_restoreAndSave;
    restoreAndSave->setObjectName(u"restoreAndSaveDraftButton"_s);
    auto *restore = new QPushButton(tr("&Get it back to read first"), this);
    restore->setObjectName(u"restoreDraftButton"_s);
    auto *discard = new QPushButton(tr("Throw it away"), this);
    discard->setObjectName(u"discardDraftButton"_s);
    // Only the safe choice claims an Alt key: the editor and the progress pages leave few free.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {restoreAndSave, restore, discard})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    // A choice made, the notice goes.
    const auto choosing = [this](void (DraftNotice::*chosen)()) {
        return [this, chosen] {
            hide();
            Q_EMIT(this->*chosen)();
        };
    };
    connect(restoreAndSave, &QPushButton::clicked, this, choosing(&DraftNotice::restoreAndSaveChosen));
    connect(restore, &QPushButton::clicked, this, choosing(&DraftNotice::restoreChosen));
    connect(discard, &QPushButton::clicked, this, choosing(&DraftNotice::discardChosen));
    hide();
}

void DraftNotice::showDraft(const QDateTime &keptAt, bool stale)
{
    QString text = tr("What was typed here at %1 could not be saved then; it was kept.")
                       .arg(QLocale().toString(keptAt.toLocalTime(), QLocale::ShortFormat));
    if (stale)
        text += u' ' + tr("The task was saved since: read it before saving.");
    m_text->setText(text);
    m_restoreAndSave->setVisible(!stale);
    show();
}

} // namespace dotpha
