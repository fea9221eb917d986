#pragma once

#include "Attachment.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace dotpha {

class AttachmentRepository;

// Proves stored evidence files against the SHA-256 their records hold, chunk by chunk: for
// reading one back (AttachmentReader), for `check`, and for a backup restored or uploaded, which
// is refused with a file changed, cut or added to outside Dotpha.
class AttachmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentCheck)

public:
    struct Digest
    {
        qint64 size = 0;
        QString sha256;
    };

    // Reads every chunk of attachment, handing each to sink (which may stop it by returning false).
    static Result<Digest> read(AttachmentRepository &files, const Attachment &attachment,
                               const std::function<bool(const QByteArray &)> &sink);
    static bool matches(const Attachment &attachment, const Digest &digest);
    // What a file that does not match says, in the user's language.
    static QString mismatch(const Attachment &attachment);
    // One line for each stored file that does not match its record.
    static Result<QStringList> problems(AttachmentRepository &files);
};

} // namespace dotpha
