#pragma once

#include "Attachment.h"
#include "AttachmentProgress.h"
#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

struct Repositories;

// The copy of an evidence file handed to the desktop's viewer: in a folder of the temporary
// location only its user may read, one folder per file and version, the file itself read-only
// so that the viewer's Save cannot be taken for a change to the evidence. A copy already there is
// used again only if its bytes still have the stored SHA-256.
class ViewableCopy
{
    Q_DECLARE_TR_FUNCTIONS(ViewableCopy)

public:
    static Result<QString> of(Repositories &repositories, const Attachment &attachment,
                              const AttachmentProgress &progress);
};

} // namespace dotpha
