#pragma once

#include "Attachment.h"
#include "AttachmentProgress.h"
#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

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
    // One line for each stored file that does not match its record, in the user's language.
    Result<QStringList> problems();

private:
    Repositories &m_repositories;
};

} // namespace dotpha
