#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace busola {

/// The parts of a report a manager can switch off, in the order they are printed.
enum class ReportSection { Summary, Support, Sales, Swot, Competitors, Forecast, Notes };
constexpr int ReportSectionCount = 7;

/// "summary", "support", ... : the command line's and the saved settings' names.
QString reportSectionKey(ReportSection section);
std::optional<ReportSection> reportSectionFromKey(const QString &key);
QVector<ReportSection> allReportSections();

/// What the manager asked for: the same choices on the Reports page and on the command line.
struct ReportRequest
{
    QString period = QStringLiteral("2026-10"); ///< 2026-10, 2026-Q4 or 2026 (KpiPeriod::parse)
    bool compareYearAgo = false;                ///< else the previous period
    QString language = QStringLiteral("ro");    ///< "ro" or "en", independent of the UI's
    QMap<QString, QStringList> filters;         ///< dimension → values (team, channel, region…)
    QVector<ReportSection> sections = allReportSections();
    QString notes;      ///< free text the manager typed: notes and action items, one per line
    QString preparedBy; ///< who prepared it, for the cover
    QDate reportDate;   ///< the date printed on the cover; invalid: today

    bool has(ReportSection section) const { return sections.contains(section); }
};

/// The plain values a report shows; the renderer formats them in the report's language.
enum class ReportUnit { Hours, Percent, Score, Money, Days, Count };
enum class ReportStatus { None, Met, Near, Missed, NoData };
enum class ReportGroup { Support, Sales, Customers };

/// One month of a series; value null when the month has no data (never drawn as 0).
struct ReportPoint
{
    int month = 0; ///< yyyymm
    std::optional<double> value;
};

/// One forecast month with its 80 % interval (lower/upper null when the spread is unknown).
struct ReportForecastPoint
{
    int month = 0;
    double value = 0;
    std::optional<double> lower;
    std::optional<double> upper;
};

struct ReportForecast
{
    bool valid = false;
    QString method;             ///< the method's name in the report's language
    std::optional<double> mape; ///< backtest mean absolute percentage error, %
    std::optional<double> mae;  ///< when MAPE is undefined (an actual of 0)
    int heldOutMonths = 0;
    QVector<ReportForecastPoint> points;
};

struct ReportBreakdownRow
{
    QString label;                         ///< the group's value, or the report's "(no value)"
    QVector<std::optional<double>> values; ///< one per column KPI
    QVector<ReportStatus> statuses;
};

/// A table of several KPIs per value of one dimension (channel, team, owner, region).
struct ReportBreakdown
{
    QString dimension;  ///< "channel", "team", ...
    QStringList kpiIds; ///< the columns
    QVector<ReportBreakdownRow> rows;
};

struct ReportKpi
{
    QString id;
    QString name; ///< in the report's language
    QString definition;
    ReportUnit unit = ReportUnit::Count;
    ReportGroup group = ReportGroup::Support;
    bool lowerIsBetter = false;
    std::optional<double> value;
    std::optional<double> target;
    ReportStatus status = ReportStatus::None;
    qint64 count = 0;
    std::optional<double> previous;
    std::optional<double> previousChangePct;
    std::optional<double> yearAgo;
    std::optional<double> yearAgoChangePct;
    QVector<ReportPoint> series; ///< the 12 months ending with the period
    ReportForecast forecast;     ///< from the last month of the series
};

struct ReportSwotItem
{
    QString text;
    int importance = 2; ///< 1 low … 3 high
    QString owner;
    QString action;
    QDate due;
    QString kpiId;
    ReportStatus kpiStatus = ReportStatus::None;
};

/// The board of the period, quadrants in the order strengths, weaknesses, opportunities, threats.
struct ReportSwot
{
    bool found = false;
    QString name;
    QDate from;
    QDate to;
    QString team;
    QVector<ReportSwotItem> quadrants[4];
};

enum class ReportPricePosition { Unknown, Lower, Similar, Higher };

struct ReportCompetitor
{
    QString name;
    ReportPricePosition pricePosition = ReportPricePosition::Unknown;
    std::optional<double> discountPct;
    QString channels;
    std::optional<double> responseTimeHours;
    std::optional<double> satisfaction;
    QString notes;
};

/// Everything a report shows, gathered once (ReportBuilder) and painted by the renderer, so
/// the renderer never queries the store and a test can hand it any content.
struct ReportData
{
    ReportRequest request;
    QString companyName;
    QByteArray logo; ///< image file bytes (PNG, JPEG, SVG…); empty: none
    QString currency = QStringLiteral("RON");
    QDate periodFirst;
    QDate periodLast;
    int periodMonths = 1;
    QString filterText; ///< "team = Suport Cluj", empty without a filter
    QDateTime generatedAt;
    bool hasData = false; ///< false: no record of any dataset in the period
    QVector<ReportKpi> kpis;
    QVector<ReportBreakdown> supportBreakdowns;
    QVector<ReportBreakdown> salesBreakdowns;
    QString forecastKpiId = QStringLiteral("monthly_sales"); ///< the forecast page's series
    QVector<ReportPoint> forecastHistory; ///< up to 24 months of it, ending with the period
    ReportSwot swot;
    QVector<ReportCompetitor> competitors;

    const ReportKpi *kpi(const QString &id) const;
};

} // namespace busola
