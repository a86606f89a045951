#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>

namespace busola {

/// Builds the demo company into the store at a location on a worker thread, so the window
/// stays responsive. The worker opens its own connection to the store (a connection belongs
/// to its thread); the window's connection sees the rows once the build has committed.
class DemoLoader final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        /// What was written (on success) or why nothing was (on failure), for the user.
        QString message;
    };
    /// Runs on the worker thread: location → result. The default opens the store and calls
    /// buildDemoCompany(); tests substitute their own.
    using Builder = std::function<Result(const QString &location)>;

    explicit DemoLoader(QObject *parent = nullptr);
    /// Waits for a running build: the worker must not outlive what it reports to.
    ~DemoLoader() override;

    void setBuilder(Builder builder);
    bool isRunning() const;
    /// Starts building; false (and nothing started) while a build is running.
    bool start(const QString &location);

    static Result buildDemo(const QString &location);

signals:
    void finished(bool ok, const QString &message);

private:
    Builder m_builder;
    QFutureWatcher<Result> m_watcher;
};

} // namespace busola
