#include "AppSettings.h"
#include "AuditLogDialog.h"
#include "CsvReader.h"
#include "DatabaseSession.h"
#include "DecisionDialog.h"
#include "DocumentDetailsDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "NewDatabaseDialog.h"
#include "PersonFormDialog.h"
#include "ProgressEntryDialog.h"
#include "ReferenceDataDialog.h"
#include "ReportDataService.h"
#include "ServerConnectDialog.h"
#include "SignInDialog.h"
#include "SummaryDialog.h"
#include "UnitFormDialog.h"
#include "UserFormDialog.h"
#include "UsersDialog.h"
#include "WelcomeDialog.h"
#include "WorkItemDoneDialog.h"
#include "SignInAs.h"
#include "TaskEditorDialog.h"
#include "TemporaryDatabase.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
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

// Whether widget is on a page of a stacked widget other than the one shown: such a page is another
// form of the window (a progress entry's note or indicator), never on screen with this one.
bool onAnotherPage(const QWidget *widget, const QWidget &dialog)
{
    for (const QWidget *child = widget; child && child != &dialog; child = child->parentWidget()) {
        if (const auto *stack = qobject_cast<const QStackedWidget *>(child->parentWidget()); stack && stack->currentWidget() != child)
            return true;
    }
    return false;
}

// Every text in a window that claims an Alt key: labels (for their buddies), buttons, group boxes
// and tabs. Hidden ones too: they show as the window's state changes.
void claimWidgets(MnemonicCheck &check, QWidget &dialog)
{
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() && !onAnotherPage(label, dialog))
            check.claim(label->text());
    }
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (!onAnotherPage(button, dialog))
            check.claim(button->text());
    }
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

// Every other window with Alt keys, each in the states that show other fields.
TEST_P(MnemonicsTest, EveryKeyOfEveryDialogIsUniqueAndTypeable)
{
    MainWindow window;
    openAsAdministrator(window);
    DatabaseSession &session = *window.session();
    for (const DecisionDialog::Purpose purpose :
         {DecisionDialog::Purpose::Approve, DecisionDialog::Purpose::Return, DecisionDialog::Purpose::Reject,
          DecisionDialog::Purpose::Adjust, DecisionDialog::Purpose::Supplement, DecisionDialog::Purpose::Assign,
          DecisionDialog::Purpose::Rate, DecisionDialog::Purpose::LateAmendment}) {
        DecisionDialog decision(purpose, u"Việc"_s);
        checkDialog(decision, "decision " + std::to_string(int(purpose)));
    }
    for (const ProgressEntryDialog::Kind kind : {ProgressEntryDialog::Kind::Note, ProgressEntryDialog::Kind::WorkItem,
                                                 ProgressEntryDialog::Kind::Indicator,
                                                 ProgressEntryDialog::Kind::IndicatorValue}) {
        ProgressEntryDialog progress(kind, 1, u"Việc"_s);
        checkDialog(progress, "progress entry " + std::to_string(int(kind)));
    }
    for (const UserFormDialog::Mode mode : {UserFormDialog::Mode::Add, UserFormDialog::Mode::Edit, UserFormDialog::Mode::Password}) {
        UserFormDialog account(mode, User(), UserFormDialog::PasswordKeeper::Dotpha,
                               [](const User &, const QString &) { return Status(); });
        checkDialog(account, "account " + std::to_string(int(mode)));
    }
    for (const SignInDialog::Mode mode : {SignInDialog::Mode::SignIn, SignInDialog::Mode::CreateAdministrator}) {
        SignInDialog signIn(session.accounts(), u"dotpha.sqlite"_s, mode);
        checkDialog(signIn, "sign-in " + std::to_string(int(mode)));
    }
    ReferenceDataDialog reference(session.repositories(), session.referenceData(), session.undoStack());
    checkDialog(reference, "reference data");
    UnitFormDialog unit({});
    checkDialog(unit, "unit form");
    PersonFormDialog person({});
    checkDialog(person, "person form");
    UsersDialog users(session);
    checkDialog(users, "accounts");
    AuditLogDialog audit(session.repositories());
    checkDialog(audit, "change log");
    ImportDialog import(session.services(), true, u"x.csv"_s, CsvReader::parse(u"Năm,Đơn vị,Tên việc\n2022,xã Mới,Việc\n"_s));
    checkDialog(import, "import");
    NewDatabaseDialog database;
    checkDialog(database, "new database");
    AppSettings settings;
    DocumentDetailsDialog document(settings);
    checkDialog(document, "document details");
    ServerConnectDialog server(ServerAddress(), [](const ServerAddress &, const QString &) { return Status(); });
    checkDialog(server, "server connection");
    WelcomeDialog welcome(QDir::tempPath(), [](const ServerAddress &, const QString &) { return Status(); });
    checkDialog(welcome, "welcome");
    WorkItemDoneDialog done({u"Số hóa hồ sơ"_s});
    checkDialog(done, "work item done");
    const Result<ReportData> data = ReportDataService(session.repositories()).collect(2021);
    ASSERT_TRUE(data);
    SummaryDialog summary(*data);
    checkDialog(summary, "summary");
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, MnemonicsTest, ::testing::Values("vi", "en"));
