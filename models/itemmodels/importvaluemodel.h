#pragma once

#include "import/importsettings.h"

#include <QAbstractTableModel>
#include <QPair>
#include <QVector>

namespace busola {

/// The wizard's value mapping: the values an export uses in its enumerated columns (channel,
/// status, stage, rating, yes/no) and what each becomes in the store ("Telefon" → phone,
/// "Câștigat" → won, "Foarte mulțumit" → 5). Starts from the engine's defaults and the
/// profile's mapping; edits are kept as the import's ValueMapping.
class ImportValueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, CountColumn, TargetColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        /// TargetColumn: the stored value's key ("phone", "won", "5", "1"); also Qt::EditRole.
        TargetKeyRole = Qt::UserRole,
        FieldRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        Field field = Field::None;
        QString value; ///< as the file writes it (first spelling seen)
        int count = 0; ///< rows with it, among those read
    };
    /// A choice for a field's values: the key stored, the label shown.
    using Choice = QPair<QString, QString>;

    explicit ImportValueModel(QObject *parent = nullptr);

    /// The distinct values of the enumerated columns of a resolved inspection, read through
    /// the engine's reader from the first maxRows data rows. Numeric ratings are left out.
    static QVector<Entry> collect(const Inspection &inspection, int maxRows, QString *error);
    /// The choices a field's values can become; the first keeps the value as it is (for
    /// ratings: no rating).
    static QVector<Choice> choices(Field field);
    /// True for the fields this page maps: channel, status, stage, rating, yes/no.
    static bool isEnumerated(Field field);

    void setEntries(const QVector<Entry> &entries, const ValueMapping &values);
    /// The user's mapping: what the profile had plus every edit.
    const ValueMapping &valueMapping() const { return m_values; }
    const Entry &entryAt(int row) const { return m_entries.at(row); }
    /// The key a value becomes now: the user's choice, else the engine's default, else the
    /// value itself (kept as it is; for ratings and yes/no: not understood, empty).
    QString targetOf(const Entry &entry) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString targetLabel(const Entry &entry) const;

    QVector<Entry> m_entries;
    ValueMapping m_values;
};

} // namespace busola
