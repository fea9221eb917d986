#include "TransactionGuard.h"

#include "SqlConnection.h"
#include "SqlErrors.h"

#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace dotpha {

TransactionGuard::TransactionGuard(SqlConnection &database)
    : m_database(database)
{
    if (database.isReadOnly()) {
        m_began = SqlErrors::readOnly();
        return;
    }
    auto &state = m_database.transactionState();
    if (state.depth == 0) {
        if (const Status inPlace = m_database.ensureStillInPlace(); !inPlace) {
            m_began = inPlace;
            return;
        }
        if (const Status connected = m_database.reconnectIfLost(); !connected) {
            m_began = connected;
            return;
        }
        if (const Status begun = m_database.beginWrite(); !begun) {
            m_began = begun;
            return;
        }
        m_outermost = true;
        state.doomed = false;
        if (m_database.isAudited()) {
            const Result<qint64> lastAudit = m_database.lastAuditId();
            if (!lastAudit) {
                QSqlQuery(m_database.connection()).exec(u"ROLLBACK"_s);
                m_began = lastAudit.error();
                return;
            }
            state.auditStart = *lastAudit;
        }
    }
    ++state.depth;
}

TransactionGuard::~TransactionGuard()
{
    if (!m_began.ok() || m_finished)
        return;
    auto &state = m_database.transactionState();
    --state.depth;
    if (m_outermost) {
        QSqlQuery rollback(m_database.connection());
        rollback.exec(u"ROLLBACK"_s);
    } else {
        state.doomed = true;
    }
}

Status TransactionGuard::commit()
{
    Q_ASSERT(m_began.ok() && !m_finished);
    m_finished = true;
    auto &state = m_database.transactionState();
    --state.depth;
    if (!m_outermost)
        return {};
    const Status committed = commitOutermost();
    // The listener may start another transaction.
    if (committed && state.committed)
        state.committed();
    return committed;
}

Status TransactionGuard::commitOutermost()
{
    QSqlQuery query(m_database.connection());
    const auto rollBack = [&](const Error &error) {
        query.exec(u"ROLLBACK"_s);
        return error;
    };
    if (m_database.transactionState().doomed)
        return rollBack(Error(Error::Kind::Storage, SqlErrors::tr("A part of the change failed, so none of it was saved.")));
    if (m_database.isAudited()) {
        if (const Status sealed = m_database.sealAudit(m_database.transactionState().auditStart); !sealed)
            return rollBack(sealed.error());
    }
    // Checked last: the file may have gone while the transaction ran.
    if (const Status inPlace = m_database.ensureStillInPlace(); !inPlace)
        return rollBack(inPlace.error());
    if (!query.exec(u"COMMIT"_s))
        return rollBack(m_database.errorOf(query.lastError()));
    return {};
}

} // namespace dotpha
