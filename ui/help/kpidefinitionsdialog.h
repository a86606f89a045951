#pragma once

#include <QDialog>

class QTextBrowser;

namespace busola {

class Store;

/// Help ▸ KPI definitions: each of the ten KPIs with its definition, formula, exact rules,
/// unit, direction and target, in the window's language. The names, definitions, units,
/// directions and default targets come from the KPI engine's definitions (kpidefinition.h)
/// and the gauges' formulas, so the page cannot drift from what is computed.
class KpiDefinitionsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// store may be null: then only the default targets are shown.
    explicit KpiDefinitionsDialog(Store *store, QWidget *parent = nullptr);

    /// The page as HTML (what the dialog shows).
    QString html() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Store *m_store;
    QTextBrowser *m_text;
};

} // namespace busola
