#pragma once

// A report's content written by hand, so renderer tests know every number they look for.

#include "report/reportdata.h"

#include <cmath>

namespace sample {

using namespace busola;

inline QVector<ReportPoint> months(int last, const QVector<std::optional<double>> &values)
{
    QVector<ReportPoint> out;
    for (int i = 0; i < values.size(); ++i) {
        int m = last;
        for (int k = 0; k < values.size() - 1 - i; ++k)
            m = (m % 100 == 1) ? m - 100 + 11 : m - 1;
        out << ReportPoint{m, values.at(i)};
    }
    return out;
}

inline ReportKpi kpi(const QString &id, const QString &name, ReportUnit unit, ReportGroup group,
                     double value, std::optional<double> target, ReportStatus status)
{
    ReportKpi k;
    k.id = id;
    k.name = name;
    k.unit = unit;
    k.group = group;
    k.value = value;
    k.target = target;
    k.status = status;
    k.count = 120;
    k.previous = value * 0.9;
    k.previousChangePct = 100.0 / 9.0;
    k.yearAgo = value * 1.25;
    k.yearAgoChangePct = -20.0;
    QVector<std::optional<double>> values;
    for (int i = 0; i < 12; ++i)
        values << value * (0.8 + 0.02 * i + 0.05 * std::sin(i));
    values.last() = value;
    k.series = months(202610, values);
    k.forecast.valid = true;
    k.forecast.method = QStringLiteral("Holt-Winters");
    k.forecast.mape = 7.25;
    k.forecast.heldOutMonths = 6;
    k.forecast.points = {{202611, value * 1.02, value * 0.9, value * 1.14},
                         {202612, value * 1.04, value * 0.86, value * 1.22},
                         {202701, value * 1.05, value * 0.82, value * 1.28}};
    return k;
}

inline ReportData data(const QString &language = QStringLiteral("en"))
{
    ReportData d;
    d.request.language = language;
    d.request.period = QStringLiteral("2026-10");
    d.request.preparedBy = QStringLiteral("Ioana Popescu");
    d.request.reportDate = QDate(2026, 11, 27);
    d.request.notes = QStringLiteral("Acțiuni: răspuns în 24 h pe e-mail; instruire echipa Iași.\n"
                                     "- Review the chat backlog every Monday: first fix the flow of files.");
    d.companyName = QStringLiteral("Distribuție Șoimul SRL");
    d.periodFirst = QDate(2026, 10, 1);
    d.periodLast = QDate(2026, 10, 31);
    d.generatedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0));
    d.hasData = true;
    d.kpis = {
        kpi(QStringLiteral("response_time"), QStringLiteral("Average response time"),
            ReportUnit::Hours, ReportGroup::Support, 26.5, 24.0, ReportStatus::Near),
        kpi(QStringLiteral("fcr_rate"), QStringLiteral("First contact resolution"),
            ReportUnit::Percent, ReportGroup::Support, 72.4, 70.0, ReportStatus::Met),
        kpi(QStringLiteral("csat"), QStringLiteral("Customer satisfaction"), ReportUnit::Score,
            ReportGroup::Support, 4.21, 4.0, ReportStatus::Met),
        kpi(QStringLiteral("monthly_sales"), QStringLiteral("Total sales"), ReportUnit::Money,
            ReportGroup::Sales, 1234567.89, std::nullopt, ReportStatus::None),
    };
    ReportBreakdown channels;
    channels.dimension = QStringLiteral("channel");
    channels.kpiIds = {QStringLiteral("response_time"), QStringLiteral("fcr_rate")};
    channels.rows = {{QStringLiteral("phone"), {3.5, 80.0}, {ReportStatus::Met, ReportStatus::Met}},
                     {QStringLiteral("email"),
                      {30.25, std::nullopt},
                      {ReportStatus::Missed, ReportStatus::NoData}}};
    d.supportBreakdowns << channels;
    d.swot.found = true;
    d.swot.name = QStringLiteral("Octombrie 2026");
    d.swot.from = d.periodFirst;
    d.swot.to = d.periodLast;
    d.swot.quadrants[0] = {{QStringLiteral("Echipă stabilă în Cluj"), 3, QString(), QString(),
                            QDate(), QString(), ReportStatus::None}};
    d.swot.quadrants[1] = {{QStringLiteral("Timp de răspuns pe e-mail"), 2,
                            QStringLiteral("Andrei"), QStringLiteral("Program de tură"),
                            QDate(2026, 12, 15), QStringLiteral("response_time"),
                            ReportStatus::Near}};
    d.competitors = {{QStringLiteral("Rivalul Țărănesc"), ReportPricePosition::Lower, 12.5,
                      QStringLiteral("telefon, magazin"), 12.0, 4.4,
                      QStringLiteral("Livrare în 24 h")}};
    return d;
}

} // namespace sample
