#include "DecisionNotice.h"

#include "AppSettings.h"
#include "AuditRepository.h"
#include "DatabaseSession.h"
#include "DecisionNews.h"
#include "NoticeBand.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace dotpha {

DecisionNotice::DecisionNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    styleNoticeBand(*this, u"decisionNotice"_s, *m_text, u"decisionNoticeLabel"_s, u"#e5f1fb"_s, u"#0b3a5d"_s);
    auto *seen = new QPushButton(tr("Seen"), this);
    seen->setObjectName(u"decisionsSeenButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(seen);
    connect(seen, &QPushButton::clicked, this, &DecisionNotice::markSeen);
    hide();
}

void DecisionNotice::refresh(DatabaseSession *session)
{
    m_session = session;
    hide();
    if (!session || session->user().role != UserRole::Clerk || session->user().login.isEmpty())
        return;
    AppSettings settings;
    const QString location = session->workspace().location();
    const qint64 seen = settings.decisionsSeen(location, session->user().login);
    if (seen == 0) {   // the first time here: told from now on, not of every past decision
        if (const Result<qint64> newest = session->repositories().audit.lastId(); newest && *newest > 0)
            settings.setDecisionsSeen(location, session->user().login, *newest);
        return;
    }
    const Result<DecisionNews::News> news = DecisionNews::since(session->repositories(), seen, session->user().displayName);
    if (!news || news->items.isEmpty())
        return;
    m_newest = news->newestSeen;
    m_text->setText(DecisionNews::sentence(news->items));
    show();
}

void DecisionNotice::markSeen()
{
    hide();
    if (m_session && m_newest > 0)
        AppSettings().setDecisionsSeen(m_session->workspace().location(), m_session->user().login, m_newest);
}

} // namespace dotpha
