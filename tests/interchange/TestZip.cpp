#include "TestZip.h"

#include <QFile>

#include <zip.h>

namespace dotpha::test {

bool writeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &members, int level)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool written = true;
    for (const auto &[name, content] : members) {
        written = written
                  && zipOpenNewFileInZip64(zip, name.constData(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                           level, 1) == ZIP_OK;
        for (qsizetype offset = 0; written && offset < content.size(); offset += 1 << 30) {
            const qsizetype piece = qMin<qsizetype>(1 << 30, content.size() - offset);
            written = zipWriteInFileInZip(zip, content.constData() + offset, unsigned(piece)) == ZIP_OK;
        }
        written = zipCloseFileInZip(zip) == ZIP_OK && written;
    }
    return zipClose(zip, nullptr) == ZIP_OK && written;
}

bool writeWorkbook(const QString &path, const QByteArray &rowsXml, const QByteArray &sharedStringsXml)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QList<std::pair<QByteArray, QByteArray>> members{
        {"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" Type=\"" + relations + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        "</Relationships>"},
        {"xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + relations + "\"><sheets>"
                            "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" + relations + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"" + relations + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
         "</Relationships>"},
        {"xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "\"><sheetData>" + rowsXml + "</sheetData></worksheet>"},
    };
    if (!sharedStringsXml.isEmpty())
        members.append({"xl/sharedStrings.xml", "<sst xmlns=\"" + main + "\">" + sharedStringsXml + "</sst>"});
    return writeZip(path, members, 1);
}

} // namespace dotpha::test
