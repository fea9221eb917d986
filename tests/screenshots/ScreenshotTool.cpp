// Renders the application's windows offscreen, on the Yên Sơn sample, in Vietnamese and English,
// into PNG files for docs/user-guide.md:
//
//   dotpha-screenshots OUTPUT_FOLDER

#include "SignInAs.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "CsvReader.h"
#include "ImportDialog.h"
#include "ReferenceDataDialog.h"
#include "ReportDataService.h"
#include "SummaryDialog.h"
#include "SampleData.h"
#include "TaskEditorDialog.h"
#include "TaskTableModel.h"
#include "Translations.h"
#include "WelcomeDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dotpha;
using dotpha::test::signInAs;

namespace {

QTextStream out(stdout);

bool save(QWidget &widget, const QString &path)
{
    widget.show();
    QApplication::processEvents();
    const bool saved = widget.grab().save(path);
    out << (saved ? u"wrote "_s : u"FAILED "_s) << path << Qt::endl;
    widget.hide();
    return saved;
}

bool shoot(const QString &folder, const QString &language, const QString &database)
{
    Translations::install(language);
    const QString suffix = u"-"_s + language + u".png"_s;
    bool ok = true;

    MainWindow window;

    window.setSignIn(signInAs(UserRole::Clerk));
    if (const Status opened = window.openDatabase(database); !opened) {
        out << opened.error().message() << Qt::endl;
        return false;
    }
    window.resize(1280, 760);
    window.setYear(SampleData::Year);
    ok &= save(window, QDir(folder).filePath(u"main-window"_s + suffix));

    TaskEditorDialog editor(window.session()->repositories(), &window);
    editor.setTask(*window.session()->taskModel().taskAt(2));
    ok &= save(editor, QDir(folder).filePath(u"task-editor"_s + suffix));

    ReferenceDataDialog reference(window.session()->repositories(), window.session()->undoStack(), &window);
    reference.showTab(ReferenceDataDialog::PeopleTab);
    reference.resize(900, 420);
    ok &= save(reference, QDir(folder).filePath(u"reference-data"_s + suffix));

    const Result<ReportData> data = ReportDataService(window.session()->repositories()).collect(SampleData::Year);
    if (data) {
        SummaryDialog summary(*data, &window);
        summary.resize(1100, 640);
        ok &= save(summary, QDir(folder).filePath(u"summary"_s + suffix));
    }

    // An office's spreadsheet with a title row, one column Dotpha does not know, and two mistakes.
    const QList<QStringList> spreadsheet = CsvReader::parse(
        u"DANH SÁCH ĐĂNG KÝ VIỆC ĐỘT PHÁ, ĐỔI MỚI NĂM 2022,,,,,\n"
        "Năm,Loại,Đơn vị,Họ và tên,Tên việc,Ghi chú\n"
        "2022,Tập thể,xã Mỹ Bằng,,Hoàn thiện tiêu chí đô thị loại V,\n"
        "2022,Cá nhân,xã Đạo Viện,Trần Văn Cương,Thu hồi đất công ích bị lấn chiếm,\n"
        "2022,Tập thể,xã Kim Phú,,Chuyển đổi số trong Đảng ủy xã,mới\n"
        "năm sau,Tập thể,xã Mỹ Bằng,,Nâng cao thu nhập bình quân,\n"
        "2022,Cá nhân,xã Mỹ Bằng,,Chỉ đạo giải phóng mặt bằng,\n"_s);
    ImportDialog import(window.session()->repositories(), u"dang-ky-2022.xlsx"_s, spreadsheet, &window);
    import.resize(980, 640);
    ok &= save(import, QDir(folder).filePath(u"import"_s + suffix));

    WelcomeDialog welcome(QDir::tempPath());
    ok &= save(welcome, QDir(folder).filePath(u"welcome"_s + suffix));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(u"Dotpha"_s);
    QApplication::setApplicationName(u"Dotpha screenshots"_s);
    QStandardPaths::setTestModeEnabled(true);   // leaves the user's settings alone
    if (application.arguments().size() != 2) {
        out << "usage: dotpha-screenshots OUTPUT_FOLDER" << Qt::endl;
        return 2;
    }
    const QString folder = application.arguments().at(1);
    QDir().mkpath(folder);

    QTemporaryDir temporary;
    const QString database = temporary.filePath(u"dotpha-mau-yen-son-2021.sqlite"_s);
    {
        Result<std::unique_ptr<Workspace>> workspace = Workspace::open(database);
        if (!workspace || !SampleData::load(workspace.value()->repositories())) {
            out << "cannot create the sample database" << Qt::endl;
            return 1;
        }
    }
    bool ok = true;
    for (const QString &language : {u"vi"_s, u"en"_s})
        ok &= shoot(folder, language, database);
    return ok ? 0 : 1;
}
