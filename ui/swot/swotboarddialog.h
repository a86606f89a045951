#pragma once

#include "swot/swottypes.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace busola {

/// Asks for a new board's name, period and optional team.
class SwotBoardDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Starts with `board`'s values (the period of the current quarter when it has none).
    explicit SwotBoardDialog(const SwotBoard &board, QWidget *parent = nullptr);
    SwotBoard board() const;

    /// "Q4 2026" for a calendar quarter, "October 2026" for a month, else empty.
    static QString suggestedName(const QDate &from, const QDate &to);

private:
    void validate();

    QLineEdit *m_name;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_team;
};

} // namespace busola
