#include "MainWindow.h"
#include "SignInAs.h"
#include "TaskEditorDialog.h"
#include "TemporaryDatabase.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), or none.
std::optional<QChar> mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return std::nullopt;
}

// Who claims which Alt key in one place (a window, a menu): each key once, each one Alt can type
// on a Vietnamese PC's US keyboard (an input method makes "Đ", Alt does not).
class MnemonicCheck
{
public:
    explicit MnemonicCheck(std::string where) : m_where(std::move(where)) {}

    void claim(const QString &text)
    {
        const std::optional<QChar> key = mnemonicOf(text);
        if (!key)
            return;
        EXPECT_TRUE(key->unicode() < 128 && key->isLetterOrNumber())
            << m_where << ": Alt cannot type the key of \"" << text.toStdString() << "\"";
        const auto taken = m_claims.constFind(*key);
        EXPECT_TRUE(taken == m_claims.cend()) << m_where << ": Alt+" << QString(*key).toStdString() << " is \""
                                              << (taken == m_claims.cend() ? std::string() : taken->toStdString())
                                              << "\" and \"" << text.toStdString() << "\"";
        m_claims.insert(*key, text);
    }

private:
    std::string m_where;
    QHash<QChar, QString> m_claims;
};

// Every text in a window that claims an Alt key: labels (for their buddies), buttons, group boxes
// and tabs. Hidden ones too: they show as the window's state changes.
void claimWidgets(MnemonicCheck &check, QWidget &dialog)
{
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy())
            check.claim(label->text());
    }
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        check.claim(button->text());
    for (const QGroupBox *box : dialog.findChildren<QGroupBox *>())
        check.claim(box->title());
    for (const QTabWidget *tabs : dialog.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            check.claim(tabs->tabText(i));
    }
}

void checkDialog(QWidget &dialog, const std::string &where)
{
    MnemonicCheck check(where);
    claimWidgets(check, dialog);
}

void checkMenu(const QMenu &menu)
{
    MnemonicCheck check(menu.title().toStdString());
    for (const QAction *action : menu.actions()) {
        if (!action->isSeparator())
            check.claim(action->text());
        if (action->menu())
            checkMenu(*action->menu());
    }
}

class MnemonicsTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override { ASSERT_TRUE(Translations::install(QString::fromLatin1(GetParam()))); }
    void TearDown() override { Translations::install(u"en"_s); }

    // Signed in as an administrator, who sees every menu and action.
    void openAsAdministrator(MainWindow &window)
    {
        window.setSignIn(signInAs(UserRole::Administrator));
        ASSERT_TRUE(window.openDatabase(temporary.path()).ok());
    }

    TemporaryDatabase temporary;
};

} // namespace

// The menu bar's menus and every item of each menu, signed in as an administrator (who sees them all).
TEST_P(MnemonicsTest, EveryMenuKeyIsUniqueAndTypeable)
{
    MainWindow window;
    openAsAdministrator(window);
    MnemonicCheck bar("menu bar");
    for (const QAction *action : window.menuBar()->actions()) {
        bar.claim(action->text());
        if (action->menu())
            checkMenu(*action->menu());
    }
}

// The main window's menus, detail tabs and buttons share one set of Alt keys.
TEST_P(MnemonicsTest, EveryKeyOfTheMainWindowIsUniqueAndTypeable)
{
    MainWindow window;
    openAsAdministrator(window);
    MnemonicCheck check("main window");
    for (const QAction *action : window.menuBar()->actions())
        check.claim(action->text());
    claimWidgets(check, window);
}

TEST_P(MnemonicsTest, EveryKeyOfTheTaskEditorIsUniqueAndTypeable)
{
    auto workspace = temporary.open();
    ASSERT_TRUE(workspace);
    TaskEditorDialog editor(workspace->repositories());
    editor.setTask(Task{});
    checkDialog(editor, "task editor");
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, MnemonicsTest, ::testing::Values("vi", "en"));
