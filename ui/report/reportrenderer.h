#pragma once

#include "report/reportdata.h"

#include <QMap>
#include <QString>

class QPagedPaintDevice;

namespace busola {

/// Lays a ReportData out on any paged device (QPdfWriter, QPrinter, the print preview's
/// printer): A4 portrait, text as text in DejaVu Sans, charts as vector paths. It never queries
/// the store: what it shows was gathered by ReportBuilder (or a test).
class ReportRenderer
{
public:
    explicit ReportRenderer(const ReportData &data);

    /// A4 portrait with the report's own margins, set on the device before painting.
    static void preparePageLayout(QPagedPaintDevice &device);
    /// Makes sure the report's font can be found (the offscreen platform included).
    static void ensureFonts();

    /// Paints every page: a layout pass counts them, then the painting pass. Returns the page
    /// count, 0 when the device cannot be painted on (*error says why).
    int render(QPagedPaintDevice &device, QString *error = nullptr);
    /// The page count of the last render, and the first page of each section it printed.
    int pageCount() const { return m_pageCount; }
    QMap<ReportSection, int> sectionPages() const { return m_sectionPages; }

private:
    const ReportData &m_data;
    int m_pageCount = 0;
    QMap<ReportSection, int> m_sectionPages;
};

/// Renders the report into a PDF file (title and creator set, fonts embedded). False and
/// *error when the file cannot be written.
bool writeReportPdf(const ReportData &data, const QString &fileName, QString *error,
                    int *pageCount = nullptr);

} // namespace busola
