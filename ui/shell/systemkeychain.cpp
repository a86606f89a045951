#include "systemkeychain.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace busola {

namespace {

const QString Service = QStringLiteral("busola");

/// Runs job to its end; its error, QKeychain::NoError when it succeeded.
QKeychain::Error run(QKeychain::Job &job, QString *errorText)
{
    job.setAutoDelete(false);
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (errorText)
        *errorText = job.errorString();
    return job.error();
}

void setNote(QString *note, const QString &text)
{
    if (note)
        *note = text;
}

} // namespace

std::optional<QString> SystemKeychain::read(const QString &key, QString *note)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    QString error;
    switch (run(job, &error)) {
    case QKeychain::NoError:
        return job.textData();
    case QKeychain::EntryNotFound:
        return std::nullopt;
    default:
        setNote(note, error);
        return std::nullopt;
    }
}

bool SystemKeychain::write(const QString &key, const QString &password, QString *note)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(password);
    QString error;
    if (run(job, &error) == QKeychain::NoError)
        return true;
    setNote(note, error);
    return false;
}

bool SystemKeychain::remove(const QString &key, QString *note)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    QString error;
    const QKeychain::Error result = run(job, &error);
    if (result == QKeychain::NoError || result == QKeychain::EntryNotFound)
        return true;
    setNote(note, error);
    return false;
}

} // namespace busola
