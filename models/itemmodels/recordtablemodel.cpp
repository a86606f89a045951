#include "recordtablemodel.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace busola {

namespace {

/// The locale's short date and time, with two changes: the year in full (en_US has M/d/yy,
/// and records span years) and no seconds (the C locale has them; exports rarely mean them).
QString dateTimeFormatOf(const QLocale &locale)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss"));
    return date + QLatin1Char(' ') + time;
}

bool isNumeric(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Money:
    case ValueKind::Seconds:
    case ValueKind::Score:
    case ValueKind::Integer:
        return true;
    default:
        return false;
    }
}

QString translated(const char *text)
{
    return QCoreApplication::translate("busola::RecordTableModel", text);
}

QString channelName(const QString &value)
{
    if (value == QLatin1String("phone"))
        return translated(QT_TRANSLATE_NOOP("busola::RecordTableModel", "Phone"));
    if (value == QLatin1String("chat"))
        return translated(QT_TRANSLATE_NOOP("busola::RecordTableModel", "Chat"));
    if (value == QLatin1String("email"))
        return translated(QT_TRANSLATE_NOOP("busola::RecordTableModel", "E-mail"));
    if (value == QLatin1String("other"))
        return translated(QT_TRANSLATE_NOOP("busola::RecordTableModel", "Other"));
    return value;
}

QString dealStatusName(const QString &value)
{
    if (value == QLatin1String("won"))
        return translated(QT_TRANSLATE_NOOP("busola::RecordTableModel", "Won"));
    if (value == QLatin1String("lost"))
        return translated(QT_TRANSLATE_NOOP("busola::RecordTableModel", "Lost"));
    if (value == QLatin1String("open"))
        return translated(QT_TRANSLATE_NOOP("busola::RecordTableModel", "Open"));
    return value;
}

QString ticketStatusName(const QString &value)
{
    // "ticket status": Romanian agrees these with "solicitare", unlike the deals' statuses.
    if (value == QLatin1String("open"))
        return QCoreApplication::translate("busola::RecordTableModel", "Open", "ticket status");
    if (value == QLatin1String("pending"))
        return QCoreApplication::translate("busola::RecordTableModel", "Pending", "ticket status");
    if (value == QLatin1String("resolved"))
        return QCoreApplication::translate("busola::RecordTableModel", "Resolved", "ticket status");
    if (value == QLatin1String("closed"))
        return QCoreApplication::translate("busola::RecordTableModel", "Closed", "ticket status");
    return value;
}

} // namespace

RecordTableModel::RecordTableModel(const Store &store, RecordTable table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_table(table)
    , m_spec(recordTableSpec(table))
    , m_pager(store, m_spec)
    , m_dateTimeFormat(dateTimeFormatOf(m_locale))
    , m_sortColumn(m_spec.defaultSortColumn)
    , m_sortOrder(m_spec.defaultSortDescending ? Qt::DescendingOrder : Qt::AscendingOrder)
{
    reload();
}

RecordTableModel::~RecordTableModel() = default;

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordPager::Row &row = m_rows.at(index.row());
    const QVariant &value = row.values.at(index.column());
    const ValueKind kind = m_spec.columns.at(std::size_t(index.column())).kind;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(kind, value);
    case Qt::ToolTipRole:
        return kind == ValueKind::Text ? value : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumeric(kind) ? Qt::AlignRight : Qt::AlignLeft));
    case RawValueRole:
        return value;
    case RecordIdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const RecordColumnSpec &column = m_spec.columns.at(std::size_t(section));
    if (role == Qt::DisplayRole) {
        const QString caption = tr(column.caption);
        if (column.kind == ValueKind::Money)
            return tr("%1 (%2)", "column caption (currency)").arg(caption, m_currency);
        return caption;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumeric(column.kind) ? Qt::AlignRight : Qt::AlignLeft));
    return {};
}

QString RecordTableModel::displayText(ValueKind kind, const QVariant &value) const
{
    if (value.isNull())
        return {};
    switch (kind) {
    case ValueKind::Text:
        return value.toString();
    case ValueKind::Instant:
        return m_locale.toString(m_store.clock().toLocal(value.toLongLong()), m_dateTimeFormat);
    case ValueKind::Month: {
        const int month = value.toInt();
        return m_locale.toString(QDate(month / 100, month % 100, 1), QStringLiteral("MMMM yyyy"));
    }
    case ValueKind::Money:
        return formatMinorUnits(value.toLongLong(), m_locale);
    case ValueKind::Seconds:
        return tr("%1 h", "duration in hours")
            .arg(m_locale.toString(value.toDouble() / 3600.0, 'f', 1));
    case ValueKind::Score:
        return m_locale.toString(value.toDouble(), 'f', 1);
    case ValueKind::Integer:
        return m_locale.toString(value.toLongLong());
    case ValueKind::Flag:
        return value.toLongLong() != 0 ? tr("Yes") : QString();
    case ValueKind::Channel:
        return channelName(value.toString());
    case ValueKind::DealStatus:
        return dealStatusName(value.toString());
    case ValueKind::TicketStatus:
        return ticketStatusName(value.toString());
    case ValueKind::DealKind:
        return value.toLongLong() != 0 ? tr("Order") : tr("Deal");
    }
    return value.toString();
}

QString RecordTableModel::formatMinorUnits(qint64 minor, const QLocale &locale)
{
    // Integer arithmetic: exact for every amount, where a double would round past 2^53.
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const QString text = locale.toString(qulonglong(magnitude / 100)) + locale.decimalPoint() +
                         QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

void RecordTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_dateTimeFormat = dateTimeFormatOf(locale);
    // Captions are translated when asked for: a new language comes with a new locale.
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_pager.atEnd();
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    // A listener of the reset or insert signals may ask for more while that change is being
    // announced; rows inserted then would nest inside it. Views fetch again on their next
    // layout, so the request is only postponed.
    if (m_notifying || !canFetchMore(parent))
        return;
    const QVector<RecordPager::Row> rows = m_pager.next(PageSize);
    if (rows.isEmpty())
        return;
    m_notifying = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
    m_notifying = false;
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    reload();
}

void RecordTableModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filterText)
        return;
    m_filterText = simplified;
    reload();
}

void RecordTableModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_currency = m_store.currency();
    m_rows.clear();
    if (m_pager.restart(m_filterText, m_sortColumn, m_sortOrder))
        m_rows = m_pager.next(PageSize);
    endResetModel();
    m_notifying = false;
    emit matchingRowCountChanged(m_pager.matchingRows());
}

} // namespace busola
