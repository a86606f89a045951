#pragma once

#include "report/reportdata.h"
#include "reportcanvas.h"

#include <QMap>

namespace busola {

/// One pass over the report's content: what goes on which page, in order. Run twice by
/// ReportRenderer (measuring, then painting); sections are split over reportlayout.cpp and
/// reportsections.cpp.
class ReportLayout
{
public:
    ReportLayout(ReportCanvas &canvas, const ReportData &data, QMap<ReportSection, int> contents)
        : m_c(canvas)
        , m_d(data)
        , m_contents(std::move(contents))
    {}

    void run();
    QMap<ReportSection, int> sectionPages() const { return m_sectionPages; }
    /// Translation of a report string in the report's language.
    QString tr(const char *source, const char *disambiguation = nullptr) const
    {
        return m_c.text().translate("busola::ReportLayout", source, disambiguation);
    }

private:
    void begin(ReportSection section, bool newPage = true);
    void cover();
    void coverContents(double top);
    void noData();
    void summary();
    void summaryHighlights();
    void group(ReportSection section, ReportGroup a, ReportGroup b);
    void charts(const QVector<const ReportKpi *> &kpis);
    void breakdown(const ReportBreakdown &breakdown);
    void swot();
    void swotQuadrant(const QRectF &rect, int quadrant);
    void competitors();
    void forecast();
    void forecastTable();
    void notes();
    QString comparisonText() const;
    bool swotHasContent() const;

    ReportCanvas &m_c;
    const ReportData &m_d;
    QMap<ReportSection, int> m_contents;
    QMap<ReportSection, int> m_sectionPages;
};

} // namespace busola
