#include "reportrenderer.h"

#include "reportcanvas.h"
#include "reportlayout.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace busola {

ReportRenderer::ReportRenderer(const ReportData &data)
    : m_data(data)
{}

void ReportRenderer::preparePageLayout(QPagedPaintDevice &device)
{
    // The report keeps its own margins; a printer that cannot print that close to the edge
    // keeps its minimum and the canvas makes up the rest.
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                             QPageLayout::Millimeter);
    if (!device.setPageLayout(layout)) {
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(QPageLayout::Portrait);
    }
}

void ReportRenderer::ensureFonts()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    if (QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")))
        return;
    // Platforms without fontconfig (offscreen on some systems) still find Debian's font files.
    for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
        const QString path =
            QStringLiteral("/usr/share/fonts/truetype/dejavu/") + QLatin1String(file);
        if (QFileInfo::exists(path))
            QFontDatabase::addApplicationFont(path);
    }
}

int ReportRenderer::render(QPagedPaintDevice &device, QString *error)
{
    ensureFonts();
    const ReportText text(m_data.request.language);
    QString headerLeft = m_data.companyName;
    if (!m_data.filterText.isEmpty())
        headerLeft +=
            (headerLeft.isEmpty() ? QString() : QStringLiteral(" · ")) + m_data.filterText;
    const QString headerRight = text.translate("busola::Report", "Sales and support report") +
                                QStringLiteral(" · ") +
                                text.period(m_data.periodFirst, m_data.periodLast);

    // Layout pass: no painter, only measuring, to learn the page count and where sections start.
    ReportCanvas measure(device, nullptr, text, headerLeft, headerRight, 0);
    ReportLayout first(measure, m_data, {});
    first.run();
    const int pages = measure.page();

    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = text.translate("busola::Report", "The printer or file cannot be painted on.");
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    ReportCanvas canvas(device, &painter, text, headerLeft, headerRight, pages);
    ReportLayout second(canvas, m_data, first.sectionPages());
    second.run();
    painter.end();
    m_pageCount = canvas.page();
    m_sectionPages = second.sectionPages();
    return m_pageCount;
}

bool writeReportPdf(const ReportData &data, const QString &fileName, QString *error, int *pageCount)
{
    QPdfWriter writer(fileName);
    const ReportText text(data.request.language);
    writer.setTitle(text.translate("busola::Report", "Sales and support report") +
                    QStringLiteral(" — ") + text.period(data.periodFirst, data.periodLast));
    writer.setCreator(QStringLiteral("Busola"));
    writer.setResolution(600);
    ReportRenderer::preparePageLayout(writer);
    ReportRenderer renderer(data);
    const int pages = renderer.render(writer, error);
    if (pageCount)
        *pageCount = pages;
    if (pages == 0 && error && error->isEmpty())
        *error = text.translate("busola::Report", "Cannot write %1.").arg(fileName);
    return pages > 0;
}

} // namespace busola
