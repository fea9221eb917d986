#include "TestBackend.h"
#include "TestZip.h"
#include "XlsxCellReference.h"
#include "XlsxReader.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

class XlsxReaderTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return folder.filePath(name); }

    Result<QList<QStringList>> readRows(const QByteArray &rowsXml, const QByteArray &sharedStrings = QByteArray())
    {
        const QString file = path(u"book.xlsx"_s);
        QFile::remove(file);
        EXPECT_TRUE(writeWorkbook(file, rowsXml, sharedStrings));
        return XlsxReader::read(file);
    }

    static std::string messageOf(const Result<QList<QStringList>> &result)
    {
        return result.ok() ? std::string("(read)") : result.error().message().toStdString();
    }

    QTemporaryDir folder;
};

QByteArray inlineCell(const QByteArray &reference, const QByteArray &text)
{
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

} // namespace

TEST(XlsxCellReference, ParsesColumnsUpToExcelsLastAndNoFurther)
{
    EXPECT_EQ(XlsxCellReference::columnOf(u"A1"), 0);
    EXPECT_EQ(XlsxCellReference::columnOf(u"BC12"), 54);
    EXPECT_EQ(XlsxCellReference::columnOf(u"xfd1048576"), 16383);
    EXPECT_EQ(XlsxCellReference::columnOf(u"XFE1"), std::nullopt);
    EXPECT_EQ(XlsxCellReference::columnOf(u"AAAAAAA2"), std::nullopt);
    EXPECT_EQ(XlsxCellReference::columnOf(u"12"), std::nullopt);
    for (const int column : {0, 25, 26, 701, 702, 16383})
        EXPECT_EQ(XlsxCellReference::columnOf(XlsxCellReference::name(column, 3)), column);
    EXPECT_EQ(XlsxCellReference::columnName(16383), u"XFD"_s);
}

// Was: the missing rows were padded out in memory until the process aborted with bad_alloc.
TEST_F(XlsxReaderTest, ARowNumberPastExcelsLastRowIsRefused)
{
    const Result<QList<QStringList>> rows = readRows("<row r=\"2000000000\">" + inlineCell("A2000000000", "x") + "</row>");
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(rows.error().message().contains(u"2000000000"_s)) << messageOf(rows);
    EXPECT_TRUE(rows.error().message().contains(u"1048576"_s)) << messageOf(rows);
}

// Was: the column parser overflowed an int and the row was padded out in memory.
TEST_F(XlsxReaderTest, ACellPastColumnXfdIsRefusedWithItsReference)
{
    const Result<QList<QStringList>> rows = readRows("<row r=\"2\">" + inlineCell("AAAAAAA2", "x") + "</row>");
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"AAAAAAA2"_s)) << messageOf(rows);
    EXPECT_TRUE(rows.error().message().contains(u"XFD"_s)) << messageOf(rows);

    const Result<QList<QStringList>> last = readRows("<row r=\"1\">" + inlineCell("XFD1", "cuối") + "</row>");
    ASSERT_TRUE(last.ok()) << messageOf(last);
    ASSERT_EQ(last->first().size(), 16384);
    EXPECT_EQ(last->first().last(), u"cuối"_s);
}

TEST_F(XlsxReaderTest, RowsOutOfOrderAreRefused)
{
    const Result<QList<QStringList>> rows = readRows("<row r=\"5\">" + inlineCell("A5", "a") + "</row><row r=\"3\">"
                                                     + inlineCell("A3", "b") + "</row>");
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"row 3"_s)) << messageOf(rows);
}

TEST_F(XlsxReaderTest, ReadsEveryKindOfCellAsText)
{
    const QByteArray sheet =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\"><v>2021</v></c><c r=\"C1\" t=\"b\"><v>1</v></c>"
        "<c r=\"D1\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f><v>ab</v></c>"
        "<c r=\"F1\" t=\"inlineStr\"><is><r><t>Xã </t></r><r><t>Mỹ Bằng</t></r><rPh><t>x</t></rPh></is></c></row>"
        "<row r=\"3\"><c t=\"s\"><v>0</v></c><c><v>46387</v></c></row>";
    const QByteArray strings = "<si><t>Tên việc</t></si><si><r><t>Đơn </t></r><r><t>vị</t></r><rPh><t>ヒント</t></rPh></si>";
    const Result<QList<QStringList>> rows = readRows(sheet, strings);
    ASSERT_TRUE(rows.ok()) << messageOf(rows);
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0), (QStringList{u"Đơn vị"_s, u"2021"_s, u"1"_s, u"ab"_s, QString(), u"Xã Mỹ Bằng"_s}));
    EXPECT_TRUE(rows->at(1).isEmpty());
    EXPECT_EQ(rows->at(2), (QStringList{u"Tên việc"_s, u"46387"_s}));
}

TEST_F(XlsxReaderTest, DecomposedTextIsReadInComposedForm)
{
    const QString decomposed = u"Vie\u0323\u0302t"_s;
    const Result<QList<QStringList>> rows = readRows("<row>" + inlineCell("A1", decomposed.toUtf8()) + "</row>",
                                                     "<si><t>" + decomposed.toUtf8() + "</t></si>");
    ASSERT_TRUE(rows.ok()) << messageOf(rows);
    EXPECT_EQ(rows->first().first(), u"Việt"_s);
}

TEST_F(XlsxReaderTest, AReferenceToAMissingSharedTextNamesTheCell)
{
    const Result<QList<QStringList>> rows = readRows("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row>",
                                                     "<si><t>một</t></si>");
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"B2"_s)) << messageOf(rows);
}

TEST_F(XlsxReaderTest, AnOverlongCellIsNamed)
{
    const Result<QList<QStringList>> rows = readRows("<row r=\"4\">" + inlineCell("C4", QByteArray(32768, 'x')) + "</row>");
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"C4"_s)) << messageOf(rows);
    EXPECT_TRUE(rows.error().message().contains(u"32767"_s)) << messageOf(rows);
}

TEST_F(XlsxReaderTest, ASheetHoldingMoreCellsThanAnImportTakesIsRefused)
{
    QByteArray sheet;
    for (int row = 1; row <= 3000; ++row)
        sheet += "<row>" + inlineCell("XFD" + QByteArray::number(row), "x") + "</row>";
    const QString file = path(u"wide.xlsx"_s);
    ASSERT_TRUE(writeWorkbook(file, sheet));
    XlsxReader::Limits limits;
    limits.sheet.cells = 10 * 1000 * 1000;   // 3,000 rows padded out to XFD would hold 49 million
    const Result<QList<QStringList>> rows = XlsxReader::read(file, limits);
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"cells"_s)) << messageOf(rows);
}

TEST_F(XlsxReaderTest, TextInALegacyEncodingNamesTheCell)
{
    const Result<QList<QStringList>> rows =
        readRows("<row>" + inlineCell("A1", "N\u00a8m") + inlineCell("B1", "\u00ae\u00a5n v\u00de") + "</row>"
                 "<row>" + inlineCell("A2", "2021") + inlineCell("B2", "x\u00b8 M\u00fc B\u00bbng") + "</row>");
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"TCVN3"_s)) << messageOf(rows);
    EXPECT_TRUE(rows.error().message().contains(u"cell B1"_s)) << messageOf(rows);
}

// Was: "has no sheet", because only xl/workbook.xml and its relationships were looked for.
TEST_F(XlsxReaderTest, FindsASheetAtTheArchiveRoot)
{
    const QByteArray relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QString file = path(u"root.xlsx"_s);
    ASSERT_TRUE(writeZip(file, {
        {"_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"R1\" Type=\"" + relations + "/officeDocument\" Target=\"/book.xml\"/>"
                        "</Relationships>"},
        {"book.xml", "<workbook xmlns:r=\"" + relations + "\"><sheets><sheet name=\"Tờ 1\" sheetId=\"1\" r:id=\"R7\"/>"
                     "</sheets></workbook>"},
        {"_rels/book.xml.rels", "<Relationships><Relationship Id=\"R7\" Type=\"" + relations + "/worksheet\" "
                                "Target=\"data.xml\"/><Relationship Id=\"R8\" Type=\"" + relations + "/sharedStrings\" "
                                "Target=\"texts.xml\"/></Relationships>"},
        {"data.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"},
        {"texts.xml", "<sst><si><t>Tên việc</t></si></sst>"},
    }));
    const Result<QList<QStringList>> rows = XlsxReader::read(file);
    ASSERT_TRUE(rows.ok()) << messageOf(rows);
    EXPECT_EQ(rows->first(), QStringList{u"Tên việc"_s});
}

// Was: "has no sheet": member names written with backslashes, as some Windows tools do.
TEST_F(XlsxReaderTest, FindsPartsNamedWithBackslashes)
{
    const QByteArray relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QString file = path(u"backslash.xlsx"_s);
    ASSERT_TRUE(writeZip(file, {
        {"_rels\\.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + relations + "/officeDocument\" "
                         "Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl\\workbook.xml", "<workbook xmlns:r=\"" + relations + "\"><sheets><sheet name=\"A\" sheetId=\"1\" "
                             "r:id=\"rId1\"/></sheets></workbook>"},
        {"xl\\_rels\\workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + relations
                                             + "/worksheet\" Target=\"worksheets\\Sheet1.xml\"/></Relationships>"},
        {"xl\\worksheets\\Sheet1.xml", "<worksheet><sheetData><row r=\"1\">" + inlineCell("A1", "Năm")
                                           + "</row></sheetData></worksheet>"},
    }));
    const Result<QList<QStringList>> rows = XlsxReader::read(file);
    ASSERT_TRUE(rows.ok()) << messageOf(rows);
    EXPECT_EQ(rows->first(), QStringList{u"Năm"_s});
}

// Was: called a zip bomb, the sheet's XML being over a fixed 100 MB.
TEST_F(XlsxReaderTest, AWorkbookOfEveryRowExcelHasIsRead)
{
    DOTPHA_FILE_ONLY("reads a workbook and no database: once is enough");
    constexpr int lastRow = 1048576;
    QByteArray sheet;
    sheet.reserve(qsizetype(lastRow) * 120);
    for (int row = 1; row <= lastRow; ++row) {
        const QByteArray number = QByteArray::number(row);
        sheet += "<row r=\"" + number + "\"><c r=\"A" + number + "\"><v>" + number + "</v></c><c r=\"B" + number
                 + "\" t=\"s\"><v>" + QByteArray::number(row % 50) + "</v></c><c r=\"C" + number
                 + "\" t=\"inlineStr\"><is><t>Việc số " + number + "</t></is></c></row>";
    }
    QByteArray strings;
    for (int i = 0; i < 50; ++i)
        strings += "<si><t>Xã số " + QByteArray::number(i) + "</t></si>";
    const QString file = path(u"million.xlsx"_s);
    ASSERT_TRUE(writeWorkbook(file, sheet, strings));
    sheet.clear();
    const Result<QList<QStringList>> rows = XlsxReader::read(file);
    ASSERT_TRUE(rows.ok()) << messageOf(rows);
    ASSERT_EQ(rows->size(), lastRow);
    EXPECT_EQ(rows->last(), (QStringList{u"1048576"_s, u"Xã số 26"_s, u"Việc số 1048576"_s}));
}

TEST_F(XlsxReaderTest, AMemberUnpackingFarBeyondItsSizeIsAZipBomb)
{
    const QString file = path(u"bomb.xlsx"_s);
    ASSERT_TRUE(writeZip(file, {{"xl/worksheets/sheet1.xml", QByteArray(40 * 1024 * 1024, ' ')}}));
    const Result<QList<QStringList>> rows = XlsxReader::read(file);
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"zip bomb"_s)) << messageOf(rows);
}

// A window that no longer wants the rows tells the reading to stop; it ends as cancelled, not as a
// damaged file.
TEST_F(XlsxReaderTest, AReadingToldToStopEndsAsCancelled)
{
    const QString file = path(u"book.xlsx"_s);
    ASSERT_TRUE(writeWorkbook(file, "<row r=\"1\">" + inlineCell("A1", "Năm") + "</row>", QByteArray()));
    const std::atomic<bool> go(false);
    ASSERT_TRUE(XlsxReader::read(file, XlsxReader::Limits(), &go)) << "a flag not set changes nothing";
    const std::atomic<bool> stop(true);
    const Result<QList<QStringList>> stopped = XlsxReader::read(file, XlsxReader::Limits(), &stop);
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().kind(), Error::Kind::Cancelled) << messageOf(stopped);
}
