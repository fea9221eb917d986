#include "RecordCheck.h"

#include "AttachmentReader.h"
#include "AuditRepository.h"
#include "RecordMeaning.h"

namespace dotpha {

Result<QStringList> RecordCheck::problems(Repositories &repositories)
{
    Result<QStringList> found = repositories.audit.verify();
    if (!found)
        return found;
    const Result<QStringList> files = AttachmentReader(repositories).problems();
    if (!files)
        return files.error();
    found->append(*files);
    const Result<QStringList> meaning = RecordMeaning::problems(repositories);
    if (!meaning)
        return meaning.error();
    found->append(*meaning);
    return found;
}

} // namespace dotpha
