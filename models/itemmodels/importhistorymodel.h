#pragma once

#include <QAbstractTableModel>
#include <QLocale>
#include <QVector>

namespace busola {

class Store;

/// The import history of a store: every import (and the demo company) with its file, date,
/// dataset, profile, mode and counts, newest first. Reads through the store's connection.
class ImportHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        DateColumn,
        DatasetColumn,
        ProfileColumn,
        ModeColumn,
        InsertedColumn,
        UpdatedColumn,
        UnchangedColumn,
        RejectedColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ImportIdRole = Qt::UserRole,
        /// True once the import was removed.
        RemovedRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        qint64 id = 0;
        QString fileName;
        qint64 importedAt = 0; ///< epoch seconds
        QString dataset;
        QString profile;
        QString mode;
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        int deleted = 0; ///< rows a replace removed
        bool removed = false;
    };

    explicit ImportHistoryModel(const Store &store, QObject *parent = nullptr);

    /// Reads the history again (after an import or a removal).
    void reload();
    const Entry &entryAt(int row) const { return m_entries.at(row); }
    QString lastError() const { return m_error; }
    void setLocale(const QLocale &locale);

    /// What removing the import will change, in a sentence for the confirmation.
    QString removalConsequences(const Entry &entry) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString dateText(qint64 epoch) const;
    QString datasetText(const QString &name) const;

    const Store &m_store;
    QVector<Entry> m_entries;
    QLocale m_locale;
    QString m_error;
};

} // namespace busola
