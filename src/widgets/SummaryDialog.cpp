#include "SummaryDialog.h"

#include "ui_SummaryDialog.h"

#include "ScoreBandText.h"

#include "EnumNames.h"
#include "ScoreDistribution.h"

#include "BarChartView.h"

#include <QHeaderView>

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
    addChart(tr("Registrations by status"), statuses, ChartScale::Kind::Count, tr("Status"));

    QList<std::pair<QString, double>> ratings;
    for (const Rating rating : allValues<Rating>())
        ratings.append({EnumNames::name(rating), results.ratedAs(rating)});
    ratings.append({tr("Not rated yet"), results.unrated()});
    addChart(tr("Approved tasks by year-end rating"), ratings, ChartScale::Kind::Count, tr("Rating"));

    const ScoreDistribution scores(results.approved(), data.committee.scoreThresholds);
    QList<std::pair<QString, double>> bands;
    for (const Rating level : allValues<Rating>())
        bands.append({ScoreBandText::of(level, scores.thresholds()), scores.inBandOf(level)});
    bands.append({tr("No score yet"), scores.unscored()});
    addChart(tr("Approved tasks by year-end score"), bands, ChartScale::Kind::Count, tr("Score"));

    QList<std::pair<QString, double>> averages;
    const QMap<UnitKind, double> progress = results.averageProgressByUnitKind();
    for (auto it = progress.cbegin(); it != progress.cend(); ++it)
        averages.append({EnumNames::name(it.key()), it.value()});
    addChart(tr("Average progress of approved tasks by kind of unit"), averages, ChartScale::Kind::Percent, tr("Progress"));
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

void SummaryDialog::addChart(const QString &title, const QList<std::pair<QString, double>> &values,
                             ChartScale::Kind kind, const QString &tab)
{
    m_ui->chartTabs->addTab(new BarChartView(title, values, kind, m_ui->chartTabs), tab);
}

} // namespace dotpha
