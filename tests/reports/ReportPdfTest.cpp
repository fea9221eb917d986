#include "DocumentCanvas.h"
#include "DueTaskList.h"
#include "PdfExporter.h"
#include "ProgressNoteRepository.h"
#include "RegistrationList.h"
#include "ReportDataService.h"
#include "PrintableDocument.h"
#include "ReportTable.h"
#include "SampleData.h"
#include "SignatureBlock.h"
#include "SixMonthReport.h"
#include "SixMonthSentence.h"
#include "SyntheticDataGenerator.h"
#include "DecisionRepository.h"
#include "TaskRepository.h"
#include "TaskSheet.h"
#include "WorkItemRepository.h"
#include "TemporaryDatabase.h"
#include "TestData.h"
#include "YearEndReport.h"
#include "YearEndResults.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// Runs a poppler tool (installed by scripts/test) and returns what it printed.
QString poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        ADD_FAILURE() << tool.toStdString() << " is not installed (Debian package poppler-utils)";
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text in the order it was drawn (-raw: each table cell whole, whatever its column's
// width), with all white space folded, so that checks do not depend on line breaks.
QString pdfText(const QString &path)
{
    return poppler(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s}).simplified();
}

class ReportPdfTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
#ifdef Q_OS_WIN
        // Under Wine the Linux poppler tools would be handed Windows paths; the Windows package's
        // check renders the year-end report with pdftoppm from the Linux side instead.
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            GTEST_SKIP() << "poppler's pdftotext is not installed on this Windows";
#endif
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
    }

    ReportData sampleData()
    {
        Result<ReportData> data = ReportDataService(workspace->repositories()).collect(SampleData::Year);
        EXPECT_TRUE(data.ok());
        data->number = u"10"_s;
        data->date = QDate(2021, 12, 20);
        return std::move(data).value();
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
};

} // namespace

TEST_F(ReportPdfTest, YearEndReportHasThePartyHeaderTheSentenceAndTheTotals)
{
    const ReportData data = sampleData();
    const QString path = temporary.pathFor(u"báo cáo.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(YearEndReport(data), path).ok());
    EXPECT_FALSE(QFile::exists(path + u".partial"_s));

    const QString text = pdfText(path);
    for (const QString &expected :
         {u"ĐẢNG CỘNG SẢN VIỆT NAM"_s, u"ĐẢNG BỘ TỈNH TUYÊN QUANG"_s, u"HUYỆN ỦY YÊN SƠN"_s, u"Số 10-BC/HU"_s,
          u"Yên Sơn, ngày 20 tháng 12 năm 2021"_s, u"BÁO CÁO"_s,
          u"kết quả thực hiện việc đột phá, đổi mới năm 2021"_s, u"T/M BAN THƯỜNG VỤ"_s,
          u"Quản lý nhà nước về lĩnh vực đất đai, khoáng sản"_s, u"Trần Văn Cương"_s}) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString();
    }
    // The summary sentence, diacritics intact, and totals equal to the summary's figures.
    EXPECT_TRUE(text.contains(data.summary.sentence.simplified())) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Tổng cộng: %1 việc"_s.arg(data.summary.figures.total)));
    EXPECT_TRUE(text.contains(u"VIỆC CỦA TẬP THỂ (%1 việc)"_s.arg(data.summary.figures.collective)));
    EXPECT_TRUE(text.contains(u"VIỆC CỦA CÁ NHÂN (%1 việc)"_s.arg(data.summary.figures.individual)));

    const QString info = poppler(u"pdfinfo"_s, {path});
    EXPECT_TRUE(info.contains(u"(A4)"_s)) << info.toStdString();
    // Every font embedded: pdffonts' columns end "emb sub uni object-id generation".
    const QStringList fonts = poppler(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fonts.isEmpty());
    static const QRegularExpression embedded(u"\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"_s);
    for (const QString &font : fonts)
        EXPECT_EQ(embedded.match(font).captured(1), u"yes"_s) << font.toStdString();
}

// The printed report carries the change log's seal, which a later `check --expect` compares with.
TEST_F(ReportPdfTest, TheYearEndReportPrintsTheSealOfTheChangeLog)
{
    const ReportData data = sampleData();
    ASSERT_TRUE(data.auditHead.has_value());
    const QString path = temporary.pathFor(u"báo cáo.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(YearEndReport(data), path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"dấu niêm phong %1"_s.arg(data.auditHead->code()))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"gồm %1 bản ghi"_s.arg(data.auditHead->records)));
}

// The year's results are its approved tasks: a registration still pending or rejected is in no
// total and no rating, and is listed apart, with its status, after the results.
TEST_F(ReportPdfTest, TheYearEndReportCountsApprovedTasksAndListsTheOtherRegistrationsApart)
{
    TestData testData(workspace->repositories());
    const Unit commune = testData.addUnit(u"Xã Thắng Quân"_s);
    Task pending = TestData::collectiveTask(commune, u"Số hóa hồ sơ đảng viên"_s, SampleData::Year);
    pending.status = TaskStatus::Submitted;
    testData.addTask(pending);
    Task rejected = TestData::collectiveTask(commune, u"Sơn lại trụ sở"_s, SampleData::Year);
    rejected.status = TaskStatus::Rejected;
    testData.addTask(rejected);
    const ReportData data = sampleData();
    const int approved = int(YearEndResults(data.tasks).approved().size());
    ASSERT_GT(approved, 0);

    const QString path = temporary.pathFor(u"báo cáo.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(YearEndReport(data), path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"Tổng cộng: %1 việc"_s.arg(approved))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Tổng số: %1 việc đã được phê duyệt"_s.arg(approved))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"2 đăng ký chưa được phê duyệt không tính vào kết quả"_s)) << text.toStdString();
    const qsizetype apart = text.indexOf(u"III. CÁC ĐĂNG KÝ CHƯA ĐƯỢC PHÊ DUYỆT"_s);
    ASSERT_GE(apart, 0) << text.toStdString();
    EXPECT_GT(text.indexOf(u"Số hóa hồ sơ đảng viên"_s), apart);
    EXPECT_GT(text.indexOf(u"Sơn lại trụ sở"_s), apart);
    EXPECT_GT(text.indexOf(u"Chờ phê duyệt"_s, apart), apart);
    EXPECT_GT(text.indexOf(u"Không phê duyệt"_s, apart), apart);
    EXPECT_TRUE(text.contains(u"Cộng: 2 đăng ký"_s));
}

// The section's title, the table's header and its group headings stand on the page of the first
// row they introduce: the sample's first page had the header, "A. VIỆC CỦA TẬP THỂ" and "1. Cơ
// quan" at its foot, and their first task on page 2.
TEST_F(ReportPdfTest, HeadingsStandOnThePageOfTheirFirstRow)
{
    const ReportData data = sampleData();
    const YearEndResults results(data.tasks);
    ASSERT_FALSE(results.approved().isEmpty());
    const QString firstTitle = results.approved().constFirst().title;
    const QString path = temporary.pathFor(u"báo cáo.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(YearEndReport(data), path).ok());
    const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(poppler(u"pdfinfo"_s, {path})).captured(1).toInt();
    ASSERT_GT(pages, 1);
    int pagesWithTheHeading = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = poppler(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                                      QString::number(page), path, u"-"_s})
                                 .simplified();
        if (!text.contains(u"VIỆC CỦA TẬP THỂ"_s) && !text.contains(u"II. DANH SÁCH"_s))
            continue;
        ++pagesWithTheHeading;
        EXPECT_TRUE(text.contains(firstTitle.simplified())) << "page " << page << ": " << text.toStdString();
    }
    EXPECT_EQ(pagesWithTheHeading, 1);
}

// Was: a row taller than a page was cut at the page's foot, and the rest of its text was lost.
TEST_F(ReportPdfTest, ARowTallerThanAPageContinuesOnTheNextPage)
{
    TestData testData(workspace->repositories());
    Task longOne = TestData::collectiveTask(testData.addUnit(u"Xã Thắng Quân"_s), u"Việc rất dài"_s, SampleData::Year);
    QStringList sentences;
    for (int sentence = 1; sentence <= 400; ++sentence)
        sentences << u"Kết quả thứ %1 của xã."_s.arg(sentence);
    longOne.expectedResult = sentences.join(u' ');
    longOne.status = TaskStatus::Approved;
    testData.addTask(longOne);
    const QString path = temporary.pathFor(u"dài.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(YearEndReport(sampleData()), path).ok());
    const QString text = pdfText(path);
    // Every sentence is there, the last one too. A page's foot may fall inside a sentence, with
    // the next page's header standing in it: a few may not read whole.
    QSet<int> found;
    const QRegularExpression sentence(u"thứ (\\d+) của xã"_s);
    for (const QRegularExpressionMatch &match : sentence.globalMatch(text))
        found.insert(match.captured(1).toInt());
    EXPECT_TRUE(found.contains(400));
    EXPECT_GE(found.size(), 395) << "only " << found.size() << " of the 400 sentences are printed";
}

// Text typed with a decomposing input method ("Unicode tổ hợp": e, then the circumflex, then the
// hook) prints as the composed letters, each mark on its letter.
TEST_F(ReportPdfTest, DecomposedVietnameseIsPrintedComposed)
{
    const QString composed = u"Chuyển đổi số ở phường Ỷ La"_s;
    TestData testData(workspace->repositories());
    Task typed = TestData::collectiveTask(testData.addUnit(u"Phường Ỷ La"_s), composed.normalized(QString::NormalizationForm_D),
                                          SampleData::Year);
    typed.status = TaskStatus::Approved;
    testData.addTask(typed);
    const QString path = temporary.pathFor(u"tổ hợp.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(YearEndReport(sampleData()), path).ok());
    EXPECT_TRUE(pdfText(path).contains(composed)) << pdfText(path).toStdString();
}

TEST_F(ReportPdfTest, RegistrationListGroupsAndCountsTheRegistrations)
{
    const QString path = temporary.pathFor(u"danh-sach.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(RegistrationList(sampleData()), path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"DANH SÁCH"_s));
    EXPECT_TRUE(text.contains(u"Số 10-DS/HU"_s));
    EXPECT_TRUE(text.contains(u"VIỆC CỦA TẬP THỂ"_s));
    EXPECT_TRUE(text.contains(u"Cộng: 4 việc"_s));
    EXPECT_TRUE(text.contains(u"Cộng: 3 việc"_s));
    EXPECT_TRUE(text.contains(u"Đã phê duyệt"_s));
}

// The due list prints what falls due in the window, each task with its work items falling due,
// and apart what is overdue with the days it is late.
TEST_F(ReportPdfTest, TheDueListPrintsWhatFallsDueAndWhatIsOverdue)
{
    const QDate today(2030, 5, 10);
    TestData testData(workspace->repositories());
    const Unit unit = testData.addUnit(u"Xã Mỹ Bằng"_s);
    Task soon = TestData::collectiveTask(unit, u"Chợ nông sản an toàn"_s, 2030);
    soon.status = TaskStatus::Approved;
    soon.deadline = QDate(2030, 12, 31);
    soon = testData.addTask(soon);
    WorkItem item;
    item.taskId = soon.id;
    item.title = u"Khảo sát các hộ tiểu thương"_s;
    item.dueOn = today.addDays(3);
    ASSERT_TRUE(workspace->repositories().workItems.add(item).ok());
    Task late = TestData::collectiveTask(unit, u"Số hoá hồ sơ một cửa"_s, 2030);
    late.status = TaskStatus::Approved;
    late.deadline = today.addDays(-12);
    testData.addTask(late);

    DueTaskList::Contents contents = *DueTaskList::collect(workspace->repositories(), today, 14, 2030);
    contents.number = u"5"_s;
    contents.date = today;
    const QString path = temporary.pathFor(u"đến hạn.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(DueTaskList(contents), path).ok());
    const QString text = pdfText(path);
    for (const QString &expected :
         {u"DANH SÁCH"_s, u"Số 5-DS/HU"_s, u"các việc đột phá, đổi mới đến hạn và quá hạn năm 2030"_s,
          u"Tính đến ngày 10/05/2030, có 1 việc đến hạn trong 14 ngày tới (đến hết ngày 24/05/2030) và 1 việc đã "
          "quá hạn mà chưa hoàn thành."_s,
          u"I. CÁC VIỆC ĐẾN HẠN TỪ NGÀY 10/05/2030 ĐẾN NGÀY 24/05/2030"_s, u"Chợ nông sản an toàn"_s,
          u"Khảo sát các hộ tiểu thương (13/05/2030)"_s, u"II. CÁC VIỆC ĐÃ QUÁ HẠN, CHƯA HOÀN THÀNH"_s,
          u"Số hoá hồ sơ một cửa"_s, u"12 ngày"_s}) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString() << "\n" << text.toStdString();
    }
    EXPECT_EQ(text.count(u"Cộng: 1 việc"_s), 2);
}

// The six-month review prints the figures at 30 June from the notes recorded until then, and the
// tasks behind schedule with their latest note.
TEST_F(ReportPdfTest, TheSixMonthReviewPrintsTheFiguresAtMidYearAndTheTasksBehind)
{
    ReportData data = sampleData();
    const Task task = YearEndResults(data.tasks).approved().first();
    ProgressNote note;
    note.taskId = task.id;
    note.notedOn = QDate(2021, 6, 15);
    note.percent = 20;
    note.text = u"Đã khảo sát 120 hộ"_s;
    ASSERT_TRUE(workspace->repositories().progressNotes.add(note).ok());
    Result<SixMonthReview> review = SixMonthReview::of(workspace->repositories().progressNotes,
                                                       workspace->repositories().decisions, data.tasks, 2021,
                                                       SixMonthReview::middleOf(2021));
    ASSERT_TRUE(review.ok());
    const QString sentence = SixMonthSentence::compose(*review);
    const QString path = temporary.pathFor(u"sơ kết.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(SixMonthReport(data, *review), path).ok());
    const QString text = pdfText(path);
    for (const QString &expected :
         {u"BÁO CÁO"_s, u"Số 10-BC/HU"_s, u"sơ kết 6 tháng đầu năm 2021 thực hiện việc đột phá, đổi mới"_s,
          sentence, u"II. CÁC VIỆC CHẬM TIẾN ĐỘ, QUÁ HẠN"_s, u"15/06/2021 (20%): Đã khảo sát 120 hộ"_s,
          u"III. TIẾN ĐỘ CÁC VIỆC ĐÃ ĐƯỢC PHÊ DUYỆT ĐẾN NGÀY 30/06/2021"_s,
          u"Tổng cộng: %1 việc"_s.arg(review->standings().size()), u"T/M BAN THƯỜNG VỤ"_s}) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString() << "\n" << text.toStdString();
    }
    EXPECT_TRUE(sentence.contains(u"chậm tiến độ"_s)) << sentence.toStdString();
}

// The year-end report shows each task's score beside its level, how the scores fall in the
// committee's bands, and each unit's score.
TEST_F(ReportPdfTest, TheYearEndReportShowsScoresTheirBandsAndTheUnitsScores)
{
    ReportData data = sampleData();
    data.committee.scoreThresholds = {85, 65, 45};
    int scoredCollective = 0;
    for (Task &task : data.tasks) {
        if (task.status == TaskStatus::Approved && task.kind == TaskKind::Collective && scoredCollective < 2) {
            task.score = scoredCollective++ == 0 ? 85 : 64;
            task.rating = Rating::Good;
        }
    }
    ASSERT_EQ(scoredCollective, 2);
    const QString path = temporary.pathFor(u"điểm.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(YearEndReport(data), path).ok());
    const QString text = pdfText(path);
    for (const QString &expected :
         {u"Điểm"_s, u"Chấm điểm: 2 việc đã được chấm điểm, bình quân 74,5 điểm (1 việc từ 85 điểm trở lên; 1 việc từ "
                     "45 đến 64 điểm)"_s,
          u"Điểm của các đơn vị"_s, u"Điểm bình quân"_s, u"85,0"_s, u"64,0"_s}) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString() << "\n" << text.toStdString();
    }
}

TEST_F(ReportPdfTest, LongTablesRepeatTheirHeaderOnEveryPageAndLoseNoRow)
{
    ASSERT_TRUE(SyntheticDataGenerator(workspace->repositories()).generate(1500, 4).ok());
    Result<ReportData> data = ReportDataService(workspace->repositories()).collect(2022);
    ASSERT_TRUE(data.ok());
    const int total = int(YearEndResults(data->tasks).approved().size());
    ASSERT_GT(total, 200);
    const QString path = temporary.pathFor(u"lon.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(YearEndReport(std::move(data).value()), path).ok());

    const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(poppler(u"pdfinfo"_s, {path})).captured(1).toInt();
    EXPECT_GT(pages, 5);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"Tổng cộng: %1 việc"_s.arg(QLocale(QLocale::Vietnamese).toString(total))));
    // A header row is on every page after the first, where the tables start: the results' and,
    // after them, the registrations not approved.
    EXPECT_GE(text.count(u"STT"_s), pages - 1);
    EXPECT_TRUE(text.contains(u" %1 "_s.arg(total)));   // the last result's number
}

TEST_F(ReportPdfTest, AnUnwritablePathFailsAndLeavesNothing)
{
    const QString path = temporary.pathFor(u"no-such-folder/report.pdf"_s);
    const Status written = PdfExporter::write(YearEndReport(sampleData()), path);
    ASSERT_FALSE(written.ok());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ReportPdfTest, TaskSheetShowsTheRegistrationAndItsDecisions)
{
    TaskQuery query;
    query.searchText = u"dat cong ich"_s;
    const Task task = workspace->repositories().tasks.list(query)->first();
    const QList<Decision> decisions = *workspace->repositories().decisions.ofTask(task.id);
    ASSERT_EQ(decisions.size(), 1);
    const QString path = temporary.pathFor(u"phieu.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(TaskSheet(sampleData().committee, task, decisions, u"Đất đai, khoáng sản"_s), path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"PHIẾU ĐĂNG KÝ"_s));
    EXPECT_TRUE(text.contains(u"Trần Văn Cương (Chủ tịch UBND xã Đạo Viện)"_s));
    EXPECT_TRUE(text.contains(u"QUÁ TRÌNH XEM XÉT, QUYẾT ĐỊNH"_s));
    EXPECT_TRUE(text.contains(u"31/03/2021"_s));
    EXPECT_TRUE(text.contains(u"Phê duyệt"_s));
}

// The sheet lists the files kept with the task, each with the start of its hash; a removed one
// is not among them.
TEST_F(ReportPdfTest, TaskSheetListsTheFilesKeptWithTheTask)
{
    TaskQuery query;
    query.searchText = u"dat cong ich"_s;
    const Task task = workspace->repositories().tasks.list(query)->first();
    Attachment scan;
    scan.taskId = task.id;
    scan.fileName = u"Quyết định giao đất.pdf"_s;
    scan.sizeBytes = 1843200;
    scan.sha256 = u"e57f5d875dd2ec21"_s + QString(48, u'0');
    scan.createdAt = QDateTime(QDate(2021, 6, 30), QTime(9, 0));
    Attachment removed = scan;
    removed.fileName = u"Ảnh chụp nhầm.jpg"_s;
    removed.removedAt = scan.createdAt.addSecs(60);
    TaskSheet sheet(sampleData().committee, task, *workspace->repositories().decisions.ofTask(task.id));
    sheet.setAttachments({scan, removed});
    const QString path = temporary.pathFor(u"phieu-tep.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(sheet, path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"TÀI LIỆU, MINH CHỨNG KÈM THEO"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Quyết định giao đất.pdf"_s));
    EXPECT_TRUE(text.contains(u"1,8 MB"_s));
    EXPECT_TRUE(text.contains(u"e57f5d875dd2ec21"_s));
    EXPECT_FALSE(text.contains(u"Ảnh chụp nhầm.jpg"_s));
}

namespace {

// A table of rows of some lines each, its total under it, and the signature after it, as the
// reports end.
class TableThenSignature : public PrintableDocument
{
public:
    TableThenSignature(int rows, int linesPerRow) : m_rows(rows), m_lines(linesPerRow) {}
    QString title() const override { return u"Bảng"_s; }
    const CommitteeSettings &committee() const override { return m_committee; }
    void paint(DocumentCanvas &canvas) const override
    {
        ReportTable table({{u"STT"_s, 10}, {u"Nội dung"_s, 90}}, 12);
        QStringList lines;
        for (int line = 0; line < m_lines; ++line)
            lines << u"Nội dung dòng %1 của việc"_s.arg(line + 1);
        for (int row = 1; row <= m_rows; ++row)
            table.addRow({QString::number(row), lines.join(u'\n')});
        table.addSubtotal({QString(), u"Cộng: %1 việc"_s.arg(m_rows)});
        SignatureBlock signature;
        signature.signerPosition = u"Phó Bí thư"_s;
        signature.signerName = u"Nguyễn Văn An"_s;
        table.setKeepWithEnd(signature.height(canvas));
        table.paint(canvas);
        signature.paint(canvas);
    }

private:
    int m_rows;
    int m_lines;
    CommitteeSettings m_committee;
};

} // namespace

// Was: the last rows and their total filled a page, and the signature stood alone on the next.
// However the rows fall, the signature's page also holds the total and the last row.
TEST_F(ReportPdfTest, TheSignatureNeverStandsAloneOnItsPage)
{
    for (const int lines : {1, 3})
        for (int rows = 8; rows <= 40; rows += lines == 1 ? 1 : 3) {
            const QString path = temporary.pathFor(u"ky-%1-%2.pdf"_s.arg(rows).arg(lines));
            ASSERT_TRUE(PdfExporter::write(TableThenSignature(rows, lines), path).ok());
            const QString info = poppler(u"pdfinfo"_s, {path});
            static const QRegularExpression pagesLine(u"Pages:\\s+(\\d+)"_s);
            const QString pages = pagesLine.match(info).captured(1);
            const QString last = poppler(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, pages, u"-l"_s,
                                                          pages, path, u"-"_s}).simplified();
            ASSERT_TRUE(last.contains(u"T/M BAN THƯỜNG VỤ"_s)) << rows << " rows of " << lines;
            EXPECT_TRUE(last.contains(u"Cộng: %1 việc"_s.arg(rows))) << rows << " rows of " << lines << ": " << last.toStdString();
            EXPECT_TRUE(last.contains(u"Nội dung dòng 1"_s)) << rows << " rows of " << lines << ": the last row is elsewhere";
        }
}

// Was: the registration list and the due list ended with their table: no recipients, no signature,
// though their window asked who signs.
TEST_F(ReportPdfTest, TheRegistrationListAndTheDueListCloseWithRecipientsAndTheSignature)
{
    ReportData data = sampleData();
    data.signerPosition = u"Phó Bí thư Thường trực"_s;
    data.signerName = u"Nguyễn Thị Hoa"_s;
    const QString registrations = temporary.pathFor(u"dang-ky.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(RegistrationList(data), registrations).ok());
    Result<DueTaskList::Contents> due = DueTaskList::collect(workspace->repositories(), QDate(2021, 10, 1), 30, SampleData::Year);
    ASSERT_TRUE(due);
    due->signerPosition = data.signerPosition;
    due->signerName = data.signerName;
    const QString dueList = temporary.pathFor(u"den-han.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(DueTaskList(*due), dueList).ok());
    for (const QString &path : {registrations, dueList}) {
        const QString text = pdfText(path);
        for (const QString &expected : {u"Nơi nhận:"_s, u"T/M BAN THƯỜNG VỤ"_s, u"PHÓ BÍ THƯ THƯỜNG TRỰC"_s, u"Nguyễn Thị Hoa"_s})
            EXPECT_TRUE(text.contains(expected)) << path.toStdString() << " lacks " << expected.toStdString();
    }
}

// Was: "QUÁ TRÌNH XEM XÉT, QUYẾT ĐỊNH" could stand alone at a page's foot, its table on the next,
// and the sheet ended without anyone's signature. However long the registration, the heading
// shares its page with the first decision, and the sheet ends with the registrant's signature line.
TEST_F(ReportPdfTest, TheSheetsHeadingStandsWithItsFirstDecisionAndTheSheetIsSigned)
{
    TaskQuery query;
    query.searchText = u"dat cong ich"_s;
    Task task = workspace->repositories().tasks.list(query)->first();
    const QList<Decision> decisions = *workspace->repositories().decisions.ofTask(task.id);
    ASSERT_FALSE(decisions.isEmpty());
    const QString firstDate = decisions.first().decidedOn.toString(u"dd/MM/yyyy"_s);
    static const QRegularExpression pagesLine(u"Pages:\\s+(\\d+)"_s);
    for (int lines = 20; lines <= 60; lines += 2) {
        QStringList content;
        for (int line = 1; line <= lines; ++line)
            content << u"Nội dung thứ %1 của việc đăng ký"_s.arg(line);
        task.content = content.join(u'\n');
        const QString path = temporary.pathFor(u"phieu-%1.pdf"_s.arg(lines));
        ASSERT_TRUE(PdfExporter::write(TaskSheet(sampleData().committee, task, decisions), path).ok());
        const int pages = pagesLine.match(poppler(u"pdfinfo"_s, {path})).captured(1).toInt();
        bool headingFound = false;
        for (int page = 1; page <= pages; ++page) {
            const QString text = poppler(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page),
                                                          u"-l"_s, QString::number(page), path, u"-"_s}).simplified();
            if (!text.contains(u"QUÁ TRÌNH XEM XÉT, QUYẾT ĐỊNH"_s))
                continue;
            headingFound = true;
            EXPECT_TRUE(text.contains(firstDate)) << lines << " lines: the heading on page " << page << " stands alone";
        }
        EXPECT_TRUE(headingFound) << lines << " lines";
        const QString text = pdfText(path);
        EXPECT_TRUE(text.contains(u"(Ký, ghi rõ họ tên)"_s)) << lines << " lines: no signature line";
        // Was: a line typed with Enter ran into the next ("…đăng kýNội dung…").
        EXPECT_FALSE(text.contains(u"kýNội"_s)) << lines << " lines: the lines ran together";
    }
}

// Was: the year-end report's "Nhận xét" was a tenth of the width, one word per line (about 12 mm at
// the Party's A4 margins). It holds a phrase per line.
TEST_F(ReportPdfTest, TheYearEndAssessmentColumnHoldsAPhrasePerLine)
{
    const ReportTable table = YearEndReport(sampleData()).taskTable();
    constexpr qreal PrintableMm = 210 - 30 - 15;
    const QList<qreal> widths = table.columnWidths(PrintableMm);
    qsizetype assessment = -1;
    for (qsizetype column = 0; column < table.columns().size(); ++column) {
        if (table.columns().at(column).title == u"Nhận xét"_s)
            assessment = column;
    }
    ASSERT_GE(assessment, 0);
    EXPECT_GE(widths.at(assessment), 25.0) << widths.at(assessment) << " mm";
}

// The registration sheet carries the schedule the registration proposes: its work items with their
// due dates, the ones done marked.
TEST_F(ReportPdfTest, TheRegistrationSheetListsItsSchedule)
{
    TaskQuery query;
    query.searchText = u"dat cong ich"_s;
    const Task task = workspace->repositories().tasks.list(query)->first();
    TaskSheet sheet(sampleData().committee, task, *workspace->repositories().decisions.ofTask(task.id));
    sheet.setWorkItems({WorkItem{1, task.id, 1, u"Quý I: rà soát hiện trạng đất công ích"_s, QDate(2021, 3, 31),
                                 QDate(2021, 3, 28), 1},
                        WorkItem{2, task.id, 1, u"Quý II: lập phương án sử dụng"_s, QDate(2021, 6, 30), QDate(), 1}});
    const QString path = temporary.pathFor(u"phieu-lo-trinh.pdf"_s);
    ASSERT_TRUE(PdfExporter::write(sheet, path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"LỘ TRÌNH THỰC HIỆN"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Quý I: rà soát hiện trạng đất công ích"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"30/06/2021"_s));
    EXPECT_TRUE(text.contains(u"28/03/2021"_s)) << "the date it was done";
}
