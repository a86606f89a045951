#pragma once

#include "competitor.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace busola {

class CompetitorDocument;

/// The competitor table, a view of the document: setData pushes one command per edit.
class CompetitorModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Price, Discount, Channels, ResponseTime, Satisfaction, Notes, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        CompetitorIdRole = Qt::UserRole,
        PricePositionRole, ///< int(PricePosition)
        ValueRole,         ///< the column's raw value (double, or invalid when unknown)
    };

    explicit CompetitorModel(CompetitorDocument *document, QObject *parent = nullptr);

    CompetitorDocument *document() const;
    qint64 competitorId(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Numbers accept a double or text in the UI locale (or with a decimal point); empty text
    /// clears the value. Out-of-range numbers are refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QVariant displayData(const Competitor &c, int column) const;
    QVariant rawData(const Competitor &c, int column) const;

    QPointer<CompetitorDocument> m_document;
};

/// Ours and theirs side by side, for the comparison chart: row 0 is us (from the KPI engine),
/// then one row per competitor. A chart maps it with QVBarModelMapper; unknown values are
/// invalid (no bar), never 0.
class CompetitorBenchmarkModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, ResponseTime, Satisfaction, ColumnCount };
    Q_ENUM(Column)

    explicit CompetitorBenchmarkModel(CompetitorDocument *document, QObject *parent = nullptr);

    /// Our response time (hours) and satisfaction (1–5) for the compared period.
    void setOurValues(std::optional<double> responseTimeHours, std::optional<double> satisfaction);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<CompetitorDocument> m_document;
    std::optional<double> m_ourResponseTime;
    std::optional<double> m_ourSatisfaction;
};

} // namespace busola
