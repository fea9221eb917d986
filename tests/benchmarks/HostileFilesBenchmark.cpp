// Peak memory and time of each spreadsheet reader on hostile files: every reader holds what it
// reads to MemoryBudget (256 MB), and the files below are made to need far more. Each case runs
// in a process of its own (this program again, with --case), so that its peak is its own.
#include "BenchmarkCommandLine.h"
#include "CsvReader.h"
#include "TestZip.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

QTextStream out(stdout);

// The process's peak resident memory (VmHWM), in megabytes.
double peakMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

QString shortText(QRandomGenerator &random)
{
    static const QString letters = u"abcdeghiklmnopqrstuvxyăâđêôơư"_s;
    QString text;
    for (int i = 0, length = 2 + random.bounded(4); i < length; ++i)
        text += letters.at(random.bounded(int(letters.size())));
    return text;
}

// Millions of short shared texts that compress no better than a real sheet: was 4.6 GB for 32 MB.
void writeSharedStringsFlood(const QString &path)
{
    QRandomGenerator random(1);
    QByteArray strings;
    strings.reserve(300 * 1024 * 1024);
    while (strings.size() < 280 * 1024 * 1024)
        strings += "<si><t>" + shortText(random).toUtf8() + "</t></si>";
    test::writeWorkbook(path, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", strings);
}

// Every row Excel has, three cells each: the largest honest sheet.
void writeEveryRow(const QString &path)
{
    QByteArray rows;
    rows.reserve(140 * 1024 * 1024);
    for (int row = 1; row <= 1048576; ++row) {
        const QByteArray r = QByteArray::number(row);
        rows += "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>2026</v></c><c r=\"B" + r + "\" t=\"inlineStr\"><is><t>Xã "
                + r + "</t></is></c><c r=\"C" + r + "\" t=\"inlineStr\"><is><t>Việc " + r + "</t></is></c></row>";
    }
    test::writeWorkbook(path, rows);
}

void writeBytes(const QString &path, const QByteArray &pattern, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QByteArray block;
    while (block.size() < 1024 * 1024)
        block += pattern;
    for (qint64 written = 0; written < size; written += block.size())
        file.write(block.left(qMin<qint64>(block.size(), size - written)));
}

// The child: reads one file and prints "rows|refused message", then its peak and time.
int readOne(const QString &kind, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const Result<QList<QStringList>> rows = kind == u"xlsx"_s ? XlsxReader::read(path) : CsvReader::read(path);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const QString outcome = rows ? u"read %1 rows"_s.arg(rows->size())
                                 : u"refused: "_s + rows.error().message().left(110);
    out << QString::number(peakMegabytes(), 'f', 0) << u'\t' << QString::number(ms, 'f', 0) << u'\t' << outcome
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const bench::CommandLine options(application.arguments(),
                                     u"usage: dotpha-bench-hostile [--case xlsx|csv --file PATH]"_s,
                                     {u"--case"_s, u"--file"_s});
    if (options.isSet(u"--case"_s))
        return readOne(options.value(u"--case"_s, {}), options.value(u"--file"_s, {}));

    QTemporaryDir folder;
    struct Case
    {
        QString what;
        QString kind;
        QString path;
    };
    const QList<Case> cases{
        {u"XLSX: 280 MB of short shared texts"_s, u"xlsx"_s, folder.filePath(u"shared.xlsx"_s)},
        {u"XLSX: 1,048,576 rows of 3 cells"_s, u"xlsx"_s, folder.filePath(u"rows.xlsx"_s)},
        {u"CSV: 64 MB of commas"_s, u"csv"_s, folder.filePath(u"commas.csv"_s)},
        {u"CSV: 63 MB of short cells"_s, u"csv"_s, folder.filePath(u"cells.csv"_s)},
        {u"CSV: a device without end (/dev/zero)"_s, u"csv"_s, u"/dev/zero"_s},
    };
    out << u"Making the hostile files…"_s << Qt::endl;
    writeSharedStringsFlood(cases.at(0).path);
    writeEveryRow(cases.at(1).path);
    writeBytes(cases.at(2).path, ",", 64 * 1024 * 1024);
    writeBytes(cases.at(3).path, "a,b\n", 63 * 1024 * 1024);
    out << u"case"_s.leftJustified(44) << u"file MB  peak MB  ms     outcome"_s << Qt::endl;
    for (const Case &c : cases) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--case"_s, c.kind, u"--file"_s, c.path});
        child.waitForFinished(-1);
        const QStringList figures = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(u'\t');
        const qint64 size = QFile(c.path).size();
        out << c.what.leftJustified(44) << QString::number(double(size) / (1024 * 1024), 'f', 1).leftJustified(9)
            << figures.value(0).leftJustified(9) << figures.value(1).leftJustified(7) << figures.value(2) << Qt::endl;
    }
    return 0;
}
