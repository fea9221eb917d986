#include "CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dotpha"));
    QCoreApplication::setApplicationName(QStringLiteral("Dotpha"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dotpha::CliApplication(out, err).run(QCoreApplication::arguments());
}
