#include "recordtablemodel.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

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

/// The word as a LIKE pattern matching it anywhere, with its own wildcards escaped by '!'.
QString containsPattern(const QString &word)
{
    QString escaped = word.toLower();
    escaped.replace(QLatin1String("!"), QLatin1String("!!"));
    escaped.replace(QLatin1String("%"), QLatin1String("!%"));
    escaped.replace(QLatin1String("_"), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
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

} // namespace

RecordTableModel::RecordTableModel(const Store &store, RecordTable table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_table(table)
    , m_spec(recordTableSpec(table))
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
    const Row &row = m_rows.at(index.row());
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
    return !parent.isValid() && m_segmentIndex < 2 && m_rows.size() < m_matchingRows;
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    // A listener of the reset or insert signals may ask for more while that change is being
    // announced; rows inserted then would nest inside it. Views fetch again on their next
    // layout, so the request is only postponed.
    if (m_notifying || !canFetchMore(parent))
        return;
    const QVector<Row> rows = queryPage(PageSize);
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
    m_error.clear();
    resetCursor();
    if (countMatching())
        m_rows = queryPage(PageSize);
    endResetModel();
    m_notifying = false;
    emit matchingRowCountChanged(m_matchingRows);
}

void RecordTableModel::resetCursor()
{
    m_segmentIndex = 0;
    m_hasLastKey = false;
    m_lastKey.clear();
    m_lastId = 0;
}

QString RecordTableModel::sortExpression() const
{
    if (m_sortColumn < 0)
        return QStringLiteral("t.id");
    return QLatin1String(m_spec.columns.at(std::size_t(m_sortColumn)).sql);
}

QString RecordTableModel::filterClause(QVariantList *binds) const
{
    QStringList words;
    for (const QString &word : m_filterText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QStringList alternatives;
        for (const RecordColumnSpec &column : m_spec.columns) {
            if (!column.searchable)
                continue;
            alternatives
                << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '!'").arg(QLatin1String(column.sql));
            *binds << containsPattern(word);
        }
        words << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return words.isEmpty() ? QStringLiteral("1 = 1") : words.join(QLatin1String(" AND "));
}

bool RecordTableModel::countMatching()
{
    QVariantList binds;
    const QString where = filterClause(&binds);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(m_spec.fromClause) +
              QStringLiteral(" WHERE ") + where);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        m_matchingRows = -1;
        m_segmentIndex = 2;
        return false;
    }
    m_matchingRows = q.value(0).toLongLong();
    return true;
}

RecordTableModel::Segment RecordTableModel::currentSegment() const
{
    // Nulls sort first ascending and last descending (SQLite's own order, so its indexes serve).
    const bool nullsFirst = m_sortOrder == Qt::AscendingOrder;
    return (m_segmentIndex == 0) == nullsFirst ? Segment::Nulls : Segment::Values;
}

QVector<RecordTableModel::Row> RecordTableModel::queryPage(int wanted)
{
    QVector<Row> out;
    while (out.size() < wanted && m_segmentIndex < 2) {
        const int need = wanted - int(out.size());
        const QVector<Row> page = querySegment(need);
        if (!m_error.isEmpty()) {
            m_segmentIndex = 2;
            break;
        }
        if (!page.isEmpty()) {
            m_hasLastKey = true;
            m_lastId = page.constLast().id;
            m_lastKey =
                m_sortColumn < 0 ? QVariant(m_lastId) : page.constLast().values.at(m_sortColumn);
        }
        out += page;
        if (page.size() < need) {
            ++m_segmentIndex;
            m_hasLastKey = false;
        }
    }
    return out;
}

QVector<RecordTableModel::Row> RecordTableModel::querySegment(int limit)
{
    QVariantList binds;
    QString where = filterClause(&binds);
    const QString expr = sortExpression();
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString after = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    QString order;
    if (currentSegment() == Segment::Nulls) {
        where += QStringLiteral(" AND ") + expr + QStringLiteral(" IS NULL");
        if (m_hasLastKey) {
            where += QStringLiteral(" AND t.id") + after + QLatin1Char('?');
            binds << m_lastId;
        }
        order = QStringLiteral("t.id") + direction;
    } else {
        where += QStringLiteral(" AND ") + expr + QStringLiteral(" IS NOT NULL");
        if (m_hasLastKey) {
            // A row value comparison lets SQLite seek in the sort column's index.
            where += QStringLiteral(" AND (") + expr + QStringLiteral(", t.id)") + after +
                     QStringLiteral("(?, ?)");
            binds << m_lastKey << m_lastId;
        }
        order = expr + direction + QStringLiteral(", t.id") + direction;
    }
    QStringList columns{QStringLiteral("t.id")};
    for (const RecordColumnSpec &column : m_spec.columns)
        columns << QLatin1String(column.sql);

    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns.join(QLatin1String(", ")) +
              QStringLiteral(" FROM ") + QLatin1String(m_spec.fromClause) +
              QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY ") + order +
              QStringLiteral(" LIMIT ") + QString::number(limit));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    QVector<Row> rows;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return rows;
    }
    const int count = int(m_spec.columns.size());
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.values.reserve(count);
        for (int i = 1; i <= count; ++i)
            row.values << q.value(i);
        rows << row;
    }
    return rows;
}

} // namespace busola
