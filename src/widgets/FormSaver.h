#pragma once

#include "DraftStore.h"
#include "Result.h"

#include <QObject>

#include <functional>
#include <optional>

class QBoxLayout;
class QDialog;
class QLabel;

namespace dotpha {

class DraftNotice;

// Saves a form from inside it, so that nothing typed is lost to a failed save (a lost server, a
// locked, vanished or read-only file, a full disk): the form stays open with what was typed and
// the reason above it, and what was typed is kept as a draft (DraftStore), which the form offers
// back when it next opens on the same record, after a restart of Dotpha too. A save that succeeds
// throws the draft away.
class FormSaver : public QObject
{
    Q_OBJECT

public:
    using Save = std::function<Status()>;

    // The notices go at the top of layout, the form's outermost.
    FormSaver(QDialog &form, QBoxLayout &layout);

    void setSave(Save save) { m_save = std::move(save); }
    // Keeps the form's drafts in drafts under key, and offers the one kept there, if any; version:
    // the record's version the form shows (0 for a new record).
    void keepDrafts(const DraftStore &drafts, const QString &key, int version);
    // Runs the save given; true when it succeeded or there was none to run, false when the form
    // is to stay open (the reason is shown, the draft kept).
    bool save();

private:
    void restoreDraft();
    void discardDraft();

    QDialog &m_form;
    DraftNotice *m_draftNotice;
    QLabel *m_failure;
    Save m_save;
    std::optional<DraftStore> m_drafts;
    QString m_draftKey;
    int m_version = 0;
    // A draft was offered and the user has neither put it back nor thrown it away: it is not this
    // form's to replace or forget (another note typed meanwhile must not take its place).
    bool m_draftPending = false;
};

} // namespace dotpha
