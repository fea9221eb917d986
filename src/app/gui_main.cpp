#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// The database opened when none is named: created on first start in the user's data folder.
QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(u"dotpha.sqlite"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(u"Dotpha"_s);
    QApplication::setApplicationName(u"Dotpha"_s);
    QApplication::setApplicationVersion(QStringLiteral(DOTPHA_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"database"_s, QApplication::translate("main", "The database file to open."));
    parser.process(application);
    const QString path = parser.positionalArguments().value(0, defaultDatabasePath());

    auto workspace = dotpha::Workspace::open(path);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Dotpha"), workspace.error().message());
        return 1;
    }
    dotpha::MainWindow window(*workspace.value());
    window.show();
    return application.exec();
}
