#pragma once

#include "ReportData.h"
#include "ScoreThresholds.h"
#include "YearEndResults.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SummaryDialog;
}

class QChart;
class QValueAxis;

namespace dotpha {

// A year's summary on screen: the summary sentence, the figures by kind, unit kind, status,
// nature, field and rating, and charts of status (of every registration), and of rating and
// progress by kind of unit (of the approved tasks, the year's results: YearEndResults).
class SummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SummaryDialog(const ReportData &data, QWidget *parent = nullptr);
    ~SummaryDialog() override;

    // Shows data in place of what the dialog showed, on the same chart.
    void showSummary(const ReportData &data);
    int chartCount() const;
    // How a chart's value axis reads: whole numbers of tasks, or 0 to 100 percent.
    enum class Scale { Count, Percent };
    static QChart *barChart(const QString &title, const QList<std::pair<QString, double>> &values,
                            const QString &axisTitle, Scale scale);

private:
    void fillFigures(const ReportData &data, const YearEndResults &results);
    void addChart(QChart *chart, const QString &title);
    static void scaleAxis(QValueAxis &axis, double maximum, Scale scale);

    std::unique_ptr<Ui::SummaryDialog> m_ui;
};

} // namespace dotpha
