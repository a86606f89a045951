#include "dashboardpage.h"

#include "breakdownchart.h"
#include "drilldowndialog.h"
#include "filterbar.h"
#include "forecast/forecastmodel.h"
#include "itemmodels/kpibreakdownmodel.h"
#include "itemmodels/kpirecordsmodel.h"
#include "itemmodels/kpisummarymodel.h"
#include "kpi/kpiformat.h"
#include "kpigauge.h"
#include "kpigaugeadapter.h"
#include "periodselector.h"
#include "store/store.h"
#include "trendchart.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace busola {

namespace {
const QString SettingsGroup = QStringLiteral("dashboard");
constexpr int TrendRanges[] = {12, 24, 36};
constexpr int MaxCachedDetails = 12;
/// Below this width the Sales group goes under the Support group.
constexpr int OneRowWidth = 1640;

KpiFormatter formatterFor(const Store &store)
{
    return KpiFormatter(uiLanguage(), store.currency());
}
} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_summary(new KpiSummaryModel(this))
    , m_forecast(new ForecastModel(this))
    , m_breakdownModel(new KpiBreakdownModel(this))
{
    // One worker: requests are serial, and a burst of clicks costs one extra run at most.
    m_pool.setMaxThreadCount(1);
    // The worker keeps its store connection while the page lives (see computeDashboard()).
    m_pool.setExpiryTimeout(-1);
    m_gauges.resize(KpiCount);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildControls());
    layout->addWidget(buildGauges());
    layout->addWidget(buildDetail(), 1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(&m_watcher, &QFutureWatcher<DashboardSnapshot>::finished, this,
            &DashboardPage::onComputed);
    connect(m_summary, &QAbstractItemModel::modelReset, this, &DashboardPage::refreshGauges);
    connect(m_period, &PeriodSelector::changed, this, &DashboardPage::onPeriodChanged);
    connect(m_filters, &FilterBar::filtersChanged, this, [this] {
        saveSettings();
        requestUpdate();
    });
    restoreSettings();
    retranslate();
    fillDimensionBox();
}

DashboardPage::~DashboardPage()
{
    writeSettings(true);
    // The worker holds no pointer into the page, but wait so its Store closes before ours.
    m_watcher.waitForFinished();
}

QWidget *DashboardPage::buildControls()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_period = new PeriodSelector(box);
    m_status = new QLabel(box);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_period, 1);
    top->addWidget(m_status);
    layout->addLayout(top);
    m_filters = new FilterBar(box);
    for (const QString &key : FilterBar::dimensionKeys()) {
        auto *values = new QStandardItemModel(this);
        m_filterValues.insert(key, values);
        m_filters->setValuesModel(key, values);
    }
    layout->addWidget(m_filters);
    return box;
}

QWidget *DashboardPage::buildGauges()
{
    auto *box = new QWidget;
    m_groupsLayout = new QBoxLayout(QBoxLayout::TopToBottom, box);
    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_supportBox = new QGroupBox(box);
    m_salesBox = new QGroupBox(box);
    auto *support = new QHBoxLayout(m_supportBox);
    auto *sales = new QHBoxLayout(m_salesBox);
    for (const KpiDefinition &definition : kpiDefinitions()) {
        const bool isSales = definition.data == KpiData::Sales;
        auto *gauge = new KpiGauge(isSales ? m_salesBox : m_supportBox);
        gauge->setObjectName(definition.id);
        gauge->setMaximumWidth(260);
        (isSales ? sales : support)->addWidget(gauge);
        m_gauges[int(definition.kpi)] = gauge;
        const Kpi kpi = definition.kpi;
        connect(gauge, &KpiGauge::clicked, this, [this, kpi] { selectKpi(kpi); });
    }
    sales->addStretch();
    m_groupsLayout->addWidget(m_supportBox, 7);
    m_groupsLayout->addWidget(m_salesBox, 3);
    return box;
}

QWidget *DashboardPage::buildDetail()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *header = new QHBoxLayout;
    m_detailTitle = new QLabel(box);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    header->addWidget(m_detailTitle, 1);
    m_range = new QButtonGroup(box);
    for (int months : TrendRanges) {
        auto *button = new QToolButton(box);
        button->setCheckable(true);
        button->setAutoRaise(false);
        m_range->addButton(button, months);
        header->addWidget(button);
    }
    styleRangeButtons();
    connect(m_range, &QButtonGroup::idClicked, this, &DashboardPage::setTrendMonths);
    m_records = new QPushButton(box);
    connect(m_records, &QPushButton::clicked, this, &DashboardPage::drillIntoValue);
    header->addSpacing(12);
    header->addWidget(m_records);
    layout->addLayout(header);

    m_forecastLabel = new QLabel(box);
    m_forecastLabel->setWordWrap(true);
    layout->addWidget(m_forecastLabel);

    auto *charts = new QHBoxLayout;
    m_trend = new TrendChart(box);
    m_trend->setModel(m_forecast);
    m_trend->setMinimumHeight(280);
    connect(m_trend, &TrendChart::monthClicked, this, &DashboardPage::drillIntoMonth);
    charts->addWidget(m_trend, 3);
    auto *right = new QVBoxLayout;
    auto *by = new QHBoxLayout;
    m_dimensionLabel = new QLabel(box);
    m_dimension = new QComboBox(box);
    m_dimensionLabel->setBuddy(m_dimension);
    by->addWidget(m_dimensionLabel);
    by->addWidget(m_dimension, 1);
    right->addLayout(by);
    m_breakdown = new BreakdownChart(box);
    m_breakdown->setModel(m_breakdownModel, KpiBreakdownModel::Group, KpiBreakdownModel::Value,
                          KpiBreakdownModel::Count);
    connect(m_breakdown, &BreakdownChart::groupClicked, this, &DashboardPage::drillIntoGroup);
    right->addWidget(m_breakdown, 1);
    charts->addLayout(right, 2);
    layout->addLayout(charts, 1);
    connect(m_dimension, &QComboBox::activated, this, [this] {
        m_breakdownBy.insert(kpiDefinition(m_selected).id, m_dimension->currentData().toString());
        saveSettings();
        requestUpdate();
    });
    return box;
}

void DashboardPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    if (const std::optional<PeriodChoice> period =
            PeriodChoice::fromSettingsString(settings.value(QStringLiteral("period")).toString())) {
        m_period->setChoice(*period);
    } else {
        // Month by default: the last month that holds data.
        const auto [first, last] = dataMonthRange(m_store);
        if (last > 0) {
            m_period->setAvailableMonths(first, last);
            m_period->setChoice(PeriodChoice::month(last / 100, last % 100));
        }
    }
    m_filters->setFilters(
        FilterBar::fromStringList(settings.value(QStringLiteral("filters")).toStringList()));
    const int months = settings.value(QStringLiteral("trendMonths"), 12).toInt();
    m_trendMonths =
        std::find(std::begin(TrendRanges), std::end(TrendRanges), months) != std::end(TrendRanges)
            ? months
            : 12;
    m_range->button(m_trendMonths)->setChecked(true);
    if (const KpiDefinition *kpi = findKpi(settings.value(QStringLiteral("kpi")).toString()))
        m_selected = kpi->kpi;
    const QStringList by = settings.value(QStringLiteral("breakdownBy")).toStringList();
    for (const QString &item : by) {
        const QStringList parts = item.split(QLatin1Char('='));
        if (parts.size() == 2)
            m_breakdownBy.insert(parts[0], parts[1]);
    }
}

void DashboardPage::saveSettings()
{
    // Writing QSettings ends with an fsync, which can take a long while on a busy disk: never
    // on the UI thread while the user waits for numbers. The choices are written a moment
    // after the last change, by a pool thread; the page's destructor writes what is left.
    m_settingsDirty = true;
    if (!m_saveTimer) {
        m_saveTimer = new QTimer(this);
        m_saveTimer->setSingleShot(true);
        m_saveTimer->setInterval(400);
        connect(m_saveTimer, &QTimer::timeout, this, [this] { writeSettings(false); });
    }
    m_saveTimer->start();
}

QVariantMap DashboardPage::settingsValues() const
{
    QVariantMap values;
    values.insert(QStringLiteral("period"), m_period->choice().toSettingsString());
    values.insert(QStringLiteral("filters"), m_filters->toStringList());
    values.insert(QStringLiteral("trendMonths"), m_trendMonths);
    values.insert(QStringLiteral("kpi"), kpiDefinition(m_selected).id);
    QStringList by;
    for (auto it = m_breakdownBy.cbegin(); it != m_breakdownBy.cend(); ++it)
        by << it.key() + QLatin1Char('=') + it.value();
    values.insert(QStringLiteral("breakdownBy"), by);
    return values;
}

void DashboardPage::writeSettings(bool wait)
{
    if (!m_settingsDirty)
        return;
    m_settingsDirty = false;
    auto write = [](const QVariantMap &values) {
        QSettings settings;
        settings.beginGroup(SettingsGroup);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            settings.setValue(it.key(), it.value());
    };
    const QVariantMap values = settingsValues();
    m_saving.waitForFinished(); // one writer at a time, in order
    if (wait)
        write(values);
    else
        m_saving = QtConcurrent::run(QThreadPool::globalInstance(), write, values);
}

KpiPeriod DashboardPage::currentPeriod() const
{
    const PeriodChoice choice = m_period->choice();
    switch (choice.kind) {
    case PeriodChoice::Kind::Month:
        return KpiPeriod::month(choice.firstMonth());
    case PeriodChoice::Kind::Quarter:
        return KpiPeriod::quarter(choice.from.year(), (choice.from.month() - 1) / 3 + 1);
    case PeriodChoice::Kind::Year:
        return KpiPeriod::year(choice.from.year());
    case PeriodChoice::Kind::Custom:
        break;
    }
    return KpiPeriod::custom(choice.from, choice.to);
}

KpiFilters DashboardPage::currentFilters() const
{
    KpiFilters filters;
    for (const DashboardFilter &filter : m_filters->filters())
        filters.add(filter.first, filter.second);
    return filters;
}

DashboardRequest DashboardPage::currentRequest() const
{
    DashboardRequest request;
    request.storeLocation = m_store.location();
    request.period = currentPeriod();
    request.filters = currentFilters();
    request.selected = m_selected;
    request.trendMonths = m_trendMonths;
    request.breakdownDimension = m_dimension->currentData().toString();
    return request;
}

QString DashboardPage::kpisKey() const
{
    PeriodChoice choice = m_period->choice();
    choice.comparison = PeriodChoice::Comparison::Previous;
    return choice.toSettingsString() + QLatin1Char('|') +
           m_filters->toStringList().join(QLatin1Char('|'));
}

void DashboardPage::onPeriodChanged()
{
    saveSettings();
    // Both comparisons come with every snapshot: switching between them needs no computation.
    if (!isBusy() && kpisKey() == m_shownKpisKey) {
        refreshGauges();
        return;
    }
    requestUpdate();
}

bool DashboardPage::isBusy() const
{
    // m_computing, not m_watcher.isRunning(): a finished run is still busy until shown.
    return m_computing || m_pending;
}

void DashboardPage::refresh()
{
    m_started = true;
    // The data may have changed (an import): nothing shown or cached stands.
    m_shownKpisKey.clear();
    m_details.clear();
    requestUpdate();
}

QString DashboardPage::detailKey() const
{
    // What the uncut forecast and the breakdown depend on; the trend's range only through the
    // months the forecast is fitted on.
    return kpiDefinition(m_selected).id + QLatin1Char('|') + kpisKey() + QLatin1Char('|') +
           m_dimension->currentData().toString() + QLatin1Char('|') +
           QString::number(fittedMonths(m_trendMonths));
}

bool DashboardPage::showCachedDetail()
{
    const QString key = detailKey();
    for (int i = 0; i < m_details.size(); ++i) {
        if (m_details.at(i).key != key)
            continue;
        m_details.move(i, 0);
        showDetail(m_details.constFirst().uncutForecast, m_details.constFirst().breakdown);
        return true;
    }
    return false;
}

void DashboardPage::showDetail(const Forecast &uncutForecast,
                               const QVector<KpiBreakdownEntry> &breakdown)
{
    const Forecast forecast =
        cutToMonths(uncutForecast, currentPeriod().lastMonth(), m_trendMonths);
    m_forecast->setForecast(forecast);
    m_breakdownModel->setEntries(m_selected, m_dimension->currentData().toString(), breakdown);
    m_lastForecast = forecast;
    updateDetailTexts(forecast);
}

void DashboardPage::requestUpdate()
{
    if (!m_started)
        return;
    m_requestedKpisKey = kpisKey();
    // Only the detail changed, and it was computed a moment ago: shown at once.
    if (!isBusy() && m_requestedKpisKey == m_shownKpisKey && showCachedDetail()) {
        emit updated(0);
        return;
    }
    DashboardRequest request = currentRequest();
    request.withKpis = m_requestedKpisKey != m_shownKpisKey;
    m_requestedDetailKey = detailKey();
    if (m_synchronous) {
        request.generation = ++m_generation;
        apply(computeDashboard(m_store, request));
        return;
    }
    if (m_computing) {
        // The running answer is for old choices: drop it and ask again when it is in.
        m_pending = true;
        return;
    }
    request.generation = ++m_generation;
    m_status->setText(tr("Updating…"));
    m_computing = true;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [request] { return computeDashboard(request); }));
}

void DashboardPage::onComputed()
{
    m_computing = false;
    if (m_pending) {
        m_pending = false;
        requestUpdate();
        return;
    }
    const DashboardSnapshot snapshot = m_watcher.result();
    if (snapshot.generation == m_generation)
        apply(snapshot);
}

void DashboardPage::apply(const DashboardSnapshot &snapshot)
{
    m_status->setText(snapshot.error.isEmpty()
                          ? QString()
                          : tr("Could not compute the KPIs: %1").arg(snapshot.error));
    if (snapshot.lastDataMonth > 0)
        m_period->setAvailableMonths(snapshot.firstDataMonth, snapshot.lastDataMonth);
    if (snapshot.withKpis) {
        applyFilterValues(snapshot.dimensionValues);
        m_summary->setRows(snapshot.rows);
        m_shownKpisKey = m_requestedKpisKey;
    }
    showDetail(snapshot.uncutForecast, snapshot.breakdown);
    if (snapshot.error.isEmpty()) {
        m_details.prepend({m_requestedDetailKey, snapshot.uncutForecast, snapshot.breakdown});
        while (m_details.size() > MaxCachedDetails)
            m_details.removeLast();
    }
    emit updated(snapshot.elapsedMs);
}

void DashboardPage::applyFilterValues(const QMap<QString, QStringList> &values)
{
    const KpiFormatter format = formatterFor(m_store);
    for (auto it = m_filterValues.begin(); it != m_filterValues.end(); ++it) {
        QStandardItemModel *model = it.value();
        const QStringList keys = values.value(it.key());
        if (model->property("keys").toStringList() == keys)
            continue; // the usual case: same values, nothing to rebuild
        model->clear();
        for (const QString &key : keys) {
            auto *item = new QStandardItem(format.groupLabel(key, it.key()));
            item->setData(key, Qt::UserRole);
            model->appendRow(item);
        }
        model->setProperty("keys", keys);
    }
}

void DashboardPage::refreshGauges()
{
    const PeriodChoice choice = m_period->choice();
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        const GaugeData gaugeData =
            gaugeDataFromSummary(*m_summary, row, choice.kind, choice.comparison);
        const KpiDefinition *definition = findKpi(gaugeData.kpiId);
        if (!definition)
            continue;
        KpiGauge *gauge = m_gauges.value(int(definition->kpi));
        gauge->setData(gaugeData);
        gauge->setSelected(definition->kpi == m_selected);
    }
}

void DashboardPage::selectKpi(Kpi kpi)
{
    m_selected = kpi;
    for (int i = 0; i < m_gauges.size(); ++i)
        m_gauges[i]->setSelected(i == int(kpi));
    fillDimensionBox();
    saveSettings();
    m_scroll->ensureWidgetVisible(m_trend, 0, 0);
    requestUpdate();
}

void DashboardPage::setTrendMonths(int months)
{
    if (QAbstractButton *button = m_range->button(months))
        button->setChecked(true);
    if (months == m_trendMonths)
        return;
    m_trendMonths = months;
    saveSettings();
    requestUpdate();
}

void DashboardPage::fillDimensionBox()
{
    const KpiDefinition &definition = kpiDefinition(m_selected);
    m_dimension->clear();
    for (const QString &dimension : definition.dimensions)
        m_dimension->addItem(FilterBar::dimensionName(dimension), dimension);
    const int index = m_dimension->findData(m_breakdownBy.value(definition.id));
    m_dimension->setCurrentIndex(std::max(0, index));
    const bool any = !definition.dimensions.isEmpty();
    m_dimension->setEnabled(any);
    m_breakdown->setEnabled(any);
}

void DashboardPage::updateDetailTexts(const Forecast &forecast)
{
    const KpiDefinition &definition = kpiDefinition(m_selected);
    const KpiFormatter format = formatterFor(m_store);
    m_detailTitle->setText(definition.name(uiLanguage()));
    auto formatValue = [format, &definition](double value) {
        return format.value(definition, value);
    };
    m_trend->setValueFormatter(formatValue);
    m_breakdown->setValueFormatter(formatValue);
    GaugeInput range;
    applyKpiRange(m_selected, &range);
    m_trend->setValueRange(range.rangeMin, range.rangeMax);

    std::optional<double> target;
    for (const KpiRow &row : m_summary->rows()) {
        if (row.kpi == m_selected)
            target = row.target.value;
    }
    const QString targetText =
        target ? tr("Target: %1").arg(format.value(definition, target)) : QString();
    m_trend->setTarget(target, targetText);
    m_breakdown->setTarget(target, targetText);
    m_breakdown->setTitle(tr("By %1").arg(m_dimension->currentText().toLower()));

    if (!forecast.valid || forecast.points.isEmpty()) {
        m_forecastLabel->setText(tr("No forecast: the period's months hold no data."));
        return;
    }
    const ForecastPoint &next = forecast.points.constFirst();
    QString text = tr("Forecast (%1) for %2: %3")
                       .arg(methodName(forecast.method),
                            format.locale().toString(StoreClock::firstDayOf(next.month),
                                                     QStringLiteral("MMMM yyyy")),
                            format.value(definition, next.value));
    const Backtest &backtest = forecast.backtest;
    if (!backtest.valid)
        text += QStringLiteral(" · ") + tr("too little history to measure its error");
    else if (backtest.usesMape())
        text += QStringLiteral(" · ") +
                tr("mean error %1 %").arg(format.locale().toString(backtest.mape, 'f', 0));
    else
        text += QStringLiteral(" · ") +
                tr("mean absolute error %1").arg(format.value(definition, backtest.mae));
    m_forecastLabel->setText(text);
}

void DashboardPage::openDrillDown(const QString &title, const KpiPeriod &period,
                                  const KpiFilters &filters)
{
    auto *records = new KpiRecordsModel(m_store);
    records->setLanguage(uiLanguage(), m_store.currency());
    records->setQuery(m_selected, period, filters);
    DrillDownSource source;
    source.model = records;
    source.setTextFilter = [records](const QString &text) { records->setTextFilter(text); };
    source.totalCount = [records] { return records->totalCount(); };
    auto *dialog = new DrillDownDialog(source, title, this);
    records->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DashboardPage::drillIntoValue()
{
    openDrillDown(kpiDefinition(m_selected).name(uiLanguage()) + QStringLiteral(" — ") +
                      m_period->choice().label(),
                  currentPeriod(), currentFilters());
}

void DashboardPage::drillIntoMonth(int monthKey)
{
    openDrillDown(kpiDefinition(m_selected).name(uiLanguage()) + QStringLiteral(" — ") +
                      PeriodChoice::month(monthKey / 100, monthKey % 100).label(),
                  KpiPeriod::month(monthKey), currentFilters());
}

void DashboardPage::drillIntoGroup(int row)
{
    const QString dimension = m_dimension->currentData().toString();
    const QModelIndex index = m_breakdownModel->index(row, KpiBreakdownModel::Group);
    KpiFilters filters = currentFilters();
    filters.values[dimension] = QStringList{index.data(KpiBreakdownModel::KeyRole).toString()};
    openDrillDown(kpiDefinition(m_selected).name(uiLanguage()) + QStringLiteral(" — ") +
                      FilterBar::dimensionName(dimension) + QStringLiteral(": ") +
                      index.data().toString(),
                  currentPeriod(), filters);
}

void DashboardPage::retranslate()
{
    m_supportBox->setTitle(tr("Support"));
    m_salesBox->setTitle(tr("Sales"));
    for (int months : TrendRanges)
        m_range->button(months)->setText(tr("%1 months", nullptr, months).arg(months));
    m_records->setText(tr("&Records…"));
    m_records->setToolTip(tr("The records behind the selected KPI's value"));
    m_dimensionLabel->setText(tr("&Breakdown by:"));
    m_summary->setLanguage(uiLanguage(), m_store.currency());
    m_breakdownModel->setLanguage(uiLanguage(), m_store.currency());
    const int current = m_dimension->currentIndex();
    fillDimensionBox();
    m_dimension->setCurrentIndex(current);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshGauges();
        requestUpdate();
    }
    if (event->type() == QEvent::PaletteChange)
        styleRangeButtons();
    QWidget::changeEvent(event);
}

// The style's own checked look (a slightly darker bevel) hardly differs from the unchecked
// one in a dark palette: the checked range takes the highlight colours, as a selection does.
void DashboardPage::styleRangeButtons()
{
    // The page's own colours: on a palette change the page hears of it before its children.
    const QString sheet =
        QStringLiteral("QToolButton:checked { background: %1; color: %2; border: 1px solid %1;"
                       " border-radius: 3px; padding: 2px 6px; }")
            .arg(palette().color(QPalette::Highlight).name(),
                 palette().color(QPalette::HighlightedText).name());
    for (QAbstractButton *button : m_range->buttons())
        button->setStyleSheet(sheet);
}

void DashboardPage::adaptLayout()
{
    // Ten gauges fit one row on a wide screen; else Sales goes under Support.
    const bool oneRow = m_scroll->viewport()->width() >= OneRowWidth;
    m_groupsLayout->setDirection(oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    adaptLayout();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    adaptLayout();
    if (!m_started)
        refresh();
}

} // namespace busola
