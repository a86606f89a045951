#pragma once

#include <QWidget>

class QLabel;

namespace busola {

/// The title and one-line description on top of every page, so pages look alike.
class PageHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setDescription(const QString &description);
    QString title() const;

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace busola
