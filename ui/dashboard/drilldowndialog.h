#pragma once

#include <QDialog>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace busola {

/// Where the records come from. A model that sorts and filters itself in SQL (lazily fetched,
/// like KpiRecordsModel) gives setTextFilter and totalCount; a plain model is sorted and filtered
/// by the dialog.
struct DrillDownSource
{
    QAbstractItemModel *model = nullptr;
    std::function<void(const QString &)> setTextFilter;
    std::function<qint64()> totalCount;
};

/// The records behind a number, in a table: sortable by any column, filtered by the text typed
/// (every column, case-insensitive), and exported as shown to CSV in the UI locale's
/// spreadsheet format (models/dashboard/csvexport.h). The dialog does not own the model.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(QAbstractItemModel *records, const QString &title, QWidget *parent = nullptr);
    DrillDownDialog(const DrillDownSource &source, const QString &title, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// The dialog's own sorting and filtering; null when the source does them.
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString countText() const;

    /// Writes the rows as shown (filtered, sorted) to fileName; false with *error on failure.
    bool exportTo(const QString &fileName, QString *error);

private:
    void updateCount();
    void exportClicked();
    void fetchAll();
    void applyTextFilter();
    QAbstractItemModel *shownModel() const;

    DrillDownSource m_source;
    QAbstractItemModel *m_records;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_filterDelay;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_export;
};

} // namespace busola
