#pragma once

#include <QDialog>

class QTextBrowser;

namespace dotpha {

// The user guide (docs/user-guide.md, embedded at :/guide/ with its screenshots), opened at a
// section: offline, in a window of its own that stays usable beside the dialog it was asked from.
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    // Opens the guide beside parent, at the section headed heading (in the interface's language:
    // callers pass tr() of the English heading, which the translation makes the Vietnamese one).
    static UserGuideWindow *open(QWidget *parent, const QString &heading);

    // The heading of the section shown at the top, for tests.
    QString currentHeading() const;

private:
    explicit UserGuideWindow(QWidget *parent);
    void showSection(const QString &heading);
    void fitImages();

    QTextBrowser *m_browser;
};

} // namespace dotpha
