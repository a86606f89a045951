#include "kpisummarymodel.h"

#include <QColor>

namespace busola {

KpiSummaryModel::KpiSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_format(Language::Romanian, QStringLiteral("RON"))
{}

void KpiSummaryModel::setLanguage(Language language, const QString &currency)
{
    beginResetModel();
    m_format = KpiFormatter(language, currency);
    m_currency = currency;
    endResetModel();
}

void KpiSummaryModel::setRows(const QVector<KpiRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void KpiSummaryModel::load(KpiEngine &engine, const KpiPeriod &period, const KpiFilters &filters)
{
    setRows(engine.report(period, filters));
}

int KpiSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiSummaryModel::statusColor(KpiStatus status)
{
    switch (status) {
    case KpiStatus::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case KpiStatus::Near:
        return QColor(0xf9, 0xa8, 0x25);
    case KpiStatus::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case KpiStatus::NoData:
        return QColor(0x9e, 0x9e, 0x9e);
    case KpiStatus::None:
        break;
    }
    return QVariant();
}

QString KpiSummaryModel::extrasText(const KpiRow &row) const
{
    const KpiDefinition &def = kpiDefinition(row.kpi);
    const KpiExtras &x = row.current.extras;
    switch (row.kpi) {
    case Kpi::ResponseTime:
        if (!x.median)
            return QString();
        return tr("median %1, p90 %2")
            .arg(m_format.value(def, x.median), m_format.value(def, x.p90));
    case Kpi::Csat:
        if (!x.shareHigh)
            return QString();
        return tr("%1 of ratings 4–5, %2 ratings", nullptr, int(x.ratings.value_or(0)))
            .arg(m_format.locale().toString(*x.shareHigh, 'f', 1) + QStringLiteral(" %"),
                 m_format.count(x.ratings.value_or(0)));
    case Kpi::LeadConversion:
        return x.open ? tr("%1 still open", nullptr, int(*x.open)).arg(m_format.count(*x.open))
                      : QString();
    default:
        return QString();
    }
}

QVariant KpiSummaryModel::display(const KpiRow &row, int column) const
{
    const KpiDefinition &def = kpiDefinition(row.kpi);
    switch (column) {
    case Name:
        return def.name(m_format.language());
    case Value:
        return m_format.value(def, row.current.value);
    case Target:
        return row.target.value ? m_format.value(def, row.target.value) : QString();
    case Status:
        return m_format.status(row.status);
    case Previous:
        return m_format.value(def, row.previous.value);
    case PreviousChange:
        return m_format.percent(row.previous.changePct);
    case YearAgo:
        return m_format.value(def, row.yearAgo.value);
    case YearAgoChange:
        return m_format.percent(row.yearAgo.changePct);
    case Count:
        return m_format.count(row.current.count);
    case Extras:
        return extrasText(row);
    }
    return QVariant();
}

QVariant KpiSummaryModel::roleData(const KpiRow &row, int role) const
{
    const KpiDefinition &def = kpiDefinition(row.kpi);
    switch (role) {
    case KpiIdRole:
        return def.id;
    case ValueRole:
        return optionalVariant(row.current.value);
    case TargetRole:
        return optionalVariant(row.target.value);
    case StatusRole:
        return int(row.status);
    case StatusCodeRole:
        return statusCode(row.status);
    case CountRole:
        return row.current.count;
    case LowerIsBetterRole:
        return def.direction == KpiDirection::LowerIsBetter;
    case UnitRole:
        return def.unitCode(m_currency);
    case PreviousValueRole:
        return optionalVariant(row.previous.value);
    case PreviousChangePctRole:
        return optionalVariant(row.previous.changePct);
    case PreviousChangeAbsRole:
        return optionalVariant(row.previous.changeAbs);
    case YearAgoValueRole:
        return optionalVariant(row.yearAgo.value);
    case YearAgoChangePctRole:
        return optionalVariant(row.yearAgo.changePct);
    case YearAgoChangeAbsRole:
        return optionalVariant(row.yearAgo.changeAbs);
    case MedianRole:
        return optionalVariant(row.current.extras.median);
    case P90Role:
        return optionalVariant(row.current.extras.p90);
    case ShareHighRole:
        return optionalVariant(row.current.extras.shareHigh);
    case RatingsRole:
        return optionalVariant(row.current.extras.ratings);
    case OpenRole:
        return optionalVariant(row.current.extras.open);
    case TolerancePctRole:
        return row.target.tolerancePct;
    }
    return QVariant();
}

QVariant KpiSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const KpiRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Name ? kpiDefinition(row.kpi).definition(m_format.language())
                                      : QVariant();
    case Qt::DecorationRole:
        return index.column() == Status ? statusColor(row.status) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant()
                                      : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return role > Qt::UserRole ? roleData(row, role) : QVariant();
    }
}

QVariant KpiSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("KPI");
    case Value:
        return tr("Value");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case Previous:
        return tr("Previous period");
    case PreviousChange:
        return tr("Change");
    case YearAgo:
        return tr("Year ago");
    case YearAgoChange:
        return tr("Change vs year ago");
    case Count:
        return tr("Records");
    case Extras:
        return tr("Details");
    }
    return QVariant();
}

QHash<int, QByteArray> KpiSummaryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KpiIdRole, "kpiId");
    names.insert(ValueRole, "value");
    names.insert(TargetRole, "target");
    names.insert(StatusCodeRole, "status");
    names.insert(CountRole, "count");
    return names;
}

} // namespace busola
