#include "kpireport.h"

#include "kpiformat.h"
#include "store/store.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace busola {

KpiReportData buildKpiReport(KpiEngine &engine, const KpiReportRequest &request)
{
    KpiReportData data;
    data.request = request;
    data.currency = engine.store().currency();
    data.rows = engine.report(request.period, request.filters);
    if (!request.breakdownBy.isEmpty()) {
        for (const KpiRow &row : std::as_const(data.rows))
            data.breakdowns << engine.breakdown(row.kpi, request.period, request.filters,
                                                request.breakdownBy);
    }
    return data;
}

namespace {

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString jsonNumber(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("null");
    return QString::number(*value, 'g', QLocale::FloatingPointShortest);
}

template <typename T> QString jsonInt(std::optional<T> value)
{
    return value ? QString::number(*value) : QStringLiteral("null");
}

/// Keys in the order given: QJsonObject would sort them.
QString object(const QList<QPair<QString, QString>> &members)
{
    QStringList parts;
    for (const auto &m : members)
        parts << jsonString(m.first) + QLatin1Char(':') + m.second;
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString extrasJson(const KpiRow &row)
{
    const KpiExtras &x = row.current.extras;
    switch (row.kpi) {
    case Kpi::ResponseTime:
        return object({{QStringLiteral("median"), jsonNumber(x.median)},
                       {QStringLiteral("p90"), jsonNumber(x.p90)}});
    case Kpi::Csat:
        return object({{QStringLiteral("share_4_5"), jsonNumber(x.shareHigh)},
                       {QStringLiteral("ratings"), jsonInt(x.ratings)}});
    case Kpi::LeadConversion:
        return object({{QStringLiteral("open"), jsonInt(x.open)}});
    default:
        return QStringLiteral("{}");
    }
}

QString filtersJson(const KpiFilters &filters)
{
    QList<QPair<QString, QString>> members;
    for (auto it = filters.values.cbegin(); it != filters.values.cend(); ++it) {
        if (it->size() == 1) {
            members.append({it.key(), jsonString(it->first())});
            continue;
        }
        QStringList values;
        for (const QString &v : *it)
            values << jsonString(v);
        members.append(
            {it.key(), QLatin1Char('[') + values.join(QLatin1Char(',')) + QLatin1Char(']')});
    }
    return object(members);
}

QString statusJson(KpiStatus status)
{
    const QString code = statusCode(status);
    return code.isEmpty() ? QStringLiteral("null") : jsonString(code);
}

QString periodJson(const KpiPeriod &p)
{
    return object({{QStringLiteral("from"), jsonString(p.first.toString(Qt::ISODate))},
                   {QStringLiteral("to"), jsonString(p.last.toString(Qt::ISODate))}});
}

QString rowJson(const KpiReportData &report, int index)
{
    const KpiRow &row = report.rows.at(index);
    const KpiDefinition &def = kpiDefinition(row.kpi);
    const KpiComparison &cmp = report.comparison(row);
    QList<QPair<QString, QString>> members{
        {QStringLiteral("id"), jsonString(def.id)},
        {QStringLiteral("name"), jsonString(def.name(report.request.language))},
        {QStringLiteral("value"), jsonNumber(row.current.value)},
        {QStringLiteral("unit"), jsonString(def.unitCode(report.currency))},
        {QStringLiteral("direction"),
         jsonString(def.direction == KpiDirection::LowerIsBetter ? QStringLiteral("lower")
                                                                 : QStringLiteral("higher"))},
        {QStringLiteral("target"), jsonNumber(row.target.value)},
        {QStringLiteral("status"), statusJson(row.status)},
        {QStringLiteral("count"), QString::number(row.current.count)},
        {QStringLiteral("previous"), jsonNumber(cmp.value)},
        {QStringLiteral("change_pct"), jsonNumber(cmp.changePct)},
        {QStringLiteral("change_abs"), jsonNumber(cmp.changeAbs)},
        {QStringLiteral("extra"), extrasJson(row)},
    };
    if (!report.request.breakdownBy.isEmpty()) {
        QStringList groups;
        for (const KpiBreakdownEntry &e : report.breakdowns.value(index))
            groups << object({{QStringLiteral("key"),
                               e.key.isEmpty() ? QStringLiteral("null") : jsonString(e.key)},
                              {QStringLiteral("value"), jsonNumber(e.value.value)},
                              {QStringLiteral("count"), QString::number(e.value.count)}});
        members.append({QStringLiteral("breakdown"),
                        QLatin1Char('[') + groups.join(QLatin1Char(',')) + QLatin1Char(']')});
    }
    return object(members);
}

} // namespace

QByteArray kpiReportJson(const KpiReportData &report)
{
    QStringList kpis;
    for (int i = 0; i < report.rows.size(); ++i)
        kpis << rowJson(report, i);
    const KpiPeriod &p = report.request.period;
    const KpiPeriod compared = report.request.compareYearAgo ? p.yearAgo() : p.previous();
    QList<QPair<QString, QString>> top{
        {QStringLiteral("period"), periodJson(p)},
        {QStringLiteral("compare"),
         jsonString(report.request.compareYearAgo ? QStringLiteral("year")
                                                  : QStringLiteral("previous"))},
        {QStringLiteral("compare_period"), periodJson(compared)},
        {QStringLiteral("filters"), filtersJson(report.request.filters)},
    };
    if (!report.request.breakdownBy.isEmpty())
        top.append({QStringLiteral("by"), jsonString(report.request.breakdownBy)});
    top.append({QStringLiteral("kpis"),
                QLatin1Char('[') + kpis.join(QLatin1Char(',')) + QLatin1Char(']')});
    return object(top).toUtf8() + '\n';
}

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

} // namespace

QString kpiReportCsv(const KpiReportData &report)
{
    QStringList lines{QStringLiteral(
        "id,name,from,to,dimension,key,value,unit,target,status,count,previous,change_pct,"
        "change_abs,median,p90,share_4_5,ratings,open")};
    const KpiPeriod &p = report.request.period;
    for (int i = 0; i < report.rows.size(); ++i) {
        const KpiRow &row = report.rows.at(i);
        const KpiDefinition &def = kpiDefinition(row.kpi);
        const KpiComparison &cmp = report.comparison(row);
        const KpiExtras &x = row.current.extras;
        const QStringList head{def.id, csvField(def.name(report.request.language)),
                               p.first.toString(Qt::ISODate), p.last.toString(Qt::ISODate)};
        lines << (head + QStringList{QString(), QString(), csvNumber(row.current.value),
                                     csvField(def.unitCode(report.currency)),
                                     csvNumber(row.target.value), statusCode(row.status),
                                     QString::number(row.current.count), csvNumber(cmp.value),
                                     csvNumber(cmp.changePct), csvNumber(cmp.changeAbs),
                                     csvNumber(x.median), csvNumber(x.p90), csvNumber(x.shareHigh),
                                     x.ratings ? QString::number(*x.ratings) : QString(),
                                     x.open ? QString::number(*x.open) : QString()})
                     .join(QLatin1Char(','));
        for (const KpiBreakdownEntry &e : report.breakdowns.value(i))
            lines << (head + QStringList{report.request.breakdownBy, csvField(e.key),
                                         csvNumber(e.value.value),
                                         csvField(def.unitCode(report.currency)),
                                         csvNumber(e.target.value), statusCode(e.status),
                                         QString::number(e.value.count)})
                         .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString kpiReportTable(const KpiReportData &report)
{
    const KpiFormatter f(report.request.language, report.currency);
    QList<QStringList> table{
        {f.caption("KPI"), f.caption("Value"), f.caption("Target"), f.caption("Status"),
         f.caption(report.request.compareYearAgo ? "Year ago" : "Previous period"),
         f.caption("Change"), QStringLiteral("%"), f.caption("Records")}};
    for (int i = 0; i < report.rows.size(); ++i) {
        const KpiRow &row = report.rows.at(i);
        const KpiDefinition &def = kpiDefinition(row.kpi);
        const KpiComparison &cmp = report.comparison(row);
        table << QStringList{def.name(report.request.language),
                             f.value(def, row.current.value),
                             row.target.value ? f.value(def, row.target.value) : QString(),
                             f.status(row.status),
                             f.value(def, cmp.value),
                             f.change(def, cmp.changeAbs),
                             f.percent(cmp.changePct),
                             f.count(row.current.count)};
        for (const KpiBreakdownEntry &e : report.breakdowns.value(i))
            table << QStringList{QStringLiteral("  ") + f.groupLabel(e.key, report.request.breakdownBy),
                                 f.value(def, e.value.value),
                                 e.target.value ? f.value(def, e.target.value) : QString(),
                                 f.status(e.status),
                                 QString(),
                                 QString(),
                                 QString(),
                                 f.count(e.value.count)};
    }
    QVector<int> widths(table.first().size(), 0);
    for (const QStringList &line : std::as_const(table))
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], int(line.at(c).size()));
    const KpiPeriod &p = report.request.period;
    QString out = f.caption("Period") + QStringLiteral(": ") +
                  f.locale().toString(p.first, QLocale::ShortFormat) + QStringLiteral(" – ") +
                  f.locale().toString(p.last, QLocale::ShortFormat) + QLatin1Char('\n');
    for (const QStringList &line : std::as_const(table)) {
        QStringList cells;
        for (int c = 0; c < line.size(); ++c)
            cells << (c == 0 ? line.at(c).leftJustified(widths[c])
                             : line.at(c).rightJustified(widths[c]));
        QString text = cells.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    }
    return out;
}

} // namespace busola
