// Compares, in one run on one machine, the year-end report of a 2,000-task year written by Dotpha
// with LibreOffice converting a CSV of the same rows to PDF, and times the report of the largest
// year an office is expected to have, 18,980 tasks (a province's), and of 20,000. Prints medians.
//
//   dotpha-bench-reports [--runs R]      (LibreOffice: Debian package libreoffice-calc-nogui)

#include "BenchmarkCommandLine.h"
#include "BenchmarkReport.h"
#include "PdfExporter.h"
#include "ReportDataService.h"
#include "ReportText.h"
#include "VietnameseTerms.h"
#include "SyntheticDataGenerator.h"
#include "Workspace.h"
#include "YearEndReport.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace dotpha;

namespace {

QTextStream out(stdout);

QString csvField(QString text)
{
    text.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + text + u"\""_s;
}

// The rows of the report's task table, as a spreadsheet would hold them.
bool writeCsv(const ReportData &data, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream csv(&file);
    csv << u"STT,Tên việc,Đơn vị cá nhân,Mục tiêu kết quả cần đạt,Thời hạn,Kết quả,Đánh giá,Nhận xét,Điều chỉnh\n"_s;
    int row = 0;
    for (const Task &task : data.tasks) {
        csv << ++row << u","_s << csvField(task.title) << u","_s << csvField(ReportText::owner(task)) << u","_s
            << csvField(task.expectedResult.isEmpty() ? task.objective : task.expectedResult) << u","_s
            << task.deadline.toString(u"dd/MM/yyyy"_s) << u","_s << task.progressPercent << u"%,"_s
            << csvField(task.rating ? VietnameseTerms::word(*task.rating) : QString()) << u","_s
            << csvField(task.assessment) << u","_s << data.adjustments.value(task.id) << u"\n"_s;
    }
    return true;
}

ReportData collect(const QString &path, int tasks, int year)
{
    auto workspace = Workspace::open(path);
    if (!workspace || !SyntheticDataGenerator(workspace.value()->repositories()).generate(tasks, 1)) {
        out << "cannot generate " << path << Qt::endl;
        std::exit(1);
    }
    Result<ReportData> data = ReportDataService(workspace.value()->repositories()).collect(year);
    if (!data)
        std::exit(1);
    return std::move(data).value();
}

QList<double> timeReport(const ReportData &data, const QString &pdf, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!PdfExporter::write(YearEndReport(data), pdf))
            std::exit(1);
        times << bench::elapsedMs(timer);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const bench::CommandLine options(application.arguments(), u"usage: dotpha-bench-reports [--runs R]"_s,
                                     {u"--runs"_s});
    const int runs = options.number(u"--runs"_s, 3);
    QTemporaryDir folder;

    // generate spreads tasks evenly over five years: 10,000 give a year of 2,000.
    const ReportData small = collect(folder.filePath(u"small.sqlite"_s), 10000, 2023);
    out << u"Year-end report benchmark, "_s << runs << u" runs each"_s << Qt::endl;
    const QList<double> ours = timeReport(small, folder.filePath(u"small.pdf"_s), runs);
    bench::report(out, u"Dotpha, %1 tasks"_s.arg(small.tasks.size()), ours);

    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        out << "LibreOffice is not installed: no comparison" << Qt::endl;
    } else {
        const QString csv = folder.filePath(u"small.csv"_s);
        writeCsv(small, csv);
        QList<double> theirs;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            QProcess convert;
            convert.setStandardOutputFile(QProcess::nullDevice());
            convert.setStandardErrorFile(QProcess::nullDevice());
            convert.start(soffice, {u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, folder.path(), csv});
            convert.waitForFinished(-1);
            theirs << bench::elapsedMs(timer);
        }
        bench::report(out, u"LibreOffice, CSV of the same rows to PDF"_s, theirs);
        out << u"ratio Dotpha / LibreOffice (medians): "_s
            << QString::number(bench::median(ours) / bench::median(theirs), 'f', 2) << Qt::endl;
    }

    // generate spreads tasks evenly over five years: 94,900 give a year of 18,980.
    const ReportData province = collect(folder.filePath(u"province.sqlite"_s), 94900, 2023);
    bench::report(out, u"Dotpha, %1 tasks"_s.arg(province.tasks.size()),
                  timeReport(province, folder.filePath(u"province.pdf"_s), std::max(1, runs / 2)));
    const ReportData large = collect(folder.filePath(u"large.sqlite"_s), 100000, 2023);
    bench::report(out, u"Dotpha, %1 tasks"_s.arg(large.tasks.size()),
                  timeReport(large, folder.filePath(u"large.pdf"_s), std::max(1, runs / 2)));
    return 0;
}
