#include "swotpage.h"

#include "store/store.h"
#include "swot/swotboardmodel.h"
#include "swot/swotdocument.h"
#include "swot/swotquadrantmodel.h"
#include "swot/swotstore.h"
#include "swot/swotsuggestionmodel.h"
#include "swotboarddialog.h"
#include "swotitempanel.h"
#include "swotquadrantview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace busola {

namespace {

const QString LastBoardSetting = QStringLiteral("swot_last_board");

QColor quadrantColour(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::Strengths:
        return QColor(0x2e, 0x7d, 0x32);
    case Quadrant::Weaknesses:
        return QColor(0xc6, 0x28, 0x28);
    case Quadrant::Opportunities:
        return QColor(0x15, 0x65, 0xc0);
    case Quadrant::Threats:
        return QColor(0xef, 0x6c, 0x00);
    }
    return QColor();
}

QToolButton *toolButton(QWidget *parent, const char *objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

SwotPage::SwotPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_swotStore(std::make_unique<SwotStore>(store))
    , m_boards(new SwotBoardModel(*m_swotStore, this))
    , m_undoGroup(new QUndoGroup(this))
{
    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createBoardBar());
    m_errorLabel = new QLabel(this);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    // Not an error of this computer: someone else saved first (team store). Stays until the
    // next edit, so that it is read.
    m_changedNotice = new QLabel(this);
    m_changedNotice->setObjectName(QStringLiteral("changedElsewhereNotice"));
    m_changedNotice->setStyleSheet(QStringLiteral(
        "background: #fff4e5; color: #663c00; border: 1px solid #ffb74d; padding: 6px;"));
    m_changedNotice->setWordWrap(true);
    m_changedNotice->hide();
    layout->addWidget(m_changedNotice);

    m_stack = new QStackedWidget(this);
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyLabel = new QLabel(empty);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyCreate = new QPushButton(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyCreate, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    connect(m_emptyCreate, &QPushButton::clicked, this, &SwotPage::newBoard);

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->addWidget(createQuadrants());
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    retranslate();
    bool ok = false;
    const qint64 last = m_store.setting(LastBoardSetting).toLongLong(&ok);
    const int row = ok ? m_boards->rowOf(last) : -1;
    boardChosen(row >= 0 ? row : (m_boards->rowCount() > 0 ? 0 : -1));
}

SwotPage::~SwotPage()
{
    // Views and models go before the document they show.
    for (SwotQuadrantView *view : m_views)
        view->setModel(nullptr);
    m_suggestionView->setModel(nullptr);
}

void SwotPage::createActions()
{
    m_undo = m_undoGroup->createUndoAction(this);
    m_redo = m_undoGroup->createRedoAction(this);
    m_undo->setObjectName(QStringLiteral("swotUndo"));
    m_redo->setObjectName(QStringLiteral("swotRedo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_addAction = new QAction(this);
    m_deleteAction = new QAction(this);
    m_editAction = new QAction(this);
    connect(m_addAction, &QAction::triggered, this, [this] {
        SwotQuadrantView *view = focusedView();
        addItem(view ? view->quadrant() : Quadrant::Strengths, -1);
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (SwotQuadrantView *view = focusedView())
            removeItems(view->selectedItemIds());
    });
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (SwotQuadrantView *view = focusedView(); view && view->currentIndex().isValid())
            view->edit(view->currentIndex());
    });
    for (QAction *action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

QList<QAction *> SwotPage::editActions() const
{
    return {m_undo, m_redo, m_addAction, m_editAction, m_deleteAction};
}

QWidget *SwotPage::createBoardBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_boardLabel = new QLabel(bar);
    m_boardCombo = new QComboBox(bar);
    m_boardCombo->setObjectName(QStringLiteral("boardSelector"));
    m_boardCombo->setModel(m_boards);
    m_boardCombo->setMinimumContentsLength(18);
    m_periodLabel = new QLabel(bar);
    m_newBoard = toolButton(bar, "newBoard");
    m_renameBoard = toolButton(bar, "renameBoard");
    m_duplicateBoard = toolButton(bar, "duplicateBoard");
    m_deleteBoard = toolButton(bar, "deleteBoard");
    m_undoButton = toolButton(bar, "undoButton");
    m_redoButton = toolButton(bar, "redoButton");
    m_undoButton->setDefaultAction(m_undo);
    m_redoButton->setDefaultAction(m_redo);
    for (QWidget *w :
         {static_cast<QWidget *>(m_boardLabel), static_cast<QWidget *>(m_boardCombo),
          static_cast<QWidget *>(m_periodLabel), static_cast<QWidget *>(m_newBoard),
          static_cast<QWidget *>(m_renameBoard), static_cast<QWidget *>(m_duplicateBoard),
          static_cast<QWidget *>(m_deleteBoard)})
        layout->addWidget(w);
    layout->addStretch();
    layout->addWidget(m_undoButton);
    layout->addWidget(m_redoButton);
    connect(m_boardCombo, &QComboBox::activated, this, &SwotPage::boardChosen);
    connect(m_newBoard, &QToolButton::clicked, this, &SwotPage::newBoard);
    connect(m_renameBoard, &QToolButton::clicked, this, &SwotPage::renameBoard);
    connect(m_duplicateBoard, &QToolButton::clicked, this, &SwotPage::duplicateBoard);
    connect(m_deleteBoard, &QToolButton::clicked, this, &SwotPage::deleteBoard);
    return bar;
}

QWidget *SwotPage::createQuadrants()
{
    auto *grid = new QWidget(this);
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (int q = 0; q < QuadrantCount; ++q) {
        const Quadrant quadrant = Quadrant(q);
        auto *frame = new QWidget(grid);
        auto *column = new QVBoxLayout(frame);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        auto *header = new QHBoxLayout;
        m_titles[q] = new QLabel(frame);
        const QColor colour = quadrantColour(quadrant);
        m_titles[q]->setStyleSheet(
            QStringLiteral("QLabel { color: white; background: %1; padding: 4px 8px;"
                           " font-weight: bold; border-radius: 3px; }")
                .arg(colour.name()));
        m_addButtons[q] = new QToolButton(frame);
        m_addButtons[q]->setText(QStringLiteral("+"));
        header->addWidget(m_titles[q], 1);
        header->addWidget(m_addButtons[q]);
        column->addLayout(header);
        m_views[q] = new SwotQuadrantView(frame);
        m_views[q]->setObjectName(QStringLiteral("quadrant%1").arg(q));
        column->addWidget(m_views[q], 1);
        layout->addWidget(frame, q / 2, q % 2);

        SwotQuadrantView *view = m_views[q];
        connect(m_addButtons[q], &QToolButton::clicked, this,
                [this, quadrant] { addItem(quadrant, -1); });
        connect(view, &SwotQuadrantView::addRequested, this,
                [this, quadrant](int row) { addItem(quadrant, row); });
        connect(view, &SwotQuadrantView::removeRequested, this, &SwotPage::removeItems);
        connect(view, &SwotQuadrantView::moveRequested, this, &SwotPage::moveItems);
        connect(view, &SwotQuadrantView::reorderRequested, this, &SwotPage::reorderItem);
        connect(view, &SwotQuadrantView::currentItemChanged, this, [this](qint64 id) {
            if (id != 0)
                m_itemPanel->setItem(id);
        });
    }
    return grid;
}

QWidget *SwotPage::createSidePanel()
{
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(300);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_itemPanel = new SwotItemPanel(panel);
    layout->addWidget(m_itemPanel);

    QFont bold = font();
    bold.setBold(true);
    m_suggestionsTitle = new QLabel(panel);
    m_suggestionsTitle->setFont(bold);
    m_suggestionView = new QListView(panel);
    m_suggestionView->setObjectName(QStringLiteral("suggestions"));
    m_suggestionView->setWordWrap(true);
    m_suggestionView->setUniformItemSizes(false);
    m_suggestionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accept = new QPushButton(panel);
    m_dismiss = new QPushButton(panel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    layout->addSpacing(8);
    layout->addWidget(m_suggestionsTitle);
    layout->addWidget(m_suggestionView, 1);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, &SwotPage::acceptSuggestion);
    connect(m_dismiss, &QPushButton::clicked, this, &SwotPage::dismissSuggestion);
    connect(m_suggestionView, &QListView::doubleClicked, this, &SwotPage::acceptSuggestion);

    m_historyTitle = new QLabel(panel);
    m_historyTitle->setFont(bold);
    m_history = new QUndoView(m_undoGroup, panel);
    m_history->setObjectName(QStringLiteral("history"));
    layout->addSpacing(8);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    return panel;
}

SwotQuadrantView *SwotPage::quadrantView(Quadrant quadrant) const
{
    return m_views[std::size_t(quadrant)];
}

SwotQuadrantView *SwotPage::focusedView() const
{
    for (SwotQuadrantView *view : m_views) {
        if (view->hasFocus() || view->isAncestorOf(QApplication::focusWidget()))
            return view;
    }
    return nullptr;
}

void SwotPage::setKpiSource(const KpiStatusSource *source)
{
    m_kpiSource = source;
    if (m_document)
        m_document->setKpiSource(source);
    m_itemPanel->setDocument(m_document.get());
}

void SwotPage::refreshKpis()
{
    if (m_document)
        m_document->refreshKpis();
}

void SwotPage::reload()
{
    const qint64 current = m_document ? m_document->board().id : 0;
    m_boards->reload();
    const int row = m_boards->rowOf(current);
    boardChosen(row >= 0 ? row : (m_boards->rowCount() > 0 ? 0 : -1));
}

void SwotPage::boardChosen(int row)
{
    openBoard(row >= 0 && row < m_boards->rowCount() ? m_boards->boardAt(row).id : 0);
}

void SwotPage::openBoard(qint64 boardId)
{
    m_changedNotice->hide();
    for (SwotQuadrantView *view : m_views)
        view->setModel(nullptr);
    m_suggestionView->setModel(nullptr);
    m_itemPanel->setDocument(nullptr);
    for (SwotQuadrantModel *&model : m_models) {
        delete model;
        model = nullptr;
    }
    delete m_suggestions;
    m_suggestions = nullptr;
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();

    QString error;
    if (boardId != 0)
        m_document = SwotDocument::load(m_store, boardId, &error);
    if (!m_document) {
        if (boardId != 0)
            showStoreError(error);
        m_stack->setCurrentIndex(0);
        updateBoardInfo();
        return;
    }
    m_document->setKpiSource(m_kpiSource);
    connect(m_document.get(), &SwotDocument::storeError, this, &SwotPage::showStoreError);
    connect(m_document.get(), &SwotDocument::changedElsewhere, this,
            &SwotPage::showChangedElsewhere);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, m_changedNotice, &QWidget::hide);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    for (int q = 0; q < QuadrantCount; ++q) {
        m_models[q] = new SwotQuadrantModel(m_document.get(), Quadrant(q), this);
        m_views[q]->setModel(m_models[q]);
    }
    m_suggestions = new SwotSuggestionModel(m_document.get(), this);
    m_suggestionView->setModel(m_suggestions);
    m_itemPanel->setDocument(m_document.get());
    m_store.setSetting(LastBoardSetting, QString::number(boardId));
    m_stack->setCurrentIndex(1);
    updateBoardInfo();
}

void SwotPage::updateBoardInfo()
{
    const int row = m_document ? m_boards->rowOf(m_document->board().id) : -1;
    m_boardCombo->setCurrentIndex(row);
    for (QToolButton *button : {m_renameBoard, m_duplicateBoard, m_deleteBoard})
        button->setEnabled(row >= 0);
    if (row < 0) {
        m_periodLabel->clear();
        return;
    }
    const SwotBoard board = m_boards->boardAt(row);
    const QString period = SwotBoardModel::periodText(board);
    m_periodLabel->setText(board.team.isEmpty() ? period
                                                : tr("%1 · team %2").arg(period, board.team));
}

void SwotPage::newBoard()
{
    SwotBoardDialog dialog(SwotBoard(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_boards->createBoard(dialog.board());
    if (id == 0)
        showStoreError(m_boards->lastError());
    else
        openBoard(id);
}

void SwotPage::renameBoard()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename board"), tr("Name:"),
                                               QLineEdit::Normal, m_document->board().name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == m_document->board().name)
        return;
    if (!m_boards->renameBoard(m_document->board().id, name)) {
        showStoreError(m_boards->lastError());
        return;
    }
    m_document->setBoardName(name);
    updateBoardInfo();
}

void SwotPage::duplicateBoard()
{
    if (!m_document)
        return;
    const SwotBoard board = m_document->board();
    QDate from;
    QDate to;
    if (board.periodFrom.isValid() && board.periodTo.isValid())
        nextPeriod(board.periodFrom, board.periodTo, &from, &to);
    QString suggested = SwotBoardDialog::suggestedName(from, to);
    if (suggested.isEmpty())
        suggested = tr("%1 (copy)").arg(board.name);
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Duplicate board"),
                              tr("A copy of every item, for the next period. Name:"),
                              QLineEdit::Normal, suggested, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const qint64 id = m_boards->duplicateBoard(board.id, name);
    if (id == 0)
        showStoreError(m_boards->lastError());
    else
        openBoard(id);
}

void SwotPage::deleteBoard()
{
    if (!m_document)
        return;
    const SwotBoard board = m_document->board();
    const auto answer = QMessageBox::question(
        this, tr("Delete board"),
        tr("Delete the board \"%1\" and all its items? This cannot be undone.").arg(board.name));
    if (answer != QMessageBox::Yes)
        return;
    openBoard(0);
    if (!m_boards->deleteBoard(board.id))
        showStoreError(m_boards->lastError());
    boardChosen(m_boards->rowCount() > 0 ? 0 : -1);
}

void SwotPage::addItem(Quadrant quadrant, int row)
{
    if (!m_document)
        return;
    SwotItem item;
    item.text = tr("New item");
    const qint64 id = m_document->addItem(quadrant, row, item);
    SwotQuadrantView *view = quadrantView(quadrant);
    view->setFocus();
    view->selectItems({id});
    view->edit(view->currentIndex());
}

void SwotPage::removeItems(const QList<qint64> &itemIds)
{
    if (m_document)
        m_document->removeItems(itemIds);
}

void SwotPage::moveItems(const QList<qint64> &itemIds, Quadrant quadrant)
{
    if (!m_document)
        return;
    m_document->moveItems(itemIds, quadrant, -1);
    SwotQuadrantView *view = quadrantView(quadrant);
    view->setFocus();
    view->selectItems(itemIds);
}

void SwotPage::reorderItem(qint64 itemId, int delta)
{
    if (!m_document)
        return;
    m_document->moveItemBy(itemId, delta);
    if (const auto location = m_document->locate(itemId))
        quadrantView(location->quadrant)->selectItems({itemId});
}

void SwotPage::acceptSuggestion()
{
    const QModelIndex index = m_suggestionView->currentIndex();
    if (m_suggestions && index.isValid())
        m_suggestions->accept(index.row());
}

void SwotPage::dismissSuggestion()
{
    const QModelIndex index = m_suggestionView->currentIndex();
    if (m_suggestions && index.isValid())
        m_suggestions->dismiss(index.row());
}

void SwotPage::showStoreError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void SwotPage::showChangedElsewhere(const QString &message)
{
    m_changedNotice->setText(tr("%1 The board has been reloaded with the latest version: make "
                                "your change again if it is still needed.")
                                 .arg(message));
    m_changedNotice->show();
}

void SwotPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SwotPage::retranslate()
{
    m_boardLabel->setText(tr("Board:"));
    m_newBoard->setText(tr("New…"));
    m_renameBoard->setText(tr("Rename…"));
    m_duplicateBoard->setText(tr("Duplicate…"));
    m_duplicateBoard->setToolTip(tr("Copy this board and its items to the next period"));
    m_deleteBoard->setText(tr("Delete…"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_addAction->setText(tr("Add SWOT item"));
    m_deleteAction->setText(tr("Delete SWOT items"));
    m_editAction->setText(tr("Edit SWOT item"));
    m_emptyLabel->setText(tr("There is no SWOT board yet. A board holds the strengths, "
                             "weaknesses, opportunities and threats of one period."));
    m_emptyCreate->setText(tr("Create a board…"));
    for (int q = 0; q < QuadrantCount; ++q) {
        m_titles[q]->setText(quadrantTitle(Quadrant(q)));
        m_addButtons[q]->setToolTip(tr("Add an item (Insert)"));
    }
    m_suggestionsTitle->setText(tr("Suggestions from the KPIs"));
    m_accept->setText(tr("Accept"));
    m_dismiss->setText(tr("Dismiss"));
    m_historyTitle->setText(tr("History"));
    m_history->setEmptyLabel(tr("Board opened"));
    m_suggestionView->setToolTip(m_kpiSource ? QString()
                                             : tr("Suggestions appear once KPI values are "
                                                  "available."));
    updateBoardInfo();
}

} // namespace busola
