#pragma once

#include <QWidget>

class QLabel;

namespace busola {

class Store;

/// The status bar's content: where the open store is, and how many records it holds.
class StoreStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit StoreStatus(QWidget *parent = nullptr);

    /// Reads the location and the row counts of store.
    void refresh(const Store &store);
    QString locationText() const;
    QString countsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Store *m_store = nullptr;
    QLabel *m_location;
    QLabel *m_counts;
};

} // namespace busola
