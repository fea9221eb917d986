#pragma once

#include "ImportLayout.h"
#include "ImportPlan.h"
#include "ImportReferenceData.h"
#include "RegistrationColumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace dotpha {

// Works out what importing a registration sheet would do: reads every row against the reference
// data, lists every problem by row and column, and the units, people, fields and unknown values it
// meets. It touches no database, so that a window may plan on a worker thread while it stays
// responsive; the import's transaction checks the rules again.
class RegistrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationPlanner)

public:
    using Mapping = QHash<int, RegistrationColumns::Column>;   // spreadsheet column -> meaning
    // Per column, a value's key (ValueWords::key) -> the word of ours it means.
    using ValueMapping = QHash<RegistrationColumns::Column, QHash<QString, QString>>;
    using Progress = std::function<bool(int done, int total)>;   // return false to stop

    static constexpr int HeaderSearchRows = 20;

    // The first row, near the top, in which enough cells are known headers, the title among them;
    // -1 when there is none.
    static int findHeaderRow(const QList<QStringList> &table);
    // The columns as the headers name them, then as mapping overrides them; givenHeaderRow (from
    // 0), when not -1, is where the headers are instead of where they are found. Refused when no
    // header row is found and nothing is mapped.
    static Result<ImportLayout> layoutOf(const QList<QStringList> &table, const Mapping &mapping = {},
                                         int givenHeaderRow = -1);
    // The years the rows name, so that their reference data can be loaded.
    static QSet<int> yearsIn(const QList<QStringList> &table, const ImportLayout &layout);

    // Who reads the problems: the hints say what to do where they are read.
    enum class Reader { Window, CommandLine };

    // With recordDecisions, the decisions the file reports are planned as decisions to record
    // instead of refused. values maps what a column writes to one of our words. All are kept as
    // copies (implicitly shared, so cheap).
    RegistrationPlanner(ImportReferenceData data, ImportLayout layout, bool recordDecisions, ValueMapping values,
                        Reader reader = Reader::CommandLine);

    // The plan, or nothing when progress asked to stop. Once: the planner is spent by it.
    std::optional<ImportPlan> plan(const QList<QStringList> &table, const Progress &progress = {}) &&;

private:
    void readRow(int rowNumber, const QStringList &cells);
    QString cell(const QStringList &cells, RegistrationColumns::Column column) const;
    void problem(int row, RegistrationColumns::Column column, const QString &message);
    template <typename Enum>
    std::optional<Enum> valueOf(int row, RegistrationColumns::Column column, const QString &text,
                                bool refuseUnknown = true);
    void noteValue(RegistrationColumns::Column column, const QString &text, const QStringList &accepted,
                   const QString &mappedTo);
    bool readYear(ImportPlan::Row &row, const QString &text);
    void readOwner(ImportPlan::Row &row, const QStringList &cells);
    void readPerson(ImportPlan::Row &row);
    void readFields(ImportPlan::Row &row, const QStringList &cells);
    void readStatus(ImportPlan::Row &row);
    void checkLengths(const ImportPlan::Row &row);
    void checkReadiness(const ImportPlan::Row &row);

    const ImportReferenceData m_data;
    const ImportLayout m_layout;
    const bool m_recordDecisions;
    const Reader m_reader;
    const ValueMapping m_values;
    ImportPlan m_plan;
    QHash<QString, qsizetype> m_valueIndex;   // column|key -> index in m_plan.unknownValues
    QSet<QString> m_registrations;            // those made, then those planned
    QSet<QString> m_newNames[3];              // folded, of the new units, people and fields
};

} // namespace dotpha
