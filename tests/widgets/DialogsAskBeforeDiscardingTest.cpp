#include "AppSettings.h"
#include "DecisionDialog.h"
#include "DocumentDetailsDialog.h"
#include "GuiTestHelpers.h"
#include "NewDatabaseDialog.h"
#include "PersonFormDialog.h"
#include "ProgressEntryDialog.h"
#include "UnitFormDialog.h"
#include "UserFormDialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// Esc on dialog, answering answer to the question if one is asked; returns what was asked.
QString pressEscapeAnswering(QDialog &dialog, QMessageBox::StandardButton answer)
{
    QString asked;
    QTimer::singleShot(0, [&] {
        if (auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = question->text();
            question->button(answer)->click();
        }
    });
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QApplication::processEvents();
    return asked;
}

// Types text into the editor named editor of dialog, then checks that Esc asks, that keeping on
// keeps the text, and that discarding closes.
void expectEscapeAsks(QDialog &dialog, const QString &editor)
{
    dialog.show();
    EXPECT_TRUE(pressEscapeAnswering(dialog, QMessageBox::Cancel).isEmpty()) << "asked with nothing typed";
    dialog.show();
    QWidget *field = dialog.findChild<QWidget *>(editor);
    ASSERT_TRUE(field) << editor.toStdString();
    field->setFocus();
    typeText(field, u"Đã hoàn thành"_s);
    EXPECT_FALSE(pressEscapeAnswering(dialog, QMessageBox::Cancel).isEmpty());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(pressEscapeAnswering(dialog, QMessageBox::Discard).isEmpty());
    EXPECT_FALSE(dialog.isVisible());
}

} // namespace

// A reason typed for a decision is not thrown away by Esc without asking.
TEST(DialogsAskBeforeDiscardingTest, TheDecisionDialog)
{
    DecisionDialog dialog(DecisionDialog::Purpose::Return, u"Chuyển đổi số"_s);
    expectEscapeAsks(dialog, u"reasonEdit"_s);
}

// Nor a progress note.
TEST(DialogsAskBeforeDiscardingTest, TheProgressEntry)
{
    ProgressEntryDialog dialog(ProgressEntryDialog::Kind::Note, 1, u"Chuyển đổi số"_s);
    expectEscapeAsks(dialog, u"noteTextEdit"_s);
}

// Was: a unit's, a person's or an account's form, a new database's committee and a document's
// number and signer were lost to Esc without a question.
TEST(DialogsAskBeforeDiscardingTest, TheUnitForm)
{
    UnitFormDialog dialog({});
    dialog.setUnit(Unit());
    expectEscapeAsks(dialog, u"nameEdit"_s);
}

TEST(DialogsAskBeforeDiscardingTest, ThePersonForm)
{
    PersonFormDialog dialog({});
    expectEscapeAsks(dialog, u"positionEdit"_s);
}

TEST(DialogsAskBeforeDiscardingTest, TheAccountForm)
{
    UserFormDialog dialog(UserFormDialog::Mode::Add, User(), UserFormDialog::PasswordKeeper::Dotpha,
                          [](const User &, const QString &) { return Status(); });
    expectEscapeAsks(dialog, u"nameEdit"_s);
}

TEST(DialogsAskBeforeDiscardingTest, TheNewDatabasesCommittee)
{
    NewDatabaseDialog dialog;
    expectEscapeAsks(dialog, u"committeeEdit"_s);
}

TEST(DialogsAskBeforeDiscardingTest, TheDocumentsNumberAndSigner)
{
    AppSettings settings;
    DocumentDetailsDialog dialog(settings);
    expectEscapeAsks(dialog, u"signerEdit"_s);
}
