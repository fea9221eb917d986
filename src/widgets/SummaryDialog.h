#pragma once

#include "ReportData.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SummaryDialog;
}

class QChart;

namespace dotpha {

// A year's summary on screen: the summary sentence, the figures by kind, unit kind, status,
// nature, field and rating, and charts of status, rating and progress by kind of unit.
class SummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SummaryDialog(const ReportData &data, QWidget *parent = nullptr);
    ~SummaryDialog() override;

    int chartCount() const;

private:
    void fillFigures(const ReportData &data);
    void addChart(QChart *chart, const QString &title);
    static QChart *barChart(const QString &title, const QList<std::pair<QString, double>> &values, const QString &axisTitle);

    std::unique_ptr<Ui::SummaryDialog> m_ui;
};

} // namespace dotpha
