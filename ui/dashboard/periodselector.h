#pragma once

#include "dashboard/periodchoice.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace busola {

/// Picks the dashboard's period (month by default; quarter, year or a custom range of days)
/// and what it is compared with (the previous period or the same period a year earlier).
/// ◀ / ▶ (Alt+Left / Alt+Right) step through periods of the same kind.
class PeriodSelector final : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodSelector(QWidget *parent = nullptr);

    PeriodChoice choice() const { return m_choice; }
    /// Shows choice without emitting changed().
    void setChoice(const PeriodChoice &choice);
    /// The months that hold data (yyyymm): the period lists cover them, and the current choice.
    void setAvailableMonths(int firstMonth, int lastMonth);

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *comparisonBox() const { return m_comparison; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    void changed(const busola::PeriodChoice &choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPeriods();
    void updateVisibility();
    void choose(const PeriodChoice &choice);
    void onKindChosen();
    void onPeriodChosen();
    void onCustomEdited();
    void onComparisonChosen();
    void step(int steps);

    PeriodChoice m_choice;
    int m_firstMonth = 0;
    int m_lastMonth = 0;
    bool m_updating = false;
    QLabel *m_periodLabel;
    QToolButton *m_previous;
    QComboBox *m_kind;
    QComboBox *m_period;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
    QToolButton *m_next;
    QLabel *m_comparisonLabel;
    QComboBox *m_comparison;
};

} // namespace busola
