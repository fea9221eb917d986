#include "AttachmentRepository.h"
#include "AttachmentsDialog.h"
#include "CommitteeSettingsRepository.h"
#include "ProgressMenu.h"
#include "DatabaseSession.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "PromptScript.h"
#include "SignInAs.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QAction>
#include <QInputDialog>
#include <QFile>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

class AttachmentsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        TestData data(workspace->repositories());
        const Unit commune = data.addUnit(u"xã Mỹ Bằng"_s, UnitKind::Commune);
        taskId = data.addTask(TestData::collectiveTask(commune, u"Chợ văn minh"_s, QDate::currentDate().year())).id;
        CommitteeSettings committee;
        committee.committeeName = u"Huyện ủy Yên Sơn"_s;
        ASSERT_TRUE(workspace->repositories().settings.save(committee).ok());
        workspace.reset();
        window.setSignIn(dotpha::test::signInAs(UserRole::Clerk));
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
        window.selectTask(taskId);
    }

    QString fileOf(const QString &name, const QByteArray &bytes)
    {
        const QString path = temporary.pathFor(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QList<Attachment> stored() { return *window.session()->repositories().attachments.ofTask(taskId); }

    // Files dropped on widget, as a file manager drops them.
    static void drop(QWidget *widget, const QStringList &paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        data.setUrls(urls);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &enter);
        ASSERT_TRUE(enter.isAccepted());
        QDropEvent dropped(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &dropped);
    }

    TemporaryDatabase temporary;
    MainWindow window;
    qint64 taskId = 0;
};

} // namespace

// Attached by the dialog's button, saved back, removed, and the removal undone.
TEST_F(AttachmentsDialogTest, AFileIsAttachedSavedAndRemovedFromTheDialog)
{
    const QString scan = fileOf(u"Biên bản nghiệm thu.pdf"_s, QByteArray("%PDF-1.4 biên bản"));
    const QString copy = temporary.pathFor(u"bản sao.pdf"_s);
    PromptScript script;
    script.answerFile(scan);
    script.answerFile(copy);
    auto *action = window.findChild<QAction *>(u"attachmentsAction"_s);
    ASSERT_TRUE(action);
    int rowsAfterAttaching = 0;
    QString stateAfterRemoving;
    whenOpens<AttachmentsDialog>([&](AttachmentsDialog &dialog) {
        child<QPushButton>(dialog, u"attachButton"_s)->click();
        auto *list = child<QTreeWidget>(dialog, u"attachmentList"_s);
        rowsAfterAttaching = list->topLevelItemCount();
        child<QPushButton>(dialog, u"saveButton"_s)->click();
        child<QPushButton>(dialog, u"removeButton"_s)->click();
        stateAfterRemoving = list->topLevelItem(0)->text(4);
    });
    action->trigger();
    EXPECT_EQ(script.unanswered(), 0);
    EXPECT_EQ(rowsAfterAttaching, 1);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().constFirst().fileName, u"Biên bản nghiệm thu.pdf"_s);
    EXPECT_TRUE(stored().constFirst().isRemoved());
    EXPECT_FALSE(stateAfterRemoving.isEmpty());
    QFile saved(copy);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), QByteArray("%PDF-1.4 biên bản"));

    window.session()->undoStack().undo();   // the removal
    EXPECT_FALSE(stored().constFirst().isRemoved());
    window.session()->undoStack().undo();   // the attaching: removed, the record kept
    EXPECT_TRUE(stored().constFirst().isRemoved());
    window.session()->undoStack().redo();
    EXPECT_FALSE(stored().constFirst().isRemoved());
}

TEST_F(AttachmentsDialogTest, FilesDroppedOnTheDialogOrTheProgressPageAreAttached)
{
    const QString photo = fileOf(u"ảnh hiện trường.jpg"_s, QByteArray(2048, 'j'));
    const QString sheet = fileOf(u"số liệu.xlsx"_s, QByteArray(100, 'x'));
    whenOpens<AttachmentsDialog>([&](AttachmentsDialog &dialog) { drop(&dialog, {photo}); });
    window.findChild<QAction *>(u"attachmentsAction"_s)->trigger();
    ASSERT_EQ(stored().size(), 1);

    child<QTabWidget>(window, u"detailTabs"_s)->setCurrentIndex(2);
    auto *page = child<QTextBrowser>(window, u"progressBrowser"_s);
    drop(page->viewport(), {sheet});
    ASSERT_EQ(stored().size(), 2);
    // The undo step keeps what redoes it, not the progress window it showed.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(window.findChildren<QProgressDialog *>().isEmpty());
    EXPECT_EQ(stored().at(1).fileName, u"số liệu.xlsx"_s);
    const QString shown = page->toPlainText();
    EXPECT_TRUE(shown.contains(u"ảnh hiện trường.jpg"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"số liệu.xlsx"_s)) << shown.toStdString();
}

// The limit is an administrator's to set, and the clerk does not see it offered.
TEST_F(AttachmentsDialogTest, AnAdministratorSetsTheLargestFileToAttach)
{
    auto *limit = window.findChild<QAction *>(u"attachmentSizeLimitAction"_s);
    ASSERT_TRUE(limit);
    window.progressMenu()->updateActions();
    EXPECT_FALSE(limit->isVisible());
    window.setSignIn(dotpha::test::signInAs(UserRole::Administrator));
    window.switchUser();
    window.progressMenu()->updateActions();
    ASSERT_TRUE(limit->isVisible());
    whenOpens<QInputDialog>([](QInputDialog &dialog) {
        EXPECT_EQ(dialog.intValue(), 50);
        dialog.setIntValue(20);
        dialog.accept();
    });
    limit->trigger();
    EXPECT_EQ(window.session()->repositories().settings.load()->value().attachmentLimitMegabytes, 20);
}
