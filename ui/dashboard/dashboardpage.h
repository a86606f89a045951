#pragma once

#include "dashboard/dashboardsnapshot.h"
#include "dashboard/periodchoice.h"

#include <QFutureWatcher>
#include <QMap>
#include <QThreadPool>
#include <QVariantMap>
#include <QVector>
#include <QWidget>

class QBoxLayout;
class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStandardItemModel;
class QTimer;

namespace busola {

class BreakdownChart;
class FilterBar;
class ForecastModel;
class KpiBreakdownModel;
class KpiGauge;
class KpiSummaryModel;
class PeriodSelector;
class Store;
class TrendChart;

/// The screen a manager opens every morning (PRODUCT.md, "Dashboard"): period and comparison,
/// filters, the ten KPIs as gauges in two groups, and for the gauge picked its trend (target,
/// forecast with its backtest error) and breakdown, with the records behind any number.
///
/// Every change of period, filters, KPI or chart range asks for one DashboardSnapshot computed
/// on a worker thread (its own Store connection); requests made while one runs are folded into
/// one more run, and stale answers are dropped. The choices are remembered in QSettings.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Store &store, QWidget *parent = nullptr);
    ~DashboardPage() override;

    KpiGauge *gauge(Kpi kpi) const { return m_gauges.value(int(kpi)); }
    PeriodSelector *periodSelector() const { return m_period; }
    FilterBar *filterBar() const { return m_filters; }
    TrendChart *trendChart() const { return m_trend; }
    BreakdownChart *breakdownChart() const { return m_breakdown; }
    QComboBox *breakdownDimensionBox() const { return m_dimension; }
    QLabel *forecastLabel() const { return m_forecastLabel; }
    KpiSummaryModel *summaryModel() const { return m_summary; }

    Kpi selectedKpi() const { return m_selected; }
    void selectKpi(Kpi kpi);
    int trendMonths() const { return m_trendMonths; }
    void setTrendMonths(int months);
    /// True while a snapshot is being computed or a request waits for one.
    bool isBusy() const;
    /// Computes on the calling thread instead of a worker (deterministic tests).
    void setSynchronous(bool synchronous) { m_synchronous = synchronous; }
    /// Computes everything again (after an import, say).
    void refresh();

signals:
    /// A snapshot has been shown; elapsedMs is the time its computation took.
    void updated(double elapsedMs);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildGauges();
    QWidget *buildDetail();
    void restoreSettings();
    /// Remembers the choices: written shortly, off the UI thread (see saveSettings()).
    void saveSettings();
    QVariantMap settingsValues() const;
    void writeSettings(bool wait);
    DashboardRequest currentRequest() const;
    void requestUpdate();
    void onComputed();
    void apply(const DashboardSnapshot &snapshot);
    void refreshGauges();
    void applyFilterValues(const QMap<QString, QStringList> &values);
    void updateDetailTexts(const Forecast &forecast);
    void fillDimensionBox();
    void openDrillDown(const QString &title, const KpiPeriod &period, const KpiFilters &filters);
    void drillIntoMonth(int monthKey);
    void drillIntoGroup(int row);
    void drillIntoValue();
    void retranslate();
    void adaptLayout();
    /// The checked trend range painted as a selection, in the palette's highlight colours.
    void styleRangeButtons();
    KpiPeriod currentPeriod() const;
    /// What the ten KPIs depend on: period and filters (not the comparison: both are computed).
    QString kpisKey() const;
    void onPeriodChanged();
    KpiFilters currentFilters() const;

    Store &m_store;
    PeriodSelector *m_period = nullptr;
    FilterBar *m_filters = nullptr;
    QScrollArea *m_scroll = nullptr;
    QBoxLayout *m_groupsLayout = nullptr;
    QGroupBox *m_supportBox = nullptr;
    QGroupBox *m_salesBox = nullptr;
    QVector<KpiGauge *> m_gauges;
    QLabel *m_detailTitle = nullptr;
    QButtonGroup *m_range = nullptr;
    QLabel *m_forecastLabel = nullptr;
    QLabel *m_dimensionLabel = nullptr;
    QComboBox *m_dimension = nullptr;
    QPushButton *m_records = nullptr;
    QLabel *m_status = nullptr;
    TrendChart *m_trend = nullptr;
    BreakdownChart *m_breakdown = nullptr;
    KpiSummaryModel *m_summary = nullptr;
    ForecastModel *m_forecast = nullptr;
    KpiBreakdownModel *m_breakdownModel = nullptr;
    QMap<QString, QStandardItemModel *> m_filterValues;

    QTimer *m_saveTimer = nullptr;
    QFuture<void> m_saving;
    bool m_settingsDirty = false;
    QThreadPool m_pool;
    QFutureWatcher<DashboardSnapshot> m_watcher;
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_computing = false; ///< a run has started and its answer is not shown yet
    bool m_synchronous = false;
    bool m_started = false;

    Kpi m_selected = Kpi::ResponseTime;
    int m_trendMonths = 12;
    QMap<QString, QString> m_breakdownBy; ///< per KPI id: the dimension last chosen
    Forecast m_lastForecast;
    QString m_shownKpisKey;     ///< of the rows on screen
    QString m_requestedKpisKey; ///< of the rows being computed

    /// The trend's forecast (uncut) and the breakdown of recent requests, most recent first:
    /// a change of chart range, or back to a KPI or period seen, needs no computation.
    struct CachedDetail
    {
        QString key;
        Forecast uncutForecast;
        QVector<KpiBreakdownEntry> breakdown;
    };
    QString detailKey() const;
    bool showCachedDetail();
    void showDetail(const Forecast &uncutForecast, const QVector<KpiBreakdownEntry> &breakdown);
    QList<CachedDetail> m_details;
    QString m_requestedDetailKey; ///< of the detail being computed
};

} // namespace busola
