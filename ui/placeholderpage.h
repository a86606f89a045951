#pragma once

#include <QWidget>

class QLabel;

namespace busola {

class PageHeader;

/// A page whose issue has not landed yet: says so honestly instead of showing fake numbers.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const char *title, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const char *m_title;
    PageHeader *m_header;
    QLabel *m_textLabel;
};

} // namespace busola
