#pragma once

#include "ChartScale.h"
#include "ReportData.h"
#include "ScoreThresholds.h"
#include "YearEndResults.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SummaryDialog;
}

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

private:
    void fillFigures(const ReportData &data, const YearEndResults &results);
    // A chart of its own tab (BarChartView, painted as the printed reports paint theirs).
    void addChart(const QString &title, const QList<std::pair<QString, double>> &values, ChartScale::Kind kind,
                  const QString &tab);

    std::unique_ptr<Ui::SummaryDialog> m_ui;
};

} // namespace dotpha
