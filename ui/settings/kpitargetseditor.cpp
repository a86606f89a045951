#include "kpitargetseditor.h"

#include "itemmodels/kpitargetsmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace busola {

namespace {

Language uiLanguage()
{
    return QLocale().language() == QLocale::English ? Language::English : Language::Romanian;
}

} // namespace

KpiTargetsEditor::KpiTargetsEditor(Store &store, QWidget *parent)
    : QGroupBox(parent)
    , m_model(new KpiTargetsModel(store, this))
{
    setObjectName(QStringLiteral("kpiTargetsGroup"));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("kpiTargets"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(140);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("targetError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(createForm());
    layout->addWidget(m_error);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KpiTargetsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KpiTargetsEditor::updateButtons);
    m_model->setLanguage(uiLanguage());
    retranslate();
    updateScopeValue();
    updateButtons();
}

QWidget *KpiTargetsEditor::createForm()
{
    auto *form = new QWidget;
    m_form = new QFormLayout(form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_kpi = new QComboBox;
    m_kpi->setObjectName(QStringLiteral("targetKpi"));
    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("targetScope"));
    m_scopeValue = new QLineEdit;
    m_scopeValue->setObjectName(QStringLiteral("targetScopeValue"));
    m_from = new QDateEdit(QDate::currentDate());
    m_from->setObjectName(QStringLiteral("targetFrom"));
    m_from->setDisplayFormat(QStringLiteral("MM.yyyy"));
    m_target = new QDoubleSpinBox;
    m_target->setObjectName(QStringLiteral("targetValue"));
    m_target->setRange(0, 1e12);
    m_target->setDecimals(2);
    m_add = new QPushButton;
    m_add->setObjectName(QStringLiteral("addTarget"));
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("removeTarget"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    for (QWidget *field : {static_cast<QWidget *>(m_kpi), static_cast<QWidget *>(m_scope),
                           static_cast<QWidget *>(m_scopeValue), static_cast<QWidget *>(m_from),
                           static_cast<QWidget *>(m_target)})
        m_form->addRow(new QLabel, field);
    m_form->addRow(buttons);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &KpiTargetsEditor::updateScopeValue);
    connect(m_add, &QPushButton::clicked, this, &KpiTargetsEditor::addTarget);
    connect(m_remove, &QPushButton::clicked, this, &KpiTargetsEditor::removeSelected);
    return form;
}

void KpiTargetsEditor::addTarget()
{
    KpiTargetEntry entry;
    entry.kpiId = m_kpi->currentData().toString();
    entry.scopeDimension = m_scope->currentData().toString();
    if (!entry.scopeDimension.isEmpty())
        entry.scopeValue = m_scopeValue->text().trimmed();
    const QDate from = m_from->date();
    entry.validFrom = from.year() * 100 + from.month();
    entry.target = m_target->value();
    QString error;
    const bool added = m_model->addTarget(entry, &error);
    m_error->setText(error);
    m_error->setVisible(!added);
}

void KpiTargetsEditor::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QString error;
    const bool removed = m_model->removeTarget(rows.constFirst().row(), &error);
    m_error->setText(error);
    m_error->setVisible(!removed);
    updateButtons();
}

void KpiTargetsEditor::updateScopeValue()
{
    // The whole company needs no name; a team or a channel does.
    m_scopeValue->setEnabled(!m_scope->currentData().toString().isEmpty());
}

void KpiTargetsEditor::updateButtons()
{
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

void KpiTargetsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->setLanguage(uiLanguage());
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void KpiTargetsEditor::retranslate()
{
    setTitle(tr("KPI targets"));
    const Language language = uiLanguage();
    const int kpi = qMax(0, m_kpi->currentIndex());
    m_kpi->clear();
    for (const KpiDefinition &definition : kpiDefinitions())
        m_kpi->addItem(definition.name(language), definition.id);
    m_kpi->setCurrentIndex(kpi);
    const int scope = qMax(0, m_scope->currentIndex());
    m_scope->clear();
    m_scope->addItem(tr("The whole company"), QString());
    m_scope->addItem(tr("A team"), QStringLiteral("team"));
    m_scope->addItem(tr("A channel"), QStringLiteral("channel"));
    m_scope->setCurrentIndex(scope);
    m_scopeValue->setPlaceholderText(tr("Team or channel, as in the data (e.g. phone)"));
    const QList<QPair<QWidget *, QString>> labels{{m_kpi, tr("KPI:")},
                                                  {m_scope, tr("For:")},
                                                  {m_scopeValue, tr("Team or channel:")},
                                                  {m_from, tr("From month:")},
                                                  {m_target, tr("Target:")}};
    for (const auto &[field, text] : labels)
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    m_add->setText(tr("&Add Target"));
    m_remove->setText(tr("Remove Target"));
    m_view->resizeColumnsToContents();
}

} // namespace busola
