#include "DecisionDialog.h"
#include "GuiTestHelpers.h"
#include "ProgressEntryDialog.h"

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
