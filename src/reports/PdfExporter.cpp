#include "PdfExporter.h"

#include "DocumentCanvas.h"
#include "PrintableDocument.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace dotpha {

Status PdfExporter::write(const PrintableDocument &document, const QString &path)
{
    const QString partial = path + u".partial"_s;
    {
        QPdfWriter writer(partial);
        writer.setResolution(300);
        writer.setTitle(document.title());
        writer.setCreator(u"Dotpha"_s);
        DocumentCanvas canvas(writer, document.committee());
        if (!canvas.isActive()) {
            QFile::remove(partial);
            return Error(Error::Kind::File, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        }
        document.paint(canvas);
    }
    std::error_code error;
    std::filesystem::rename(partial.toStdU16String(), path.toStdU16String(), error);
    if (error) {
        QFile::remove(partial);
        return Error(Error::Kind::File, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path),
                                                                      QString::fromStdString(error.message())));
    }
    return {};
}

} // namespace dotpha
