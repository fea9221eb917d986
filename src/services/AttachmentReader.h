#pragma once

#include "Attachment.h"
#include "AttachmentProgress.h"
#include "Repositories.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dotpha {

// Reading stored evidence files back, chunk by chunk, each proved against the SHA-256 its record
// holds: to a file the user names (saved whole or not at all), and for `check`, which names every
// file whose bytes were changed, cut or added to outside Dotpha.
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
    struct Digest
    {
        qint64 size = 0;
        QString sha256;
    };
    // Reads every chunk of attachment, handing each to sink (which may stop it by returning false).
    Result<Digest> read(const Attachment &attachment, const std::function<bool(const QByteArray &)> &sink);
    static bool matches(const Attachment &attachment, const Digest &digest);
    static QString mismatch(const Attachment &attachment);

    Repositories &m_repositories;
};

} // namespace dotpha
