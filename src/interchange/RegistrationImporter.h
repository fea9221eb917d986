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

// Imports registration spreadsheets (XLSX or CSV). plan() finds the header row (even below title
// rows), maps the columns, reads every row and lists every problem without writing anything;
// execute() then stores the plan's valid rows, and the new units, people and fields it needs, in
// one transaction, through the services: all of it or, on any failure, none. An imported row is a
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
    using Progress = std::function<bool(int done, int total)>;  // return false to cancel

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
    };

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
    Status storeRows(const ImportPlan &plan, const Options &options, const Progress &progress, Outcome &outcome);
    Status addDecided(const QList<std::pair<Task, const ImportPlan::Row *>> &decided, const Options &options,
                      Outcome &outcome);

    Services &m_services;
};

} // namespace dotpha
