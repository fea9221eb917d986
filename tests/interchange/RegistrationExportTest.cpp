#include "CsvFile.h"
#include "ExcelWorkbookCheck.h"
#include "RegistrationColumns.h"
#include "RegistrationExporter.h"
#include "SampleData.h"
#include "TemporaryDatabase.h"
#include "TestData.h"

#include <QFile>
#include <QRegularExpression>

#include <clocale>

#include <gtest/gtest.h>

#include <unzip.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One member of a zip archive, through minizip.
QByteArray zipMember(const QString &archive, const char *member)
{
    unzFile zip = unzOpen64(QFile::encodeName(archive).constData());
    if (!zip)
        return {};
    QByteArray content;
    if (unzLocateFile(zip, member, 0) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[16384];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            content.append(buffer, read);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return content;
}

class RegistrationExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace = temporary.open();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(SampleData::load(workspace->repositories()).ok());
    }

    TemporaryDatabase temporary;
    std::unique_ptr<Workspace> workspace;
};

} // namespace

TEST_F(RegistrationExportTest, CsvHasBomVietnameseHeaderAndOneRowPerTask)
{
    const QString path = temporary.pathFor(u"dang-ky.csv"_s);
    const Result<int> written = RegistrationExporter(workspace->repositories()).exportYear(2021, path);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(*written, 7);
    const QByteArray bytes = readFile(path);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 8);
    EXPECT_TRUE(lines.first().startsWith(u"Năm,Loại,Đơn vị,Loại đơn vị,Họ và tên,Chức vụ,Tên việc"_s));
    EXPECT_TRUE(bytes.contains(u"Trần Văn Cương"_s.toUtf8()));
    EXPECT_TRUE(bytes.contains(u"Cá nhân"_s.toUtf8()));
}

TEST(CsvFile, GuardsFormulasAndQuotesSeparators)
{
    EXPECT_EQ(CsvFile::field(u"=SUM(A1:A9)"_s), u"'=SUM(A1:A9)"_s);
    EXPECT_EQ(CsvFile::field(u"+84 123"_s), u"'+84 123"_s);
    EXPECT_EQ(CsvFile::field(u"-1"_s), u"'-1"_s);
    EXPECT_EQ(CsvFile::field(u"@cmd"_s), u"'@cmd"_s);
    EXPECT_EQ(CsvFile::field(u"Đất đai, khoáng sản"_s), u"\"Đất đai, khoáng sản\""_s);
    EXPECT_EQ(CsvFile::field(u"dòng 1\ndòng \"2\""_s), u"\"dòng 1\ndòng \"\"2\"\"\""_s);
    EXPECT_EQ(CsvFile::field(u"Mỹ Bằng"_s), u"Mỹ Bằng"_s);
}

TEST_F(RegistrationExportTest, XlsxIsAWorkbookWithTheHeaderAndTheTasksAsText)
{
    const QString path = temporary.pathFor(u"dang-ky.xlsx"_s);
    ASSERT_TRUE(RegistrationExporter(workspace->repositories()).exportYear(2021, path).ok());
    EXPECT_FALSE(QFile::exists(path + u".partial"_s));
    ASSERT_TRUE(readFile(path).startsWith("PK"));
    EXPECT_FALSE(zipMember(path, "xl/worksheets/sheet1.xml").isEmpty());
    const QString strings = QString::fromUtf8(zipMember(path, "xl/sharedStrings.xml"));
    for (const QString &expected : {u"Họ và tên"_s, u"Mục tiêu"_s, u"Kết quả cần đạt"_s, u"Hoàng Minh Cảnh"_s,
                                    u"Khắc phục tồn tại, hạn chế"_s, u"xã Đạo Viện"_s})
        EXPECT_TRUE(strings.contains(expected)) << expected.toStdString();
}

TEST_F(RegistrationExportTest, TemplateHasOnlyTheHeader)
{
    const QString path = temporary.pathFor(u"mau.csv"_s);
    ASSERT_TRUE(RegistrationExporter(workspace->repositories()).exportTemplate(path).ok());
    const QStringList lines = QString::fromUtf8(readFile(path).mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.first().split(u','), RegistrationColumns::headers());
}

TEST_F(RegistrationExportTest, RefusesAnUnknownFormat)
{
    const Result<int> written = RegistrationExporter(workspace->repositories()).exportYear(2021, temporary.pathFor(u"x.ods"_s));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind(), Error::Kind::File);
}

TEST(RegistrationColumns, RecognisesHeadersInEitherLanguageWithoutAccents)
{
    EXPECT_EQ(RegistrationColumns::columnOf(u"Họ và tên"_s), RegistrationColumns::FullName);
    EXPECT_EQ(RegistrationColumns::columnOf(u"ho va ten"_s), RegistrationColumns::FullName);
    EXPECT_EQ(RegistrationColumns::columnOf(u"  TÊN VIỆC "_s), RegistrationColumns::Title);
    EXPECT_EQ(RegistrationColumns::columnOf(u"Deadline"_s), RegistrationColumns::Deadline);
    EXPECT_EQ(RegistrationColumns::columnOf(u"Expected result"_s), RegistrationColumns::ExpectedResult);
    EXPECT_EQ(RegistrationColumns::columnOf(u"muc tieu"_s), RegistrationColumns::Objective);
    EXPECT_EQ(RegistrationColumns::columnOf(u"Mục tiêu / Kết quả cần đạt"_s), RegistrationColumns::ExpectedResult);
    EXPECT_FALSE(RegistrationColumns::columnOf(u"Ghi chú"_s).has_value());
}

// The suites run under vi_VN.UTF-8, whose decimal separator is a comma: a number the writer
// formats through the C library's locale comes out as "14,7", which Excel calls damage.
TEST_F(RegistrationExportTest, XlsxWrittenUnderACommaLocaleIsValidForExcel)
{
    ASSERT_STREQ(std::localeconv()->decimal_point, ",") << "the suite must run under a decimal-comma locale";
    const QString path = temporary.pathFor(u"dang-ky.xlsx"_s);
    ASSERT_TRUE(RegistrationExporter(workspace->repositories()).exportYear(2021, path).ok());
    const QStringList problems = ExcelWorkbookCheck::problemsOf(path);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    EXPECT_STREQ(std::localeconv()->decimal_point, ",");   // and the locale is left as it was
}

// A deadline is a date to Excel (a serial number shown as dd/mm/yyyy), so that it sorts and filters
// as one; a single year is a number.
TEST_F(RegistrationExportTest, XlsxHoldsDeadlinesAsExcelDates)
{
    const QString path = temporary.pathFor(u"dang-ky.xlsx"_s);
    ASSERT_TRUE(RegistrationExporter(workspace->repositories()).exportYear(2021, path).ok());
    const QString sheet = QString::fromUtf8(zipMember(path, "xl/worksheets/sheet1.xml"));
    const int deadlineColumn = RegistrationColumns::Deadline;
    const QString reference = QString(QChar(u'A' + deadlineColumn)) + u"2"_s;
    const QRegularExpression cell(u"<c r=\"%1\"( s=\"\\d+\")?>(<v>[0-9.]+</v>)</c>"_s.arg(reference));
    EXPECT_TRUE(cell.match(sheet).hasMatch()) << sheet.mid(sheet.indexOf(u"<c r=\""_s + reference), 80).toStdString();
    EXPECT_TRUE(QString::fromUtf8(zipMember(path, "xl/styles.xml")).contains(u"formatCode=\"dd/mm/yyyy\""_s));
    EXPECT_TRUE(QRegularExpression(u"<c r=\"A2\"( s=\"\\d+\")?><v>2021</v></c>"_s).match(sheet).hasMatch());
}
