#include "importhistorymodel.h"

#include "store/store.h"

#include <QBrush>
#include <QColor>
#include <QSqlError>
#include <QSqlQuery>

namespace busola {

ImportHistoryModel::ImportHistoryModel(const Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void ImportHistoryModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ImportHistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, file_name, imported_at, dataset, profile, mode,"
                              " inserted, updated, unchanged, rejected, deleted, status"
                              " FROM imports ORDER BY imported_at DESC, id DESC"))) {
        while (q.next()) {
            Entry e;
            e.id = q.value(0).toLongLong();
            e.fileName = q.value(1).toString();
            e.importedAt = q.value(2).toLongLong();
            e.dataset = q.value(3).toString();
            e.profile = q.value(4).toString();
            e.mode = q.value(5).toString();
            e.inserted = q.value(6).toInt();
            e.updated = q.value(7).toInt();
            e.unchanged = q.value(8).toInt();
            e.rejected = q.value(9).toInt();
            e.deleted = q.value(10).toInt();
            e.removed = q.value(11).toString() == QLatin1String("removed");
            m_entries << e;
        }
    } else {
        m_error = q.lastError().text();
    }
    endResetModel();
}

QString ImportHistoryModel::removalConsequences(const Entry &e) const
{
    QStringList parts;
    parts << tr("The rows it added (%1) are deleted.").arg(e.inserted);
    if (e.updated > 0)
        parts << tr("The rows it changed (%1) go back to the values they had before it.")
                     .arg(e.updated);
    if (e.deleted > 0)
        parts << tr("The rows it replaced (%1) come back.").arg(e.deleted);
    if (e.unchanged > 0)
        parts << tr("The rows it found unchanged (%1) stay as they are.").arg(e.unchanged);
    parts << tr("The KPIs of the months it touched are computed again.");
    return parts.join(QLatin1Char(' '));
}

QString ImportHistoryModel::dateText(qint64 epoch) const
{
    return m_locale.toString(m_store.clock().toLocal(epoch), QLocale::ShortFormat);
}

QString ImportHistoryModel::datasetText(const QString &name) const
{
    if (name == QLatin1String("support"))
        return tr("Support tickets");
    if (name == QLatin1String("sales"))
        return tr("Sales");
    if (name == QLatin1String("feedback"))
        return tr("Feedback");
    if (name == QLatin1String("costs"))
        return tr("Support costs");
    if (name == QLatin1String("demo"))
        return tr("Demo company");
    return name;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == ImportIdRole)
        return e.id;
    if (role == RemovedRole)
        return e.removed;
    if (role == Qt::ForegroundRole && e.removed)
        return QBrush(QColor(130, 130, 130));
    if (role == Qt::TextAlignmentRole && index.column() >= InsertedColumn &&
        index.column() <= RejectedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case FileColumn:
        return e.fileName;
    case DateColumn:
        return dateText(e.importedAt);
    case DatasetColumn:
        return datasetText(e.dataset);
    case ProfileColumn:
        return e.profile;
    case ModeColumn:
        return e.mode == QLatin1String("replace") ? tr("replace a period") : tr("add and update");
    case InsertedColumn:
        return m_locale.toString(e.inserted);
    case UpdatedColumn:
        return m_locale.toString(e.updated);
    case UnchangedColumn:
        return m_locale.toString(e.unchanged);
    case RejectedColumn:
        return m_locale.toString(e.rejected);
    case StatusColumn:
        return e.removed ? tr("removed") : tr("imported");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FileColumn:
        return tr("File");
    case DateColumn:
        return tr("Imported");
    case DatasetColumn:
        return tr("Data");
    case ProfileColumn:
        return tr("Profile");
    case ModeColumn:
        return tr("Mode");
    case InsertedColumn:
        return tr("Added");
    case UpdatedColumn:
        return tr("Updated");
    case UnchangedColumn:
        return tr("Unchanged");
    case RejectedColumn:
        return tr("Rejected");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace busola
