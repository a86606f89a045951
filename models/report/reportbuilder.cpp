#include "reportbuilder.h"

#include "kpi/kpiengine.h"
#include "reportgather.h"
#include "reporttext.h"
#include "store/store.h"
#include "store/storeclock.h"

#include <QFile>

namespace busola {

namespace {

ReportUnit unitOf(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Hours:
        return ReportUnit::Hours;
    case KpiUnit::Percent:
        return ReportUnit::Percent;
    case KpiUnit::Score:
        return ReportUnit::Score;
    case KpiUnit::Money:
        return ReportUnit::Money;
    case KpiUnit::Days:
        return ReportUnit::Days;
    case KpiUnit::Count:
        break;
    }
    return ReportUnit::Count;
}

ReportGroup groupOf(KpiData data)
{
    switch (data) {
    case KpiData::Support:
        return ReportGroup::Support;
    case KpiData::Sales:
        return ReportGroup::Sales;
    case KpiData::Customers:
        break;
    }
    return ReportGroup::Customers;
}

} // namespace

ReportStatus reportStatusOf(KpiStatus status)
{
    switch (status) {
    case KpiStatus::Met:
        return ReportStatus::Met;
    case KpiStatus::Near:
        return ReportStatus::Near;
    case KpiStatus::Missed:
        return ReportStatus::Missed;
    case KpiStatus::NoData:
        return ReportStatus::NoData;
    case KpiStatus::None:
        break;
    }
    return ReportStatus::None;
}

ReportBuilder::ReportBuilder(Store &store)
    : m_store(store)
{}

bool ReportBuilder::validate(const ReportRequest &request, QString *error) const
{
    QString why;
    if (!KpiPeriod::parse(request.period, QString(), &why)) {
        if (error)
            *error = why;
        return false;
    }
    for (auto it = request.filters.cbegin(); it != request.filters.cend(); ++it) {
        if (!isKnownDimension(it.key())) {
            if (error)
                *error =
                    tr("cannot filter on \"%1\": use one of %2")
                        .arg(it.key(),
                             (supportDimensions() + salesDimensions()).join(QStringLiteral(", ")));
            return false;
        }
    }
    if (request.language != QLatin1String("ro") && request.language != QLatin1String("en")) {
        if (error)
            *error = tr("the report's language is ro or en, not \"%1\"").arg(request.language);
        return false;
    }
    return true;
}

ReportData ReportBuilder::build(const ReportRequest &request, QString *error)
{
    ReportData data;
    if (!validate(request, error))
        return data;
    const KpiPeriod period = *KpiPeriod::parse(request.period, QString(), nullptr);
    KpiFilters filters;
    for (auto it = request.filters.cbegin(); it != request.filters.cend(); ++it)
        for (const QString &value : it.value())
            filters.add(it.key(), value);

    const ReportText text(request.language);
    data.request = request;
    data.companyName = m_store.setting(SettingKeys::CompanyName);
    data.logo = logo();
    data.currency = m_store.currency();
    data.periodFirst = period.first;
    data.periodLast = period.last;
    data.periodMonths = period.monthCount();
    data.filterText = filterText(request, text);
    data.generatedAt = QDateTime::currentDateTime();

    KpiEngine engine(m_store);
    gatherKpis(data, engine, period, filters, text);
    if (data.hasData)
        gatherBreakdowns(data, engine, period, filters, text);
    gatherSwot(data, text);
    gatherCompetitors(data);
    return data;
}

void ReportBuilder::gatherKpis(ReportData &data, KpiEngine &engine, const KpiPeriod &period,
                               const KpiFilters &filters, const ReportText &text)
{
    const Language language = text.isRomanian() ? Language::Romanian : Language::English;
    const QVector<KpiRow> rows = engine.report(period, filters);
    const int last = period.lastMonth();
    const int first = StoreClock::addMonths(last, -(HistoryMonths - 1));
    const QVector<Kpi> kpis = allKpis();
    const QVector<QVector<MonthValue>> history = engine.monthlySeries(kpis, first, last, filters);
    for (int i = 0; i < rows.size(); ++i) {
        const KpiRow &row = rows.at(i);
        const KpiDefinition &def = kpiDefinition(row.kpi);
        ReportKpi k;
        k.id = def.id;
        k.name = def.name(language);
        k.definition = def.definition(language);
        k.unit = unitOf(def.unit);
        k.group = groupOf(def.data);
        k.lowerIsBetter = def.direction == KpiDirection::LowerIsBetter;
        k.value = row.current.value;
        k.count = row.current.count;
        k.target = row.target.value;
        k.status = reportStatusOf(row.status);
        k.previous = row.previous.value;
        k.previousChangePct = row.previous.changePct;
        k.yearAgo = row.yearAgo.value;
        k.yearAgoChangePct = row.yearAgo.changePct;
        // Retention can have a value in a month without any record (customers active before
        // it); it alone does not make the period one with data.
        if (k.value && row.kpi != Kpi::RetentionRate)
            data.hasData = true;
        const int index = kpis.indexOf(row.kpi);
        const QVector<MonthValue> series =
            index >= 0 && index < history.size() ? history.at(index) : QVector<MonthValue>();
        QVector<ReportPoint> points;
        for (const MonthValue &mv : series)
            points << ReportPoint{mv.first, mv.second};
        k.series = points.mid(std::max(0, int(points.size()) - 12));
        k.forecast = reportForecast(points, k.unit, text);
        if (k.id == data.forecastKpiId)
            data.forecastHistory = points.mid(std::max(0, int(points.size()) - 24));
        data.kpis << k;
    }
}

QString ReportBuilder::filterText(const ReportRequest &request, const ReportText &text) const
{
    QStringList parts;
    for (auto it = request.filters.cbegin(); it != request.filters.cend(); ++it) {
        QStringList values;
        for (const QString &v : it.value())
            values << (it.key() == QLatin1String("channel") ? text.channel(v) : v);
        parts << text.dimension(it.key()) + QStringLiteral(": ") +
                     values.join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral("; "));
}

/// The setting holds a data: URL (what the Settings page writes); a plain file path is read
/// too, for stores set up by hand.
QByteArray ReportBuilder::logo() const
{
    const QString value = m_store.setting(SettingKeys::CompanyLogo).trimmed();
    if (value.isEmpty())
        return {};
    if (value.startsWith(QLatin1String("data:"))) {
        const int comma = value.indexOf(QLatin1Char(','));
        return comma < 0 ? QByteArray() : QByteArray::fromBase64(value.mid(comma + 1).toLatin1());
    }
    QFile file(value);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(8 * 1024 * 1024);
}

} // namespace busola
