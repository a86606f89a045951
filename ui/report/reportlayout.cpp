#include "reportlayout.h"

#include "reporttable.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace busola {

void ReportLayout::run()
{
    cover();
    if (!m_d.hasData) {
        noData();
    } else {
        if (m_d.request.has(ReportSection::Summary))
            summary();
        if (m_d.request.has(ReportSection::Support))
            group(ReportSection::Support, ReportGroup::Support, ReportGroup::Customers);
        if (m_d.request.has(ReportSection::Sales))
            group(ReportSection::Sales, ReportGroup::Sales, ReportGroup::Sales);
    }
    if (m_d.request.has(ReportSection::Swot) && (m_d.hasData || swotHasContent()))
        swot();
    if (m_d.request.has(ReportSection::Competitors) && (m_d.hasData || !m_d.competitors.isEmpty()))
        competitors();
    if (m_d.hasData && m_d.request.has(ReportSection::Forecast))
        forecast();
    if (m_d.request.has(ReportSection::Notes) && !m_d.request.notes.trimmed().isEmpty())
        notes();
    m_c.finish();
}

void ReportLayout::begin(ReportSection section, bool newPage)
{
    m_c.sectionTitle(m_c.text().section(section), newPage);
    m_sectionPages.insert(section, m_c.page());
}

bool ReportLayout::swotHasContent() const
{
    for (const auto &q : m_d.swot.quadrants)
        if (!q.isEmpty())
            return true;
    return false;
}

QString ReportLayout::comparisonText() const
{
    return m_d.request.compareYearAgo ? tr("Compared with the same period a year earlier")
                                      : tr("Compared with the previous period");
}

namespace {

/// The logo scaled into box, keeping its proportions; SVG stays vector.
void drawLogo(ReportCanvas &c, const QByteArray &bytes, const QRectF &box)
{
    QPainter *p = c.painter();
    if (!p || bytes.isEmpty())
        return;
    QSvgRenderer svg(bytes);
    if (svg.isValid()) {
        QSizeF size = svg.defaultSize();
        size.scale(box.size(), Qt::KeepAspectRatio);
        svg.render(p, QRectF(box.topLeft(), size));
        return;
    }
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return;
    // A photo-sized logo would make the PDF heavy: 600 px is sharp at this size.
    if (image.width() > 600 || image.height() > 600)
        image = image.scaled(600, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QSizeF size = image.size();
    size.scale(box.size(), Qt::KeepAspectRatio);
    p->drawImage(QRectF(box.topLeft(), size), image);
}

} // namespace

void ReportLayout::cover()
{
    const double left = m_c.left();
    const double w = m_c.width();
    double y = m_c.y();
    if (!m_d.logo.isEmpty()) {
        drawLogo(m_c, m_d.logo, QRectF(left, y, m_c.mm(50), m_c.mm(25)));
        y += m_c.mm(30);
    }
    const QFont company = m_c.font(14, true);
    const QString name = m_d.companyName.isEmpty() ? tr("Company name not set") : m_d.companyName;
    m_c.drawText(QRectF(left, y, w, m_c.lineHeight(company) * 2), Qt::AlignLeft | Qt::TextWordWrap,
                 name, company,
                 m_d.companyName.isEmpty() ? ReportColors::muted() : ReportColors::text());
    y = m_c.body().top() + m_c.mm(70);
    if (QPainter *p = m_c.painter())
        p->fillRect(QRectF(left, y, m_c.mm(3), m_c.mm(46)), ReportColors::accent());
    const double tx = left + m_c.mm(8);
    const QFont title = m_c.font(24, true);
    const QString titleText = tr("Sales and support report");
    m_c.drawText(QRectF(tx, y, w, m_c.lineHeight(title)), Qt::AlignLeft, titleText, title,
                 ReportColors::accent());
    y += m_c.lineHeight(title) + m_c.mm(2);
    const QFont period = m_c.font(18);
    m_c.drawText(QRectF(tx, y, w, m_c.lineHeight(period)), Qt::AlignLeft,
                 m_c.text().period(m_d.periodFirst, m_d.periodLast), period);
    y += m_c.lineHeight(period) + m_c.mm(2);
    const QFont info = m_c.font(10);
    QStringList lines;
    if (!m_d.filterText.isEmpty())
        lines << m_d.filterText;
    lines << comparisonText();
    for (const QString &line : lines) {
        m_c.drawText(QRectF(tx, y, w, m_c.lineHeight(info)), Qt::AlignLeft, line, info,
                     ReportColors::muted());
        y += m_c.lineHeight(info);
    }
    y += m_c.mm(14);
    const QDate date =
        m_d.request.reportDate.isValid() ? m_d.request.reportDate : m_d.generatedAt.date();
    QStringList facts{tr("Date: %1").arg(m_c.text().date(date))};
    if (!m_d.request.preparedBy.trimmed().isEmpty())
        facts << tr("Prepared by: %1").arg(m_d.request.preparedBy.trimmed());
    for (const QString &fact : facts) {
        m_c.drawText(QRectF(tx, y, w, m_c.lineHeight(info)), Qt::AlignLeft, fact, info);
        y += m_c.lineHeight(info) * 1.2;
    }
    coverContents(y + m_c.mm(14));
    m_c.advance(m_c.body().bottom() - m_c.y());
}

void ReportLayout::coverContents(double top)
{
    if (m_contents.isEmpty())
        return;
    const QFont head = m_c.font(10, true);
    const QFont f = m_c.font(10);
    const double tx = m_c.left() + m_c.mm(8);
    const double w = m_c.mm(110);
    m_c.drawText(QRectF(tx, top, w, m_c.lineHeight(head)), Qt::AlignLeft, tr("Contents"), head);
    double y = top + m_c.lineHeight(head) * 1.3;
    for (auto it = m_contents.cbegin(); it != m_contents.cend(); ++it) {
        const QRectF row(tx, y, w, m_c.lineHeight(f));
        m_c.drawText(row, Qt::AlignLeft, m_c.text().section(it.key()), f);
        m_c.drawText(row, Qt::AlignRight, QString::number(it.value()), f);
        y += m_c.lineHeight(f) * 1.15;
    }
}

void ReportLayout::noData()
{
    m_c.newPage();
    m_c.sectionTitle(tr("No data for this period"), false);
    QString text = tr("The store holds no support tickets, deals, survey responses or support "
                      "costs for %1.")
                       .arg(m_c.text().period(m_d.periodFirst, m_d.periodLast));
    if (!m_d.filterText.isEmpty())
        text += QLatin1Char(' ') + tr("Filter: %1.").arg(m_d.filterText);
    m_c.paragraph(text, m_c.font(10));
    m_c.paragraph(tr("Import the exports of the period on the Import page (or with `busola "
                     "import`), or choose a period that has data. Key figures, charts and the "
                     "forecast are left out rather than shown as zeros."),
                  m_c.font(10), ReportColors::muted());
}

void ReportLayout::summary()
{
    begin(ReportSection::Summary);
    const QFont f = m_c.font(9);
    QString intro = m_c.text().period(m_d.periodFirst, m_d.periodLast) + QStringLiteral(" · ") +
                    comparisonText();
    if (!m_d.filterText.isEmpty())
        intro += QStringLiteral(" · ") + m_d.filterText;
    m_c.paragraph(intro, f, ReportColors::muted());

    const QVector<ReportTableColumn> columns{
        {tr("KPI"), 3.1, Qt::AlignLeft},
        {tr("Value"), 1.9, Qt::AlignRight},
        {tr("Target"), 1.4, Qt::AlignRight},
        {tr("Status"), 1.3, Qt::AlignLeft},
        {tr("vs previous period"), 1.3, Qt::AlignRight},
        {tr("vs a year ago"), 1.2, Qt::AlignRight},
        {tr("12 months"), 1.3, Qt::AlignLeft},
    };
    QVector<ReportTableRow> rows;
    for (const ReportKpi &k : m_d.kpis) {
        ReportTableRow row(columns.size());
        row[0].text = k.name;
        row[0].bold = true;
        row[0].detail = tr("records: %1").arg(m_c.text().count(k.count));
        row[1].text = m_c.text().value(k.unit, k.value, m_d.currency);
        row[2].text =
            k.target ? m_c.text().value(k.unit, k.target, m_d.currency) : QStringLiteral("—");
        row[3].dot = true;
        row[3].status = k.status;
        row[3].text = m_c.text().status(k.status);
        row[4].text = m_c.text().changePct(k.previousChangePct);
        row[5].text = m_c.text().changePct(k.yearAgoChangePct);
        row[6].sparkline = &k.series;
        rows << row;
    }
    drawReportTable(m_c, columns, rows);
    summaryHighlights();
}

void ReportLayout::summaryHighlights()
{
    int judged = 0;
    int met = 0;
    QStringList missed;
    for (const ReportKpi &k : m_d.kpis) {
        if (k.status == ReportStatus::None || k.status == ReportStatus::NoData)
            continue;
        ++judged;
        if (k.status == ReportStatus::Met)
            ++met;
        if (k.status == ReportStatus::Missed)
            missed << k.name;
    }
    if (judged == 0)
        return;
    m_c.paragraph(tr("Targets met: %1 of %2.").arg(met).arg(judged), m_c.font(9.5, true));
    if (!missed.isEmpty())
        m_c.paragraph(tr("Missed: %1.").arg(missed.join(QStringLiteral(", "))), m_c.font(9.5));
    m_c.paragraph(tr("Changes are relative: +10 % means the value grew by a tenth, whether or not "
                     "that is good for the KPI. The status says whether the target is reached."),
                  m_c.font(8), ReportColors::muted());
}

} // namespace busola
