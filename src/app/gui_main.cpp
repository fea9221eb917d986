#include "AppSettings.h"
#include "ErrorPresenter.h"
#include "MainWindow.h"
#include "Translations.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
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

// The database to open: the one named on the command line, else the last one used, else the
// default database (created on first start after the welcome page, or when it is skipped).
QString chooseDatabase(const QCommandLineParser &parser, dotpha::AppSettings &settings)
{
    if (!parser.positionalArguments().isEmpty())
        return parser.positionalArguments().constFirst();
    const QString last = settings.lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    dotpha::WelcomeDialog welcome(dataFolder());
    const bool chosen = welcome.exec() == QDialog::Accepted;
    settings.setLanguage(welcome.language());
    return chosen ? welcome.path() : QDir(dataFolder()).filePath(u"dotpha.sqlite"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(u"Dotpha"_s);
    QApplication::setApplicationName(u"Dotpha"_s);
    QApplication::setApplicationVersion(QStringLiteral(DOTPHA_VERSION));

    dotpha::AppSettings settings;
    dotpha::Translations::install(settings.language().isEmpty() ? dotpha::Translations::systemLanguage()
                                                                : settings.language());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"database"_s, QApplication::translate("main", "The database file to open."));
    parser.process(application);

    const QString path = chooseDatabase(parser, settings);
    dotpha::MainWindow window;
    if (const dotpha::Status opened = window.openDatabase(path); !opened) {
        dotpha::ErrorPresenter::show(nullptr, opened.error());
        return opened.error().kind() == dotpha::Error::Kind::Cancelled ? 0 : 1;
    }
    window.show();
    return application.exec();
}
