#include "reportdata.h"

namespace busola {

namespace {
const char *const SectionKeys[ReportSectionCount] = {"summary",     "support",  "sales", "swot",
                                                     "competitors", "forecast", "notes"};
}

QString reportSectionKey(ReportSection section)
{
    return QString::fromLatin1(SectionKeys[int(section)]);
}

std::optional<ReportSection> reportSectionFromKey(const QString &key)
{
    for (int i = 0; i < ReportSectionCount; ++i)
        if (key.trimmed().compare(QLatin1String(SectionKeys[i]), Qt::CaseInsensitive) == 0)
            return ReportSection(i);
    return std::nullopt;
}

QVector<ReportSection> allReportSections()
{
    QVector<ReportSection> sections;
    for (int i = 0; i < ReportSectionCount; ++i)
        sections << ReportSection(i);
    return sections;
}

const ReportKpi *ReportData::kpi(const QString &id) const
{
    for (const ReportKpi &k : kpis)
        if (k.id == id)
            return &k;
    return nullptr;
}

} // namespace busola
