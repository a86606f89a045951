#include "competitorspage.h"

#include "competitordelegate.h"
#include "competitors/benchmarks.h"
#include "competitors/competitordocument.h"
#include "competitors/competitormodel.h"
#include "swot/kpistatussource.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

namespace busola {

namespace {

const QColor OurColour(0x15, 0x65, 0xc0);
const QColor TheirColour(0x90, 0xa4, 0xae);

QToolButton *toolButton(QWidget *parent, QAction *action)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

CompetitorsPage::CompetitorsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_document(new CompetitorDocument(store, this))
    , m_model(new CompetitorModel(m_document, this))
    , m_benchmarks(new CompetitorBenchmarkModel(m_document, this))
    , m_undo(m_document->undoStack()->createUndoAction(this))
    , m_redo(m_document->undoStack()->createRedoAction(this))
    , m_add(new QAction(this))
    , m_remove(new QAction(this))
{
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction *action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &CompetitorsPage::addCompetitor);
    connect(m_remove, &QAction::triggered, this, &CompetitorsPage::removeSelected);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("competitorTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CompetitorDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CompetitorModel::Notes, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);

    auto *charts = new QWidget(this);
    auto *chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(createChart(CompetitorBenchmarkModel::ResponseTime, &m_responseChart));
    chartLayout->addWidget(
        createChart(CompetitorBenchmarkModel::Satisfaction, &m_satisfactionChart));
    m_history = new QUndoView(m_document->undoStack(), this);
    m_history->setMaximumWidth(220);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(splitter);
    sides->addWidget(m_history);
    sides->setStretchFactor(0, 5);
    sides->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addWidget(sides, 1);

    connect(m_benchmarks, &QAbstractItemModel::rowsInserted, this,
            &CompetitorsPage::updateCategories);
    connect(m_benchmarks, &QAbstractItemModel::rowsRemoved, this,
            &CompetitorsPage::updateCategories);
    connect(m_benchmarks, &QAbstractItemModel::dataChanged, this,
            &CompetitorsPage::updateCategories);
    fillPeriods();
    retranslate();
    updateOurValues();
}

CompetitorsPage::~CompetitorsPage() = default;

QWidget *CompetitorsPage::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_addButton = toolButton(bar, m_add);
    m_removeButton = toolButton(bar, m_remove);
    m_undoButton = toolButton(bar, m_undo);
    m_redoButton = toolButton(bar, m_redo);
    m_periodLabel = new QLabel(bar);
    m_period = new QComboBox(bar);
    m_ourNote = new QLabel(bar);
    layout->addWidget(m_addButton);
    layout->addWidget(m_removeButton);
    layout->addSpacing(12);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_ourNote, 1);
    layout->addWidget(m_undoButton);
    layout->addWidget(m_redoButton);
    connect(m_period, &QComboBox::activated, this, &CompetitorsPage::updateOurValues);
    return bar;
}

QChartView *CompetitorsPage::createChart(int column, QChart **chart)
{
    *chart = new QChart;
    auto *series = new QBarSeries(*chart);
    auto *mapper = new QVBarModelMapper(*chart);
    mapper->setFirstBarSetColumn(column);
    mapper->setLastBarSetColumn(column);
    mapper->setFirstRow(0);
    mapper->setSeries(series);
    mapper->setModel(m_benchmarks);
    (*chart)->addSeries(series);
    (*chart)->legend()->hide();
    auto *categories = new QBarCategoryAxis(*chart);
    // Names are short; eliding them on a narrow chart would make them unreadable.
    categories->setTruncateLabels(false);
    auto *values = new QValueAxis(*chart);
    values->setLabelFormat(QStringLiteral("%.0f"));
    (*chart)->addAxis(categories, Qt::AlignBottom);
    (*chart)->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    auto *view = new QChartView(*chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void CompetitorsPage::updateCategories()
{
    for (QChart *chart : {m_responseChart, m_satisfactionChart}) {
        const bool satisfaction = chart == m_satisfactionChart;
        const int column = satisfaction ? CompetitorBenchmarkModel::Satisfaction
                                        : CompetitorBenchmarkModel::ResponseTime;
        // The value is part of the label, so an unknown one reads "—", not a bar of 0.
        QStringList names;
        double top = satisfaction ? 5.0 : 1.0;
        for (int row = 0; row < m_benchmarks->rowCount(); ++row) {
            const QString name =
                m_benchmarks->index(row, CompetitorBenchmarkModel::Name).data().toString();
            const QVariant value = m_benchmarks->index(row, column).data();
            const QString text =
                value.isValid() ? QLocale().toString(value.toDouble(), 'f', satisfaction ? 1 : 0)
                                : QStringLiteral("—");
            // Axis labels are rich text: the value goes under the name.
            names << tr("%1<br>%2").arg(name.toHtmlEscaped(), text);
            if (value.isValid())
                top = qMax(top, value.toDouble());
        }
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        if (axis && axis->categories() != names) {
            axis->clear();
            axis->append(names);
        }
        if (auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0))) {
            values->setRange(0, satisfaction ? 5.0 : top * 1.1);
            if (!satisfaction)
                values->applyNiceNumbers();
        }
        const auto series = chart->series();
        auto *bars = series.isEmpty() ? nullptr : qobject_cast<QBarSeries *>(series.first());
        // Our bar stands out from theirs.
        for (QBarSet *set : bars ? bars->barSets() : QList<QBarSet *>()) {
            set->setColor(TheirColour);
            set->setBorderColor(TheirColour);
            set->setSelectedColor(OurColour);
            set->deselectAllBars();
            set->selectBar(0);
        }
    }
}

void CompetitorsPage::fillPeriods()
{
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    m_period->clear();
    for (int back = 0; back < 24; ++back) {
        const QDate from = thisMonth.addMonths(-back);
        m_period->addItem(QLocale().standaloneMonthName(from.month()) + QLatin1Char(' ') +
                              QString::number(from.year()),
                          from);
    }
    // The last complete month is the one a manager compares.
    m_period->setCurrentIndex(1);
}

void CompetitorsPage::setKpiSource(const KpiStatusSource *source)
{
    m_kpiSource = source;
    updateOurValues();
}

void CompetitorsPage::refreshKpis()
{
    updateOurValues();
}

void CompetitorsPage::reload()
{
    m_document->reload();
    updateOurValues();
}

void CompetitorsPage::updateOurValues()
{
    const QDate from = m_period->currentData().toDate();
    OurBenchmarks ours;
    if (m_kpiSource && from.isValid())
        ours = ourBenchmarks(*m_kpiSource, {from, from.addMonths(1).addDays(-1), QString()});
    m_benchmarks->setOurValues(ours.responseTimeHours, ours.satisfaction);
    if (!m_kpiSource)
        m_ourNote->setText(tr("Our values appear once KPI values are available."));
    else if (!ours.responseTimeHours && !ours.satisfaction)
        m_ourNote->setText(tr("No support data of ours in this month."));
    else
        m_ourNote->clear();
    updateCategories();
}

void CompetitorsPage::addCompetitor()
{
    Competitor competitor;
    competitor.name = tr("New competitor");
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : -1;
    const qint64 id = m_document->addCompetitor(row, competitor);
    const int at = m_document->rowOf(id);
    const QModelIndex index = m_model->index(at, CompetitorModel::Name);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void CompetitorsPage::removeSelected()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->competitorId(index));
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids.append(m_model->competitorId(m_table->currentIndex()));
    m_document->removeCompetitors(ids);
}

QList<QAction *> CompetitorsPage::editActions() const
{
    return {m_undo, m_redo, m_add, m_remove};
}

void CompetitorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompetitorsPage::retranslate()
{
    m_add->setText(tr("Add competitor"));
    m_remove->setText(tr("Delete"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_remove);
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_periodLabel->setText(tr("Compare with our month:"));
    m_responseChart->setTitle(tr("Response time, hours (lower is better)"));
    m_satisfactionChart->setTitle(tr("Satisfaction, 1–5 (higher is better)"));
    m_history->setEmptyLabel(tr("Table opened"));
    updateOurValues();
}

} // namespace busola
