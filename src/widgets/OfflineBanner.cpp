#include "OfflineBanner.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace dotpha {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"offlineBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#offlineBanner { background: #fde7e9; } #offlineBanner QLabel { color: #5c0011; }"_s);
    m_text->setObjectName(u"offlineLabel"_s);
    m_text->setWordWrap(true);
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
