#pragma once

#include "Attachment.h"
#include "AttachmentProgress.h"
#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace dotpha {

// Reading stored evidence files back, chunk by chunk, each proved against the SHA-256 its record
// holds (AttachmentCheck): to a file the user names (saved whole or not at all), and for `check`,
// which names every file whose bytes were changed, cut or added to outside Dotpha.
class AttachmentReader
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentReader)

public:
    explicit AttachmentReader(Repositories &repositories) : m_repositories(repositories) {}

    // Writes the file to target; a file that does not match its hash is not written.
    Status extract(qint64 attachmentId, const QString &target, const AttachmentProgress &progress = {});
    // Writes the file to sink (standard output), only once its bytes are proved against its hash;
    // shownName names sink in messages.
    Status extractTo(qint64 attachmentId, QIODevice &sink, const QString &shownName);
    // One line for each stored file that does not match its record, in the user's language.
    Result<QStringList> problems();

private:
    // Writes every chunk to sink and proves them on the way.
    Status copy(const Attachment &attachment, QIODevice &sink, const QString &shownName,
                const AttachmentProgress &progress);

    Repositories &m_repositories;
};

} // namespace dotpha
