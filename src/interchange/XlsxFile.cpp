#include "XlsxFile.h"

#include "CNumericLocale.h"

#include <QDir>
#include <QDate>
#include <QFile>

#include <xlsxwriter.h>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

struct Formats
{
    lxw_format *text;
    lxw_format *date;
    lxw_format *number;
};

// An empty text or an invalid date leaves the cell blank.
void writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QVariant &value, const Formats &formats)
{
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return;
        lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
        worksheet_write_datetime(sheet, row, column, &when, formats.date);
        return;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        worksheet_write_number(sheet, row, column, value.toDouble(), formats.number);
        return;
    default: {
        const QString text = value.toString();
        if (!text.isEmpty())
            worksheet_write_string(sheet, row, column, text.toUtf8().constData(), formats.text);
    }
    }
}

} // namespace

Status XlsxFile::write(const QString &path, const QString &sheetName, const QStringList &header,
                       const QList<QVariantList> &rows)
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
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *number = workbook_add_format(workbook);
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);

    for (int column = 0; column < header.size(); ++column) {
        worksheet_write_string(sheet, 0, lxw_col_t(column), header.at(column).toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), header.at(column).size() > 12 ? 30 : 14, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const Formats formats{wrapped, date, number};
    for (int row = 0; row < rows.size(); ++row) {
        const QVariantList &values = rows.at(row);
        for (int column = 0; column < values.size(); ++column)
            writeCell(sheet, lxw_row_t(row + 1), lxw_col_t(column), values.at(column), formats);
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
