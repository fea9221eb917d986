// Measures the main window on a large database: the time from starting to open the file to the
// first screen painted, the check for damage that follows it on a connection of its own, and the
// time per keystroke of search as you type (query, model reset and repaint). Prints medians.
//
//   dotpha-bench-gui [--tasks N] [--runs R]

#include "SignInAs.h"
#include "BenchmarkCommandLine.h"
#include "BenchmarkReport.h"
#include "Database.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "SyntheticDataGenerator.h"
#include "TaskTableModel.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace dotpha;
using dotpha::test::signInAs;
using dotpha::bench::elapsedMs;

namespace {

QTextStream out(stdout);

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(u"Dotpha"_s);
    QApplication::setApplicationName(u"Dotpha benchmark"_s);
    const bench::CommandLine options(application.arguments(), u"usage: dotpha-bench-gui [--tasks N] [--runs R]"_s,
                                     {u"--tasks"_s, u"--runs"_s});
    const int taskCount = options.number(u"--tasks"_s, 100000);
    const int runs = options.number(u"--runs"_s, 7);

    QTemporaryDir folder;
    const QString path = folder.filePath(u"bench.sqlite"_s);
    {
        auto workspace = Workspace::open(path);
        if (!workspace || !SyntheticDataGenerator(workspace.value()->repositories()).generate(taskCount, 1)) {
            out << "cannot generate the database" << Qt::endl;
            return 1;
        }
    }
    out << u"Dotpha main window benchmark: "_s << taskCount << u" generated tasks (seed 1), offscreen"_s << Qt::endl;

    QList<double> firstScreen;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.setSignIn(signInAs(UserRole::Clerk));
        if (!window.openDatabase(path)) {
            out << "cannot open the database" << Qt::endl;
            return 1;
        }
        window.resize(1280, 800);
        window.show();
        window.grab();   // paints everything, as the first frame on screen does
        firstScreen << elapsedMs(timer);
    }
    dotpha::bench::report(out, u"open the file and show the first screen"_s, firstScreen);

    QList<double> damageCheck;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!Database::checkForDamage(path)) {
            out << "the generated database is damaged" << Qt::endl;
            return 1;
        }
        damageCheck << elapsedMs(timer);
    }
    dotpha::bench::report(out, u"then read it for damage (its own connection)"_s, damageCheck);

    MainWindow window;

    window.setSignIn(signInAs(UserRole::Clerk));
    if (!window.openDatabase(path))
        return 1;
    window.resize(1280, 800);
    window.show();
    const QString typed = u"giai phong mat bang"_s;
    QList<double> perKey;
    for (int run = 0; run < runs; ++run) {
        for (int length = 1; length <= typed.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            window.searchFor(typed.left(length));
            window.grab();
            perKey << elapsedMs(timer);
        }
        if (run == 0)
            out << u"matches for \""_s << typed << u"\" in the year shown: "_s
                << window.session()->taskModel().totalCount() << Qt::endl;
        window.searchFor(QString());
    }
    dotpha::bench::report(out, u"search as you type, per keystroke (a year, repainted)"_s, perKey);
    return 0;
}
