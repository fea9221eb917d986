#include "XlsxFile.h"

#include "CNumericLocale.h"

#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace dotpha {

Status XlsxFile::write(const QString &path, const QString &sheetName, const QStringList &header,
                       const QList<QStringList> &rows)
{
    const CNumericLocale numbersWithADot;   // for the whole of libxlsxwriter's work, up to workbook_close
    const QString partial = path + u".partial"_s;
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook *workbook = workbook_new(partialName.constData());
    if (!workbook)
        return Error(Error::Kind::File, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_text_wrap(bold);
    lxw_format *wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);

    for (int column = 0; column < header.size(); ++column) {
        worksheet_write_string(sheet, 0, lxw_col_t(column), header.at(column).toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), header.at(column).size() > 12 ? 30 : 14, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &cells = rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            if (!cells.at(column).isEmpty())
                worksheet_write_string(sheet, lxw_row_t(row + 1), lxw_col_t(column), cells.at(column).toUtf8().constData(),
                                       wrapped);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error(Error::Kind::File, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    std::error_code error;
    std::filesystem::rename(partial.toStdU16String(), path.toStdU16String(), error);
    if (error) {
        QFile::remove(partial);
        return Error(Error::Kind::File, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace dotpha
