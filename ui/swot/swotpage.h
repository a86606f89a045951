#pragma once

#include "swot/swottypes.h"

#include <QWidget>

#include <array>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QUndoGroup;
class QUndoView;

namespace busola {

class KpiStatusSource;
class Store;
class SwotBoardModel;
class SwotDocument;
class SwotItemPanel;
class SwotQuadrantModel;
class SwotQuadrantView;
class SwotStore;
class SwotSuggestionModel;

/// The SWOT editor: a board selector (create, rename, duplicate, delete), the four quadrants
/// as views of the board's document, the current item's details, the suggestions from the
/// KPIs and the undo history. Every edit is a command on the board's undo stack.
class SwotPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SwotPage(Store &store, QWidget *parent = nullptr);
    ~SwotPage() override;

    /// Where the items' live KPI values and the suggestions come from (not owned; null: none).
    void setKpiSource(const KpiStatusSource *source);
    /// Re-reads the KPI values (after an import or a target change).
    void refreshKpis();
    /// Re-reads the boards (the store changed: demo company, another store) and reopens the
    /// current one; its undo history starts afresh.
    void reload();
    void openBoard(qint64 boardId);
    SwotDocument *document() const { return m_document.get(); }
    SwotQuadrantView *quadrantView(Quadrant quadrant) const;
    /// The "changed by someone else; reloaded" notice (hidden when there is none).
    QLabel *changedElsewhereNotice() const { return m_changedNotice; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    /// Undo, redo, add, delete and edit: what the shell's Edit menu shows for this page.
    QList<QAction *> editActions() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createBoardBar();
    QWidget *createQuadrants();
    QWidget *createSidePanel();
    void createActions();
    void retranslate();
    void updateBoardInfo();
    SwotQuadrantView *focusedView() const;

    void newBoard();
    void renameBoard();
    void duplicateBoard();
    void deleteBoard();
    void boardChosen(int row);

    void addItem(Quadrant quadrant, int row);
    void removeItems(const QList<qint64> &itemIds);
    void moveItems(const QList<qint64> &itemIds, Quadrant quadrant);
    void reorderItem(qint64 itemId, int delta);
    void acceptSuggestion();
    void dismissSuggestion();
    void showStoreError(const QString &message);
    /// Someone else saved an item first: the board was reloaded; says so.
    void showChangedElsewhere(const QString &message);

    Store &m_store;
    std::unique_ptr<SwotStore> m_swotStore;
    SwotBoardModel *m_boards;
    std::unique_ptr<SwotDocument> m_document;
    const KpiStatusSource *m_kpiSource = nullptr;
    QUndoGroup *m_undoGroup;

    QComboBox *m_boardCombo = nullptr;
    QLabel *m_boardLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QToolButton *m_newBoard = nullptr;
    QToolButton *m_renameBoard = nullptr;
    QToolButton *m_duplicateBoard = nullptr;
    QToolButton *m_deleteBoard = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_changedNotice = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyCreate = nullptr;

    std::array<SwotQuadrantView *, QuadrantCount> m_views{};
    std::array<QLabel *, QuadrantCount> m_titles{};
    std::array<QToolButton *, QuadrantCount> m_addButtons{};
    std::array<SwotQuadrantModel *, QuadrantCount> m_models{};
    SwotSuggestionModel *m_suggestions = nullptr;

    SwotItemPanel *m_itemPanel = nullptr;
    QLabel *m_suggestionsTitle = nullptr;
    QListView *m_suggestionView = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_historyTitle = nullptr;
    QUndoView *m_history = nullptr;

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_editAction = nullptr;
};

} // namespace busola
