#pragma once

#include "report/reporttext.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace busola {

/// Colours of the printed report: the dashboard's series and forecast colours, the status
/// colours every view uses, greys for rules and secondary text. Printed on white paper, so
/// fixed rather than taken from a widget palette.
namespace ReportColors {
QColor text();
QColor muted();
QColor rule();
QColor shade();
QColor accent();
QColor series();
QColor forecast();
QColor target();
QColor status(ReportStatus status);
} // namespace ReportColors

/// The page machinery of the report: A4 portrait, margins, the running header (company,
/// period) and footer ("Page 3 of 9"), a cursor that flows content down the page, and drawing
/// helpers that only measure when there is no painter. The renderer runs twice: a layout pass
/// without a painter counts the pages, the painting pass then knows "of 9".
class ReportCanvas
{
public:
    ReportCanvas(QPagedPaintDevice &device, QPainter *painter, const ReportText &text,
                 QString headerLeft, QString headerRight, int totalPages);

    /// Null in the layout pass.
    QPainter *painter() const { return m_painter; }
    const ReportText &text() const { return m_text; }
    /// Points (1/72 in) and millimetres in device pixels.
    double pt(double points) const { return points * m_dpi / 72.0; }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }

    /// The body of the current page, between header and footer.
    QRectF body() const { return m_body; }
    double left() const { return m_body.left(); }
    double width() const { return m_body.width(); }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.5; }
    int page() const { return m_page; }

    /// A new page unless height still fits (or the page is still empty).
    bool ensureSpace(double height);
    /// Starts the next page; cover pages carry no running header.
    void newPage(bool withHeader = true);
    /// Called once after the last page, so the footer of every page is drawn.
    void finish();

    QFont font(double points, bool bold = false) const;
    double lineHeight(const QFont &font) const;
    /// Height of text wrapped at width.
    double textHeight(const QFont &font, double width, const QString &text) const;
    double textWidth(const QFont &font, const QString &text) const;
    void drawText(const QRectF &rect, int flags, const QString &text, const QFont &font,
                  const QColor &color = ReportColors::text()) const;
    /// A paragraph at the cursor, the whole width (or indented), moving the cursor below it;
    /// a paragraph longer than the page flows on, line by line.
    void paragraph(const QString &text, const QFont &font,
                   const QColor &color = ReportColors::text(), double indent = 0);
    /// A section's title at the top of a new page (or below what is there when newPage is
    /// false and it fits), with a rule under it.
    void sectionTitle(const QString &title, bool newPage = true);
    void subTitle(const QString &title);
    void statusDot(const QPointF &centre, double radius, ReportStatus status) const;

private:
    void startPage(bool withHeader);
    void drawHeader();
    void drawFooter();

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    const ReportText &m_text;
    QString m_headerLeft;
    QString m_headerRight;
    int m_totalPages;
    double m_dpi;
    QRectF m_sheet; ///< the printable page in painter coordinates, inside the margins
    QRectF m_body;
    double m_y = 0;
    int m_page = 0;
    bool m_header = false;
};

} // namespace busola
