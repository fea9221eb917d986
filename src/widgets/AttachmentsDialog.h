#pragma once

#include "Attachment.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QUndoStack;
class QTreeWidget;

namespace dotpha {

// A task's evidence files: each with its size, what it is attached to and when, removed ones
// greyed; attach (a button, or files dropped on the dialog), open, save a copy, remove. The
// dialog only shows and asks: AttachmentActions does each, as an undo step where it writes.
class AttachmentsDialog : public QDialog
{
    Q_OBJECT

public:
    // What a file may be attached to: the task, or one of its notes, work items or decisions
    // (target names it), with the words the list shows for it.
    struct Owner
    {
        QString label;
        Attachment target;
    };

    AttachmentsDialog(const QString &taskTitle, QWidget *parent = nullptr);

    void setOwners(const QList<Owner> &owners);
    // Where the next file attached goes, as chosen in "Attach to".
    Attachment chosenOwner() const;
    void setAttachments(const QList<Attachment> &attachments);
    // Why the files cannot change (a closed year, a read-only database), or empty when they can.
    void setReadOnlyReason(const QString &reason);
    // Ctrl+Z and Ctrl+Y (or the platform's keys) undo and redo on the stack while the dialog is open.
    void offerUndo(QUndoStack &stack);
    std::optional<Attachment> selected() const;

Q_SIGNALS:
    void attachRequested(const QStringList &paths);
    void openRequested(const Attachment &attachment);
    void saveRequested(const Attachment &attachment);
    void removeRequested(const Attachment &attachment);

private:
    QPushButton *addButton(const QString &text, const QString &objectName);
    void updateButtons();
    QString ownerOf(const Attachment &attachment) const;

    QTreeWidget *m_list = nullptr;
    QComboBox *m_owner = nullptr;
    QList<Owner> m_owners;
    QLabel *m_hint = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QList<Attachment> m_attachments;
    QString m_readOnlyReason;
};

} // namespace dotpha
