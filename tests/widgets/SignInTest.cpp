#include "AuditRepository.h"
#include "DatabaseSession.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "TemporaryDatabase.h"
#include "UnitRepository.h"
#include "UserRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

void whenSignInOpens(const std::function<void(SignInDialog &)> &act)
{
    whenOpens<SignInDialog>(act);
}

void fill(SignInDialog &dialog, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    ASSERT_TRUE(edit);
    edit->clear();
    typeText(edit, text);
}

void clickOk(SignInDialog &dialog)
{
    dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
}

} // namespace

// The first start of a database creates its administrator, who is then the one the audit names;
// the next start asks for the password and refuses a wrong one.
TEST(SignIn, TheFirstStartCreatesTheAdministratorThenAsksForThePassword)
{
    TemporaryDatabase temporary;
    {
        MainWindow window;
        whenSignInOpens([](SignInDialog &dialog) {
            fill(dialog, u"loginEdit"_s, u"quantri"_s);
            fill(dialog, u"nameEdit"_s, u"Nguyễn Văn Quản"_s);
            fill(dialog, u"passwordEdit"_s, u"mật khẩu đủ dài"_s);
            fill(dialog, u"repeatEdit"_s, u"mật khẩu khác"_s);
            clickOk(dialog);
            EXPECT_TRUE(dialog.isVisible());   // the passwords differ
            fill(dialog, u"passwordEdit"_s, u"mật khẩu đủ dài"_s);
            fill(dialog, u"repeatEdit"_s, u"mật khẩu đủ dài"_s);
            clickOk(dialog);
        });
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
        EXPECT_EQ(window.session()->user().role, UserRole::Administrator);
        EXPECT_EQ(window.session()->user().displayName, u"Nguyễn Văn Quản"_s);
        const User stored = **window.session()->repositories().users.findByLogin(u"quantri"_s);
        EXPECT_NE(stored.password.hash(), u"mật khẩu đủ dài"_s.toUtf8());
        Unit unit;
        unit.name = u"xã Mỹ Bằng"_s;
        ASSERT_TRUE(window.session()->repositories().units.add(unit).ok());
        EXPECT_EQ(window.session()->repositories().audit.newest(1)->first().actor, u"Nguyễn Văn Quản"_s);
    }
    {
        MainWindow window;
        QString refusal;
        whenSignInOpens([&refusal](SignInDialog &dialog) {
            fill(dialog, u"loginEdit"_s, u"quantri"_s);
            fill(dialog, u"passwordEdit"_s, u"sai mật khẩu"_s);
            clickOk(dialog);
            refusal = dialog.findChild<QLabel *>(u"messageLabel"_s)->text();
            fill(dialog, u"passwordEdit"_s, u"mật khẩu đủ dài"_s);
            clickOk(dialog);
        });
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
        EXPECT_FALSE(refusal.isEmpty());
        EXPECT_EQ(window.session()->user().login, u"quantri"_s);
    }
    {
        MainWindow window;
        whenSignInOpens([](SignInDialog &dialog) { dialog.reject(); });
        const Status cancelled = window.openDatabase(temporary.path());
        ASSERT_FALSE(cancelled.ok());
        EXPECT_EQ(cancelled.error().kind(), Error::Kind::Cancelled);
        EXPECT_EQ(window.session(), nullptr);
    }
}

// The login that signed in last to a database is filled in the next time, and the password is
// where typing goes: a clerk types only the password at every start.
TEST(SignIn, TheLastLoginIsFilledInAndThePasswordAsked)
{
    TemporaryDatabase temporary;
    {
        MainWindow window;
        whenSignInOpens([](SignInDialog &dialog) {
            fill(dialog, u"loginEdit"_s, u"vanthu"_s);
            fill(dialog, u"nameEdit"_s, u"Lê Thị Lan"_s);
            fill(dialog, u"passwordEdit"_s, u"mật khẩu đủ dài"_s);
            fill(dialog, u"repeatEdit"_s, u"mật khẩu đủ dài"_s);
            clickOk(dialog);
        });
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    }
    MainWindow window;
    QString shown;
    bool passwordFocused = false;
    whenSignInOpens([&](SignInDialog &dialog) {
        shown = child<QLineEdit>(dialog, u"loginEdit"_s)->text();
        passwordFocused = dialog.focusWidget() == child<QLineEdit>(dialog, u"passwordEdit"_s);
        fill(dialog, u"passwordEdit"_s, u"mật khẩu đủ dài"_s);
        clickOk(dialog);
    });
    ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    EXPECT_EQ(shown, u"vanthu"_s);
    EXPECT_TRUE(passwordFocused);
    EXPECT_EQ(window.session()->user().login, u"vanthu"_s);
}
