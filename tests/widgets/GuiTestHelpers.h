#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace dotpha::test {

// Runs act on the modal dialog of type Dialog once it is open (exec() blocks until it closes). A
// dialog left open by a failed step is closed, so that a broken test fails instead of hanging.
template <typename Dialog>
void whenOpens(const std::function<void(Dialog &)> &act)
{
    QTimer::singleShot(0, [act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog) << "expected dialog did not open: " << Dialog::staticMetaObject.className();
        act(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

// As whenOpens, for a dialog that opens after others (a progress window, a reading in the
// background): looks for it until it is the modal one. The limit is against a dialog that never
// opens, not a measure of speed.
template <typename Dialog>
void whenOpensLater(const std::function<void(Dialog &)> &act, int limitMs = 60000)
{
    auto *poll = new QTimer;
    auto *waited = new QElapsedTimer;
    waited->start();
    QObject::connect(poll, &QTimer::timeout, [poll, waited, act, limitMs] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog && waited->elapsed() < limitMs)
            return;
        poll->stop();
        poll->deleteLater();
        delete waited;
        ASSERT_TRUE(dialog) << "expected dialog did not open: " << Dialog::staticMetaObject.className();
        act(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll->start(10);
}

// QTest::keyClicks maps characters to keys and knows only ASCII; Vietnamese arrives as text, the
// way an input method (Unikey, ...) delivers it.
inline void typeText(QWidget *editor, const QString &text)
{
    for (const QChar character : text)
        QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(character), Qt::NoModifier);
}

template <typename Widget>
Widget *child(QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<Widget *>(name);
    EXPECT_TRUE(widget) << name.toStdString();
    return widget;
}

} // namespace dotpha::test
