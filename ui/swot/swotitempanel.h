#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QCheckBox;

namespace busola {

class SwotDocument;

/// The fields of the current item that do not fit on its card: importance, linked KPI, owner,
/// action and due date. Each change is one undo step on the board.
class SwotItemPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SwotItemPanel(QWidget *parent = nullptr);

    void setDocument(SwotDocument *document);
    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void fillKpis();
    void commitImportance();
    void commitKpi();
    void commitDueDate();

    SwotDocument *m_document = nullptr;
    qint64 m_itemId = 0;
    bool m_refreshing = false;
    QLabel *m_title;
    QLabel *m_importanceLabel;
    QLabel *m_kpiLabel;
    QLabel *m_ownerLabel;
    QLabel *m_actionLabel;
    QLabel *m_dueLabel;
    QComboBox *m_importance;
    QComboBox *m_kpi;
    QLineEdit *m_owner;
    QLineEdit *m_action;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
};

} // namespace busola
