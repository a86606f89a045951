#include "../cli.h"
#include "../commandcontext.h"
#include "forecast/kpiforecast.h"
#include "store/store.h"
#include "store/storeclock.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace busola {

namespace {

/// Translation context of this file's messages, in a form lupdate reads.
struct ForecastCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(busola::ForecastCommand)
};

struct ForecastRequest
{
    const KpiDefinition *kpi = nullptr;
    int horizon = 0; // 0: the store's setting
    int lastMonth = 0;
    KpiFilters filters;
    bool json = false;
    Language language = Language::Romanian;
    QLocale locale{QLocale::Romanian, QLocale::Romania};
};

QString monthText(int month)
{
    return QStringLiteral("%1-%2").arg(month / 100).arg(month % 100, 2, 10, QLatin1Char('0'));
}

/// In the table, numbers follow the language (ro: 1.234,56); JSON keeps plain numbers.
QString number(double value, const QLocale &locale)
{
    return std::isnan(value) ? QStringLiteral("—") : locale.toString(value, 'f', 2);
}

QJsonValue jsonNumber(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

/// The error to show beside the forecast: MAPE in %, or MAE in the KPI's unit.
QString backtestText(const Backtest &b, const QString &unit, const QLocale &locale)
{
    if (!b.valid)
        return ForecastCommandTr::tr("no backtest (fewer than %1 months of history before the last %2)")
            .arg(MinBacktestTraining)
            .arg(BacktestMonths);
    if (b.usesMape())
        return ForecastCommandTr::tr("mean error %1 % (MAPE over the last %2 months, held out)")
            .arg(locale.toString(b.mape, 'f', 1))
            .arg(b.heldOut);
    return ForecastCommandTr::tr("mean error %1 %2 (MAE over the last %3 months, held out; MAPE is undefined "
              "when a month is 0)")
        .arg(number(b.mae, locale), unit)
        .arg(b.heldOut);
}

QString parametersText(const Forecast &f, const QLocale &locale)
{
    switch (f.method) {
    case ForecastMethod::Mean:
        return QString();
    case ForecastMethod::HoltLinear:
        return QStringLiteral(" (α %1, β %2)")
            .arg(locale.toString(f.parameters.alpha, 'f', 3),
                 locale.toString(f.parameters.beta, 'f', 3));
    case ForecastMethod::HoltWintersAdditive:
        return QStringLiteral(" (α %1, β %2, γ %3)")
            .arg(locale.toString(f.parameters.alpha, 'f', 3),
                 locale.toString(f.parameters.beta, 'f', 3),
                 locale.toString(f.parameters.gamma, 'f', 3));
    }
    return QString();
}

void printTable(QTextStream &out, const ForecastRequest &request, const Forecast &f,
                const QString &unit)
{
    const QLocale &locale = request.locale;
    out << request.kpi->id << " — " << request.kpi->name(request.language) << " (" << unit << ")\n"
        << ForecastCommandTr::tr("Method: %1%2, %3 months of history")
               .arg(methodName(f.method), parametersText(f, locale))
               .arg(f.history.values.size())
        << '\n'
        << ForecastCommandTr::tr("Backtest: %1").arg(backtestText(f.backtest, unit, locale)) << "\n\n";
    const QStringList header{ForecastCommandTr::tr("Month"), ForecastCommandTr::tr("Actual"), ForecastCommandTr::tr("Forecast"), ForecastCommandTr::tr("Lower 80 %"),
                             ForecastCommandTr::tr("Upper 80 %")};
    for (const QString &h : header)
        out << h.rightJustified(h == header.first() ? 7 : 14) << ' ';
    out << '\n';
    for (int i = 0; i < f.history.values.size(); ++i) {
        out << monthText(StoreClock::addMonths(f.history.firstMonth, i)) << ' '
            << number(f.history.values[i], locale).rightJustified(14) << '\n';
    }
    for (const ForecastPoint &p : f.points) {
        out << monthText(p.month) << ' ' << QString().rightJustified(14) << ' '
            << number(p.value, locale).rightJustified(14) << ' '
            << number(p.lower, locale).rightJustified(14) << ' '
            << number(p.upper, locale).rightJustified(14) << '\n';
    }
}

QJsonObject backtestJson(const Backtest &b)
{
    QJsonObject o;
    o[QStringLiteral("held_out_months")] = b.heldOut;
    o[QStringLiteral("method")] = methodId(b.method);
    o[QStringLiteral("error")] = b.usesMape() ? QStringLiteral("mape") : QStringLiteral("mae");
    o[QStringLiteral("mape")] = jsonNumber(b.mape);
    o[QStringLiteral("mae")] = jsonNumber(b.mae);
    return o;
}

void printJson(QTextStream &out, const ForecastRequest &request, const Forecast &f,
               const QString &unit)
{
    QJsonObject root;
    root[QStringLiteral("kpi")] = request.kpi->id;
    root[QStringLiteral("unit")] = unit;
    root[QStringLiteral("method")] = methodId(f.method);
    root[QStringLiteral("parameters")] = QJsonObject{{QStringLiteral("alpha"), f.parameters.alpha},
                                                     {QStringLiteral("beta"), f.parameters.beta},
                                                     {QStringLiteral("gamma"), f.parameters.gamma}};
    root[QStringLiteral("interval")] = IntervalLevel;
    QJsonArray history;
    for (int i = 0; i < f.history.values.size(); ++i) {
        history.append(QJsonObject{
            {QStringLiteral("month"), monthText(StoreClock::addMonths(f.history.firstMonth, i))},
            {QStringLiteral("value"), jsonNumber(f.history.values[i])}});
    }
    root[QStringLiteral("history")] = history;
    QJsonArray points;
    for (const ForecastPoint &p : f.points) {
        points.append(QJsonObject{{QStringLiteral("month"), monthText(p.month)},
                                  {QStringLiteral("value"), jsonNumber(p.value)},
                                  {QStringLiteral("lower"), jsonNumber(p.lower)},
                                  {QStringLiteral("upper"), jsonNumber(p.upper)}});
    }
    root[QStringLiteral("forecast")] = points;
    root[QStringLiteral("backtest")] =
        f.backtest.valid ? QJsonValue(backtestJson(f.backtest)) : QJsonValue();
    QJsonObject filters;
    for (auto it = request.filters.values.cbegin(); it != request.filters.values.cend(); ++it)
        filters[it.key()] = QJsonArray::fromStringList(it.value());
    root[QStringLiteral("filters")] = filters;
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

/// Reads the options into request; on a wrong value returns the message for a usage error.
QString readRequest(const QCommandLineParser &parser, ForecastRequest *request)
{
    const QString id = parser.value(QStringLiteral("kpi"));
    if (id.isEmpty())
        return ForecastCommandTr::tr("--kpi is required, e.g. --kpi monthly_sales.");
    request->kpi = findKpi(id);
    if (!request->kpi)
        return ForecastCommandTr::tr("unknown KPI: %1.").arg(id);
    if (parser.isSet(QStringLiteral("horizon"))) {
        bool ok = false;
        request->horizon = parser.value(QStringLiteral("horizon")).toInt(&ok);
        if (!ok || request->horizon < MinHorizon || request->horizon > MaxHorizon)
            return ForecastCommandTr::tr("--horizon takes a number of months from %1 to %2.")
                .arg(MinHorizon)
                .arg(MaxHorizon);
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const QDate to =
            QDate::fromString(parser.value(QStringLiteral("to")) + QStringLiteral("-01"),
                              QStringLiteral("yyyy-MM-dd"));
        if (!to.isValid())
            return ForecastCommandTr::tr("--to takes a month as YYYY-MM, e.g. 2026-10.");
        request->lastMonth = StoreClock::monthKeyOf(to);
    }
    for (const QString &filter : parser.values(QStringLiteral("filter"))) {
        const int equals = filter.indexOf(QLatin1Char('='));
        const QString dimension = filter.left(equals).trimmed(); // as `busola kpi` reads it
        if (equals < 1 || !request->kpi->dimensions.contains(dimension))
            return ForecastCommandTr::tr("--filter takes DIMENSION=VALUE, where %1 can be filtered by: %2.")
                .arg(request->kpi->id, request->kpi->dimensions.isEmpty()
                                           ? ForecastCommandTr::tr("nothing")
                                           : request->kpi->dimensions.join(QStringLiteral(", ")));
        request->filters.add(dimension, filter.mid(equals + 1).trimmed());
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang != QLatin1String("ro") && lang != QLatin1String("en"))
        return ForecastCommandTr::tr("--lang takes ro or en, not %1.").arg(lang);
    request->language = lang == QLatin1String("en") ? Language::English : Language::Romanian;
    request->locale = lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                  : QLocale(QLocale::Romanian, QLocale::Romania);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return ForecastCommandTr::tr("--format takes table or json.");
    request->json = format == QLatin1String("json");
    return QString();
}

} // namespace

/// `busola forecast --kpi ID [--horizon N] [--filter DIM=VALUE]… [--to YYYY-MM]
/// [--format table|json] [--lang ro|en] [--db PATH]`: the KPI's monthly history, the method and
/// parameters fitted, the forecast with its 80 % interval, and the backtest error.
int runForecastCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandContext ctx;
    QCommandLineParser &parser = ctx.parser();
    parser.setApplicationDescription(ForecastCommandTr::tr("Forecast a KPI's monthly series."));
    parser.addOption({QStringLiteral("kpi"), ForecastCommandTr::tr("The KPI, e.g. monthly_sales."), ForecastCommandTr::tr("ID")});
    parser.addOption({QStringLiteral("horizon"),
                      ForecastCommandTr::tr("Months to forecast, %1 to %2 (default: the store's setting, %3 unless "
                         "changed).")
                          .arg(MinHorizon)
                          .arg(MaxHorizon)
                          .arg(DefaultHorizon),
                      ForecastCommandTr::tr("N")});
    parser.addOption({QStringLiteral("filter"),
                      ForecastCommandTr::tr("Only records with this value, e.g. owner=Ana (repeatable)."),
                      ForecastCommandTr::tr("DIMENSION=VALUE")});
    parser.addOption({QStringLiteral("to"),
                      ForecastCommandTr::tr("Last month of the history, YYYY-MM (default: the last with data)."),
                      ForecastCommandTr::tr("MONTH")});
    parser.addOption({QStringLiteral("format"), ForecastCommandTr::tr("table (default) or json."), ForecastCommandTr::tr("FORMAT"),
                      QStringLiteral("table")});
    parser.addOption({QStringLiteral("lang"),
                      ForecastCommandTr::tr("Language of the KPI's name and of numbers in the table: ro (default) "
                         "or en."),
                      ForecastCommandTr::tr("LANG"), QStringLiteral("ro")});
    if (!ctx.parse(QStringLiteral("forecast")))
        return ExitUsage;
    ForecastRequest request;
    const QString problem = readRequest(parser, &request);
    if (!problem.isEmpty())
        return ctx.usageError(problem);

    std::unique_ptr<Store> store = ctx.openStore();
    if (!store)
        return ExitBadInput;
    if (request.horizon == 0)
        request.horizon = forecastHorizon(*store);
    KpiEngine engine(*store);
    QString error;
    const Forecast forecast = forecastKpi(engine, request.kpi->kpi, request.filters,
                                          request.horizon, request.lastMonth, &error);
    if (!error.isEmpty()) {
        ctx.err() << "busola: " << error << '\n';
        return ExitBadInput;
    }
    if (!forecast.valid) {
        ctx.err()
            << "busola: "
            << ForecastCommandTr::tr("%1 has no value in %2 to forecast from.").arg(request.kpi->id, store->location())
            << '\n';
        return ExitBadInput;
    }
    const QString unit = request.kpi->unitCode(store->currency());
    if (request.json)
        printJson(ctx.out(), request, forecast, unit);
    else
        printTable(ctx.out(), request, forecast, unit);
    return ExitOk;
}

} // namespace busola
