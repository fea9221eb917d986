#include "UserGuideWindow.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dotpha {

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"userGuideWindow"_s);
    setWindowTitle(tr("Dotpha user guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(u"qrc:/guide/user-guide.md"_s), QTextDocument::MarkdownResource);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(820, 640);   // within a 1024×768 screen
}

UserGuideWindow *UserGuideWindow::open(QWidget *parent, const QString &heading)
{
    auto *guide = new UserGuideWindow(parent);
    guide->show();
    guide->showSection(heading);
    return guide;
}

// The guide holds the Vietnamese guide, then the English one; a heading is found by its text.
void UserGuideWindow::showSection(const QString &heading)
{
    const QString wanted = QString(heading).remove(u'&').trimmed();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == wanted) {
            QTextCursor cursor(block);
            m_browser->setTextCursor(cursor);
            // The section at the top of the window, not merely somewhere in view.
            m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
            m_browser->ensureCursorVisible();
            return;
        }
    }
}

QString UserGuideWindow::currentHeading() const
{
    for (QTextBlock block = m_browser->textCursor().block(); block.isValid(); block = block.previous()) {
        if (block.blockFormat().headingLevel() > 0)
            return block.text().trimmed();
    }
    return {};
}

} // namespace dotpha
