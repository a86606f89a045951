#include "../cli.h"
#include "../commandcontext.h"
#include "kpi/kpireport.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCommandLineOption>

#include <cstdio>

namespace busola {

namespace {

/// Translation context of this file's messages, in a form lupdate reads.
struct KpiCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(busola::KpiCommand)
};

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("period"),
                      KpiCommandTr::tr("The period: a month (2026-10), a quarter (2026-Q4), a year (2026), or "
                         "a date with --to."),
                      KpiCommandTr::tr("PERIOD")});
    parser.addOption({QStringLiteral("to"),
                      KpiCommandTr::tr("The end of a custom range (a month, quarter, "
                         "year or date; included)."),
                      KpiCommandTr::tr("PERIOD")});
    parser.addOption({QStringLiteral("compare"),
                      KpiCommandTr::tr("Compare with the previous period or the same period a year earlier: "
                         "previous (default) or year."),
                      KpiCommandTr::tr("WHAT"), QStringLiteral("previous")});
    parser.addOption({QStringLiteral("filter"),
                      KpiCommandTr::tr("Keep only records with this value, e.g. channel=phone (repeatable: the "
                         "same key means either value, different keys mean both)."),
                      KpiCommandTr::tr("KEY=VALUE")});
    parser.addOption({QStringLiteral("by"),
                      KpiCommandTr::tr("Break every KPI down by a dimension: channel, team, agent, owner, region "
                         "or lead_source."),
                      KpiCommandTr::tr("DIMENSION")});
    parser.addOption({QStringLiteral("format"), KpiCommandTr::tr("table (default), csv or json."), KpiCommandTr::tr("FORMAT"),
                      QStringLiteral("table")});
    parser.addOption({QStringLiteral("lang"),
                      KpiCommandTr::tr("Language of names and numbers: ro (default) or en."), KpiCommandTr::tr("LANG"),
                      QStringLiteral("ro")});
}

/// Reads the options into request; on a wrong value returns the message for a usage error.
QString readRequest(const QCommandLineParser &parser, KpiReportRequest *request)
{
    if (!parser.isSet(QStringLiteral("period")))
        return KpiCommandTr::tr("--period is required, e.g. --period 2026-10.");
    QString error;
    const std::optional<KpiPeriod> period = KpiPeriod::parse(
        parser.value(QStringLiteral("period")), parser.value(QStringLiteral("to")), &error);
    if (!period)
        return error;
    request->period = *period;
    const QString compare = parser.value(QStringLiteral("compare"));
    if (compare != QLatin1String("previous") && compare != QLatin1String("year"))
        return KpiCommandTr::tr("--compare takes previous or year, not %1.").arg(compare);
    request->compareYearAgo = compare == QLatin1String("year");
    for (const QString &filter : parser.values(QStringLiteral("filter"))) {
        const int eq = filter.indexOf(QLatin1Char('='));
        const QString key = filter.left(eq).trimmed();
        if (eq < 0 || !isKnownDimension(key))
            return KpiCommandTr::tr("--filter takes KEY=VALUE with KEY one of channel, team, agent, owner, "
                      "region, lead_source; not %1.")
                .arg(filter);
        request->filters.add(key, filter.mid(eq + 1).trimmed());
    }
    request->breakdownBy = parser.value(QStringLiteral("by"));
    if (!request->breakdownBy.isEmpty() && !isKnownDimension(request->breakdownBy))
        return KpiCommandTr::tr("--by takes channel, team, agent, owner, region or lead_source, not %1.")
            .arg(request->breakdownBy);
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang != QLatin1String("ro") && lang != QLatin1String("en"))
        return KpiCommandTr::tr("--lang takes ro or en, not %1.").arg(lang);
    request->language = lang == QLatin1String("en") ? Language::English : Language::Romanian;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") &&
        format != QLatin1String("json"))
        return KpiCommandTr::tr("--format takes table, csv or json, not %1.").arg(format);
    return QString();
}

} // namespace

/// `busola kpi --period P [--to P] [--compare previous|year] [--filter K=V]… [--by DIM]
/// [--format table|csv|json] [--lang ro|en] [--db PATH]`: the ten KPIs of a period.
int runKpiCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandContext ctx;
    QCommandLineParser &parser = ctx.parser();
    parser.setApplicationDescription(KpiCommandTr::tr("The ten KPIs of a period, against their targets."));
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("kpi"), KpiCommandTr::tr("The command."));
    if (!ctx.parse(QStringLiteral("kpi")))
        return ExitUsage;
    if (parser.positionalArguments().size() > 1)
        return ctx.usageError(KpiCommandTr::tr("unexpected argument %1").arg(parser.positionalArguments().at(1)));
    KpiReportRequest request;
    const QString problem = readRequest(parser, &request);
    if (!problem.isEmpty())
        return ctx.usageError(problem);

    std::unique_ptr<Store> store = ctx.openStore();
    if (!store)
        return ExitBadInput;
    KpiEngine engine(*store);
    const KpiReportData report = buildKpiReport(engine, request);
    if (!engine.lastError().isEmpty()) {
        ctx.err() << "busola: " << KpiCommandTr::tr("cannot compute the KPIs: %1").arg(engine.lastError())
                  << '\n';
        return ExitBadInput;
    }
    const QString format = parser.value(QStringLiteral("format"));
    // Bytes, not QTextStream: UTF-8 whatever the machine's locale.
    const QByteArray bytes = format == QLatin1String("json")  ? kpiReportJson(report)
                             : format == QLatin1String("csv") ? kpiReportCsv(report).toUtf8()
                                                              : kpiReportTable(report).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace busola
