#include "BackgroundFileReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

TEST(BackgroundFileReader, GivesTheRowsOfTheFileOrWhatIsWrongWithIt)
{
    QTemporaryDir folder;
    const QString csv = folder.filePath(u"dang-ky.csv"_s);
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(u"Năm,Đơn vị,Tên việc\n2022,xã Mỹ Bằng,Đô thị loại V\n"_s.toUtf8());
    }
    const Result<QList<QStringList>> rows = BackgroundFileReader::read(nullptr, csv);
    ASSERT_TRUE(rows) << rows.error().message().toStdString();
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(1).value(2), u"Đô thị loại V"_s);

    const QString workbook = folder.filePath(u"hong.xlsx"_s);
    {
        QFile file(workbook);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not a zip");
    }
    const Result<QList<QStringList>> refused = BackgroundFileReader::read(nullptr, workbook);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().kind(), Error::Kind::Cancelled);
    EXPECT_TRUE(refused.error().message().contains(u"hong.xlsx"_s)) << refused.error().message().toStdString();
}
