#include "AppSettings.h"
#include "ErrorPresenter.h"
#include "MainWindow.h"
#include "ProductVersion.h"
#include "ServerAddress.h"
#include "Translations.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder;
}

// The database to open at start in window, which shows it: the one named on the command line,
// else the last one used (a server asks for the password when libpq's file has none), else what
// the welcome page chooses (a new database, the sample, a file, the office server), else the
// default database. What failed is shown to the user.
dotpha::Status openAtStart(dotpha::MainWindow &window, const QCommandLineParser &parser, dotpha::AppSettings &settings)
{
    const auto open = [&](const QString &path) {
        const dotpha::Status opened = window.openDatabase(path);
        if (!opened && opened.error().kind() != dotpha::Error::Kind::Cancelled)
            dotpha::ErrorPresenter::show(nullptr, opened.error());
        return opened;
    };
    if (!parser.positionalArguments().isEmpty())
        return open(parser.positionalArguments().constFirst());
    const QString last = settings.lastDatabase();
    if (dotpha::ServerAddress::isServerAddress(last)) {
        if (window.openDatabase(last).ok())
            return {};
        window.connectToServer(last);
        if (window.session())
            return {};
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        return open(last);
    }
    dotpha::WelcomeDialog welcome(dataFolder(), [&window](const dotpha::ServerAddress &address, const QString &password) {
        return window.openServer(address, password);
    });
    const bool chosen = welcome.exec() == QDialog::Accepted;
    settings.setLanguage(welcome.language());
    if (chosen && welcome.connectedToServer())
        return {};
    return open(chosen ? welcome.path() : QDir(dataFolder()).filePath(u"dotpha.sqlite"_s));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(u"Dotpha"_s);
    QApplication::setApplicationName(u"Dotpha"_s);
    QApplication::setApplicationVersion(dotpha::ProductVersion::number());
    // The installed desktop entry and icon (scripts/package), by which the desktop groups its windows.
    QGuiApplication::setDesktopFileName(u"org.dotpha.Dotpha"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.dotpha.Dotpha"_s));

    dotpha::AppSettings settings;
    dotpha::Translations::install(settings.language().isEmpty() ? dotpha::Translations::systemLanguage()
                                                                : settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Registers, reviews and follows a Party committee's breakthrough and innovation tasks, and prints "
                "the year-end summary. Opens the database given, else the last one, else the welcome page."));
    parser.addHelpOption();
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s},
                                     QApplication::translate("main", "Show the version and the data formats."));
    parser.addOption(version);
    parser.addPositionalArgument(u"database"_s, QApplication::translate("main", "The database file to open."));
    parser.process(application);
    if (parser.isSet(version)) {
        QTextStream(stdout) << u"dotpha "_s << dotpha::ProductVersion::withDataFormats() << Qt::endl;
        return 0;
    }

    dotpha::MainWindow window;
    if (const dotpha::Status opened = openAtStart(window, parser, settings); !opened)
        return opened.error().kind() == dotpha::Error::Kind::Cancelled ? 0 : 1;
    window.show();
    return application.exec();
}
