#include "CliApplication.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Printing needs fonts, which need a GUI application; a command-line tool never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dotpha"));
    QCoreApplication::setApplicationName(QStringLiteral("Dotpha"));
    // Messages in the language of the user's system: Vietnamese under a Vietnamese locale.
    dotpha::Translations::install(dotpha::Translations::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dotpha::CliApplication(out, err).run(QCoreApplication::arguments());
}
