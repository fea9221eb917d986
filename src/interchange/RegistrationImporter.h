#pragma once

#include "ImportPlan.h"
#include "RegistrationPlanner.h"
#include "Repositories.h"
#include "Services.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>

namespace dotpha {

class NewRecordCreator;

// Imports registration spreadsheets (XLSX or CSV). plan() finds the header row (even below title
// rows), maps the columns, reads every row and lists every problem without writing anything;
// execute() then stores the plan's valid rows, and the new units, people and fields they need,
// through the services, in parts of PartSize rows, each in its own transaction: a part is stored
// whole or not at all. A file of up to PartSize rows is therefore all or nothing; a longer one
// lets colleagues save between its parts instead of waiting for the whole file behind the write
// lock, and if it stops (a failure, a cancel) the parts stored stay, said in the message, and
// importing the file again adds the rest, skipping the rows registered. An imported row is a
// draft or a submitted registration, never a decided one: a row the file says was approved,
// rejected or returned is refused, unless an administrator chose to record the file's decisions,
// which are then recorded as decisions under their name. The closed years and the registrations
// already made are checked again in the transaction, since the plan may be minutes old.
class RegistrationImporter
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationImporter)

public:
    using Mapping = RegistrationPlanner::Mapping;
    using ValueMapping = RegistrationPlanner::ValueMapping;
    // Called between parts, with no transaction open: return false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    // Small enough for a part to hold the write lock well under a second on an office server.
    static constexpr int PartSize = 500;

    struct Options
    {
        bool createMissing = false;     // create the units, people and fields the file names
        bool recordDecisions = false;   // record the file's decisions (administrators only)
        QString sourceName;             // the file, named in the recorded decisions' reason
    };
    struct Outcome
    {
        int imported = 0;
        int duplicates = 0;   // registered meanwhile, so skipped
        int decisions = 0;
        int rowsLeft = 0;     // not stored: the import was cancelled after its first part
    };
    // What an import cancelled after its first part kept, and how to finish it.
    static QString unfinished(const Outcome &outcome);

    // Stores through services, as the actor of services.tasks().
    explicit RegistrationImporter(Services &services) : m_services(services) {}

    // stop, when given and set meanwhile by another thread, ends the reading early with
    // Error::Kind::Cancelled.
    static Result<QList<QStringList>> readFile(const QString &path, const std::atomic<bool> *stop = nullptr);
    // mapping, when given, overrides what the headers say; headerRow (from 0), when given, is where
    // the headers are instead of where they are found. With recordDecisions, the decisions the
    // file reports are planned as decisions to record instead of refused.
    // values maps what a column writes to one of our words, where the file's word is not one.
    // Plans on the calling thread; a window plans on a worker with referenceData() and a
    // RegistrationPlanner instead.
    Result<ImportPlan> plan(const QList<QStringList> &table, const Mapping &mapping = {}, int headerRow = -1,
                            bool recordDecisions = false, const ValueMapping &values = {});
    // What planning a file naming years (RegistrationPlanner::yearsIn) compares it with, read on
    // the calling thread.
    Result<ImportReferenceData> referenceData(const QSet<int> &years);
    // Refuses when the plan needs new records and options.createMissing is false.
    Result<Outcome> execute(const ImportPlan &plan, const Options &options, const Progress &progress = {});

private:
    Status storePart(const QList<const ImportPlan::Row *> &part, const Options &options, NewRecordCreator &created,
                     Outcome &outcome);
    // error, saying what earlier parts stored and keep.
    static Error keptBefore(const Error &error, const Outcome &kept);
    Status addDecided(const QList<std::pair<Task, const ImportPlan::Row *>> &decided, const Options &options,
                      Outcome &outcome);

    Services &m_services;
};

} // namespace dotpha
