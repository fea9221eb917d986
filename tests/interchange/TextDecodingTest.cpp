#include "CsvReader.h"
#include "TestZip.h"
#include "TextDecoding.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

const QString Table = u"Năm,Tên việc,Đơn vị\n2021,Đánh giá cán bộ,Xã Mỹ Bằng\n"_s;
const QList<QStringList> TableRows{{u"Năm"_s, u"Tên việc"_s, u"Đơn vị"_s},
                                   {u"2021"_s, u"Đánh giá cán bộ"_s, u"Xã Mỹ Bằng"_s}};

// Table as Excel saves "CSV" on Vietnamese Windows: code page 1258, the tones as combining marks
// after the letter (written with Python's cp1258 codec, tones split off where it has no
// precomposed letter).
const QByteArray TableInWindows1258 =
    "N\xe3m,T\xean vi\xea\xf2" "c,\xd0\xf5n vi\xf2\n2021,\xd0\xe1nh gi\xe1 c\xe1n b\xf4\xf2,Xa\xde My\xde B\xe3\xccng\n";

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

class CsvEncodingTest : public ::testing::Test
{
protected:
    Result<QList<QStringList>> readBytes(const QByteArray &bytes)
    {
        const QString path = folder.filePath(u"tệp.csv"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        return CsvReader::read(path);
    }

    static std::string messageOf(const Result<QList<QStringList>> &result)
    {
        return result.ok() ? std::string("(read)") : result.error().message().toStdString();
    }

    QTemporaryDir folder;
};

} // namespace

TEST(TextDecoding, TellsTheEncodingsApart)
{
    EXPECT_EQ(TextDecoding::decode(Table.toUtf8()).encoding, TextDecoding::Encoding::Utf8);
    EXPECT_EQ(TextDecoding::decode("\xEF\xBB\xBF" + Table.toUtf8()).encoding, TextDecoding::Encoding::Utf8WithBom);
    EXPECT_EQ(TextDecoding::decode(utf16(Table, QStringConverter::Utf16LE)).encoding,
              TextDecoding::Encoding::Utf16LittleEndian);
    EXPECT_EQ(TextDecoding::decode(utf16(Table, QStringConverter::Utf16BE)).encoding,
              TextDecoding::Encoding::Utf16BigEndian);
    const TextDecoding::Decoded windows = TextDecoding::decode(TableInWindows1258);
    EXPECT_EQ(windows.encoding, TextDecoding::Encoding::Windows1258);
    EXPECT_EQ(windows.text, Table);   // composed: "việc" is one letter ệ, as typed
    EXPECT_EQ(TextDecoding::decode("N\xa8m,T\xaan vi\xd6" "c,\xae\xa5n v\xde\n").legacy, LegacyEncoding::Kind::Tcvn3);
}

// Was: every file that was not UTF-8 was called TCVN3 or refused.
TEST_F(CsvEncodingTest, ReadsUnicodeTextAndWindows1258AsTheSameRows)
{
    QString tabbed = Table;
    tabbed.replace(u',', u'\t');   // Excel's "Unicode Text" is UTF-16 with tabs
    const QList<QByteArray> files{utf16(tabbed, QStringConverter::Utf16LE), utf16(Table, QStringConverter::Utf16BE),
                                  QByteArray("\xEF\xBB\xBF") + Table.toUtf8(), TableInWindows1258};
    for (const QByteArray &bytes : files) {
        const Result<QList<QStringList>> rows = readBytes(bytes);
        ASSERT_TRUE(rows.ok()) << messageOf(rows);
        EXPECT_EQ(*rows, TableRows);
    }
}

TEST_F(CsvEncodingTest, ABadByteInUtf8IsNamedWithItsRowAndColumn)
{
    QByteArray bytes = (Table + u"2022,Cải cách hành chính,Phường Đông Sơn\n"_s).toUtf8();
    bytes.replace("Đông", "\xC4\x90\xF4ng");   // one byte of Windows-1258 "ô" in a UTF-8 file
    const Result<QList<QStringList>> rows = readBytes(bytes);
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"row 3, column 3"_s)) << messageOf(rows);
    EXPECT_TRUE(rows.error().message().contains(u"UTF-8"_s)) << messageOf(rows);
    EXPECT_FALSE(rows.error().message().contains(u"TCVN3"_s)) << messageOf(rows);
}

TEST_F(CsvEncodingTest, LegacyEncodingsAreNamedWithHowToConvert)
{
    const Result<QList<QStringList>> rows = readBytes("N\xa8m,T\xaan vi\xd6" "c,\xae\xa5n v\xde\n2021,x\xb8 M\xfc B\xbbng\n");
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"TCVN3"_s)) << messageOf(rows);
    EXPECT_TRUE(rows.error().message().contains(u"Unikey"_s)) << messageOf(rows);
}

TEST_F(CsvEncodingTest, AnEncodingItDoesNotKnowIsSaidToBeUnknown)
{
    // Shift-JIS: neither Unicode nor a Vietnamese code page.
    const Result<QList<QStringList>> rows = readBytes("\x94\x4e,\x96\xbc\x91\x4f\n2021,\x93\x8c\x8b\x9e\n");
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"CSV UTF-8"_s)) << messageOf(rows);
    EXPECT_FALSE(rows.error().message().contains(u"is written in the old"_s)) << messageOf(rows);
}

// Was: a short UTF-8 file with one stray byte was called TCVN3, with advice to convert it.
TEST_F(CsvEncodingTest, AStrayByteInAShortUtf8FileIsNamedWithItsRowAndColumn)
{
    const Result<QList<QStringList>> rows = readBytes("N\xC4\x83m,T\xC3\xAAn vi\xE1\xBB\x87" "c,\xC4\x90\xC6\xA1n v\xE1\xBB\x8B\n"
                                                      "2021,X\xC3\xA3 M\xE1\xBB\xB9 B\xE1\xBA\xB1ng\nx\xF4ng\n");
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"row 3, column 1"_s)) << messageOf(rows);
    EXPECT_TRUE(rows.error().message().contains(u"UTF-8"_s)) << messageOf(rows);
    EXPECT_FALSE(rows.error().message().contains(u"TCVN3"_s)) << messageOf(rows);
}

TEST_F(CsvEncodingTest, AnAsciiFileWithAStrayByteIsDamagedUtf8)
{
    const Result<QList<QStringList>> rows = readBytes("Nam,Don vi\n2021,xa \x9D\n");
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"row 2, column 2"_s)) << messageOf(rows);
    EXPECT_FALSE(rows.error().message().contains(u"TCVN3"_s)) << messageOf(rows);
}

// Was: a workbook renamed to .csv was called TCVN3.
TEST_F(CsvEncodingTest, AWorkbookRenamedToCsvIsSaidToBeAWorkbook)
{
    const QString path = folder.filePath(u"đăng ký.csv"_s);
    ASSERT_TRUE(test::writeWorkbook(path, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Năm</t></is></c></row>"));
    const Result<QList<QStringList>> rows = CsvReader::read(path);
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"is an Excel workbook, not a CSV"_s)) << messageOf(rows);
    EXPECT_FALSE(rows.error().message().contains(u"TCVN3"_s)) << messageOf(rows);
    EXPECT_FALSE(rows.error().message().contains(u"Unikey"_s)) << messageOf(rows);
}

TEST_F(CsvEncodingTest, AFileOfBinaryBytesIsNotText)
{
    QByteArray bytes;
    for (int i = 0; i < 4000; ++i)
        bytes.append(char((i * 131 + 7) % 256));
    const Result<QList<QStringList>> rows = readBytes(bytes);
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message().contains(u"not a text file"_s)) << messageOf(rows);
    EXPECT_FALSE(rows.error().message().contains(u"TCVN3"_s)) << messageOf(rows);
}
