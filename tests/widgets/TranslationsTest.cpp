#include "SignInAs.h"
#include "AuditLogDialog.h"
#include "AuditSchema.h"
#include "ColumnNames.h"
#include "DecisionDialog.h"
#include "ProgressEntryDialog.h"
#include "SignInDialog.h"
#include "UserFormDialog.h"
#include "UsersDialog.h"
#include "DatabaseSession.h"
#include "AppSettings.h"
#include "DocumentDetailsDialog.h"
#include "CsvReader.h"
#include "EnumNames.h"
#include "ImportDialog.h"
#include "QtPrinters.h"
#include "MainWindow.h"
#include "ReferenceDataDialog.h"
#include "SampleData.h"
#include "TaskEditorDialog.h"
#include "TaskTableModel.h"
#include "TemporaryDatabase.h"
#include "Translations.h"
#include "VietnameseTerms.h"
#include "WelcomeDialog.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QKeySequence>
#include <QPrintDialog>
#include <QPrinter>
#include <QTreeView>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &fileName)
{
    QFile file(QStringLiteral(DOTPHA_TRANSLATIONS_DIR) + u"/"_s + fileName);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << fileName.toStdString();
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            messages.append({context, {}, {}, false});
        } else if (xml.name() == u"source"_s) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            messages.last().unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            messages.last().translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression placeholder(u"%(\\d|n)"_s);
    for (const auto &match : placeholder.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

// The interface texts of a window and its children, keyed by where they are: what a user reads.
// Data (task titles, unit names) is left out, since it is Vietnamese in both languages.
QMap<QString, QString> interfaceTexts(QWidget &window)
{
    QMap<QString, QString> texts;
    const auto add = [&](const QString &where, const QString &text) {
        if (text.contains(QRegularExpression(u"[A-Za-z]"_s)))
            texts.insert(where, text);
    };
    add(u"title"_s, window.windowTitle());
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->objectName() != u"recentFileAction"_s)   // file names are data
            add(u"action:"_s + action->objectName() + action->text(), action->text());
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->objectName() != u"committeeLabel"_s && label->objectName() != u"taskLabel"_s)
            add(u"label:"_s + label->objectName(), label->text());
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->objectName().startsWith(u"qt_"_s))
            add(u"button:"_s + button->objectName() + button->text(), button->text());
    }
    for (QLineEdit *edit : window.findChildren<QLineEdit *>())
        add(u"placeholder:"_s + edit->objectName(), edit->placeholderText());
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(u"tab:%1:%2"_s.arg(tabs->objectName()).arg(i), tabs->tabText(i));
    }
    for (QGroupBox *box : window.findChildren<QGroupBox *>())
        add(u"group:"_s + box->objectName(), box->title());
    for (QTreeView *tree : window.findChildren<QTreeView *>()) {
        if (!tree->model())
            continue;
        for (int column = 0; column < tree->model()->columnCount(); ++column)
            add(u"tree:%1:%2"_s.arg(tree->objectName()).arg(column),
                tree->model()->headerData(column, Qt::Horizontal).toString());
    }
    for (QTableView *table : window.findChildren<QTableView *>()) {
        if (!table->model())
            continue;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            add(u"header:%1:%2"_s.arg(table->objectName()).arg(column),
                table->model()->headerData(column, Qt::Horizontal).toString());
    }
    return texts;
}

class TranslationsTest : public ::testing::Test
{
protected:
    void TearDown() override { Translations::install(u"en"_s); }
};

} // namespace

TEST(TranslationFiles, EveryVietnameseEntryIsFinishedAndKeepsItsPlaceholders)
{
    for (const QString &file : {u"dotpha_vi.ts"_s, u"qtbase_vi.ts"_s}) {
        const QList<TsMessage> messages = readTs(file);
        EXPECT_GT(messages.size(), 10) << file.toStdString();
        for (const TsMessage &message : messages) {
            const std::string where = file.toStdString() + " " + message.context.toStdString() + ": "
                                      + message.source.toStdString();
            EXPECT_FALSE(message.unfinished) << "unfinished: " << where;
            EXPECT_FALSE(message.translation.trimmed().isEmpty()) << "empty: " << where;
            EXPECT_EQ(placeholders(message.translation), placeholders(message.source)) << where;
            EXPECT_LE(message.translation.count(u'&') - message.translation.count(u"&&"_s) * 2, 1) << where;
        }
    }
}

TEST_F(TranslationsTest, VietnameseReachesDomainMessagesAndQtsOwnButtons)
{
    ASSERT_TRUE(Translations::install(u"vi"_s));
    EXPECT_EQ(EnumNames::name(TaskStatus::Submitted), u"Chờ phê duyệt"_s);
    EXPECT_EQ(EnumNames::name(Rating::Excellent), u"Hoàn thành xuất sắc"_s);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), u"Hủy"_s);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Save)->text(), u"Lưu"_s);
    EXPECT_EQ(QLocale().toString(QDate(2021, 12, 20), u"MMMM"_s), u"tháng 12"_s);

    Translations::install(u"en"_s);
    EXPECT_EQ(EnumNames::name(TaskStatus::Submitted), u"Pending approval"_s);
}

// Every interface text of the main windows differs between English and Vietnamese: none was left
// untranslated.
TEST_F(TranslationsTest, NoEnglishLeftInTheVietnameseInterface)
{
    TemporaryDatabase temporary;
    {
        auto workspace = temporary.open();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
    }
    const auto textsIn = [&](const QString &language, const std::function<QMap<QString, QString>(MainWindow &)> &collect) {
        Translations::install(language);
        MainWindow window;
        window.setSignIn(signInAs(UserRole::Clerk));
        EXPECT_TRUE(window.openDatabase(temporary.path()).ok());
        window.setYear(2021);
        return collect(window);
    };
    const std::vector<std::function<QMap<QString, QString>(MainWindow &)>> windows = {
        [](MainWindow &window) { return interfaceTexts(window); },
        [](MainWindow &window) {
            TaskEditorDialog editor(window.session()->repositories(), &window);
            Task draft = *window.session()->taskModel().taskAt(0);
            draft.status = TaskStatus::Draft;
            editor.setTask(draft);
            return interfaceTexts(editor);
        },
        [](MainWindow &window) {
            ReferenceDataDialog dialog(window.session()->repositories(), window.session()->referenceData(),
                                       window.session()->undoStack(), &window);
            return interfaceTexts(dialog);
        },
        [](MainWindow &) {
            WelcomeDialog welcome(QDir::tempPath(), [](const ServerAddress &, const QString &) { return Status(); });
            return interfaceTexts(welcome);
        },
        [](MainWindow &window) {
            ImportDialog dialog(window.session()->services(), true, u"x.csv"_s,
                                CsvReader::parse(u"Năm,Đơn vị,Tên việc,Ghi chú,Trạng thái\n"
                                                 "2022,xã Mới,Việc,,Đã phê duyệt\n"_s));
            return interfaceTexts(dialog);
        },
        [](MainWindow &) {
            AppSettings settings;
            DocumentDetailsDialog details(settings);
            return interfaceTexts(details);
        },
        [](MainWindow &) {
            DecisionDialog dialog(DecisionDialog::Purpose::Rate, u"Việc"_s);
            return interfaceTexts(dialog);
        },
        [](MainWindow &) {
            QMap<QString, QString> texts;
            for (const auto kind : {ProgressEntryDialog::Kind::Note, ProgressEntryDialog::Kind::WorkItem,
                                    ProgressEntryDialog::Kind::Indicator, ProgressEntryDialog::Kind::IndicatorValue}) {
                ProgressEntryDialog dialog(kind, 1, u"Việc"_s);
                const QMap<QString, QString> page = interfaceTexts(dialog);
                for (auto it = page.cbegin(); it != page.cend(); ++it)
                    texts.insert(it.key() + QString::number(int(kind)), it.value());
            }
            return texts;
        },
        [](MainWindow &window) {
            SignInDialog dialog(window.session()->accounts(), u"dotpha.sqlite"_s,
                                SignInDialog::Mode::CreateAdministrator);
            return interfaceTexts(dialog);
        },
        [](MainWindow &window) {
            UsersDialog dialog(*window.session());
            return interfaceTexts(dialog);
        },
        [](MainWindow &) {
            UserFormDialog dialog(UserFormDialog::Mode::Add, User(), UserFormDialog::PasswordKeeper::Dotpha,
                                  [](const User &, const QString &) { return Status(); });
            return interfaceTexts(dialog);
        },
        [](MainWindow &) {
            UserFormDialog onServer(UserFormDialog::Mode::Add, User(), UserFormDialog::PasswordKeeper::Server,
                                    [](const User &, const QString &) { return Status(); });
            return interfaceTexts(onServer);
        },
        [](MainWindow &window) {
            AuditLogDialog dialog(window.session()->repositories());
            return interfaceTexts(dialog);
        },
        // Qt's own print dialog, behind the print preview's Print button, and its file dialog.
        [](MainWindow &) {
            QPrinter printer(QPrinter::HighResolution);
            QPrintDialog dialog(&printer);
            return interfaceTexts(dialog);
        },
        [](MainWindow &) {
            QFileDialog dialog(nullptr, QString(), QDir::tempPath());
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            return interfaceTexts(dialog);
        },
    };
    // Names that read the same in both languages.
    const QStringList sameInBoth = {u"Dotpha"_s, u"English"_s, u"Tiếng Việt"_s, u"test.sqlite - Dotpha[*]"_s};
    for (const auto &collect : windows) {
        const QMap<QString, QString> english = textsIn(u"en"_s, collect);
        const QMap<QString, QString> vietnamese = textsIn(u"vi"_s, collect);
        EXPECT_GT(english.size(), 3);
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (sameInBoth.contains(it.value()) || !vietnamese.contains(it.key()))
                continue;
            EXPECT_NE(vietnamese.value(it.key()), it.value()) << "untranslated " << it.key().toStdString() << ": " << it.value().toStdString();
        }
    }
}

namespace {

// Every value of Enum reads on screen, in Vietnamese, as the documents and spreadsheets write it.
template <typename Enum>
void expectOneWordFor(const char *what)
{
    for (const Enum value : allValues<Enum>())
        EXPECT_EQ(EnumNames::name(value).toStdString(), VietnameseTerms::word(value).toStdString()) << what;
}

} // namespace

// One vocabulary: the screens said "Bản nháp" where the documents print "Dự thảo", and "Tổ chức
// đảng" where they print "Tổ chức cơ sở đảng".
// The change log speaks Vietnamese for every table and column the trail records: one added
// without its name would show its SQL name ("removed_at") to the clerk.
TEST_F(TranslationsTest, EveryAuditedTableAndColumnHasAVietnameseName)
{
    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace = temporary.open();
    ASSERT_TRUE(workspace);
    ASSERT_TRUE(Translations::install(u"vi"_s));
    for (const AuditSchema::Table &table : AuditSchema::tables()) {
        EXPECT_NE(ColumnNames::entity(table.name), table.name);
        const Result<QList<AuditSchema::Column>> columns = AuditSchema::columnsOf(workspace->database(), table.name);
        ASSERT_TRUE(columns.ok()) << table.name.toStdString();
        for (const AuditSchema::Column &column : *columns) {
            if (AuditSchema::isBookkeeping(column.name))
                continue;
            const QString label = ColumnNames::label(column.name);
            EXPECT_TRUE(label != column.name && !label.contains(u'_'))
                << table.name.toStdString() << "." << column.name.toStdString();
        }
    }
}

TEST_F(TranslationsTest, TheScreensUseTheDocumentsWords)
{
    ASSERT_TRUE(Translations::install(u"vi"_s));
    expectOneWordFor<UnitKind>("unit kind");
    expectOneWordFor<TaskKind>("task kind");
    expectOneWordFor<TaskNature>("nature");
    expectOneWordFor<TaskOrigin>("origin");
    expectOneWordFor<TaskStatus>("status");
    expectOneWordFor<Rating>("rating");
    expectOneWordFor<DecisionKind>("decision");
}

// Was English in the Vietnamese interface: the print properties' job page (Job Control, Scheduled
// printing, Print Immediately, Banner Pages...), "Folder" as a file dialog's type, and "Return"
// and "Del" in the menus' shortcuts.
TEST(QtTranslations, ThePrintJobPageFileTypesAndKeyNamesAreVietnamese)
{
    ASSERT_TRUE(Translations::install(u"vi"_s));
    const auto backToEnglish = qScopeGuard([] { Translations::install(u"en"_s); });
    const std::pair<const char *, const char *> jobPage[] = {
        {"Job", nullptr}, {"Job Control", nullptr}, {"Scheduled printing:", nullptr},
        {"Billing information:", nullptr}, {"Job priority:", nullptr}, {"Banner Pages", nullptr},
        {"Start:", "Banner page at start"}, {"End:", "Banner page at end"}, {"Print Immediately", nullptr},
        {"Hold Indefinitely", nullptr}, {"Day (06:00 to 17:59)", nullptr}, {"Night (18:00 to 05:59)", nullptr},
        {"Second Shift (16:00 to 23:59)", nullptr}, {"Third Shift (00:00 to 07:59)", nullptr},
        {"Weekend (Saturday to Sunday)", nullptr}, {"Specific Time", nullptr}, {"None", "CUPS Banner page"},
        {"Standard", "CUPS Banner page"}, {"Unclassified", "CUPS Banner page"}, {"Confidential", "CUPS Banner page"},
        {"Classified", "CUPS Banner page"}, {"Secret", "CUPS Banner page"}, {"Top Secret", "CUPS Banner page"}};
    for (const auto &[source, comment] : jobPage)
        EXPECT_NE(QCoreApplication::translate("QCupsJobWidget", source, comment), QString::fromLatin1(source)) << source;
    const std::pair<const char *, const char *> fileTypes[] = {
        {"Folder", "All other platforms"}, {"File Folder", "Match Windows Explorer"}, {"File", nullptr},
        {"Drive", nullptr}, {"Shortcut", "All other platforms"}, {"Unknown", nullptr}};
    for (const auto &[source, comment] : fileTypes) {
        EXPECT_NE(QCoreApplication::translate("QAbstractFileIconProvider", source, comment), QString::fromLatin1(source))
            << source;
    }
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(QKeySequence::Delete)}) {
        const QString shown = keys.toString(QKeySequence::NativeText);
        EXPECT_FALSE(shown.contains(QRegularExpression(u"\\b(Return|Del)\\b"_s))) << shown.toStdString();
    }
}
