// Renders the application's windows offscreen, on the Yên Sơn sample, in Vietnamese and English,
// into PNG files for docs/user-guide.md:
//
//   dotpha-screenshots OUTPUT_FOLDER

#include "AccountService.h"
#include "AppSettings.h"
#include "ConnectionMonitor.h"
#include "DocumentDetailsDialog.h"
#include "DraftStore.h"
#include "FormContents.h"
#include "ScoreThresholdsDialog.h"
#include "AttachmentActions.h"
#include "AttachmentsDialog.h"
#include "SixMonthReview.h"
#include "AuditLogDialog.h"
#include "AuditRepository.h"
#include "ChangeFeed.h"
#include "DecisionDialog.h"
#include "ProgressEntryDialog.h"
#include "ReviewService.h"
#include "ServerConnectDialog.h"
#include "SignInDialog.h"
#include "TaskService.h"
#include "UserFormDialog.h"
#include "UsersDialog.h"
#include <QTabWidget>
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "CsvReader.h"
#include "ImportDialog.h"
#include "ReferenceDataDialog.h"
#include "RestoreConfirmationDialog.h"
#include "BackupRestorer.h"
#include "ReportDataService.h"
#include "SummaryDialog.h"
#include "UserGuideWindow.h"
#include "WorkItemDoneDialog.h"
#include "SampleData.h"
#include "TaskRepository.h"
#include "TaskEditorDialog.h"
#include "TaskTableModel.h"
#include "Translations.h"
#include "WelcomeDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QDir>
#include <QPrintDialog>
#include <QPrinter>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

QTextStream out(stdout);

// The sample task the screenshots show adjusted: the agricultural land fund of xã Đạo Viện.
constexpr qint64 AdjustedTaskId = 3;

// The office's accounts: named after their posts, since the article names no clerk. Returns the
// reviewer, signed in.
Result<User> createAccounts(Repositories &repositories)
{
    AccountService accounts(repositories, 1000);
    const Result<User> administrator =
        accounts.createFirstAdministrator(u"quantri"_s, u"Quản trị hệ thống"_s, u"mật khẩu mẫu"_s);
    if (!administrator)
        return administrator.error();
    for (const auto &[login, name, role] :
         {std::tuple{u"vanthu"_s, u"Văn thư Văn phòng Huyện ủy"_s, UserRole::Clerk},
          std::tuple{u"thamdinh"_s, u"Ban Thường vụ Huyện ủy"_s, UserRole::Reviewer}}) {
        User user;
        user.login = login;
        user.displayName = name;
        user.role = role;
        if (const Result<User> added = accounts.addUser(*administrator, user, u"mật khẩu mẫu"_s); !added)
            return added.error();
    }
    // Once there are accounts, only a signed-in one acts.
    const Result<User> reviewer = accounts.signIn(u"thamdinh"_s, u"mật khẩu mẫu"_s);
    if (!reviewer)
        return reviewer;
    if (const Status acting = repositories.audit.setActor(reviewer->id, reviewer->displayName); !acting)
        return acting.error();
    return reviewer;
}

// The reviewer adjusts one sample task, so that the decisions page has a registration to compare.
bool adjustOneTask(TaskService &tasks, ReviewService &review, const User &reviewer)
{
    Result<Task> task = tasks.find(AdjustedTaskId);
    if (!task)
        return false;
    task->deadline = QDate(2021, 10, 31);
    task->expectedResult = QStringList{task->expectedResult, u"Hoàn thành trước ngày 31/10/2021."_s}.join(u' ').trimmed();
    return review.adjust(reviewer, *task, {QDate(2021, 6, 15), u"Số 42-QĐ/HU"_s,
                                          u"Đẩy nhanh tiến độ theo kết luận hội nghị sơ kết 6 tháng"_s}).ok();
}

// The reviewer rates and scores the sample's finished tasks, so that the table and the summary
// show year-end results as an office sees them in December.
bool rateTheFinishedTasks(Repositories &repositories, ReviewService &review, const User &reviewer)
{
    const Result<QList<Task>> all = repositories.tasks.list(TaskQuery{});
    if (!all)
        return false;
    QList<std::pair<Rating, int>> results{{Rating::Excellent, 92}, {Rating::Good, 85}};
    for (const Task &task : *all) {
        if (task.progressPercent < 100 || results.isEmpty())
            continue;
        const auto [rating, score] = results.takeFirst();
        if (!review.rate(reviewer, task.id, rating, score, u"Hoàn thành đúng hạn, đạt mục tiêu đề ra."_s,
                         {QDate(2021, 12, 20), u"Số 61-QĐ/HU"_s, QString()}))
            return false;
    }
    return true;
}

// The sample as the pictures show it: the office's accounts, one task adjusted, two rated.
bool prepareTheSample(const QString &database)
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(database);
    if (!workspace)
        return false;
    Repositories &repositories = workspace.value()->repositories();
    TaskService tasks(repositories);
    ReviewService review(repositories, tasks);
    const Result<User> reviewer = createAccounts(repositories);
    return reviewer && adjustOneTask(tasks, review, *reviewer) && rateTheFinishedTasks(repositories, review, *reviewer);
}

// The import window's size: as it opens, or as DOTPHA_SCREENSHOT_IMPORT_SIZE (such as 1024x768) says.
QSize importSize()
{
    const QStringList given = qEnvironmentVariable("DOTPHA_SCREENSHOT_IMPORT_SIZE").split(u'x');
    return given.size() == 2 ? QSize(given.at(0).toInt(), given.at(1).toInt()) : QSize(980, 680);
}

// The rows are checked on a worker thread: the picture shows the check's result.
void waitForPlan(ImportDialog &dialog)
{
    if (!dialog.isPlanning())
        return;
    QEventLoop loop;
    QObject::connect(&dialog, &ImportDialog::planningFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

// What the screen the pictures are taken for leaves a window: the taskbar (about 40 px) and the
// window's title bar (about 30 px) come off its height.
QSize usableArea(1280, 800 - 40 - 30);

// Files as an office attaches them: the decision's scan, photos of the result, the figures.
QList<Attachment> sampleAttachments(qint64 taskId)
{
    QList<Attachment> files;
    const QDateTime added(QDate(2021, 6, 30), QTime(9, 15));
    const auto add = [&](const QString &name, qint64 size, std::optional<qint64> note, bool removed) {
        Attachment file;
        file.id = files.size() + 1;
        file.taskId = taskId;
        file.progressNoteId = note;
        file.fileName = name;
        file.sizeBytes = size;
        file.sha256 = QString(64, u'a');
        file.createdAt = added.addDays(files.size() * 21);
        file.removedAt = removed ? file.createdAt.addSecs(600) : QDateTime();
        files << file;
    };
    add(u"Quyết định 15-QĐ-HU phê duyệt.pdf"_s, 1843200, std::nullopt, false);
    add(u"Ảnh đường trục xã sau thi công.jpg"_s, 3460300, 1, false);
    add(u"Ảnh chụp nhầm.jpg"_s, 2202009, 1, true);
    add(u"Bảng số liệu tiêu chí đô thị loại V.xlsx"_s, 48640, std::nullopt, false);
    return files;
}

bool save(QWidget &widget, const QString &path)
{
    // Sized as show() sizes a window nobody resized (wrapped labels as tall as their text), then
    // a window larger than the screen at the screen's size, as the window manager would.
    if (!widget.testAttribute(Qt::WA_Resized))
        widget.adjustSize();
    widget.resize(widget.size().boundedTo(usableArea));
    widget.show();
    QApplication::processEvents();
    const bool saved = widget.grab().save(path);
    out << (saved ? u"wrote "_s : u"FAILED "_s) << path << Qt::endl;
    widget.hide();
    return saved;
}

// A save that failed, with what was typed kept as a draft from an earlier failure offered above.
bool shootSaveFailure(MainWindow &window, const QString &database, const QString &path)
{
    const Task task = *window.session()->taskModel().taskAt(2);
    DraftStore drafts(database);
    TaskEditorDialog editor(window.session()->repositories(), &window);
    editor.setTask(task);
    drafts.keep(TaskEditorDialog::draftKey(task), FormContents::capture(editor), task.version);
    editor.setSave([] {
        return Status(Error(Error::Kind::Connection,
                            QCoreApplication::translate("ServerErrors",
                                                        "The connection to the office server was lost: what was being "
                                                        "saved was not saved. Check the network, then try again.")));
    }, drafts);
    editor.accept();
    const bool shot = save(editor, path);
    drafts.forget(TaskEditorDialog::draftKey(task));
    return shot;
}

// The adjusted task with its decisions and history, the dialogs of review and progress, the
// change log and the accounts.
bool shootReview(MainWindow &window, const QString &folder, const QString &suffix)
{
    bool ok = true;
    auto *tabs = window.findChild<QTabWidget *>(u"detailTabs"_s);
    window.selectTask(AdjustedTaskId);
    tabs->setCurrentIndex(1);
    ok &= save(window, QDir(folder).filePath(u"decisions"_s + suffix));
    tabs->setCurrentIndex(4);
    ok &= save(window, QDir(folder).filePath(u"history"_s + suffix));
    tabs->setCurrentIndex(0);

    DecisionDialog rating(DecisionDialog::Purpose::Rate, window.currentTask()->title, &window);
    rating.setIssuerSymbol(u"HU"_s);   // the sample committee's, as the review menu sets it
    rating.setRating(std::nullopt, 74, u"Hoàn thành 12/12 tiêu chí, chậm so với kế hoạch một quý."_s);
    ok &= save(rating, QDir(folder).filePath(u"decision"_s + suffix));
    ScoreThresholdsDialog thresholds(ScoreThresholds{}, &window);
    ok &= save(thresholds, QDir(folder).filePath(u"score-thresholds"_s + suffix));
    AttachmentsDialog files(window.currentTask()->title, &window);
    Attachment onTheTask;
    onTheTask.taskId = AdjustedTaskId;
    Attachment onTheNote = onTheTask;
    onTheNote.progressNoteId = 1;
    files.setOwners({{AttachmentsDialog::tr("the task"), onTheTask},
                     {AttachmentActions::tr("progress note of %1: %2").arg(u"21/07/2021"_s, u"Hoàn thành đường trục xã"_s),
                      onTheNote}});
    files.setAttachments(sampleAttachments(AdjustedTaskId));
    ok &= save(files, QDir(folder).filePath(u"attachments"_s + suffix));
    ProgressEntryDialog note(ProgressEntryDialog::Kind::Note, AdjustedTaskId, window.currentTask()->title, &window);
    note.setCurrentPercent(window.currentTask()->progressPercent);
    ok &= save(note, QDir(folder).filePath(u"progress-entry"_s + suffix));
    SignInDialog signIn(window.session()->accounts(), u"dotpha.sqlite"_s, SignInDialog::Mode::CreateAdministrator,
                        &window);
    ok &= save(signIn, QDir(folder).filePath(u"sign-in"_s + suffix));
    ServerAddress office;
    office.host = u"may-chu"_s;
    office.database = u"dotpha"_s;
    office.login = u"lan"_s;
    ServerConnectDialog connect(office, [](const ServerAddress &, const QString &) { return Status(); }, &window);
    ok &= save(connect, QDir(folder).filePath(u"server-connect"_s + suffix));
    UsersDialog users(*window.session(), &window);
    ok &= save(users, QDir(folder).filePath(u"users"_s + suffix));
    UserFormDialog serverAccount(UserFormDialog::Mode::Add, User(), UserFormDialog::PasswordKeeper::Server,
                                 [](const User &, const QString &) { return Status(); }, &window);
    ok &= save(serverAccount, QDir(folder).filePath(u"server-account"_s + suffix));
    AuditLogDialog log(window.session()->repositories(), &window);
    log.verify();
    ok &= save(log, QDir(folder).filePath(u"change-log"_s + suffix));
    return ok;
}

// A draft open in the editor, with something typed, while a colleague at another PC saves its
// deadline: the notice above the form. The sample's tasks are all decided: the colleague registers
// the draft first, and removes it afterwards, for the pictures that follow.
bool shootColleaguesSave(MainWindow &window, const QString &database, const QString &path)
{
    auto colleague = Workspace::open(database, Database::Mode::OpenExisting);
    const Result<User> clerk = colleague ? AccountService((*colleague)->repositories()).signIn(u"vanthu"_s, u"mật khẩu mẫu"_s)
                                         : Result<User>(colleague.error());
    if (!clerk || !(*colleague)->repositories().audit.setActor(clerk->id, clerk->displayName)) {
        out << u"the colleague does not sign in"_s << Qt::endl;
        return false;
    }
    TaskService theirs((*colleague)->repositories());
    theirs.setActor(*clerk);
    Task draft = *window.currentTask();
    draft.id = 0;
    draft.status = TaskStatus::Draft;
    draft.rating.reset();
    draft.assessment.clear();
    draft.progressPercent = 0;
    draft.title = u"Xây dựng chợ nông sản an toàn tại xã"_s;
    const Result<qint64> added = theirs.add(draft);
    Result<Task> stored = added ? theirs.find(*added) : Result<Task>(added.error());
    if (!stored) {
        out << u"a colleague's draft: "_s << stored.error().message() << Qt::endl;
        return false;
    }
    bool shot = false;
    {
        TaskEditorDialog editor(window.session()->repositories(), &window);
        editor.setTask(*stored);
        editor.followChanges(window.session()->changes());
        editor.findChild<QPlainTextEdit *>(u"contentEdit"_s)->setPlainText(stored->content + u" Lấy ý kiến nhân dân."_s);
        Task changed = *stored;
        changed.deadline = QDate(stored->year, 9, 30);
        const Result<int> saved = theirs.update(changed);
        window.session()->changes().catchUp();   // as the file's watcher does within half a second
        shot = saved && save(editor, path);
        stored = theirs.find(*added);
    }
    const bool removed = stored && theirs.remove(*added, stored->version);
    window.session()->changes().catchUp();
    return shot && removed;
}

bool shoot(const QString &folder, const QString &language, const QString &database)
{
    Translations::install(language);
    const QString suffix = u"-"_s + language + u".png"_s;
    bool ok = true;

    MainWindow window;

    window.setSignIn([](QWidget *, DatabaseSession &session) {
        const Result<User> clerk = session.accounts().signIn(u"vanthu"_s, u"mật khẩu mẫu"_s);
        return clerk && session.signIn(*clerk).ok();
    });
    if (const Status opened = window.openDatabase(database); !opened) {
        out << opened.error().message() << Qt::endl;
        return false;
    }
    window.resize(usableArea);
    window.setYear(SampleData::Year);
    ok &= save(window, QDir(folder).filePath(u"main-window"_s + suffix));

    TaskEditorDialog editor(window.session()->repositories(), &window);
    editor.setTask(*window.session()->taskModel().taskAt(2));
    ok &= save(editor, QDir(folder).filePath(u"task-editor"_s + suffix));
    // An approved task, as a clerk's double-click shows it.
    TaskEditorDialog viewer(window.session()->repositories(), &window);
    viewer.setTask(*window.session()->taskModel().taskAt(2));
    viewer.showReadOnly(TaskService::lockedMessage(*window.session()->taskModel().taskAt(2)));
    ok &= save(viewer, QDir(folder).filePath(u"task-viewer"_s + suffix));
    ok &= shootColleaguesSave(window, database, QDir(folder).filePath(u"task-editor-colleague"_s + suffix));

    ReferenceDataDialog reference(window.session()->repositories(), window.session()->referenceData(),
                                  window.session()->undoStack(), &window);
    reference.showTab(ReferenceDataDialog::PeopleTab);
    reference.resize(900, 420);
    ok &= save(reference, QDir(folder).filePath(u"reference-data"_s + suffix));

    const Result<ReportData> data = ReportDataService(window.session()->repositories()).collect(SampleData::Year);
    if (data) {
        SummaryDialog summary(*data, &window);
        summary.resize(1000, 640);
        ok &= save(summary, QDir(folder).filePath(u"summary"_s + suffix));
    }
    WorkItemDoneDialog done({u"Số hóa hồ sơ đảng viên"_s}, &window);
    ok &= save(done, QDir(folder).filePath(u"work-item-done"_s + suffix));
    // The user guide at the task editor's section, as F1 there opens it.
    UserGuideWindow *guide = UserGuideWindow::open(&window, QCoreApplication::translate("dotpha::TaskEditorDialog",
                                                                                        "Registering a task"));
    ok &= save(*guide, QDir(folder).filePath(u"user-guide"_s + suffix));
    guide->close();
    // Qt's print dialog, behind the print preview's Print button, in the interface's language.
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(u"Báo cáo tổng kết năm 2021"_s);   // as the report menu names what it prints
    QPrintDialog print(&printer, &window);
    ok &= save(print, QDir(folder).filePath(u"print-dialog"_s + suffix));
    // File ▸ Restore a backup: the question and the seal of the last printed report.
    RestoreConfirmationDialog restore(BackupRestorer::question(u"D:/Sao lưu/dotpha-2021-06-30.sqlite"_s,
                                                               u"D:/Đột phá/dotpha.sqlite"_s),
                                      u"1234:9f3a2c1b7d4e8a60"_s, &window);
    ok &= save(restore, QDir(folder).filePath(u"restore-backup"_s + suffix));
    // Reports ▸ Print the six-month review: the document's details and the day of its figures.
    AppSettings settings;
    DocumentDetailsDialog details(settings, &window);
    details.askFiguresDate(SixMonthReview::middleOf(SampleData::Year));
    ok &= save(details, QDir(folder).filePath(u"six-month-details"_s + suffix));
    // Reports ▸ Print the tasks due: the year and the days too.
    DocumentDetailsDialog dueDetails(settings, &window);
    dueDetails.askDueWindow(SampleData::Year, AppSettings::DefaultDueWithinDays);
    ok &= save(dueDetails, QDir(folder).filePath(u"due-list-details"_s + suffix));
    ok &= shootSaveFailure(window, database, QDir(folder).filePath(u"task-editor-save-failed"_s + suffix));
    // The office server gone: the band across the window.
    window.session()->connection().notice(Error(Error::Kind::Connection,
                                                QCoreApplication::translate("ServerErrors",
                                                                            "The connection to the office server was lost "
                                                                            "before it answered. Check the network, then try "
                                                                            "again.")));
    ok &= save(window, QDir(folder).filePath(u"main-window-offline"_s + suffix));

    // An office's spreadsheet with a title row, one column Dotpha does not know, two mistakes, a
    // decision and a nature written in the office's own words, as an administrator sees it (who
    // may record the file's decisions).
    const QList<QStringList> spreadsheet = CsvReader::parse(
        u"DANH SÁCH ĐĂNG KÝ VIỆC ĐỘT PHÁ, ĐỔI MỚI NĂM 2022,,,,,,,\n"
        "Năm,Loại,Đơn vị,Họ và tên,Tên việc,Ghi chú,Tính chất,Trạng thái\n"
        "2022,Tập thể,xã Mỹ Bằng,,Hoàn thiện tiêu chí đô thị loại V,,Trọng điểm,\n"
        "2022,Cá nhân,xã Đạo Viện,Trần Văn Cương,Thu hồi đất công ích bị lấn chiếm,,Đột phá,\n"
        "2022,Tập thể,xã Kim Phú,,Chuyển đổi số trong Đảng ủy xã,mới,Trọng điểm,Đã phê duyệt\n"
        "năm sau,Tập thể,xã Mỹ Bằng,,Nâng cao thu nhập bình quân,,,\n"
        "2022,Cá nhân,xã Mỹ Bằng,,Chỉ đạo giải phóng mặt bằng,,Đổi mới,\n"_s);
    ImportDialog import(window.session()->services(), true, u"dang-ky-2022.xlsx"_s, spreadsheet, &window);
    import.resize(importSize());
    waitForPlan(import);
    ok &= save(import, QDir(folder).filePath(u"import"_s + suffix));

    WelcomeDialog welcome(QDir::tempPath(), [](const ServerAddress &, const QString &) { return Status(); });
    ok &= save(welcome, QDir(folder).filePath(u"welcome"_s + suffix));

    ok &= shootReview(window, folder, suffix);
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
    const QStringList arguments = application.arguments();
    const bool screenGiven = arguments.size() == 4 && arguments.at(2) == u"--screen"_s;
    const QStringList screen = screenGiven ? arguments.at(3).split(u'x') : QStringList{u"1280"_s, u"800"_s};
    if ((arguments.size() != 2 && !screenGiven) || screen.size() != 2 || screen.at(0).toInt() <= 0
        || screen.at(1).toInt() <= 0) {
        out << "usage: dotpha-screenshots OUTPUT_FOLDER [--screen WIDTHxHEIGHT]   (1280x800 unless told)" << Qt::endl;
        return 2;
    }
    usableArea = QSize(screen.at(0).toInt(), screen.at(1).toInt() - 40 - 30);
    const QString folder = arguments.at(1);
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
    if (!prepareTheSample(database)) {
        out << "cannot prepare the sample's accounts and decisions" << Qt::endl;
        return 1;
    }
    bool ok = true;
    for (const QString &language : {u"vi"_s, u"en"_s})
        ok &= shoot(folder, language, database);
    return ok ? 0 : 1;
}
