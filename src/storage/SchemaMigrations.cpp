#include "SchemaMigrations.h"

#include "AuditBaseline.h"
#include "CommitteeKeyCreation.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// Version 1: the first schema. Enum columns hold text codes checked against their lists;
// *_folded columns hold TextFolding::fold() of the text beside them, for accent-insensitive LIKE.
QStringList version1()
{
    return {
        uR"(CREATE TABLE committee_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    committee_name TEXT NOT NULL,
    superior_body TEXT NOT NULL DEFAULT '',
    place_name TEXT NOT NULL DEFAULT '',
    issuer_symbol TEXT NOT NULL DEFAULT '',
    margin_top_mm REAL NOT NULL DEFAULT 20,
    margin_bottom_mm REAL NOT NULL DEFAULT 20,
    margin_left_mm REAL NOT NULL DEFAULT 30,
    margin_right_mm REAL NOT NULL DEFAULT 15,
    is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1))"_s,

        uR"(CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    name_folded TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('agency', 'commune', 'ward', 'township', 'special_zone',
                                       'party_organisation', 'other')),
    parent_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
    active_from_year INTEGER,
    active_to_year INTEGER,
    successor_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1))"_s,
        u"CREATE INDEX unit_name_folded ON unit (name_folded)"_s,

        uR"(CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL CHECK (full_name <> ''),
    full_name_folded TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1))"_s,
        u"CREATE INDEX person_unit ON person (unit_id)"_s,
        u"CREATE INDEX person_name_folded ON person (full_name_folded)"_s,

        uR"(CREATE TABLE field (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    name_folded TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL DEFAULT 1))"_s,

        uR"(CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    end_year INTEGER CHECK (end_year IS NULL OR end_year >= year),
    kind TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    person_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    unit_name_at_registration TEXT NOT NULL,
    unit_kind_at_registration TEXT NOT NULL
        CHECK (unit_kind_at_registration IN ('agency', 'commune', 'ward', 'township',
                                             'special_zone', 'party_organisation', 'other')),
    person_name_at_registration TEXT NOT NULL DEFAULT '',
    position_at_registration TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL CHECK (title <> ''),
    content TEXT NOT NULL DEFAULT '',
    objective TEXT NOT NULL DEFAULT '',
    expected_result TEXT NOT NULL DEFAULT '',
    solutions TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    nature TEXT NOT NULL CHECK (nature IN ('breakthrough', 'new', 'difficult', 'shortcoming')),
    field_id INTEGER REFERENCES field (id) ON DELETE SET NULL,
    origin TEXT NOT NULL CHECK (origin IN ('registered', 'assigned', 'supplemented')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned', 'rejected')),
    progress_percent INTEGER NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    rating TEXT CHECK (rating IS NULL OR rating IN ('excellent', 'good', 'completed', 'not_completed')),
    assessment TEXT NOT NULL DEFAULT '',
    search_folded TEXT NOT NULL,
    title_sort_key BLOB NOT NULL,
    owner_sort_key BLOB NOT NULL,
    deleted_at TEXT,
    is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind = 'individual') = (person_id IS NOT NULL))))"_s,
        // Lists of a year come out in id order straight from this index (every index ends in the rowid).
        u"CREATE INDEX task_year ON task (year)"_s,
        // Search as you type scans this narrow index instead of the wide rows.
        u"CREATE INDEX task_search ON task (year, deleted_at, search_folded)"_s,
        u"CREATE INDEX task_unit ON task (unit_id)"_s,
        u"CREATE INDEX task_person ON task (person_id)"_s,
        u"CREATE INDEX task_field ON task (field_id)"_s,

        uR"(CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'administrator')),
    password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL,
    password_iterations INTEGER NOT NULL CHECK (password_iterations > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1))"_s,

        uR"(CREATE TABLE decision (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('approve', 'adjust', 'supplement', 'assign', 'return',
                                       'reject', 'rate')),
    decided_on TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    reviewer_id INTEGER REFERENCES app_user (id) ON DELETE SET NULL,
    reviewer_name TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    before_json TEXT NOT NULL DEFAULT '{}',
    after_json TEXT NOT NULL DEFAULT '{}',
    recorded_at TEXT NOT NULL))"_s,
        u"CREATE INDEX decision_task ON decision (task_id)"_s,

        uR"(CREATE TABLE progress_note (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    noted_on TEXT NOT NULL,
    percent INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
    text TEXT NOT NULL DEFAULT '',
    author_id INTEGER REFERENCES app_user (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1))"_s,
        u"CREATE INDEX progress_note_task ON progress_note (task_id)"_s,

        uR"(CREATE TABLE work_item (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL CHECK (title <> ''),
    due_on TEXT,
    done_on TEXT,
    version INTEGER NOT NULL DEFAULT 1))"_s,
        u"CREATE INDEX work_item_task ON work_item (task_id, position)"_s,

        uR"(CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    unit_of_measure TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target REAL,
    version INTEGER NOT NULL DEFAULT 1))"_s,
        u"CREATE INDEX indicator_task ON indicator (task_id)"_s,

        uR"(CREATE TABLE indicator_value (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX indicator_value_indicator ON indicator_value (indicator_id, measured_on)"_s,
    };
}

// Version 2: the review's record. audit_log holds one row per change, written by the temporary
// triggers AuditTriggers installs on each connection and chained by hash (AuditChain) before the
// transaction commits; closed_year seals a year; a carried-over task names the one it continues;
// a decision says whether it was a late amendment to a closed year.
QStringList version2()
{
    return {
        uR"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    actor_id INTEGER,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    task_id INTEGER,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    note TEXT NOT NULL DEFAULT '',
    hash BLOB))"_s,
        u"CREATE INDEX audit_log_task ON audit_log (task_id)"_s,

        uR"(CREATE TABLE closed_year (
    year INTEGER PRIMARY KEY,
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL))"_s,

        u"ALTER TABLE task ADD COLUMN continues_task_id INTEGER REFERENCES task (id) ON DELETE SET NULL"_s,
        u"CREATE INDEX task_continues ON task (continues_task_id)"_s,
        uR"(ALTER TABLE decision ADD COLUMN late_amendment INTEGER NOT NULL DEFAULT 0
    CHECK (late_amendment IN (0, 1)))"_s,
    };
}

// Version 3: a record that proves the data rows. Reference records in use can no longer be deleted
// (RESTRICT instead of SET NULL, so a deletion never silently unlinks a closed year's task); the
// enum checks are written as comparisons, which SQLite evaluates in place, where an IN list builds a
// temporary table for every row written; audit rows carry a snapshot of the record they insert or
// delete and a new action, "baseline", for the state of each record when the file was upgraded;
// the trail is sealed a transaction at a time in audit_seal; an account keeps the fingerprint of
// its password hash, so that a hash replaced outside Dotpha shows. The tables are rebuilt with
// foreign keys off (SchemaMigrator); the baseline and the fingerprints are written afterwards by
// AuditBaseline, in the same transaction.
QStringList version3()
{
    return {
        uR"(CREATE TABLE unit_v3 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    name_folded TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'agency' OR kind = 'commune' OR kind = 'ward' OR kind = 'township'
                              OR kind = 'special_zone' OR kind = 'party_organisation' OR kind = 'other'),
    parent_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    active_from_year INTEGER,
    active_to_year INTEGER,
    successor_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    version INTEGER NOT NULL DEFAULT 1))"_s,
        u"INSERT INTO unit_v3 (id, name, name_folded, kind, parent_id, active_from_year, active_to_year, successor_id, "
        "version) SELECT id, name, name_folded, kind, parent_id, active_from_year, active_to_year, successor_id, version "
        "FROM unit"_s,
        u"DROP TABLE unit"_s,
        u"ALTER TABLE unit_v3 RENAME TO unit"_s,
        u"CREATE INDEX unit_name_folded ON unit (name_folded)"_s,
        u"CREATE INDEX unit_parent ON unit (parent_id)"_s,
        u"CREATE INDEX unit_successor ON unit (successor_id)"_s,

        uR"(CREATE TABLE person_v3 (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL CHECK (full_name <> ''),
    full_name_folded TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    version INTEGER NOT NULL DEFAULT 1))"_s,
        u"INSERT INTO person_v3 (id, full_name, full_name_folded, position, unit_id, version) "
        "SELECT id, full_name, full_name_folded, position, unit_id, version FROM person"_s,
        u"DROP TABLE person"_s,
        u"ALTER TABLE person_v3 RENAME TO person"_s,
        u"CREATE INDEX person_unit ON person (unit_id)"_s,
        u"CREATE INDEX person_name_folded ON person (full_name_folded)"_s,

        uR"(CREATE TABLE task_v3 (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    end_year INTEGER CHECK (end_year IS NULL OR end_year >= year),
    kind TEXT NOT NULL CHECK (kind = 'collective' OR kind = 'individual'),
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    person_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    unit_name_at_registration TEXT NOT NULL,
    unit_kind_at_registration TEXT NOT NULL
        CHECK (unit_kind_at_registration = 'agency' OR unit_kind_at_registration = 'commune'
               OR unit_kind_at_registration = 'ward' OR unit_kind_at_registration = 'township'
               OR unit_kind_at_registration = 'special_zone' OR unit_kind_at_registration = 'party_organisation'
               OR unit_kind_at_registration = 'other'),
    person_name_at_registration TEXT NOT NULL DEFAULT '',
    position_at_registration TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL CHECK (title <> ''),
    content TEXT NOT NULL DEFAULT '',
    objective TEXT NOT NULL DEFAULT '',
    expected_result TEXT NOT NULL DEFAULT '',
    solutions TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    nature TEXT NOT NULL CHECK (nature = 'breakthrough' OR nature = 'new' OR nature = 'difficult'
                                OR nature = 'shortcoming'),
    field_id INTEGER REFERENCES field (id) ON DELETE RESTRICT,
    origin TEXT NOT NULL CHECK (origin = 'registered' OR origin = 'assigned' OR origin = 'supplemented'),
    status TEXT NOT NULL CHECK (status = 'draft' OR status = 'submitted' OR status = 'approved'
                                OR status = 'returned' OR status = 'rejected'),
    progress_percent INTEGER NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    rating TEXT CHECK (rating IS NULL OR rating = 'excellent' OR rating = 'good' OR rating = 'completed'
                       OR rating = 'not_completed'),
    assessment TEXT NOT NULL DEFAULT '',
    search_folded TEXT NOT NULL,
    title_sort_key BLOB NOT NULL,
    owner_sort_key BLOB NOT NULL,
    deleted_at TEXT,
    is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample = 0 OR is_sample = 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    continues_task_id INTEGER REFERENCES task (id) ON DELETE RESTRICT,
    CHECK ((kind = 'individual') = (person_id IS NOT NULL))))"_s,
        u"INSERT INTO task_v3 SELECT id, year, end_year, kind, unit_id, person_id, unit_name_at_registration, "
        "unit_kind_at_registration, person_name_at_registration, position_at_registration, title, content, objective, "
        "expected_result, solutions, deadline, nature, field_id, origin, status, progress_percent, rating, assessment, "
        "search_folded, title_sort_key, owner_sort_key, deleted_at, is_sample, created_at, updated_at, version, "
        "continues_task_id FROM task"_s,
        u"DROP TABLE task"_s,
        u"ALTER TABLE task_v3 RENAME TO task"_s,
        u"CREATE INDEX task_year ON task (year)"_s,
        u"CREATE INDEX task_search ON task (year, deleted_at, search_folded)"_s,
        u"CREATE INDEX task_unit ON task (unit_id)"_s,
        u"CREATE INDEX task_person ON task (person_id)"_s,
        u"CREATE INDEX task_field ON task (field_id)"_s,
        u"CREATE INDEX task_continues ON task (continues_task_id)"_s,

        uR"(CREATE TABLE audit_log_v3 (
    id INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    actor_id INTEGER,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete' OR action = 'baseline'),
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    task_id INTEGER,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    note TEXT NOT NULL DEFAULT '',
    hash BLOB,
    snapshot TEXT))"_s,
        u"INSERT INTO audit_log_v3 (id, recorded_at, actor_id, actor, action, entity, entity_id, task_id, field, "
        "old_value, new_value, note, hash) SELECT id, recorded_at, actor_id, actor, action, entity, entity_id, task_id, "
        "field, old_value, new_value, note, hash FROM audit_log"_s,
        u"DROP TABLE audit_log"_s,
        u"ALTER TABLE audit_log_v3 RENAME TO audit_log"_s,
        u"CREATE INDEX audit_log_task ON audit_log (task_id)"_s,
        // A record's history in order, for replaying the trail (AuditReplay) and checking an account at sign-in.
        u"CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"_s,

        uR"(CREATE TABLE audit_seal (
    last_id INTEGER PRIMARY KEY,
    first_id INTEGER NOT NULL CHECK (first_id <= last_id),
    record_hashes BLOB NOT NULL,
    hash BLOB NOT NULL))"_s,

        u"ALTER TABLE app_user ADD COLUMN password_fingerprint TEXT NOT NULL DEFAULT ''"_s,
    };
}

// Version 4: the year-end score beside the rating, and the thresholds that suggest a level from it
// (ScoreThresholds); the evidence files of tasks and the largest one may attach. Columns only
// added, every row keeping its values; the trail knows the new columns' values of the rows already
// there from AuditSchema::addedColumns. A file's record is audited; its bytes, in chunks of a
// mebibyte, are proved by the record's SHA-256 instead of being copied into the trail. A note or
// work item taken back leaves its files on the task.
QStringList version4()
{
    return {
        uR"(CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    progress_note_id INTEGER REFERENCES progress_note (id) ON DELETE SET NULL,
    work_item_id INTEGER REFERENCES work_item (id) ON DELETE SET NULL,
    decision_id INTEGER REFERENCES decision (id) ON DELETE SET NULL,
    file_name TEXT NOT NULL CHECK (file_name <> ''),
    media_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    added_by INTEGER REFERENCES app_user (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    removed_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((progress_note_id IS NOT NULL) + (work_item_id IS NOT NULL) + (decision_id IS NOT NULL) <= 1)))"_s,
        u"CREATE INDEX attachment_task ON attachment (task_id)"_s,
        uR"(CREATE TABLE attachment_chunk (
    id INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
    part INTEGER NOT NULL CHECK (part >= 0),
    bytes BLOB NOT NULL,
    UNIQUE (attachment_id, part)))"_s,
        u"ALTER TABLE committee_settings ADD COLUMN attachment_limit_mb INTEGER NOT NULL DEFAULT 50 "
        "CHECK (attachment_limit_mb BETWEEN 1 AND 1024)"_s,
        u"ALTER TABLE task ADD COLUMN score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100)"_s,
        u"ALTER TABLE committee_settings ADD COLUMN score_excellent INTEGER NOT NULL DEFAULT 90 "
        "CHECK (score_excellent BETWEEN 1 AND 100)"_s,
        u"ALTER TABLE committee_settings ADD COLUMN score_good INTEGER NOT NULL DEFAULT 70 "
        "CHECK (score_good BETWEEN 1 AND 100)"_s,
        u"ALTER TABLE committee_settings ADD COLUMN score_completed INTEGER NOT NULL DEFAULT 50 "
        "CHECK (score_completed BETWEEN 1 AND 100)"_s,
    };
}

// Version 5: a closed year keeps the score thresholds it was closed under (none for a year
// closed before), so that the committee changing its thresholds later does not change the bands
// of a sealed year's results. A file being attached is staged in attachment_upload, chunk by
// chunk outside any transaction, and adopted by the transaction that records it
// (AttachmentRepository): no record, not audited, emptied as each file is recorded.
QStringList version5()
{
    return {
        uR"(CREATE TABLE attachment_upload (
    id INTEGER PRIMARY KEY,
    token TEXT NOT NULL,
    part INTEGER NOT NULL CHECK (part >= 0),
    bytes BLOB NOT NULL,
    staged_at INTEGER NOT NULL DEFAULT (CAST(strftime('%s', 'now') AS INTEGER)),
    UNIQUE (token, part)))"_s,
        u"ALTER TABLE closed_year ADD COLUMN score_excellent INTEGER CHECK (score_excellent BETWEEN 1 AND 100)"_s,
        u"ALTER TABLE closed_year ADD COLUMN score_good INTEGER CHECK (score_good BETWEEN 1 AND 100)"_s,
        u"ALTER TABLE closed_year ADD COLUMN score_completed INTEGER CHECK (score_completed BETWEEN 1 AND 100)"_s,
    };
}

// Version 6: the committee's signing key (Ed25519), which signs the packages it sends other
// committees (docs/exchange.md). One row, made by the step itself (CommitteeKeyCreation) and never
// changed; not audited, since the trail copies values and the private key must never leave the
// database: a pair that is not one signs nothing. And the log of the packages sent, audited, which
// numbers each receiver's packages in order.
QStringList version6()
{
    return {
        uR"(CREATE TABLE committee_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    private_key BLOB NOT NULL CHECK (length(private_key) = 32),
    created_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE exchange_sent (
    id INTEGER PRIMARY KEY,
    receiver TEXT NOT NULL CHECK (receiver <> ''),
    receiver_folded TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'registrations' OR kind = 'decisions'),
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
    sent_by INTEGER REFERENCES app_user (id) ON DELETE RESTRICT,
    sent_at TEXT NOT NULL,
    UNIQUE (receiver_folded, kind, sequence)))"_s,
        uR"(CREATE TABLE exchange_partner (
    id INTEGER PRIMARY KEY,
    committee TEXT NOT NULL CHECK (committee <> ''),
    committee_folded TEXT NOT NULL,
    public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 44),
    unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    accepted_by INTEGER REFERENCES app_user (id) ON DELETE RESTRICT,
    accepted_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE TABLE exchange_received (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES exchange_partner (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind = 'registrations' OR kind = 'decisions'),
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
    received_by INTEGER REFERENCES app_user (id) ON DELETE RESTRICT,
    received_at TEXT NOT NULL,
    UNIQUE (partner_id, kind, sequence)))"_s,
        uR"(CREATE TABLE exchange_link (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES exchange_partner (id) ON DELETE RESTRICT,
    entity TEXT NOT NULL CHECK (entity = 'person' OR entity = 'task' OR entity = 'decision'),
    remote_id INTEGER NOT NULL,
    local_id INTEGER NOT NULL,
    remote_version INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (partner_id, entity, remote_id)))"_s,
    };
}

} // namespace

const QList<SchemaMigrations::Step> &SchemaMigrations::steps()
{
    static const QList<Step> all = {
        {1, version1(), SchemaMigrations::Step::KeepsTables, nullptr},
        {2, version2(), SchemaMigrations::Step::KeepsTables, nullptr},
        {3, version3(), SchemaMigrations::Step::RebuildsTables, &AuditBaseline::record},
        {4, version4(), SchemaMigrations::Step::KeepsTables, nullptr},
        {5, version5(), SchemaMigrations::Step::KeepsTables, nullptr},
        {6, version6(), SchemaMigrations::Step::KeepsTables, &CommitteeKeyCreation::inFile},
    };
    return all;
}

// The navigator's counts and the list of years read from task_tally alone, which holds every
// column they need (year, removal, owner, status, kind, the owner's kind, progress and deadline):
// a year of 20,000 tasks is counted in a few milliseconds instead of reading its rows.
const QStringList &SchemaMigrations::speedIndexes()
{
    static const QStringList all = {
        u"CREATE INDEX IF NOT EXISTS task_tally ON task (year, deleted_at, unit_id, status, kind, "
        "unit_kind_at_registration, progress_percent, deadline)"_s,
        // "Due soon": the work items not yet done, by due date.
        u"CREATE INDEX IF NOT EXISTS work_item_due ON work_item (due_on, task_id) WHERE done_on IS NULL"_s,
    };
    return all;
}

int SchemaMigrations::currentVersion()
{
    return steps().constLast().version;
}

} // namespace dotpha
