#include "records.h"

namespace busola {

QString datasetName(Dataset dataset)
{
    switch (dataset) {
    case Dataset::Support: return QStringLiteral("support");
    case Dataset::Sales: return QStringLiteral("sales");
    case Dataset::Feedback: return QStringLiteral("feedback");
    case Dataset::Costs: return QStringLiteral("costs");
    }
    return {};
}

std::optional<Dataset> datasetFromName(const QString &name)
{
    for (Dataset d : {Dataset::Support, Dataset::Sales, Dataset::Feedback, Dataset::Costs})
        if (datasetName(d) == name)
            return d;
    return std::nullopt;
}

QString dealStatusName(DealStatus status)
{
    switch (status) {
    case DealStatus::Open: return QStringLiteral("open");
    case DealStatus::Won: return QStringLiteral("won");
    case DealStatus::Lost: return QStringLiteral("lost");
    }
    return {};
}

QString SupportCost::externalId() const
{
    // One cost row per month and channel: re-importing the same month updates it.
    return QString::number(month) + QLatin1Char('/') + channel;
}

} // namespace busola
