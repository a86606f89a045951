#include "reportcanvas.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace busola {

namespace ReportColors {
QColor text()
{
    return QColor(0x21, 0x21, 0x21);
}
QColor muted()
{
    return QColor(0x6b, 0x6b, 0x6b);
}
QColor rule()
{
    return QColor(0xbd, 0xbd, 0xbd);
}
QColor shade()
{
    return QColor(0xf1, 0xf3, 0xf6);
}
QColor accent()
{
    return QColor(0x0d, 0x47, 0xa1);
}
// The dashboard's light-theme colours (ChartStyle::seriesColor / forecastColor).
QColor series()
{
    return QColor(0x15, 0x65, 0xc0);
}
QColor forecast()
{
    return QColor(0x7b, 0x1f, 0xa2);
}
QColor target()
{
    return QColor(0xe6, 0x51, 0x00);
}
QColor status(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case ReportStatus::Near:
        return QColor(0xf0, 0xa2, 0x02);
    case ReportStatus::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case ReportStatus::None:
    case ReportStatus::NoData:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}
} // namespace ReportColors

namespace {
// Page margins of the report in millimetres; the device's own margins count towards them.
constexpr double MarginSide = 18;
constexpr double MarginTop = 12;
constexpr double MarginBottom = 12;
constexpr double HeaderBand = 9; // header text and rule above the body
constexpr double FooterBand = 8;
} // namespace

ReportCanvas::ReportCanvas(QPagedPaintDevice &device, QPainter *painter, const ReportText &text,
                           QString headerLeft, QString headerRight, int totalPages)
    : m_device(device)
    , m_painter(painter)
    , m_text(text)
    , m_headerLeft(std::move(headerLeft))
    , m_headerRight(std::move(headerRight))
    , m_totalPages(totalPages)
    , m_dpi(device.logicalDpiY())
{
    const QPageLayout layout = device.pageLayout();
    const QRectF paint = layout.paintRectPixels(int(m_dpi));
    const QMarginsF have = layout.margins(QPageLayout::Millimeter);
    m_sheet = QRectF(0, 0, paint.width(), paint.height());
    m_sheet.adjust(mm(std::max(0.0, MarginSide - have.left())),
                   mm(std::max(0.0, MarginTop - have.top())),
                   -mm(std::max(0.0, MarginSide - have.right())),
                   -mm(std::max(0.0, MarginBottom - have.bottom())));
    startPage(false);
}

void ReportCanvas::startPage(bool withHeader)
{
    ++m_page;
    m_header = withHeader;
    m_body = m_sheet.adjusted(0, withHeader ? mm(HeaderBand) : 0, 0, -mm(FooterBand));
    m_y = m_body.top();
    if (withHeader)
        drawHeader();
}

bool ReportCanvas::ensureSpace(double height)
{
    if (atTop() || m_y + height <= m_body.bottom())
        return false;
    newPage();
    return true;
}

void ReportCanvas::newPage(bool withHeader)
{
    drawFooter();
    if (m_painter)
        m_device.newPage();
    startPage(withHeader);
}

void ReportCanvas::finish()
{
    drawFooter();
}

void ReportCanvas::drawHeader()
{
    if (!m_painter)
        return;
    const QFont f = font(8);
    const QRectF band(m_sheet.left(), m_sheet.top(), m_sheet.width(), mm(HeaderBand) - mm(3));
    drawText(band, Qt::AlignLeft | Qt::AlignBottom, m_headerLeft, f, ReportColors::muted());
    drawText(band, Qt::AlignRight | Qt::AlignBottom, m_headerRight, f, ReportColors::muted());
    m_painter->setPen(QPen(ReportColors::rule(), pt(0.5)));
    m_painter->drawLine(QPointF(band.left(), band.bottom() + mm(1)),
                        QPointF(band.right(), band.bottom() + mm(1)));
}

void ReportCanvas::drawFooter()
{
    if (!m_painter)
        return;
    const QRectF band(m_sheet.left(), m_sheet.bottom() - mm(FooterBand) + mm(3), m_sheet.width(),
                      mm(FooterBand) - mm(3));
    const QString label =
        m_text.translate("busola::Report", "Page %1 of %2").arg(m_page).arg(m_totalPages);
    drawText(band, Qt::AlignRight | Qt::AlignBottom, label, font(8), ReportColors::muted());
    drawText(band, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("Busola"), font(8),
             ReportColors::muted());
}

QFont ReportCanvas::font(double points, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // Metrics stay the same in both passes and on every device.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No shaping for Latin text means no "fi"/"fl" ligature glyphs, which pdftotext (and a
    // reader's search) would see as U+FB01 instead of the two letters.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double ReportCanvas::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, &m_device).lineSpacing();
}

double ReportCanvas::textHeight(const QFont &font, double width, const QString &text) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

double ReportCanvas::textWidth(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, &m_device).horizontalAdvance(text);
}

void ReportCanvas::drawText(const QRectF &rect, int flags, const QString &text, const QFont &font,
                            const QColor &color) const
{
    if (!m_painter || text.isEmpty())
        return;
    m_painter->setFont(font);
    m_painter->setPen(color);
    m_painter->drawText(rect, flags, text);
}

void ReportCanvas::paragraph(const QString &text, const QFont &font, const QColor &color,
                             double indent)
{
    const double width = m_body.width() - indent;
    const double gap = lineHeight(font) * 0.35;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            m_y += gap;
            continue;
        }
        // Split long paragraphs into words that fit one line each, so a page break can fall
        // between any two lines.
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString current;
        const auto flush = [&] {
            const double h = lineHeight(font);
            ensureSpace(h);
            drawText(QRectF(m_body.left() + indent, m_y, width, h), Qt::AlignLeft | Qt::AlignTop,
                     current, font, color);
            m_y += h;
            current.clear();
        };
        for (const QString &word : words) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (!current.isEmpty() && textWidth(font, candidate) > width)
                flush();
            current = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        }
        if (!current.isEmpty())
            flush();
        m_y += gap;
    }
}

void ReportCanvas::sectionTitle(const QString &title, bool startPage)
{
    const QFont f = font(16, true);
    const double h = lineHeight(f) + mm(4);
    if (startPage && !atTop())
        newPage();
    else
        ensureSpace(h + mm(40));
    if (!atTop())
        m_y += mm(6);
    drawText(QRectF(m_body.left(), m_y, m_body.width(), lineHeight(f)),
             Qt::AlignLeft | Qt::AlignVCenter, title, f, ReportColors::accent());
    m_y += lineHeight(f) + mm(1);
    if (m_painter) {
        m_painter->setPen(QPen(ReportColors::accent(), pt(1.2)));
        m_painter->drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
    }
    m_y += mm(3);
}

void ReportCanvas::subTitle(const QString &title)
{
    const QFont f = font(11, true);
    ensureSpace(lineHeight(f) + mm(30));
    if (!atTop())
        m_y += mm(3);
    drawText(QRectF(m_body.left(), m_y, m_body.width(), lineHeight(f)),
             Qt::AlignLeft | Qt::AlignVCenter, title, f);
    m_y += lineHeight(f) + mm(1.5);
}

void ReportCanvas::statusDot(const QPointF &centre, double radius, ReportStatus status) const
{
    if (!m_painter)
        return;
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(ReportColors::status(status));
    m_painter->drawEllipse(centre, radius, radius);
    m_painter->setBrush(Qt::NoBrush);
}

} // namespace busola
