#include "FormSaver.h"

#include "BusyCursor.h"
#include "DraftNotice.h"
#include "FormContents.h"

#include <QBoxLayout>
#include <QDialog>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace dotpha {

FormSaver::FormSaver(QDialog &form, QBoxLayout &layout)
    : QObject(&form)
    , m_form(form)
    , m_draftNotice(new DraftNotice(&form))
    , m_failure(new QLabel(&form))
{
    m_failure->setObjectName(u"saveFailureLabel"_s);
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->setFrameShape(QFrame::StyledPanel);
    m_failure->setStyleSheet(u"#saveFailureLabel { background: #fde7e9; color: #5c0011; padding: 6px; }"_s);
    m_failure->hide();
    layout.insertWidget(0, m_failure);
    layout.insertWidget(0, m_draftNotice);
    connect(m_draftNotice, &DraftNotice::restoreChosen, this, &FormSaver::restoreDraft);
    connect(m_draftNotice, &DraftNotice::restoreAndSaveChosen, this, [this] {
        restoreDraft();
        m_form.accept();   // the form's own accept saves through save()
    });
    connect(m_draftNotice, &DraftNotice::discardChosen, this, &FormSaver::discardDraft);
}

void FormSaver::keepDrafts(const DraftStore &drafts, const QString &key, int version)
{
    m_drafts = drafts;
    m_draftKey = key;
    m_version = version;
    if (const std::optional<DraftStore::Draft> draft = m_drafts->find(m_draftKey)) {
        m_draftPending = true;
        m_draftNotice->showDraft(draft->keptAt, draft->basedOnVersion != version);
    }
}

bool FormSaver::save()
{
    if (!m_save)
        return true;
    const Status saved = [this] {
        const BusyCursor busy;
        return m_save();
    }();
    if (saved) {
        m_failure->hide();
        if (m_drafts && !m_draftPending)
            m_drafts->forget(m_draftKey);
        return true;
    }
    if (saved.error().kind() == Error::Kind::Cancelled)
        return false;
    if (m_drafts && !m_draftPending)
        m_drafts->keep(m_draftKey, FormContents::capture(m_form), m_version);
    m_failure->setText(saved.error().message() + u"\n\n"_s
                       + tr("What you typed is still here, and kept as a draft should this window be closed: "
                            "save again when the cause is put right."));
    m_failure->setToolTip(saved.error().detail());
    m_failure->show();
    return false;
}

void FormSaver::restoreDraft()
{
    if (!m_drafts)
        return;
    if (const std::optional<DraftStore::Draft> draft = m_drafts->find(m_draftKey))
        FormContents::restore(m_form, draft->contents);
    m_draftPending = false;   // what the form holds now is the draft's, to save or keep again
}

void FormSaver::discardDraft()
{
    m_draftPending = false;
    if (m_drafts)
        m_drafts->forget(m_draftKey);
}

} // namespace dotpha
