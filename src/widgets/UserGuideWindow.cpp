#include "UserGuideWindow.h"

#include <QImage>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// The guide's window is 820 pixels wide when it opens: its pictures fit it, margins and scroll
// bar aside.
constexpr int GuideImageWidth = 740;

} // namespace

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
    fitImages();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(820, 640);   // within a 1024×768 screen
}

// Screenshots of a whole window are shown at most GuideImageWidth wide, their proportions kept:
// at their own size they ran past the guide's window, which then scrolled sideways.
void UserGuideWindow::fitImages()
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            QTextImageFormat image = fragment.fragment().charFormat().toImageFormat();
            if (!fragment.fragment().charFormat().isImageFormat())
                continue;
            const QVariant resource = m_browser->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage picture = resource.canConvert<QImage>() && !resource.value<QImage>().isNull()
                                       ? resource.value<QImage>()
                                       : QImage::fromData(resource.toByteArray());
            if (picture.isNull() || picture.width() <= GuideImageWidth)
                continue;
            image.setWidth(GuideImageWidth);
            image.setHeight(qreal(picture.height()) * GuideImageWidth / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.fragment().position());
            cursor.setPosition(fragment.fragment().position() + fragment.fragment().length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
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
