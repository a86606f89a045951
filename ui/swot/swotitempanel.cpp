#include "swotitempanel.h"

#include "swot/swotdocument.h"
#include "swotitemdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace busola {

SwotItemPanel::SwotItemPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_importanceLabel(new QLabel(this))
    , m_kpiLabel(new QLabel(this))
    , m_ownerLabel(new QLabel(this))
    , m_actionLabel(new QLabel(this))
    , m_dueLabel(new QLabel(this))
    , m_importance(new QComboBox(this))
    , m_kpi(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_hasDue(new QCheckBox(this))
    , m_due(new QDateEdit(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_due->setCalendarPopup(true);
    m_due->setDate(QDate::currentDate());
    auto *dueRow = new QHBoxLayout;
    dueRow->setContentsMargins(0, 0, 0, 0);
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_title);
    form->addRow(m_importanceLabel, m_importance);
    form->addRow(m_kpiLabel, m_kpi);
    form->addRow(m_ownerLabel, m_owner);
    form->addRow(m_actionLabel, m_action);
    form->addRow(m_dueLabel, dueRow);
    for (int i = 1; i <= 3; ++i)
        m_importance->addItem(QString(), i);

    connect(m_importance, &QComboBox::activated, this, &SwotItemPanel::commitImportance);
    connect(m_kpi, &QComboBox::activated, this, &SwotItemPanel::commitKpi);
    connect(m_owner, &QLineEdit::editingFinished, this, [this] {
        if (m_document && m_itemId && !m_refreshing)
            m_document->setOwner(m_itemId, m_owner->text().trimmed());
    });
    connect(m_action, &QLineEdit::editingFinished, this, [this] {
        if (m_document && m_itemId && !m_refreshing)
            m_document->setAction(m_itemId, m_action->text().trimmed());
    });
    connect(m_hasDue, &QCheckBox::toggled, this, &SwotItemPanel::commitDueDate);
    connect(m_due, &QDateEdit::editingFinished, this, &SwotItemPanel::commitDueDate);
    retranslate();
    refresh();
}

void SwotItemPanel::setDocument(SwotDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_itemId = 0;
    if (document) {
        connect(document, &SwotDocument::itemChanged, this, &SwotItemPanel::refresh);
        connect(document, &SwotDocument::itemRemoved, this, &SwotItemPanel::refresh);
        connect(document, &SwotDocument::reloaded, this, &SwotItemPanel::refresh);
        connect(document, &SwotDocument::kpisChanged, this, &SwotItemPanel::refresh);
    }
    refresh();
}

void SwotItemPanel::setItem(qint64 itemId)
{
    m_itemId = itemId;
    refresh();
}

void SwotItemPanel::fillKpis()
{
    m_kpi->clear();
    m_kpi->addItem(tr("(none)"), QString());
    const KpiStatusSource *source = m_document ? m_document->kpiSource() : nullptr;
    if (!source)
        return;
    for (const QString &id : source->kpiIds()) {
        const auto kpi = m_document->kpiStatus(id);
        m_kpi->addItem(kpi ? kpi->name : id, id);
    }
}

void SwotItemPanel::refresh()
{
    m_refreshing = true;
    const bool exists = m_document && m_itemId && m_document->locate(m_itemId);
    if (!exists)
        m_itemId = 0;
    const SwotItem item = exists ? m_document->record(m_itemId) : SwotItem();
    for (QWidget *w : {static_cast<QWidget *>(m_importance), static_cast<QWidget *>(m_kpi),
                       static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_action),
                       static_cast<QWidget *>(m_hasDue)})
        w->setEnabled(exists);
    m_title->setText(exists ? tr("Selected item") : tr("Select an item to see its details"));
    m_importance->setCurrentIndex(qBound(0, item.importance - 1, 2));
    fillKpis();
    int kpiRow = m_kpi->findData(item.kpiId);
    if (kpiRow < 0) {
        // A link to a KPI the source does not know (yet): keep it visible, not lost.
        m_kpi->addItem(item.kpiId, item.kpiId);
        kpiRow = m_kpi->count() - 1;
    }
    m_kpi->setCurrentIndex(kpiRow);
    m_owner->setText(item.owner);
    m_action->setText(item.action);
    m_owner->setCursorPosition(0);
    m_action->setCursorPosition(0);
    m_hasDue->setChecked(item.dueDate.isValid());
    m_due->setEnabled(exists && item.dueDate.isValid());
    if (item.dueDate.isValid())
        m_due->setDate(item.dueDate);
    m_refreshing = false;
}

void SwotItemPanel::commitImportance()
{
    if (m_document && m_itemId && !m_refreshing)
        m_document->setImportance(m_itemId, m_importance->currentData().toInt());
}

void SwotItemPanel::commitKpi()
{
    if (m_document && m_itemId && !m_refreshing)
        m_document->setKpiId(m_itemId, m_kpi->currentData().toString());
}

void SwotItemPanel::commitDueDate()
{
    if (!m_document || !m_itemId || m_refreshing)
        return;
    m_due->setEnabled(m_hasDue->isChecked());
    m_document->setDueDate(m_itemId, m_hasDue->isChecked() ? m_due->date() : QDate());
}

void SwotItemPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SwotItemPanel::retranslate()
{
    m_importanceLabel->setText(tr("Importance:"));
    m_kpiLabel->setText(tr("Linked KPI:"));
    m_ownerLabel->setText(tr("Owner:"));
    m_actionLabel->setText(tr("Action:"));
    m_dueLabel->setText(tr("Due date:"));
    m_hasDue->setToolTip(tr("The action has a due date"));
    const char *levels[] = {QT_TR_NOOP("low"), QT_TR_NOOP("medium"), QT_TR_NOOP("high")};
    for (int i = 0; i < 3; ++i)
        m_importance->setItemText(i, importanceMarks(i + 1) + QLatin1Char(' ') + tr(levels[i]));
    refresh();
}

} // namespace busola
