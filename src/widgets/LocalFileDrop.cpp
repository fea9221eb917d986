#include "LocalFileDrop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace dotpha {

QStringList LocalFileDrop::filesOf(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace dotpha
