#include "CliApplication.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

// The command line prints its own messages only: Qt's warnings (a missing XDG_RUNTIME_DIR when
// run from cron or a service, font notices) would read as problems with the data. They are shown
// with DOTPHA_DEBUG set.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("DOTPHA_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    // Printing needs fonts, which need a GUI application; a command-line tool never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dotpha"));
    QCoreApplication::setApplicationName(QStringLiteral("Dotpha"));
    // Messages in the language of the user's system: Vietnamese under a Vietnamese locale.
    dotpha::Translations::install(dotpha::Translations::systemLanguage());
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dotpha::CliApplication(in, out, err).run(QCoreApplication::arguments());
}
