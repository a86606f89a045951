#include "importrunner.h"

#include "import/importengine.h"
#include "store/store.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace busola {

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &ImportRunner::finished);
}

ImportRunner::~ImportRunner()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool ImportRunner::start(const QString &location, const ImportSettings &settings)
{
    if (isRunning())
        return false;
    m_cancel = false;
    const std::function<void()> beforeRun = m_beforeRun;
    QPointer<ImportRunner> self(this);
    m_watcher.setFuture(QtConcurrent::run([this, self, location, settings, beforeRun] {
        if (beforeRun)
            beforeRun();
        ImportResult result;
        std::unique_ptr<Store> store = Store::open(location, &result.error);
        if (!store)
            return result;
        ImportEngine engine(*store);
        ImportControl control;
        control.cancel = &m_cancel;
        control.progress = [self](double fraction, int rows) {
            // Queued to the runner's thread; the destructor waits for this worker, so the
            // runner outlives every call made from here.
            QMetaObject::invokeMethod(
                self.data(),
                [self, fraction, rows] {
                    if (self)
                        emit self->progressed(fraction, rows);
                },
                Qt::QueuedConnection);
        };
        return engine.run(settings, control);
    }));
    return true;
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

bool ImportRunner::isRunning() const
{
    return m_watcher.isRunning();
}

ImportResult ImportRunner::result() const
{
    return m_watcher.isFinished() && !m_watcher.isCanceled() && m_watcher.future().isValid()
               ? m_watcher.result()
               : ImportResult();
}

} // namespace busola
