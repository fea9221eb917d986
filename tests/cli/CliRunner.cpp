#include "CliRunner.h"

#include "CliApplication.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace dotpha::test {

CliRun runCli(const QStringList &arguments, QString input)
{
    QString out, err;
    QTextStream inStream(&input), outStream(&out), errStream(&err);
    const int exitCode = CliApplication(inStream, outStream, errStream).run(QStringList{u"dotpha-cli"_s} + arguments);
    return {exitCode, out, err};
}

} // namespace dotpha::test
