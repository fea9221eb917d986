#pragma once

#include <QStringList>

class QMimeData;

namespace dotpha {

// The local files a drag carries (from Explorer, a file manager, a mail's saved attachments);
// folders and web addresses are left out.
class LocalFileDrop
{
public:
    static QStringList filesOf(const QMimeData *data);
};

} // namespace dotpha
