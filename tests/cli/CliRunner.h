#pragma once

#include <QString>
#include <QStringList>

namespace dotpha::test {

// What one run of dotpha-cli, in this process, gave: its exit code and what it wrote.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs dotpha-cli with arguments (after the program's name); input is what standard input holds.
CliRun runCli(const QStringList &arguments, QString input = {});

} // namespace dotpha::test
