#pragma once

#include <QFrame>

class QLabel;

namespace dotpha {

class DatabaseSession;

// The band that tells a clerk what the reviewers decided on the registrations since they last
// looked (DecisionNews), at the start and as decisions come. "Đã xem" puts it away until the next
// decision; until then it stays, across restarts. Where it was last seen is kept per database and
// login in the user's settings.
class DecisionNotice : public QFrame
{
    Q_OBJECT

public:
    explicit DecisionNotice(QWidget *parent = nullptr);

    // Reads the news for session's user again (nullptr, or a role that registers nothing: hides).
    void refresh(DatabaseSession *session);

private:
    void markSeen();

    QLabel *m_text;
    DatabaseSession *m_session = nullptr;
    qint64 m_newest = 0;
};

} // namespace dotpha
