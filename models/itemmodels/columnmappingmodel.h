#pragma once

#include "import/importsettings.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace busola {

/// The wizard's column mapping: one row per field of the dataset, saying which column of the
/// file feeds it (editable), a sample of the values parsed from it, and whether it is required.
/// Edits keep one field per column and one column per field, like the engine's mapping.
class ColumnMappingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, RequiredColumn, SourceColumn, SampleColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        /// SourceColumn: the index of the file's column feeding the field, -1 for none
        /// (also Qt::EditRole).
        SourceIndexRole = Qt::UserRole,
        /// The Field, as int.
        FieldRole,
        /// True when the field (or one of its alternatives) must be mapped and is not.
        MissingRole,
    };
    Q_ENUM(Role)

    explicit ColumnMappingModel(QObject *parent = nullptr);

    /// The file's header cells and the mapping of its columns for dataset.
    void setMapping(Dataset dataset, const QStringList &headers, const ColumnMapping &columns);
    /// Samples from a parsed preview: the first few values of each column.
    void setSamples(const Preview &preview);

    Dataset dataset() const { return m_dataset; }
    const QStringList &headers() const { return m_headers; }
    const ColumnMapping &columns() const { return m_columns; }
    /// Field of a row.
    Field fieldAt(int row) const;
    int rowOf(Field field) const;

    /// The required fields left unmapped, as the user reads them ("Created", "Amount",
    /// "Created or Closed"). Mirrors what the engine needs for the dataset.
    QStringList missingRequired() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// SourceColumn with Qt::EditRole or SourceIndexRole: the file column's index, or -1.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// After an edit: the new mapping of the file's columns.
    void mappingChanged(const busola::ColumnMapping &columns);

private:
    int sourceOf(Field field) const;
    bool isMissing(Field field) const;
    QString requiredText(Field field) const;

    Dataset m_dataset = Dataset::Support;
    QVector<FieldInfo> m_fields;
    QStringList m_headers;
    ColumnMapping m_columns;
    QVector<QStringList> m_samples; ///< per file column
};

} // namespace busola
