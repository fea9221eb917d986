#include "SummaryDialog.h"

#include "ui_SummaryDialog.h"

#include "ScoreBandText.h"

#include "EnumNames.h"
#include "ScoreDistribution.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dotpha {

SummaryDialog::SummaryDialog(const ReportData &data, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SummaryDialog>())
{
    m_ui->setupUi(this);
    m_ui->dialogLayout->setStretch(1, 1);   // the figures and charts take the height
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showSummary(data);
}

SummaryDialog::~SummaryDialog() = default;

void SummaryDialog::showSummary(const ReportData &data)
{
    const YearFigures &figures = data.summary.figures;
    setWindowTitle(tr("Summary of %1").arg(figures.year));
    m_ui->sentenceLabel->setText(data.summary.sentence);
    const YearEndResults results(data.tasks);
    fillFigures(data, results);
    const int chartShown = m_ui->chartTabs->currentIndex();
    while (m_ui->chartTabs->count() > 0) {
        QWidget *chart = m_ui->chartTabs->widget(0);
        m_ui->chartTabs->removeTab(0);
        delete chart;
    }

    QList<std::pair<QString, double>> statuses;
    for (const TaskStatus status : allValues<TaskStatus>()) {
        if (status != TaskStatus::Rejected)
            statuses.append({EnumNames::name(status), figures.byStatus.value(status)});
    }
    addChart(barChart(tr("Registrations by status"), statuses, tr("Tasks"), Scale::Count), tr("Status"));

    QList<std::pair<QString, double>> ratings;
    for (const Rating rating : allValues<Rating>())
        ratings.append({EnumNames::name(rating), results.ratedAs(rating)});
    ratings.append({tr("Not rated yet"), results.unrated()});
    addChart(barChart(tr("Approved tasks by year-end rating"), ratings, tr("Tasks"), Scale::Count), tr("Rating"));

    const ScoreDistribution scores(results.approved(), data.committee.scoreThresholds);
    QList<std::pair<QString, double>> bands;
    for (const Rating level : allValues<Rating>())
        bands.append({ScoreBandText::of(level, scores.thresholds()), scores.inBandOf(level)});
    bands.append({tr("No score yet"), scores.unscored()});
    addChart(barChart(tr("Approved tasks by year-end score"), bands, tr("Tasks"), Scale::Count), tr("Score"));

    QList<std::pair<QString, double>> averages;
    const QMap<UnitKind, double> progress = results.averageProgressByUnitKind();
    for (auto it = progress.cbegin(); it != progress.cend(); ++it)
        averages.append({EnumNames::name(it.key()), it.value()});
    addChart(barChart(tr("Average progress of approved tasks by kind of unit"), averages, tr("Percent"), Scale::Percent),
             tr("Progress"));
    m_ui->chartTabs->setCurrentIndex(std::max(0, chartShown));
}

int SummaryDialog::chartCount() const
{
    return m_ui->chartTabs->count();
}

void SummaryDialog::fillFigures(const ReportData &data, const YearEndResults &results)
{
    const YearFigures &figures = data.summary.figures;
    QList<std::pair<QString, int>> rows = {{tr("Approved tasks (the year's results)"), int(results.approved().size())},
                                           {tr("Registrations not approved"), int(results.notApproved().size())},
                                           {tr("All tasks"), figures.total},
                                           {tr("Collective tasks"), figures.collective},
                                           {tr("Individual tasks"), figures.individual},
                                           {tr("People with tasks"), figures.peopleWithTasks}};
    for (auto it = figures.unitsWithTasks.cbegin(); it != figures.unitsWithTasks.cend(); ++it)
        rows.append({tr("Units with tasks: %1").arg(EnumNames::name(it.key())), it.value()});
    for (auto it = figures.byNature.cbegin(); it != figures.byNature.cend(); ++it)
        rows.append({tr("Nature: %1").arg(EnumNames::name(it.key())), it.value()});
    for (auto it = figures.byField.cbegin(); it != figures.byField.cend(); ++it)
        rows.append({tr("Field: %1").arg(it.key().isEmpty() ? tr("(none)") : it.key()), it.value()});
    rows.append({tr("Rejected, not counted"), figures.rejected});

    m_ui->figuresTable->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->figuresTable->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        auto *count = new QTableWidgetItem(QLocale().toString(rows.at(row).second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->figuresTable->setItem(row, 1, count);
    }
    m_ui->figuresTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->figuresTable->setMinimumWidth(380);
}

QChart *SummaryDialog::barChart(const QString &title, const QList<std::pair<QString, double>> &values,
                                const QString &axisTitle, Scale scale)
{
    auto *set = new QBarSet(axisTitle);
    set->setColor(QColor(0x9a, 0x1b, 0x1b));
    QStringList categories;
    double maximum = 1;
    for (const auto &[label, value] : values) {
        *set << value;
        categories << label;
        maximum = std::max(maximum, value);
    }
    // Horizontal bars leave room for long Vietnamese category names.
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    scaleAxis(*valueAxis, maximum, scale);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    return chart;
}

// Ticks at whole numbers only (a count axis of 0 to 2 read "0 0 1 1 2" with five ticks), at most
// about six of them; a percent axis from 0 to 100 % in steps of 20.
void SummaryDialog::scaleAxis(QValueAxis &axis, double maximum, Scale scale)
{
    axis.setTickType(QValueAxis::TicksDynamic);
    axis.setTickAnchor(0);
    if (scale == Scale::Percent) {
        axis.setRange(0, 100);
        axis.setTickInterval(20);
        axis.setLabelFormat(u"%d%%"_s);
        return;
    }
    const double wanted = std::max(1.0, std::ceil(maximum * 1.15));
    const auto niceStep = [wanted] {   // 1, 2, 5, 10, 20, 50, ...: the first that needs six ticks at most
        for (double magnitude = 1;; magnitude *= 10) {
            for (const double nice : {1.0, 2.0, 5.0}) {
                if (wanted / (nice * magnitude) <= 6)
                    return nice * magnitude;
            }
        }
    };
    const double step = niceStep();
    axis.setRange(0, std::ceil(wanted / step) * step);
    axis.setTickInterval(step);
    axis.setLabelFormat(u"%d"_s);
}

void SummaryDialog::addChart(QChart *chart, const QString &title)
{
    auto *view = new QChartView(chart, m_ui->chartTabs);
    view->setRenderHint(QPainter::Antialiasing);
    m_ui->chartTabs->addTab(view, title);
}

} // namespace dotpha
