#include "swotboarddialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace busola {

SwotBoardDialog::SwotBoardDialog(const SwotBoard &board, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(board.name, this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_team(new QLineEdit(board.team, this))
{
    setWindowTitle(tr("SWOT board"));
    const QDate today = QDate::currentDate();
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDate(board.periodFrom.isValid() ? board.periodFrom : quarterStart);
    m_to->setDate(board.periodTo.isValid() ? board.periodTo
                                           : quarterStart.addMonths(3).addDays(-1));
    if (m_name->text().isEmpty())
        m_name->setText(suggestedName(m_from->date(), m_to->date()));
    m_team->setPlaceholderText(tr("whole company"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Team:"), m_team);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SwotBoardDialog::validate);
    connect(m_from, &QDateEdit::dateChanged, this, &SwotBoardDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &SwotBoardDialog::validate);
    validate();
}

void SwotBoardDialog::validate()
{
    auto *box = findChild<QDialogButtonBox *>();
    if (box)
        box->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && m_from->date() <= m_to->date());
}

SwotBoard SwotBoardDialog::board() const
{
    SwotBoard board;
    board.name = m_name->text().trimmed();
    board.periodFrom = m_from->date();
    board.periodTo = m_to->date();
    board.team = m_team->text().trimmed();
    return board;
}

QString SwotBoardDialog::suggestedName(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from.day() != 1 || to.addDays(1).day() != 1)
        return QString();
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    if (months == 1)
        return QLocale().standaloneMonthName(from.month()) + QLatin1Char(' ') +
               QString::number(from.year());
    if (months == 3 && (from.month() - 1) % 3 == 0)
        return tr("Q%1 %2").arg((from.month() - 1) / 3 + 1).arg(from.year());
    if (months == 12 && from.month() == 1)
        return QString::number(from.year());
    return QString();
}

} // namespace busola
