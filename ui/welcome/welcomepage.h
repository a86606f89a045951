#pragma once

#include "demoloader.h"

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QProgressBar;

namespace busola {

class Store;

/// First run: the store is empty. Offers the demo company (built on a worker thread, with a
/// busy indicator and an honest error when it fails) or the import of a first export.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(const Store &store, QWidget *parent = nullptr);

    bool isBusy() const;
    /// Replaces how the demo company is built (tests: a small fixture, or a failure).
    void setDemoBuilder(DemoLoader::Builder builder);

public slots:
    /// Starts building the demo company into this store; the page shows progress, then
    /// emits demoLoaded or shows why it failed.
    void loadDemo();

signals:
    void demoLoaded(const QString &summary);
    void importRequested();
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createCard();
    void onDemoFinished(bool ok, const QString &message);
    void setBusy(bool busy);
    void retranslate();

    const Store &m_store;
    DemoLoader m_loader;
    QLabel *m_title;
    QLabel *m_intro;
    QCommandLinkButton *m_demoButton;
    QCommandLinkButton *m_importButton;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_error;
    QLabel *m_location;
    QString m_lastError;
};

} // namespace busola
