#include "AttachmentsDialog.h"

#include "ErrorPresenter.h"
#include "FileDropFilter.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dotpha {

AttachmentsDialog::AttachmentsDialog(const QString &taskTitle, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Attached files"));
    setObjectName(u"attachmentsDialog"_s);
    // Files dropped on the dialog are attached as the button would, while the files may change.
    // When they may not, the drop says why rather than vanishing.
    connect(new FileDropFilter(this), &FileDropFilter::filesDropped, this, [this](const QStringList &paths) {
        if (m_readOnlyReason.isEmpty())
            Q_EMIT attachRequested(paths);
        else
            ErrorPresenter::show(this, Error(Error::Kind::Refused, m_readOnlyReason));
    });
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Evidence files of the task: %1").arg(taskTitle), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"attachmentList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("File"), tr("Size"), tr("Attached to"), tr("Added"), tr("State")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (int column = 1; column < 5; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // What a file is attached to may be a whole note: shown in part, whole in its tooltip.
    m_list->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_list->header()->resizeSection(2, 190);
    layout->addWidget(m_list);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hintLabel"_s);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *ownerRow = new QHBoxLayout;
    layout->addLayout(ownerRow);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"ownerCombo"_s);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(40);
    auto *ownerLabel = new QLabel(tr("Attach &to:"), this);
    ownerLabel->setBuddy(m_owner);
    ownerRow->addWidget(ownerLabel);
    ownerRow->addWidget(m_owner, 1);
    auto *row = new QHBoxLayout;
    layout->addLayout(row);
    m_attach = addButton(tr("&Attach a file..."), u"attachButton"_s);
    m_open = addButton(tr("&Open"), u"openButton"_s);
    m_save = addButton(tr("&Save a copy..."), u"saveButton"_s);
    m_remove = addButton(tr("&Remove"), u"removeButton"_s);
    for (QPushButton *button : {m_attach, m_open, m_save, m_remove})
        row->addWidget(button);
    row->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(buttons);

    connect(m_attach, &QPushButton::clicked, this, [this] { Q_EMIT attachRequested({}); });
    connect(m_open, &QPushButton::clicked, this, [this] { if (auto one = selected()) Q_EMIT openRequested(*one); });
    connect(m_save, &QPushButton::clicked, this, [this] { if (auto one = selected()) Q_EMIT saveRequested(*one); });
    connect(m_remove, &QPushButton::clicked, this, [this] { if (auto one = selected()) Q_EMIT removeRequested(*one); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { if (auto one = selected()) Q_EMIT openRequested(*one); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AttachmentsDialog::updateButtons);
    resize(900, 420);
    setOwners({});
    setReadOnlyReason({});
}

void AttachmentsDialog::setOwners(const QList<Owner> &owners)
{
    m_owners = owners;
    if (m_owners.isEmpty())
        m_owners << Owner{tr("the task"), Attachment{}};
    m_owner->clear();
    for (const Owner &owner : std::as_const(m_owners))
        m_owner->addItem(owner.label);
}

Attachment AttachmentsDialog::chosenOwner() const
{
    return m_owners.value(std::max(0, m_owner->currentIndex())).target;
}

QPushButton *AttachmentsDialog::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QString AttachmentsDialog::ownerOf(const Attachment &attachment) const
{
    for (const Owner &owner : m_owners) {
        const Attachment &target = owner.target;
        if (target.progressNoteId == attachment.progressNoteId && target.workItemId == attachment.workItemId
            && target.decisionId == attachment.decisionId)
            return owner.label;
    }
    if (attachment.progressNoteId)
        return tr("progress note");
    if (attachment.workItemId)
        return tr("work item");
    if (attachment.decisionId)
        return tr("decision");
    return tr("the task");
}

void AttachmentsDialog::setAttachments(const QList<Attachment> &attachments)
{
    const std::optional<Attachment> before = selected();
    m_attachments = attachments;
    m_list->clear();
    const QLocale locale;
    for (const Attachment &attachment : attachments) {
        auto *item = new QTreeWidgetItem(m_list, {attachment.fileName, locale.formattedDataSize(attachment.sizeBytes, 2, QLocale::DataSizeTraditionalFormat),
                                                  ownerOf(attachment),
                                                  locale.toString(attachment.createdAt.toLocalTime(), QLocale::ShortFormat),
                                                  attachment.isRemoved() ? tr("removed, kept in the record") : tr("kept")});
        item->setToolTip(0, u"SHA-256 "_s + attachment.sha256);
        item->setToolTip(2, item->text(2));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (attachment.isRemoved()) {
            for (int column = 0; column < 5; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (before && before->id == attachment.id)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    updateButtons();
}

// The main window's Edit menu cannot be reached while this dialog is open: its undo and redo
// are offered here too, under the same keys.
void AttachmentsDialog::offerUndo(QUndoStack &stack)
{
    QAction *undo = stack.createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack.createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void AttachmentsDialog::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    m_hint->setText(reason.isEmpty() ? tr("Drop files here to attach them. Removing a file keeps it in the record; "
                                          "%1 takes the removal back.")
                                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))
                                     : reason);
    updateButtons();
}

std::optional<Attachment> AttachmentsDialog::selected() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_attachments.size())
        return std::nullopt;
    return m_attachments.at(row);
}

void AttachmentsDialog::updateButtons()
{
    const std::optional<Attachment> one = selected();
    const bool editable = m_readOnlyReason.isEmpty();
    m_attach->setEnabled(editable);
    m_owner->setEnabled(editable);
    m_open->setEnabled(one.has_value());
    m_save->setEnabled(one.has_value());
    m_remove->setEnabled(editable && one && !one->isRemoved());
}

} // namespace dotpha
