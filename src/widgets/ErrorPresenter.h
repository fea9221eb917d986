#pragma once

#include "Error.h"

#include <QCoreApplication>

class QWidget;

namespace dotpha {

// The one place the interface shows an Error: a message box whose title says what kind of problem
// it is and whose text is the error's message, already in the user's language.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    static void show(QWidget *parent, const Error &error);
    static QString title(Error::Kind kind);
};

} // namespace dotpha
