#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace dotpha {

// One command line, parsed: the database, the command and what follows it, and the options.
struct CliInvocation
{
    QString databasePath;
    QString command;
    QStringList arguments;   // after the command
    const QCommandLineParser *parser = nullptr;

    QString value(const QString &option) const { return parser->value(option); }
    bool isSet(const QString &option) const { return parser->isSet(option); }
    QStringList values(const QString &option) const { return parser->values(option); }
};

} // namespace dotpha
