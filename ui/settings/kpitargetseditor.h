#pragma once

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace busola {

class KpiTargetsModel;
class Store;

/// Settings ▸ KPI targets: the store's targets in a table (target and tolerance edited in
/// place) and a form to add one — for a KPI, the whole company or a team or channel, from a
/// month on. The article's defaults hold where no target is set.
class KpiTargetsEditor final : public QGroupBox
{
    Q_OBJECT

public:
    explicit KpiTargetsEditor(Store &store, QWidget *parent = nullptr);

    KpiTargetsModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createForm();
    void addTarget();
    void removeSelected();
    void updateScopeValue();
    void updateButtons();
    void retranslate();

    KpiTargetsModel *m_model;
    QTableView *m_view = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kpi = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_scopeValue = nullptr;
    QDateEdit *m_from = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace busola
