#pragma once

#include <QFrame>

class QLabel;

namespace dotpha {

// The band across the top of the window while the office server does not answer: what the window
// shows may be out of date and nothing can be saved, and Dotpha is trying again by itself. Why
// (the server's or the network's words) is in its tooltip.
class OfflineBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    void showLost(const QString &why);

private:
    QLabel *m_text;
};

} // namespace dotpha
