#pragma once

#include <QString>

#include <optional>

namespace busola {

/// Where a competitor's prices sit relative to ours.
enum class PricePosition { Unknown, Lower, Similar, Higher };

/// One row of the competitor table (PRODUCT.md, "SWOT and competitors").
struct Competitor
{
    qint64 id = 0;
    QString name;
    PricePosition pricePosition = PricePosition::Unknown;
    std::optional<double> discountPct;       ///< typical discount, 0–100
    QString channels;                        ///< free text: "phone, chat, shop"
    std::optional<double> responseTimeHours; ///< their typical first response
    std::optional<double> satisfaction;      ///< their satisfaction, score 1–5
    QString notes;
};

/// The fields one command changes; also the store column it writes.
enum class CompetitorField {
    Name,
    PricePosition,
    Discount,
    Channels,
    ResponseTime,
    Satisfaction,
    Notes
};

QString pricePositionKey(PricePosition position);
PricePosition pricePositionFromKey(const QString &key);
/// "lower" / "similar" / "higher" in the UI language; empty for Unknown.
QString pricePositionText(PricePosition position);

} // namespace busola
