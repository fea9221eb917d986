#pragma once

#include "CommandFeedback.h"
#include "Result.h"

#include <QUndoCommand>

namespace dotpha {

// Undoable add, edit and remove of records, through a service whose methods have one shape:
// add(record) -> id, update(record) -> version, remove(record), restore(record) -> version
// (ReferenceDataService for units, people and fields; TaskService for editing a task). Each step
// passes the service's checks, the role and the year seal included, and the version check both
// ways, so undo never overwrites what someone else saved in between: it reports the conflict
// instead. A removed record comes back under its own id; one still in use is never removed.
template <typename Service, typename Record>
class AddRecordCommand : public QUndoCommand
{
public:
    AddRecordCommand(Service &service, Record record, const QString &text, CommandFeedback feedback)
        : m_service(service), m_record(std::move(record)), m_feedback(std::move(feedback))
    {
        setText(text);
    }

    void redo() override
    {
        if (m_record.id == 0) {
            const Result<qint64> id = m_service.add(m_record);
            if (!id)
                return fail(id.error());
            m_record.id = *id;
        } else if (const Result<int> restored = m_service.restore(m_record); !restored) {
            return fail(restored.error());
        }
        m_record.version = 1;
        m_feedback.reportChange();
    }

    void undo() override
    {
        if (const Status removed = m_service.remove(m_record); !removed)
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

    Service &m_service;
    Record m_record;
    CommandFeedback m_feedback;
};

template <typename Service, typename Record>
class EditRecordCommand : public QUndoCommand
{
public:
    EditRecordCommand(Service &service, Record before, Record after, const QString &text,
                      CommandFeedback feedback)
        : m_service(service), m_before(std::move(before)), m_after(std::move(after))
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
        const Result<int> version = m_service.update(fields);
        if (!version) {
            m_feedback.reportFailure(version.error());
            setObsolete(true);
            return;
        }
        m_version = *version;
        m_feedback.reportChange();
    }

    Service &m_service;
    Record m_before;
    Record m_after;
    int m_version;
    CommandFeedback m_feedback;
};

template <typename Service, typename Record>
class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(Service &service, Record record, const QString &text, CommandFeedback feedback)
        : m_service(service), m_record(std::move(record)), m_feedback(std::move(feedback))
    {
        setText(text);
    }

    void redo() override
    {
        if (const Status removed = m_service.remove(m_record); !removed) {
            m_feedback.reportFailure(removed.error());
            setObsolete(true);
            return;
        }
        m_feedback.reportChange();
    }

    void undo() override
    {
        const Result<int> version = m_service.restore(m_record);
        if (!version) {
            m_feedback.reportFailure(version.error());
            setObsolete(true);
            return;
        }
        m_record.version = *version;
        m_feedback.reportChange();
    }

private:
    Service &m_service;
    Record m_record;
    CommandFeedback m_feedback;
};

} // namespace dotpha
