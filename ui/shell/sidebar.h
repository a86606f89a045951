#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace busola {

/// The side navigation: the Busola mark on top, then one entry per page. Rows are the
/// entries' order; -1 means no entry is current (the welcome page).
class Sidebar final : public QWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    /// Appends an entry with the icon resources/icons/<iconName>.svg; its text is set by
    /// setEntryText (on every language change).
    void addEntry(const QString &iconName);
    void setEntryText(int row, const QString &text);
    QString entryText(int row) const;
    int entryCount() const;

    int currentRow() const;
    void setCurrentRow(int row);

signals:
    /// The user (or setCurrentRow) made row current.
    void currentRowChanged(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_subtitle;
    QListWidget *m_list;
};

} // namespace busola
