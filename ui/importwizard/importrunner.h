#pragma once

#include "import/importsettings.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>

namespace busola {

/// Runs an import (or its dry run) on a worker thread with its own connection to the store
/// (a connection belongs to the thread that opened it). Cancel rolls everything back.
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    /// Cancels a running import and waits for it: the worker must not outlive what it
    /// reports to.
    ~ImportRunner() override;

    /// Starts importing into the store at location; false while a run is going on.
    bool start(const QString &location, const ImportSettings &settings);
    void cancel();
    bool isRunning() const;
    /// The result of the last run that finished.
    ImportResult result() const;

    /// Called on the worker before the import starts; tests hold the worker there.
    void setBeforeRunHook(std::function<void()> hook) { m_beforeRun = std::move(hook); }

signals:
    /// fraction 0–1 of the file read, rowsRead so far.
    void progressed(double fraction, int rowsRead);
    void finished();

private:
    QFutureWatcher<ImportResult> m_watcher;
    std::atomic<bool> m_cancel{false};
    std::function<void()> m_beforeRun;
};

} // namespace busola
