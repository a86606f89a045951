#include "kpirecordsmodel.h"

#include "kpi/kpiengine.h"
#include "store/store.h"

#include <QDateTime>
#include <QIODevice>

namespace busola {

KpiRecordsModel::KpiRecordsModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_format(Language::Romanian, store.currency())
{}

KpiRecordsModel::~KpiRecordsModel() = default;

void KpiRecordsModel::setLanguage(Language language, const QString &currency)
{
    beginResetModel();
    m_format = KpiFormatter(language, currency);
    endResetModel();
}

void KpiRecordsModel::setQuery(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters)
{
    KpiEngine engine(m_store);
    m_query = std::make_unique<KpiRecordQuery>(m_store.db(), m_store.clock(), kpi, period, filters,
                                               engine.retentionWindowMonths());
    m_sortColumn = std::min(1, int(m_query->columns().size()) - 1);
    m_ascending = true;
    restart();
}

void KpiRecordsModel::setTextFilter(const QString &text)
{
    if (!m_query)
        return;
    // The keys whose shown name contains the text ("tel" finds phone in Romanian).
    auto matching = [this, &text](const QStringList &keys, bool channel) {
        QStringList found;
        for (const QString &key : keys) {
            const QString name = channel ? m_format.channelName(key) : m_format.dealStatusName(key);
            if (!text.isEmpty() && name.contains(text, Qt::CaseInsensitive))
                found << key;
        }
        return found;
    };
    m_query->setTextFilter(text, matching(KpiFormatter::channelKeys(), true),
                           matching(KpiFormatter::dealStatusKeys(), false));
    restart();
}

void KpiRecordsModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_query ? m_query->count() : 0;
    if (m_query)
        m_rows = m_query->page(m_sortColumn, m_ascending, 0, m_pageSize);
    // Views react to modelReset by asking for more rows: not while the reset is announced.
    m_busy = true;
    endResetModel();
    m_busy = false;
}

int KpiRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_query ? 0 : int(m_query->columns().size());
}

bool KpiRecordsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_query && !m_busy && m_rows.size() < m_total;
}

void KpiRecordsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QVector<QVariantList> more =
        m_query->page(m_sortColumn, m_ascending, m_rows.size(), m_pageSize);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the data changed under us: stop asking
        return;
    }
    m_busy = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += more;
    endInsertRows();
    m_busy = false;
}

void KpiRecordsModel::sort(int column, Qt::SortOrder order)
{
    if (!m_query || column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_ascending = order == Qt::AscendingOrder;
    emit layoutAboutToBeChanged();
    m_rows = m_query->page(m_sortColumn, m_ascending, 0, std::max(m_pageSize, int(m_rows.size())));
    // Every row is a new one: no persistent index survives a re-query.
    const QModelIndexList old = persistentIndexList();
    changePersistentIndexList(old, QModelIndexList(old.size()));
    emit layoutChanged();
}

QString KpiRecordsModel::text(const QVariant &value, RecordKind kind) const
{
    if (value.isNull())
        return QString();
    const QLocale locale = m_format.locale();
    switch (kind) {
    case RecordKind::Text:
        return value.toString();
    case RecordKind::Channel:
        return m_format.channelName(value.toString());
    case RecordKind::DealStatus:
        return m_format.dealStatusName(value.toString());
    case RecordKind::Instant:
        return locale.toString(m_store.clock().toLocal(value.toLongLong()), QLocale::ShortFormat);
    case RecordKind::Hours:
        return locale.toString(value.toDouble(), 'f', 1) + QStringLiteral(" h");
    case RecordKind::Days:
        return locale.toString(value.toDouble(), 'f', 1);
    case RecordKind::Money:
        return locale.toString(value.toDouble(), 'f', 2);
    case RecordKind::Number:
        return locale.toString(value.toDouble(), 'g', 6);
    case RecordKind::Flag:
        return value.toInt() != 0 ? tr("yes") : tr("no");
    }
    return QString();
}

QVariant KpiRecordsModel::editValue(const QVariant &value, RecordKind kind) const
{
    if (value.isNull())
        return QVariant();
    switch (kind) {
    case RecordKind::Instant:
        return m_store.clock().toLocal(value.toLongLong());
    case RecordKind::Hours:
    case RecordKind::Days:
    case RecordKind::Money:
    case RecordKind::Number:
        return value.toDouble();
    case RecordKind::Text:
    case RecordKind::Flag:
    case RecordKind::Channel:
    case RecordKind::DealStatus:
        break;
    }
    return text(value, kind);
}

QVariant KpiRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QVariant &value = m_rows.at(index.row()).at(index.column());
    const RecordKind kind = m_query->columns().at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
        return text(value, kind);
    case RawRole:
        return value;
    case Qt::EditRole: // what a spreadsheet export writes: numbers as numbers, instants as local
        return editValue(value, kind);
    case Qt::TextAlignmentRole:
        return isTextKind(kind) ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    }
    return QVariant();
}

QVariant KpiRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && m_query && section >= 0 &&
        section < columnCount())
        return m_query->columns().at(section).title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool KpiRecordsModel::exportCsv(QIODevice *device)
{
    if (!m_query || !device)
        return false;
    auto field = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
            s.contains(QLatin1Char('\n')))
            s = QLatin1Char('"') + s.replace(QLatin1String("\""), QLatin1String("\"\"")) +
                QLatin1Char('"');
        return s;
    };
    QStringList header;
    for (const RecordColumn &c : m_query->columns())
        header << field(c.title);
    if (device->write(header.join(QLatin1Char(',')).toUtf8() + '\n') < 0)
        return false;
    for (qint64 offset = 0;; offset += 1000) {
        const QVector<QVariantList> rows = m_query->page(m_sortColumn, m_ascending, offset, 1000);
        for (const QVariantList &row : rows) {
            QStringList cells;
            for (int c = 0; c < row.size(); ++c)
                cells << field(text(row.at(c), m_query->columns().at(c).kind));
            if (device->write(cells.join(QLatin1Char(',')).toUtf8() + '\n') < 0)
                return false;
        }
        if (rows.size() < 1000)
            return true;
    }
}

} // namespace busola
