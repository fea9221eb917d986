#include "OfflineBanner.h"

#include "NoticeBand.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace dotpha {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    styleNoticeBand(*this, u"offlineBanner"_s, *m_text, u"offlineLabel"_s, u"#fde7e9"_s, u"#5c0011"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    hide();
}

void OfflineBanner::showLost(const QString &why)
{
    m_text->setText(u"<b>%1</b> %2"_s.arg(tr("Lost the connection to the office server \u2014 trying again\u2026").toHtmlEscaped(),
                                          tr("What the window shows may be out of date, and nothing can be saved until "
                                             "it is back.")
                                              .toHtmlEscaped()));
    setToolTip(why);
    show();
}

} // namespace dotpha
