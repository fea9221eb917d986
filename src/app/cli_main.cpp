#include "CliApplication.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// The command line prints its own messages only: Qt's warnings (a missing XDG_RUNTIME_DIR when
// run from cron or a service, font notices) would read as problems with the data. They are shown
// with DOTPHA_DEBUG set.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("DOTPHA_DEBUG"))
        std::fprintf(stderr, "%s\n", qFormatLogMessage(type, context, message).toUtf8().constData());
}

// What the command line reads and writes is UTF-8 on every system. On Windows the console shows
// UTF-8 only in its code page 65001 (the default, the local 8-bit code page, turned "Thứ Sáu"
// into "Th? S?u"), and the C runtime's text mode would add a CR before every LF: the bytes of a
// JSON summary would differ from Linux's, and a file written with > would too.
void useUtf8Console()
{
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    _setmode(_fileno(stdin), _O_BINARY);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    useUtf8Console();
    qInstallMessageHandler(quietMessages);
    // Printing needs fonts, which need a GUI application; a command-line tool never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_WIN
    // On Windows the offscreen platform reads fonts from one folder, Qt's own by default, which
    // has none: without Windows' own, a PDF's text came out as black boxes.
    if (qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR"))
        qputenv("QT_QPA_FONTDIR", (qEnvironmentVariable("WINDIR", u"C:\\Windows"_s) + u"\\Fonts"_s).toUtf8());
#endif
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
