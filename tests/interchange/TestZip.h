#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace dotpha::test {

// Writes a zip archive holding the given members (name as stored, content), through minizip.
// Returns false when it cannot be written.
bool writeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &members, int level = 9);

// A workbook of one sheet, its parts where Excel puts them: rows given as sheet XML (the
// <row> elements), shared texts as <si> items.
bool writeWorkbook(const QString &path, const QByteArray &rowsXml, const QByteArray &sharedStringsXml = QByteArray());

} // namespace dotpha::test
