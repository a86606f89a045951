// The report's sections after the summary: support, sales, SWOT, competitors, forecast, notes.
#include "reportchart.h"
#include "reportlayout.h"
#include "reporttable.h"

#include <QPainter>

#include <algorithm>

namespace busola {

void ReportLayout::group(ReportSection section, ReportGroup a, ReportGroup b)
{
    QVector<const ReportKpi *> kpis;
    for (const ReportKpi &k : m_d.kpis)
        if (k.group == a || k.group == b)
            kpis << &k;
    if (kpis.isEmpty())
        return;
    begin(section);
    charts(kpis);
    const QVector<ReportBreakdown> &breakdowns =
        section == ReportSection::Support ? m_d.supportBreakdowns : m_d.salesBreakdowns;
    for (const ReportBreakdown &table : breakdowns)
        breakdown(table);
}

void ReportLayout::charts(const QVector<const ReportKpi *> &kpis)
{
    const double gap = m_c.mm(6);
    const double w = (m_c.width() - gap) / 2;
    const double h = m_c.mm(58);
    for (int i = 0; i < kpis.size(); i += 2) {
        m_c.ensureSpace(h);
        const double y = m_c.y();
        for (int j = 0; j < 2 && i + j < kpis.size(); ++j) {
            const ReportKpi &k = *kpis.at(i + j);
            TrendChartOptions options;
            options.title =
                k.name + QStringLiteral(": ") + m_c.text().value(k.unit, k.value, m_d.currency);
            drawTrendChart(m_c, QRectF(m_c.left() + j * (w + gap), y, w, h - m_c.mm(4)), k,
                           k.series, m_d.currency, options);
        }
        m_c.advance(h);
    }
}

void ReportLayout::breakdown(const ReportBreakdown &b)
{
    if (b.rows.isEmpty())
        return;
    m_c.subTitle(tr("By %1").arg(m_c.text().dimension(b.dimension).toLower()));
    QVector<ReportTableColumn> columns{{m_c.text().dimension(b.dimension), 2.2, Qt::AlignLeft}};
    QVector<const ReportKpi *> kpis;
    for (const QString &id : b.kpiIds) {
        const ReportKpi *k = m_d.kpi(id);
        kpis << k;
        columns << ReportTableColumn{k ? k->name : id, 1.4, Qt::AlignRight};
    }
    QVector<ReportTableRow> rows;
    for (const ReportBreakdownRow &r : b.rows) {
        ReportTableRow row(columns.size());
        row[0].text = r.label;
        row[0].bold = true;
        for (int i = 0; i < kpis.size() && i < r.values.size(); ++i) {
            const ReportUnit unit = kpis.at(i) ? kpis.at(i)->unit : ReportUnit::Count;
            row[i + 1].text = m_c.text().value(unit, r.values.at(i), m_d.currency);
            const ReportStatus st = i < r.statuses.size() ? r.statuses.at(i) : ReportStatus::None;
            if (st == ReportStatus::Met || st == ReportStatus::Near || st == ReportStatus::Missed) {
                row[i + 1].dot = true;
                row[i + 1].status = st;
            }
        }
        rows << row;
    }
    drawReportTable(m_c, columns, rows, 8);
}

namespace {
QColor quadrantColor(int quadrant)
{
    static const QColor colors[4] = {QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28),
                                     QColor(0x15, 0x65, 0xc0), QColor(0xe6, 0x51, 0x00)};
    return colors[quadrant];
}
} // namespace

void ReportLayout::swot()
{
    begin(ReportSection::Swot);
    const ReportSwot &s = m_d.swot;
    if (!s.found) {
        m_c.paragraph(tr("No SWOT board covers this period. Create one on the SWOT page."),
                      m_c.font(10), ReportColors::muted());
        return;
    }
    QString line = s.name;
    if (s.from.isValid() && s.to.isValid())
        line += QStringLiteral(" · ") + m_c.text().period(s.from, s.to);
    if (!s.team.isEmpty())
        line += QStringLiteral(" · ") + m_c.text().dimension(QStringLiteral("team")) +
                QStringLiteral(": ") + s.team;
    m_c.paragraph(line, m_c.font(9.5), ReportColors::muted());
    const double gap = m_c.mm(4);
    const double w = (m_c.width() - gap) / 2;
    const double h = (m_c.remaining() - gap) / 2;
    const double top = m_c.y();
    for (int q = 0; q < 4; ++q)
        swotQuadrant(QRectF(m_c.left() + (q % 2) * (w + gap), top + (q / 2) * (h + gap), w, h), q);
    m_c.advance(m_c.remaining());
}

void ReportLayout::swotQuadrant(const QRectF &rect, int quadrant)
{
    static const char *const titles[4] = {
        QT_TRANSLATE_NOOP("busola::ReportLayout", "Strengths"),
        QT_TRANSLATE_NOOP("busola::ReportLayout", "Weaknesses"),
        QT_TRANSLATE_NOOP("busola::ReportLayout", "Opportunities"),
        QT_TRANSLATE_NOOP("busola::ReportLayout", "Threats")};
    const QColor color = quadrantColor(quadrant);
    const QFont head = m_c.font(11, true);
    const double headH = m_c.lineHeight(head) + m_c.mm(3);
    if (QPainter *p = m_c.painter()) {
        p->setPen(QPen(color, m_c.pt(1)));
        p->setBrush(Qt::NoBrush);
        p->drawRect(rect);
        p->fillRect(QRectF(rect.left(), rect.top(), rect.width(), headH), color);
    }
    m_c.drawText(QRectF(rect.left() + m_c.mm(3), rect.top(), rect.width() - m_c.mm(6), headH),
                 Qt::AlignLeft | Qt::AlignVCenter, tr(titles[quadrant]), head, Qt::white);
    const QVector<ReportSwotItem> &items = m_d.swot.quadrants[quadrant];
    const QFont f = m_c.font(8.5);
    const QFont small = m_c.font(7.5);
    const double inner = rect.width() - m_c.mm(10);
    double y = rect.top() + headH + m_c.mm(2.5);
    const double bottom = rect.bottom() - m_c.mm(2) - m_c.lineHeight(small);
    if (items.isEmpty())
        m_c.drawText(QRectF(rect.left() + m_c.mm(3), y, inner, m_c.lineHeight(f)), Qt::AlignLeft,
                     tr("(no items)"), f, ReportColors::muted());
    for (int i = 0; i < items.size(); ++i) {
        const ReportSwotItem &it = items.at(i);
        QString detail;
        if (!it.action.isEmpty())
            detail = tr("Action: %1").arg(it.action);
        if (!it.owner.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" · ")) +
                      tr("Owner: %1").arg(it.owner);
        if (it.due.isValid())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" · ")) +
                      tr("Due: %1").arg(m_c.text().date(it.due));
        const double textH = m_c.textHeight(f, inner, it.text);
        const double detailH = detail.isEmpty() ? 0 : m_c.textHeight(small, inner, detail);
        if (y + textH + detailH > bottom) {
            m_c.drawText(QRectF(rect.left() + m_c.mm(3), bottom, inner, m_c.lineHeight(small)),
                         Qt::AlignLeft, tr("+%1 more").arg(items.size() - i), small,
                         ReportColors::muted());
            break;
        }
        const double r = m_c.mm(1) * (0.6 + 0.25 * std::clamp(it.importance, 1, 3));
        if (QPainter *p = m_c.painter()) {
            p->setPen(Qt::NoPen);
            p->setBrush(it.kpiId.isEmpty() ? color : ReportColors::status(it.kpiStatus));
            p->drawEllipse(QPointF(rect.left() + m_c.mm(4), y + m_c.lineHeight(f) / 2), r, r);
            p->setBrush(Qt::NoBrush);
        }
        const QRectF textRect(rect.left() + m_c.mm(7), y, inner, textH);
        m_c.drawText(textRect, Qt::AlignLeft | Qt::TextWordWrap, it.text,
                     it.importance >= 3 ? m_c.font(8.5, true) : f);
        y += textH;
        if (!detail.isEmpty()) {
            m_c.drawText(QRectF(rect.left() + m_c.mm(7), y, inner, detailH),
                         Qt::AlignLeft | Qt::TextWordWrap, detail, small, ReportColors::muted());
            y += detailH;
        }
        y += m_c.mm(1.8);
    }
}

void ReportLayout::competitors()
{
    begin(ReportSection::Competitors);
    if (m_d.competitors.isEmpty()) {
        m_c.paragraph(tr("No competitors recorded. Add them on the Competitors page."),
                      m_c.font(10), ReportColors::muted());
        return;
    }
    const QVector<ReportTableColumn> columns{
        {tr("Competitor"), 1.9, Qt::AlignLeft},     {tr("Prices"), 1.0, Qt::AlignLeft},
        {tr("Discount"), 1.15, Qt::AlignRight},     {tr("Channels"), 1.4, Qt::AlignLeft},
        {tr("Response time"), 1.2, Qt::AlignRight}, {tr("Satisfaction"), 1.35, Qt::AlignRight},
        {tr("Notes"), 2.4, Qt::AlignLeft},
    };
    static const char *const positions[4] = {QT_TRANSLATE_NOOP("busola::ReportLayout", "—"),
                                             QT_TRANSLATE_NOOP("busola::ReportLayout", "lower"),
                                             QT_TRANSLATE_NOOP("busola::ReportLayout", "similar"),
                                             QT_TRANSLATE_NOOP("busola::ReportLayout", "higher")};
    QVector<ReportTableRow> rows;
    // Our own figures first, so every benchmark has its comparison on the same page.
    const ReportKpi *rt = m_d.kpi(QStringLiteral("response_time"));
    const ReportKpi *csat = m_d.kpi(QStringLiteral("csat"));
    if (rt || csat) {
        ReportTableRow us(columns.size());
        us[0].text = m_d.companyName.isEmpty() ? tr("Us") : m_d.companyName;
        us[0].bold = true;
        us[4].text =
            rt ? m_c.text().value(ReportUnit::Hours, rt->value, m_d.currency) : QStringLiteral("—");
        us[5].text = csat ? m_c.text().value(ReportUnit::Score, csat->value, m_d.currency)
                          : QStringLiteral("—");
        us[6].text = tr("our values in this period");
        rows << us;
    }
    for (const ReportCompetitor &c : m_d.competitors) {
        ReportTableRow row(columns.size());
        row[0].text = c.name;
        row[0].bold = true;
        row[1].text = tr(positions[int(c.pricePosition)]);
        row[2].text = m_c.text().value(ReportUnit::Percent, c.discountPct, m_d.currency);
        row[3].text = c.channels.isEmpty() ? QStringLiteral("—") : c.channels;
        row[4].text = m_c.text().value(ReportUnit::Hours, c.responseTimeHours, m_d.currency);
        row[5].text = m_c.text().value(ReportUnit::Score, c.satisfaction, m_d.currency);
        row[6].text = c.notes;
        rows << row;
    }
    drawReportTable(m_c, columns, rows, 8);
}

void ReportLayout::forecast()
{
    const ReportKpi *k = m_d.kpi(m_d.forecastKpiId);
    if (!k)
        return;
    begin(ReportSection::Forecast);
    m_c.subTitle(k->name);
    const double h = m_c.mm(95);
    m_c.ensureSpace(h);
    TrendChartOptions options;
    options.title = tr("History and the next %1 months").arg(k->forecast.points.size());
    drawTrendChart(m_c, QRectF(m_c.left(), m_c.y(), m_c.width(), h - m_c.mm(5)), *k,
                   m_d.forecastHistory.isEmpty() ? k->series : m_d.forecastHistory, m_d.currency,
                   options);
    m_c.advance(h);
    const ReportForecast &f = k->forecast;
    if (!f.valid) {
        m_c.paragraph(tr("Too little history for a forecast."), m_c.font(9.5),
                      ReportColors::muted());
        return;
    }
    QString trust = tr("Method: %1.").arg(f.method) + QLatin1Char(' ');
    if (f.mape)
        trust += tr("Backtest on the last %1 months held out: mean absolute percentage error "
                    "(MAPE) %2.")
                     .arg(f.heldOutMonths)
                     .arg(m_c.text().number(*f.mape, 1) + QStringLiteral(" %"));
    else if (f.mae)
        trust += tr("Backtest on the last %1 months held out: mean absolute error %2.")
                     .arg(f.heldOutMonths)
                     .arg(m_c.text().value(k->unit, f.mae, m_d.currency));
    else
        trust += tr("Too little history to backtest: read the forecast with care.");
    m_c.paragraph(trust, m_c.font(9.5));
    forecastTable();
}

void ReportLayout::forecastTable()
{
    // One row per KPI, the forecast months as columns, each value over its 80 % interval.
    QVector<int> months;
    for (const ReportKpi &k : m_d.kpis)
        if (k.forecast.valid && k.forecast.points.size() > months.size()) {
            months.clear();
            for (const ReportForecastPoint &p : k.forecast.points)
                months << p.month;
        }
    if (months.isEmpty())
        return;
    QVector<ReportTableColumn> columns{{tr("KPI"), 3.0, Qt::AlignLeft}};
    for (int month : months)
        columns << ReportTableColumn{m_c.text().monthShort(month), 2.0, Qt::AlignRight};
    columns << ReportTableColumn{tr("Backtest error"), 1.5, Qt::AlignRight};
    QVector<ReportTableRow> rows;
    for (const ReportKpi &k : m_d.kpis) {
        if (!k.forecast.valid || k.forecast.points.isEmpty())
            continue;
        ReportTableRow row(columns.size());
        row[0].text = k.name;
        row[0].bold = true;
        for (int i = 0; i < k.forecast.points.size() && i < months.size(); ++i) {
            const ReportForecastPoint &p = k.forecast.points.at(i);
            row[i + 1].text = m_c.text().value(k.unit, p.value, m_d.currency);
            if (p.lower && p.upper)
                row[i + 1].detail = m_c.text().value(k.unit, p.lower, m_d.currency) +
                                    QStringLiteral(" – ") +
                                    m_c.text().value(k.unit, p.upper, m_d.currency);
        }
        ReportTableCell &error = row[columns.size() - 1];
        error.text =
            k.forecast.mape ? QStringLiteral("MAPE ") + m_c.text().number(*k.forecast.mape, 1) +
                                  QStringLiteral(" %")
            : k.forecast.mae
                ? QStringLiteral("MAE ") + m_c.text().value(k.unit, k.forecast.mae, m_d.currency)
                : QStringLiteral("—");
        rows << row;
    }
    m_c.subTitle(tr("Every KPI, next months"));
    m_c.paragraph(tr("Forecast value, and under it the 80 % interval."), m_c.font(8),
                  ReportColors::muted());
    drawReportTable(m_c, columns, rows, 8);
}

void ReportLayout::notes()
{
    begin(ReportSection::Notes);
    m_c.paragraph(m_d.request.notes.trimmed(), m_c.font(10));
}

} // namespace busola
