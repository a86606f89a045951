#pragma once

#include "swottypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace busola {

class SwotDocument;

/// One quadrant of a SWOT board as a table: a view of the document, never a copy. setData and
/// drops push commands on the board's undo stack; the model follows the document's signals.
class SwotQuadrantModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Text, Importance, Kpi, Owner, Action, DueDate, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ItemIdRole = Qt::UserRole,
        QuadrantRole,
        ImportanceRole,
        KpiIdRole,
        KpiStatusRole,  ///< int(KpiState); NoData when the KPI has no value
        KpiSummaryRole, ///< "Average response time: 31 h" (name and live value)
        KpiColorRole,   ///< QColor of the status
        OwnerRole,
        ActionRole,
        DueDateRole,
    };

    /// MIME type of dragged items: the board id and the item ids.
    static QString mimeType();

    SwotQuadrantModel(SwotDocument *document, Quadrant quadrant, QObject *parent = nullptr);

    SwotDocument *document() const;
    Quadrant quadrant() const { return m_quadrant; }
    QModelIndex indexOfItem(qint64 itemId, int column = Text) const;
    qint64 itemId(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The item ids a drag of this model carries, empty when `data` is not one of ours.
    static QList<qint64> decodeItemIds(const QMimeData *data, qint64 boardId);

private:
    QVariant displayData(const SwotItem &item, int column) const;
    QVariant kpiData(const SwotItem &item, int role) const;
    void connectDocument();

    QPointer<SwotDocument> m_document;
    Quadrant m_quadrant;
};

} // namespace busola
