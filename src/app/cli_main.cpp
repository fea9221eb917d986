#include "CliApplication.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dotpha"));
    QCoreApplication::setApplicationName(QStringLiteral("Dotpha"));
    // Messages in the language of the user's system: Vietnamese under a Vietnamese locale.
    dotpha::Translations::install(dotpha::Translations::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dotpha::CliApplication(out, err).run(QCoreApplication::arguments());
}
