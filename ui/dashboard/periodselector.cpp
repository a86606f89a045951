#include "periodselector.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace busola {

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent)
    , m_periodLabel(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_dash(new QLabel(QStringLiteral("–"), this))
    , m_to(new QDateEdit(this))
    , m_next(new QToolButton(this))
    , m_comparisonLabel(new QLabel(this))
    , m_comparison(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_previous);
    layout->addWidget(m_kind);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addWidget(m_next);
    layout->addSpacing(12);
    layout->addWidget(m_comparisonLabel);
    layout->addWidget(m_comparison);
    layout->addStretch();

    m_periodLabel->setBuddy(m_kind);
    m_comparisonLabel->setBuddy(m_comparison);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comparison->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < 4; ++i)
        m_kind->addItem(QString());
    m_comparison->addItem(QString());
    m_comparison->addItem(QString());

    const QDate today = QDate::currentDate();
    m_choice = PeriodChoice::month(today.year(), today.month());
    m_firstMonth = m_lastMonth = m_choice.firstMonth();

    connect(m_kind, &QComboBox::activated, this, &PeriodSelector::onKindChosen);
    connect(m_period, &QComboBox::activated, this, &PeriodSelector::onPeriodChosen);
    connect(m_from, &QDateEdit::editingFinished, this, &PeriodSelector::onCustomEdited);
    connect(m_to, &QDateEdit::editingFinished, this, &PeriodSelector::onCustomEdited);
    connect(m_comparison, &QComboBox::activated, this, &PeriodSelector::onComparisonChosen);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    retranslate();
    setChoice(m_choice);
}

void PeriodSelector::setChoice(const PeriodChoice &choice)
{
    if (!choice.isValid())
        return;
    m_updating = true;
    m_choice = choice;
    m_kind->setCurrentIndex(int(choice.kind));
    m_comparison->setCurrentIndex(choice.comparison == PeriodChoice::Comparison::YearAgo ? 1 : 0);
    m_from->setDate(choice.from);
    m_to->setDate(choice.to);
    fillPeriods();
    updateVisibility();
    m_updating = false;
}

void PeriodSelector::setAvailableMonths(int firstMonth, int lastMonth)
{
    if (firstMonth <= 0 || lastMonth < firstMonth)
        return;
    m_firstMonth = firstMonth;
    m_lastMonth = lastMonth;
    m_updating = true;
    fillPeriods();
    m_updating = false;
}

void PeriodSelector::fillPeriods()
{
    m_period->clear();
    if (m_choice.kind == PeriodChoice::Kind::Custom)
        return;
    // Newest first, from the last month with data back to the first, plus the current choice.
    const QDate first = QDate(m_firstMonth / 100, m_firstMonth % 100, 1);
    const QDate last = QDate(m_lastMonth / 100, m_lastMonth % 100, 1);
    PeriodChoice period = PeriodChoice::containing(m_choice.kind, std::max(last, m_choice.from));
    const QDate oldest = std::min(first, m_choice.from);
    for (; period.to >= oldest; period = period.stepped(-1))
        m_period->addItem(period.label(locale()), period.toSettingsString());
    const int index = m_period->findData(
        PeriodChoice::containing(m_choice.kind, m_choice.from).toSettingsString());
    m_period->setCurrentIndex(index);
}

void PeriodSelector::updateVisibility()
{
    const bool custom = m_choice.kind == PeriodChoice::Kind::Custom;
    m_period->setVisible(!custom);
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
}

void PeriodSelector::choose(const PeriodChoice &choice)
{
    if (!choice.isValid() || choice == m_choice)
        return;
    setChoice(choice);
    emit changed(m_choice);
}

void PeriodSelector::onKindChosen()
{
    if (m_updating)
        return;
    const auto kind = PeriodChoice::Kind(m_kind->currentIndex());
    PeriodChoice next = kind == PeriodChoice::Kind::Custom
                            ? PeriodChoice::custom(m_choice.from, m_choice.to)
                            : PeriodChoice::containing(kind, m_choice.to);
    next.comparison = m_choice.comparison;
    choose(next);
}

void PeriodSelector::onPeriodChosen()
{
    if (m_updating)
        return;
    std::optional<PeriodChoice> next =
        PeriodChoice::fromSettingsString(m_period->currentData().toString());
    if (!next)
        return;
    next->comparison = m_choice.comparison;
    choose(*next);
}

void PeriodSelector::onCustomEdited()
{
    if (m_updating)
        return;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to)
        std::swap(from, to);
    PeriodChoice next = PeriodChoice::custom(from, to);
    next.comparison = m_choice.comparison;
    choose(next);
}

void PeriodSelector::onComparisonChosen()
{
    if (m_updating)
        return;
    PeriodChoice next = m_choice;
    next.comparison = m_comparison->currentIndex() == 1 ? PeriodChoice::Comparison::YearAgo
                                                        : PeriodChoice::Comparison::Previous;
    choose(next);
}

void PeriodSelector::step(int steps)
{
    choose(m_choice.stepped(steps));
}

void PeriodSelector::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_kind->setItemText(0, tr("Month"));
    m_kind->setItemText(1, tr("Quarter"));
    m_kind->setItemText(2, tr("Year"));
    m_kind->setItemText(3, tr("Custom range"));
    m_comparisonLabel->setText(tr("&Compare with:"));
    m_comparison->setItemText(0, tr("previous period"));
    m_comparison->setItemText(1, tr("same period last year"));
    m_previous->setToolTip(tr("Previous period (Alt+Left)"));
    m_next->setToolTip(tr("Next period (Alt+Right)"));
    m_previous->setAccessibleName(tr("Previous period"));
    m_next->setAccessibleName(tr("Next period"));
}

void PeriodSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LocaleChange) {
        m_updating = true;
        fillPeriods();
        m_updating = false;
    }
    QWidget::changeEvent(event);
}

} // namespace busola
