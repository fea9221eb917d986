#include "ServerUpload.h"

#include "AttachmentCheck.h"
#include "Database.h"
#include "ServerAuditStorage.h"
#include "ServerDatabase.h"
#include "SqlAttachmentRepository.h"
#include "SqlAuditRepository.h"
#include "SqliteAuditStorage.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// In the order their references need, each with the column it is read in order of. The trail's
// seals are not copied but made again (sealAgain), in their ranges.
struct CopiedTable
{
    const char *name;
    const char *key;
    bool numbered;   // an identity column, which goes on after the largest id copied
};

const CopiedTable CopiedTables[] = {
    {"committee_settings", "id", false}, {"unit", "id", true},          {"person", "id", true},
    {"field", "id", true},               {"app_user", "id", true},      {"task", "id", true},
    {"decision", "id", true},            {"progress_note", "id", true}, {"work_item", "id", true},
    {"indicator", "id", true},           {"indicator_value", "id", true}, {"closed_year", "year", false},
    {"attachment", "id", true},          {"attachment_chunk", "id", true}, {"audit_log", "id", true},
    {"exchange_sent", "id", true},       {"exchange_partner", "id", true}, {"exchange_received", "id", true},
    {"exchange_link", "id", true},       {"committee_key", "id", false},
};

// Columns that may name a row of their own table coming later: written once every row is in.
QStringList deferredReferences(const QString &table)
{
    if (table == u"unit"_s)
        return {u"parent_id"_s, u"successor_id"_s};
    if (table == u"task"_s)
        return {u"continues_task_id"_s};
    return {};
}

constexpr int RowsPerInsert = 200;

// An evidence file's chunks are a mebibyte each: a few at a time, so that the upload holds a few
// mebibytes in memory, never a table of files.
int rowsPerInsertOf(const QString &table)
{
    return table == u"attachment_chunk"_s ? 4 : RowsPerInsert;
}

// A file's value as the server takes it: NULL stays NULL, and an empty text or blob is bound as
// empty, not as NULL (which the driver makes of a null QString or QByteArray).
QVariant uploadable(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QString && value.toString().isEmpty())
        return QVariant(QString(u""_s));
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isEmpty())
        return QVariant(QByteArray(""));
    return value;
}

} // namespace

Result<QList<ServerUpload::Copied>> ServerUpload::run(Database &file, ServerDatabase &server, const Progress &progress)
{
    ServerUpload upload(file, server, progress);
    if (!server.person().isOwner())
        return Error(Error::Kind::Refused,
                     tr("Only the owner of the database %1 on the office server may upload a file to it.")
                         .arg(server.address().displayName()));
    // The file is read in one read transaction, from its check to its last row, so that what is
    // copied is what was checked, whatever else writes to it meanwhile.
    QSqlQuery reading(file.connection());
    if (!reading.exec(u"BEGIN"_s))
        return file.errorOf(reading.lastError());
    const auto endReading = qScopeGuard([&] { reading.exec(u"ROLLBACK"_s); });
    if (const Status sound = upload.checkFile(); !sound)
        return sound.error();
    if (const Status begun = upload.exec(u"BEGIN ISOLATION LEVEL READ COMMITTED"_s); !begun)
        return begun.error();
    // The transaction is begun by hand, so a read that met a lost connection could open another
    // (SqlTable::run): what was copied went with the old one, and COMMIT on the new one would only
    // warn. The connection must be the one the copy began on.
    const int generation = server.connectionGeneration();
    const auto rollBack = [&](const Error &error) {
        QSqlQuery(server.connection()).exec(u"ROLLBACK"_s);
        return error;
    };
    // Nobody else writes meanwhile: every writer takes the trail's lock first.
    if (const Status locked = upload.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(ServerDatabase::TrailLock));
        !locked)
        return rollBack(locked.error());
    for (const auto step : {&ServerUpload::checkServerEmpty, &ServerUpload::copyTables,
                            &ServerUpload::writeTrailAsTheServer, &ServerUpload::sealAgain, &ServerUpload::checkCounts,
                            &ServerUpload::verify}) {
        if (const Status done = (upload.*step)(); !done)
            return rollBack(done.error());
    }
    if (server.connectionGeneration() != generation)
        return Error(Error::Kind::Connection,
                     tr("The connection to the office server was lost during the upload: nothing was kept. Try again."));
    if (const Status committed = upload.exec(u"COMMIT"_s); !committed)
        return rollBack(committed.error());
    upload.refreshStatistics();
    return upload.m_copied;
}

// The server plans from its statistics of each table, and counts from an index alone the rows of
// pages its visibility map says every transaction sees: what autovacuum brings some minutes after
// a load, brought now, so that the office's first searches are as quick as its later ones. Only
// speed hangs on it: should it fail, autovacuum does it later. Only the tables copied: the whole
// database would take in the system catalogs, which only a superuser may vacuum, and the server
// warned of each one it skipped (48 lines of "only superuser can vacuum it" under an owner's login).
void ServerUpload::refreshStatistics()
{
    QStringList tables;
    for (const CopiedTable &table : CopiedTables)
        tables << QString::fromLatin1(table.name);
    QSqlQuery(m_server.connection()).exec(u"VACUUM (ANALYZE) "_s + tables.join(u", "_s));
}

// A file that does not verify on its own is not sealed again on the server.
Status ServerUpload::checkFile()
{
    SqliteAuditStorage storage(m_file);
    Result<QStringList> problems = SqlAuditRepository(storage).verify();
    if (!problems)
        return problems.error();
    SqlAttachmentRepository files(m_file);
    const Result<QStringList> changedFiles = AttachmentCheck::problems(files);
    if (!changedFiles)
        return changedFiles.error();
    problems->append(*changedFiles);
    if (!problems->isEmpty())
        return Error(Error::Kind::Refused,
                     tr("The change log or the attached files of %1 do not match its data, so it is not uploaded: %2 Check the file "
                        "(dotpha-cli --db FILE check) and restore it from a backup.")
                         .arg(m_file.path(), problems->constFirst()));
    return {};
}

Status ServerUpload::checkServerEmpty()
{
    QSqlQuery query(m_server.connection());
    if (!query.exec(u"SELECT (SELECT count(*) FROM committee_settings) + (SELECT count(*) FROM unit) "
                    "+ (SELECT count(*) FROM app_user) + (SELECT count(*) FROM task) "
                    "+ (SELECT count(*) FROM audit_log)"_s)
        || !query.next())
        return m_server.errorOf(query.lastError());
    if (query.value(0).toLongLong() > 0)
        return Error(Error::Kind::Refused,
                     tr("The database %1 on the office server holds data already; a file is uploaded only to an "
                        "empty one. Prepare a new database for it (createdb, then dotpha-cli server init).")
                         .arg(m_server.address().displayName()));
    return {};
}

Status ServerUpload::exec(const QString &sql)
{
    QSqlQuery query(m_server.connection());
    if (!query.exec(sql))
        return m_server.errorOf(query.lastError());
    return {};
}

Result<QStringList> ServerUpload::fileColumns(const QString &table)
{
    QStringList columns;
    const QSqlRecord record = m_file.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    if (columns.isEmpty())
        return Error(Error::Kind::Refused, tr("The file %1 has no table %2.").arg(m_file.path(), table));
    return columns;
}

Result<QStringList> ServerUpload::serverColumns(const QString &table)
{
    QStringList columns;
    const QSqlRecord record = m_server.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

// Triggers off while the rows go in: the trail's would log each as new, the rights' and the year
// seal's are the owner's to pass anyway. On again, in the same transaction, before it commits.
Status ServerUpload::copyTables()
{
    for (const CopiedTable &table : CopiedTables) {
        const QString name = QString::fromLatin1(table.name);
        if (m_progress)
            m_progress(name);
        if (const Status off = exec(u"ALTER TABLE %1 DISABLE TRIGGER USER"_s.arg(name)); !off)
            return off;
        // The file's key is the committee's identity, which other committees have registered; the
        // one server init made for the empty database has signed nothing.
        if (name == u"committee_key"_s) {
            if (const Status replaced = exec(u"DELETE FROM committee_key"_s); !replaced)
                return replaced;
        }
        const Result<qint64> rows = copyTable(name);
        if (!rows)
            return rows.error();
        if (const Status on = exec(u"ALTER TABLE %1 ENABLE TRIGGER USER"_s.arg(name)); !on)
            return on;
        if (table.numbered) {
            const Status numbered = exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                         "coalesce((SELECT max(id) FROM %1), 0) + 1, false)"_s.arg(name));
            if (!numbered)
                return numbered;
        }
        m_copied << Copied{name, *rows};
    }
    return {};
}

Result<qint64> ServerUpload::copyTable(const QString &table)
{
    const Result<QStringList> inFile = fileColumns(table);
    if (!inFile)
        return inFile.error();
    const Result<QStringList> onServer = serverColumns(table);
    if (!onServer)
        return onServer.error();
    QStringList columns;
    for (const QString &column : *inFile) {
        if (onServer->contains(column))
            columns << column;
    }
    const QStringList deferred = deferredReferences(table);
    const QString key = QString::fromLatin1(std::find_if(std::begin(CopiedTables), std::end(CopiedTables),
                                                         [&](const CopiedTable &t) { return table == QLatin1StringView(t.name); })
                                                ->key);
    QSqlQuery read(m_file.connection());
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table, key)))
        return m_file.errorOf(read.lastError());
    const QString oneRow = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    const QString into = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s));
    qint64 copied = 0;
    QVariantList values;
    int inBatch = 0;
    const int batchSize = rowsPerInsertOf(table);
    const auto flush = [&]() -> Status {
        if (inBatch == 0)
            return {};
        QSqlQuery write(m_server.connection());
        if (!write.prepare(into + QStringList(inBatch, oneRow).join(u", "_s)))
            return m_server.errorOf(write.lastError());
        for (int i = 0; i < values.size(); ++i)
            write.bindValue(i, values.at(i));
        if (!write.exec())
            return m_server.errorOf(write.lastError());
        copied += inBatch;
        values.clear();
        inBatch = 0;
        return {};
    };
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            values << (deferred.contains(columns.at(i)) ? QVariant() : uploadable(read.value(i)));
        if (++inBatch == batchSize) {
            if (const Status written = flush(); !written)
                return written.error();
        }
    }
    if (read.lastError().isValid())
        return m_file.errorOf(read.lastError());
    if (const Status written = flush(); !written)
        return written.error();
    if (const Status referenced = copyDeferredReferences(table, deferred); !referenced)
        return referenced.error();
    return copied;
}

Status ServerUpload::copyDeferredReferences(const QString &table, const QStringList &columns)
{
    for (const QString &column : columns) {
        QSqlQuery read(m_file.connection());
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY id"_s.arg(column, table)))
            return m_file.errorOf(read.lastError());
        QSqlQuery write(m_server.connection());
        if (!write.prepare(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table, column)))
            return m_server.errorOf(write.lastError());
        while (read.next()) {
            write.bindValue(0, read.value(1));
            write.bindValue(1, read.value(0));
            if (!write.exec())
                return m_server.errorOf(write.lastError());
        }
    }
    return {};
}

// A value in the trail as the server's own trigger would have written it (dotpha_audit_text), so
// that the replay finds the rows as recorded: a file writes 20.0 where the server writes 20, and
// its times in its own form. Only numbers with a fraction and times are written differently.
Status ServerUpload::writeTrailAsTheServer()
{
    const QString columnType = u"(SELECT a.atttypid FROM pg_catalog.pg_attribute AS a WHERE a.attrelid = "
                               "to_regclass('public.' || l.entity) AND a.attname = %1 AND NOT a.attisdropped)"_s;
    const QString asServer = u"CASE WHEN %2 IS NULL THEN NULL "
                             "WHEN %1 = 'float8'::regtype THEN dotpha_audit_text(to_jsonb((%2)::double precision)) "
                             "WHEN %1 = 'timestamptz'::regtype THEN dotpha_audit_text(to_jsonb((%2)::timestamptz)) "
                             "ELSE %2 END"_s;
    const QString fieldType = columnType.arg(u"l.field"_s);
    const Status changes = exec(u"UPDATE audit_log AS l SET old_value = %1, new_value = %2 WHERE l.action = 'update'"_s
                                    .arg(asServer.arg(fieldType, u"l.old_value"_s), asServer.arg(fieldType, u"l.new_value"_s)));
    if (!changes)
        return changes;
    // The one record label that is a number: an indicator value's (AuditedTables in the migrations).
    const QString labelType = u"'float8'::regtype"_s;
    const Status labels = exec(u"UPDATE audit_log AS l SET old_value = %1, new_value = %2 "
                               "WHERE l.entity = 'indicator_value' AND l.action IN ('insert', 'delete')"_s
                                   .arg(asServer.arg(labelType, u"l.old_value"_s), asServer.arg(labelType, u"l.new_value"_s)));
    if (!labels)
        return labels;
    const QString keyType = columnType.arg(u"e.key"_s);
    return exec(u"UPDATE audit_log AS l SET snapshot = coalesce((SELECT jsonb_object_agg(e.key, to_jsonb(%1)) "
                "FROM jsonb_each_text(l.snapshot::jsonb) AS e), '{}'::jsonb)::text WHERE l.snapshot IS NOT NULL"_s
                    .arg(asServer.arg(keyType, u"e.value"_s)));
}

// The file's seals in their ranges, their hashes made again by the server as it seals
// (dotpha_record_hash); records before the first seal (hashed one by one by data format 2) under
// one seal of their own. The file verified before, so nothing unsound is sealed.
Status ServerUpload::sealAgain()
{
    QSqlQuery read(m_file.connection());
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT first_id, last_id FROM audit_seal ORDER BY last_id"_s))
        return m_file.errorOf(read.lastError());
    QSqlQuery write(m_server.connection());
    if (!write.prepare(u"INSERT INTO audit_seal (first_id, last_id, record_hashes, hash) VALUES (?, ?, '', '')"_s))
        return m_server.errorOf(write.lastError());
    while (read.next()) {
        write.bindValue(0, read.value(0));
        write.bindValue(1, read.value(1));
        if (!write.exec())
            return m_server.errorOf(write.lastError());
    }
    return exec(uR"(DO $$
DECLARE
    each_seal record;
    previous bytea := ''::bytea;
    hashes bytea;
BEGIN
    INSERT INTO audit_seal (last_id, first_id, record_hashes, hash)
        SELECT max(l.id), min(l.id), ''::bytea, ''::bytea FROM audit_log AS l
        WHERE l.id < coalesce((SELECT min(s.first_id) FROM audit_seal AS s), 9223372036854775807)
        HAVING count(*) > 0;
    FOR each_seal IN SELECT a.first_id, a.last_id FROM audit_seal AS a ORDER BY a.last_id LOOP
        SELECT coalesce(string_agg(dotpha_record_hash(l), ''::bytea ORDER BY l.id), ''::bytea) INTO hashes
            FROM audit_log AS l WHERE l.id BETWEEN each_seal.first_id AND each_seal.last_id;
        previous := sha256(previous || hashes);
        UPDATE audit_seal SET record_hashes = hashes, hash = previous WHERE last_id = each_seal.last_id;
    END LOOP;
END $$)"_s);
}

Status ServerUpload::checkCounts()
{
    for (const Copied &copied : std::as_const(m_copied)) {
        QSqlQuery inFile(m_file.connection());
        QSqlQuery onServer(m_server.connection());
        const QString count = u"SELECT count(*) FROM %1"_s.arg(copied.table);
        if (!inFile.exec(count) || !inFile.next())
            return m_file.errorOf(inFile.lastError());
        if (!onServer.exec(count) || !onServer.next())
            return m_server.errorOf(onServer.lastError());
        if (inFile.value(0).toLongLong() != onServer.value(0).toLongLong() || copied.rows != onServer.value(0).toLongLong())
            return Error(Error::Kind::Storage,
                         tr("The table %1 holds %2 rows in the file but %3 on the server: nothing was uploaded.")
                             .arg(copied.table)
                             .arg(inFile.value(0).toLongLong())
                             .arg(onServer.value(0).toLongLong()));
    }
    return {};
}

// The check a user runs (dotpha-cli check), on the server before the commit: the seals, every
// record against the trail, and every stored file against its hash.
Status ServerUpload::verify()
{
    ServerAuditStorage storage(m_server);
    Result<QStringList> problems = SqlAuditRepository(storage).verify();
    if (!problems)
        return problems.error();
    SqlAttachmentRepository files(m_server);
    const Result<QStringList> changedFiles = AttachmentCheck::problems(files);
    if (!changedFiles)
        return changedFiles.error();
    problems->append(*changedFiles);
    if (!problems->isEmpty())
        return Error(Error::Kind::Storage,
                     tr("On the server, the uploaded change log or attached files do not verify, so nothing was uploaded: %1")
                         .arg(problems->constFirst()),
                     problems->join(u'\n'));
    return {};
}

} // namespace dotpha
