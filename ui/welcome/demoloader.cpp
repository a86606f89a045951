#include "demoloader.h"

#include "demo/democompany.h"
#include "store/store.h"

#include <QtConcurrent/QtConcurrentRun>

namespace busola {

DemoLoader::DemoLoader(QObject *parent)
    : QObject(parent)
    , m_builder(&DemoLoader::buildDemo)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result result = m_watcher.result();
        emit finished(result.ok, result.message);
    });
}

DemoLoader::~DemoLoader()
{
    m_watcher.waitForFinished();
}

void DemoLoader::setBuilder(Builder builder)
{
    m_builder = std::move(builder);
}

bool DemoLoader::isRunning() const
{
    return m_watcher.isRunning();
}

bool DemoLoader::start(const QString &location)
{
    if (isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run(m_builder, location));
    return true;
}

DemoLoader::Result DemoLoader::buildDemo(const QString &location)
{
    Result result;
    std::unique_ptr<Store> store = Store::open(location, &result.message);
    if (!store)
        return result;
    QString error;
    const DemoSummary summary = buildDemoCompany(*store, DemoOptions(), &error);
    result.ok = summary.ok;
    result.message = summary.ok ? describe(summary) : error;
    return result;
}

} // namespace busola
