#include "competitormodel.h"

#include "competitordocument.h"

#include <QLocale>

namespace busola {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

/// `format` is a translated "%1 h"-style pattern; no value shows as nothing.
QString number(const std::optional<double> &value, const QString &format)
{
    if (!value)
        return QString();
    const bool whole = *value == double(qint64(*value));
    return format.arg(QLocale().toString(*value, 'f', whole ? 0 : 1));
}

/// Empty → no value; otherwise a number in [min, max] or a refusal.
bool parseNumber(const QVariant &value, double min, double max, std::optional<double> *out)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            out->reset();
            return true;
        }
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = text.toDouble(&ok);
        if (!ok || number < min || number > max)
            return false;
        *out = number;
        return true;
    }
    if (!value.isValid() || value.isNull()) {
        out->reset();
        return true;
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number < min || number > max)
        return false;
    *out = number;
    return true;
}

} // namespace

CompetitorModel::CompetitorModel(CompetitorDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &CompetitorDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &CompetitorDocument::reset, this, [this] { endResetModel(); });
    connect(document, &CompetitorDocument::aboutToBeInserted, this,
            [this](int row) { beginInsertRows(QModelIndex(), row, row); });
    connect(document, &CompetitorDocument::inserted, this, [this] { endInsertRows(); });
    connect(document, &CompetitorDocument::aboutToBeRemoved, this,
            [this](int row) { beginRemoveRows(QModelIndex(), row, row); });
    connect(document, &CompetitorDocument::removed, this, [this] { endRemoveRows(); });
    connect(document, &CompetitorDocument::changed, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

CompetitorDocument *CompetitorModel::document() const
{
    return m_document;
}

qint64 CompetitorModel::competitorId(const QModelIndex &index) const
{
    return index.isValid() ? m_document->competitors().at(index.row()).id : 0;
}

int CompetitorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->competitors().size());
}

int CompetitorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompetitorModel::displayData(const Competitor &c, int column) const
{
    switch (column) {
    case Name:
        return c.name;
    case Price:
        return pricePositionText(c.pricePosition);
    case Discount:
        return number(c.discountPct, tr("%1 %"));
    case Channels:
        return c.channels;
    case ResponseTime:
        return number(c.responseTimeHours, tr("%1 h"));
    case Satisfaction:
        return number(c.satisfaction, tr("%1 / 5"));
    case Notes:
        return c.notes;
    default:
        return {};
    }
}

QVariant CompetitorModel::rawData(const Competitor &c, int column) const
{
    switch (column) {
    case Price:
        return int(c.pricePosition);
    case Discount:
        return optionalValue(c.discountPct);
    case ResponseTime:
        return optionalValue(c.responseTimeHours);
    case Satisfaction:
        return optionalValue(c.satisfaction);
    default:
        return displayData(c, column);
    }
}

QVariant CompetitorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Competitor &c = m_document->competitors().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(c, index.column());
    case Qt::EditRole:
    case ValueRole:
        return rawData(c, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Discount || index.column() == ResponseTime ||
            index.column() == Satisfaction)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CompetitorIdRole:
        return c.id;
    case PricePositionRole:
        return int(c.pricePosition);
    default:
        return {};
    }
}

QVariant CompetitorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Competitor");
    case Price:
        return tr("Prices");
    case Discount:
        return tr("Typical discount");
    case Channels:
        return tr("Channels");
    case ResponseTime:
        return tr("Response time");
    case Satisfaction:
        return tr("Satisfaction");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags CompetitorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool CompetitorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = competitorId(index);
    std::optional<double> number;
    switch (index.column()) {
    case Name:
        if (value.toString().trimmed().isEmpty())
            return false;
        m_document->setName(id, value.toString().trimmed());
        return true;
    case Price: {
        const int position = value.toInt();
        if (position < int(PricePosition::Unknown) || position > int(PricePosition::Higher))
            return false;
        m_document->setPricePosition(id, PricePosition(position));
        return true;
    }
    case Discount:
        if (!parseNumber(value, 0.0, 100.0, &number))
            return false;
        m_document->setDiscount(id, number);
        return true;
    case Channels:
        m_document->setChannels(id, value.toString().trimmed());
        return true;
    case ResponseTime:
        if (!parseNumber(value, 0.0, 24.0 * 365, &number))
            return false;
        m_document->setResponseTime(id, number);
        return true;
    case Satisfaction:
        if (!parseNumber(value, 1.0, 5.0, &number))
            return false;
        m_document->setSatisfaction(id, number);
        return true;
    case Notes:
        m_document->setNotes(id, value.toString());
        return true;
    default:
        return false;
    }
}

CompetitorBenchmarkModel::CompetitorBenchmarkModel(CompetitorDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &CompetitorDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &CompetitorDocument::reset, this, [this] { endResetModel(); });
    // Row r + 1 is competitor r.
    connect(document, &CompetitorDocument::aboutToBeInserted, this,
            [this](int row) { beginInsertRows(QModelIndex(), row + 1, row + 1); });
    connect(document, &CompetitorDocument::inserted, this, [this] { endInsertRows(); });
    connect(document, &CompetitorDocument::aboutToBeRemoved, this,
            [this](int row) { beginRemoveRows(QModelIndex(), row + 1, row + 1); });
    connect(document, &CompetitorDocument::removed, this, [this] { endRemoveRows(); });
    connect(document, &CompetitorDocument::changed, this, [this](int row) {
        emit dataChanged(index(row + 1, 0), index(row + 1, ColumnCount - 1));
    });
}

void CompetitorBenchmarkModel::setOurValues(std::optional<double> responseTimeHours,
                                            std::optional<double> satisfaction)
{
    m_ourResponseTime = responseTimeHours;
    m_ourSatisfaction = satisfaction;
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

int CompetitorBenchmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->competitors().size()) + 1;
}

int CompetitorBenchmarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompetitorBenchmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.row() == 0) {
        switch (index.column()) {
        case Name:
            return tr("Us");
        case ResponseTime:
            return optionalValue(m_ourResponseTime);
        case Satisfaction:
            return optionalValue(m_ourSatisfaction);
        default:
            return {};
        }
    }
    const Competitor &c = m_document->competitors().at(index.row() - 1);
    switch (index.column()) {
    case Name:
        return c.name;
    case ResponseTime:
        return optionalValue(c.responseTimeHours);
    case Satisfaction:
        return optionalValue(c.satisfaction);
    default:
        return {};
    }
}

QVariant CompetitorBenchmarkModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Company");
    case ResponseTime:
        return tr("Response time (h)");
    case Satisfaction:
        return tr("Satisfaction (1–5)");
    default:
        return {};
    }
}

} // namespace busola
