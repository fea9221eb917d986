#pragma once

#include "CommandFeedback.h"
#include "Result.h"

#include <QUndoCommand>

namespace dotpha {

// Undoable add, edit and remove of records whose store has one shape: add(record) -> id,
// update(record) -> version, remove(id, version): the reference records' repositories (units,
// people, fields), and TaskService for editing a task. Edits pass the version check both ways, so
// undo never overwrites what someone else saved in between: it reports the conflict instead.
// Removing a reference record deletes it; undo adds it back under a new id. The database refuses
// to remove a record still in use, so nothing that refers to it is lost.
template <typename Repository, typename Record>
class AddRecordCommand : public QUndoCommand
{
public:
    AddRecordCommand(Repository &repository, Record record, const QString &text, CommandFeedback feedback)
        : m_repository(repository), m_record(std::move(record)), m_feedback(std::move(feedback))
    {
        setText(text);
    }

    void redo() override
    {
        m_record.id = 0;
        const Result<qint64> id = m_repository.add(m_record);
        if (!id)
            return fail(id.error());
        m_record.id = *id;
        m_record.version = 1;
        m_feedback.reportChange();
    }

    void undo() override
    {
        if (const Status removed = m_repository.remove(m_record.id, m_record.version); !removed)
            return fail(removed.error());
        m_feedback.reportChange();
    }

    qint64 recordId() const { return m_record.id; }

private:
    void fail(const Error &error)
    {
        m_feedback.reportFailure(error);
        setObsolete(true);
    }

    Repository &m_repository;
    Record m_record;
    CommandFeedback m_feedback;
};

template <typename Repository, typename Record>
class EditRecordCommand : public QUndoCommand
{
public:
    EditRecordCommand(Repository &repository, Record before, Record after, const QString &text,
                      CommandFeedback feedback)
        : m_repository(repository), m_before(std::move(before)), m_after(std::move(after))
        , m_version(m_before.version), m_feedback(std::move(feedback))
    {
        setText(text);
    }

    void redo() override { save(m_after); }
    void undo() override { save(m_before); }

private:
    void save(Record fields)
    {
        fields.version = m_version;
        const Result<int> version = m_repository.update(fields);
        if (!version) {
            m_feedback.reportFailure(version.error());
            setObsolete(true);
            return;
        }
        m_version = *version;
        m_feedback.reportChange();
    }

    Repository &m_repository;
    Record m_before;
    Record m_after;
    int m_version;
    CommandFeedback m_feedback;
};

template <typename Repository, typename Record>
class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(Repository &repository, Record record, const QString &text, CommandFeedback feedback)
        : m_repository(repository), m_record(std::move(record)), m_feedback(std::move(feedback))
    {
        setText(text);
    }

    void redo() override
    {
        if (const Status removed = m_repository.remove(m_record.id, m_record.version); !removed) {
            m_feedback.reportFailure(removed.error());
            setObsolete(true);
            return;
        }
        m_feedback.reportChange();
    }

    void undo() override
    {
        Record again = m_record;
        again.id = 0;
        const Result<qint64> id = m_repository.add(again);
        if (!id) {
            m_feedback.reportFailure(id.error());
            setObsolete(true);
            return;
        }
        m_record.id = *id;
        m_record.version = 1;
        m_feedback.reportChange();
    }

private:
    Repository &m_repository;
    Record m_record;
    CommandFeedback m_feedback;
};

} // namespace dotpha
