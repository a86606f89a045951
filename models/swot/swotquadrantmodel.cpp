#include "swotquadrantmodel.h"

#include "swotdocument.h"
#include "swotsuggestions.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace busola {

QString SwotQuadrantModel::mimeType()
{
    return QStringLiteral("application/x-busola-swot-items");
}

SwotQuadrantModel::SwotQuadrantModel(SwotDocument *document, Quadrant quadrant, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_quadrant(quadrant)
{
    connectDocument();
}

void SwotQuadrantModel::connectDocument()
{
    const int mine = int(m_quadrant);
    connect(m_document, &SwotDocument::itemAboutToBeInserted, this, [this, mine](int q, int row) {
        if (q == mine)
            beginInsertRows(QModelIndex(), row, row);
    });
    connect(m_document, &SwotDocument::itemInserted, this, [this, mine](int q, int) {
        if (q == mine)
            endInsertRows();
    });
    connect(m_document, &SwotDocument::itemAboutToBeRemoved, this, [this, mine](int q, int row) {
        if (q == mine)
            beginRemoveRows(QModelIndex(), row, row);
    });
    connect(m_document, &SwotDocument::itemRemoved, this, [this, mine](int q, int) {
        if (q == mine)
            endRemoveRows();
    });
    connect(m_document, &SwotDocument::itemChanged, this, [this, mine](int q, int row) {
        if (q == mine)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    // The board replaced by the store's version (someone else changed an item meanwhile).
    connect(m_document, &SwotDocument::aboutToReload, this, [this] { beginResetModel(); });
    connect(m_document, &SwotDocument::reloaded, this, [this] { endResetModel(); });
    connect(m_document, &SwotDocument::kpisChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

SwotDocument *SwotQuadrantModel::document() const
{
    return m_document;
}

QModelIndex SwotQuadrantModel::indexOfItem(qint64 itemId, int column) const
{
    const QList<SwotItem> &items = m_document->items(m_quadrant);
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).id == itemId)
            return index(row, column);
    }
    return QModelIndex();
}

qint64 SwotQuadrantModel::itemId(const QModelIndex &index) const
{
    return index.isValid() ? m_document->items(m_quadrant).at(index.row()).id : 0;
}

int SwotQuadrantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->items(m_quadrant).size());
}

int SwotQuadrantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SwotQuadrantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SwotItem &item = m_document->items(m_quadrant).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(item, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case Importance:
            return item.importance;
        case Kpi:
            return item.kpiId;
        case DueDate:
            return item.dueDate;
        default:
            return displayData(item, index.column());
        }
    case Qt::DecorationRole:
        return index.column() == Kpi && !item.kpiId.isEmpty() ? kpiData(item, KpiColorRole)
                                                              : QVariant();
    case ItemIdRole:
        return item.id;
    case QuadrantRole:
        return int(m_quadrant);
    case ImportanceRole:
        return item.importance;
    case KpiIdRole:
        return item.kpiId;
    case KpiStatusRole:
    case KpiSummaryRole:
    case KpiColorRole:
        return kpiData(item, role);
    case OwnerRole:
        return item.owner;
    case ActionRole:
        return item.action;
    case DueDateRole:
        return item.dueDate;
    default:
        return {};
    }
}

QVariant SwotQuadrantModel::displayData(const SwotItem &item, int column) const
{
    switch (column) {
    case Text:
        return item.text;
    case Importance:
        return item.importance;
    case Kpi:
        return item.kpiId.isEmpty() ? QString() : kpiData(item, KpiSummaryRole);
    case Owner:
        return item.owner;
    case Action:
        return item.action;
    case DueDate:
        return item.dueDate.isValid() ? QLocale().toString(item.dueDate, QLocale::ShortFormat)
                                      : QString();
    default:
        return {};
    }
}

QVariant SwotQuadrantModel::kpiData(const SwotItem &item, int role) const
{
    if (item.kpiId.isEmpty())
        return {};
    const std::optional<KpiSnapshot> kpi = m_document->kpiStatus(item.kpiId);
    const KpiState status = kpi ? kpi->status : KpiState::NoData;
    switch (role) {
    case KpiStatusRole:
        return int(status);
    case KpiColorRole:
        return kpiStateColor(status);
    case KpiSummaryRole:
        if (!kpi)
            return item.kpiId;
        // No data is "—", never 0 (PRODUCT.md).
        return tr("%1: %2").arg(kpi->name, kpi->value ? formatKpiValue(*kpi->value, kpi->unit)
                                                      : QStringLiteral("—"));
    default:
        return {};
    }
}

QVariant SwotQuadrantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Text:
        return quadrantTitle(m_quadrant);
    case Importance:
        return tr("Importance");
    case Kpi:
        return tr("Linked KPI");
    case Owner:
        return tr("Owner");
    case Action:
        return tr("Action");
    case DueDate:
        return tr("Due date");
    default:
        return {};
    }
}

Qt::ItemFlags SwotQuadrantModel::flags(const QModelIndex &index) const
{
    // Items are not drop targets, so a drop on an item lands above or below it.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

bool SwotQuadrantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = itemId(index);
    switch (index.column()) {
    case Text:
        m_document->setText(id, value.toString());
        return true;
    case Importance:
        m_document->setImportance(id, value.toInt());
        return true;
    case Kpi:
        m_document->setKpiId(id, value.toString());
        return true;
    case Owner:
        m_document->setOwner(id, value.toString());
        return true;
    case Action:
        m_document->setAction(id, value.toString());
        return true;
    case DueDate:
        m_document->setDueDate(id, value.toDate());
        return true;
    default:
        return false;
    }
}

Qt::DropActions SwotQuadrantModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SwotQuadrantModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SwotQuadrantModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *SwotQuadrantModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : qAsConst(rows))
        ids.append(m_document->items(m_quadrant).at(row).id);
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream << m_document->board().id << ids;
    auto *data = new QMimeData;
    data->setData(mimeType(), payload);
    return data;
}

QList<qint64> SwotQuadrantModel::decodeItemIds(const QMimeData *data, qint64 boardId)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QDataStream stream(data->data(mimeType()));
    qint64 board = 0;
    QList<qint64> ids;
    stream >> board >> ids;
    if (stream.status() != QDataStream::Ok || board != boardId)
        return {};
    return ids;
}

bool SwotQuadrantModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    return action == Qt::MoveAction && !decodeItemIds(data, m_document->board().id).isEmpty();
}

bool SwotQuadrantModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    if (parent.isValid())
        row = parent.row();
    m_document->moveItems(decodeItemIds(data, m_document->board().id), m_quadrant, row);
    // The move is done; the view must not also remove the source rows (removeRows is not
    // implemented, so its attempt does nothing).
    return true;
}

} // namespace busola
