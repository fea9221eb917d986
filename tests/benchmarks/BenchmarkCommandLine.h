#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace dotpha::bench {

// A benchmark's command line: the options it knows and --help. A benchmark runs for minutes, so
// --help, an option it does not know or one without its value prints the usage and stops at once
// (exit 0 for help, 2 otherwise) rather than starting a run nobody asked for.
class CommandLine
{
public:
    // valueOptions take a value ("--runs 5"); flags stand alone ("--keep").
    CommandLine(const QStringList &arguments, const QString &usage, const QStringList &valueOptions,
                const QStringList &flags = {})
        : m_arguments(arguments)
    {
        for (qsizetype at = 1; at < arguments.size(); ++at) {
            const QString &argument = arguments.at(at);
            if (argument == u"--help" || argument == u"-h")
                stop(usage, 0);
            if (flags.contains(argument))
                continue;
            if (!valueOptions.contains(argument) || at + 1 >= arguments.size())
                stop(usage, 2);
            ++at;
        }
    }

    QString value(const QString &name, const QString &fallback) const
    {
        const qsizetype at = m_arguments.indexOf(name);
        return at >= 0 && at + 1 < m_arguments.size() ? m_arguments.at(at + 1) : fallback;
    }
    int number(const QString &name, int fallback) const { return value(name, QString::number(fallback)).toInt(); }
    bool isSet(const QString &flag) const { return m_arguments.contains(flag); }

private:
    [[noreturn]] static void stop(const QString &usage, int exitCode)
    {
        QTextStream(exitCode == 0 ? stdout : stderr) << usage << Qt::endl;
        std::exit(exitCode);
    }

    QStringList m_arguments;
};

} // namespace dotpha::bench
