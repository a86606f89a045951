#pragma once

#include <QWidget>

class QAction;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;
class QUndoView;

namespace busola {

class CompetitorBenchmarkModel;
class CompetitorDocument;
class CompetitorModel;
class KpiStatusSource;
class Store;

/// The competitor table (name, prices, discount, channels, response-time and satisfaction
/// benchmarks, notes), edited with undo, and charts comparing our response time and
/// satisfaction for a month with theirs.
class CompetitorsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CompetitorsPage(Store &store, QWidget *parent = nullptr);
    ~CompetitorsPage() override;

    /// Where our values come from (not owned; null: the charts show only the competitors).
    void setKpiSource(const KpiStatusSource *source);
    /// Re-reads our values (after an import or a target change).
    void refreshKpis();
    /// Re-reads the table and our values (the store changed: demo company, another store).
    void reload();
    CompetitorDocument *document() const { return m_document; }
    QTableView *table() const { return m_table; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    /// Undo, redo, add and delete: what the shell's Edit menu shows for this page.
    QList<QAction *> editActions() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createToolBar();
    QChartView *createChart(int column, QChart **chart);
    void retranslate();
    void fillPeriods();
    void updateOurValues();
    void updateCategories();
    void addCompetitor();
    void removeSelected();

    const KpiStatusSource *m_kpiSource = nullptr;
    CompetitorDocument *m_document;
    CompetitorModel *m_model;
    CompetitorBenchmarkModel *m_benchmarks;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_add;
    QAction *m_remove;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_ourNote = nullptr;
    QTableView *m_table = nullptr;
    QChart *m_responseChart = nullptr;
    QChart *m_satisfactionChart = nullptr;
    QUndoView *m_history = nullptr;
};

} // namespace busola
