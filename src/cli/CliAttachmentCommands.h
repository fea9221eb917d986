#pragma once

#include "Attachment.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dotpha {

class CliSession;
class Error;

// `dotpha-cli attach`, `attachments` and `extract`: a task's evidence files, stored through
// AttachmentService and read back through AttachmentReader, proved by their hashes. The caller
// checks the arguments and opens the session, signed in for attach.
class CliAttachmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliAttachmentCommands)

public:
    CliAttachmentCommands(CliSession &session, QTextStream &out, QTextStream &err)
        : m_session(session), m_out(out), m_err(err) {}

    // Exit codes as CliApplication's.
    int attach(const Attachment &target, const QString &path);
    int list(qint64 taskId, bool asJson);
    // target "-" is standard output: the bytes only once proved.
    int extract(qint64 attachmentId, const QString &target);

private:
    int extractToStandardOutput(qint64 attachmentId);
    int fail(const Error &error);
    static QString ownerOf(const Attachment &attachment);

    CliSession &m_session;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace dotpha
