#include "clirunner.h"
#include "storecontent.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

namespace {

QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

constexpr int Rows = 60000;
constexpr int Rounds = 20;
constexpr quint32 Seed = 13;

QProcess *startImport(QObject *parent, const QString &csv, const QString &db)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM"_q, "offscreen"_q);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(BUSOLA_EXECUTABLE), {"import"_q, csv, "--db"_q, db});
    return process;
}

} // namespace

/// Issue 13: imports killed with SIGKILL at random moments leave the store whole and equal to
/// the state before or after that import, never a mix.
class TestCliCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;
    QHash<QByteArray, QByteArray> m_afterOf; ///< checksum before an import → after it
    qint64 m_durationMs = 0;

    /// Imports the file into a copy of the store to the end: the state the import leads to.
    QByteArray afterState(const QString &db, const QByteArray &before)
    {
        if (m_afterOf.contains(before))
            return m_afterOf.value(before);
        const QString copy = m_dir.filePath("after.db"_q);
        if (!copyStore(db, copy))
            return {};
        QElapsedTimer timer;
        timer.start();
        const CliRun run = runBusola({"import"_q, m_csv, "--db"_q, copy});
        if (run.exitCode != 0)
            qWarning("full import failed: %s", qPrintable(run.err));
        if (m_durationMs == 0) {
            m_durationMs = timer.elapsed();
            qInfo("a complete import of %d rows takes %lld ms", Rows, m_durationMs);
        }
        const QByteArray after = contentOf(copy).checksum;
        m_afterOf.insert(before, after);
        return after;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Updates as well as inserts: the rounds' store already holds the first half, with
        // other agents, so an import rewrites old rows as well as adding new ones.
        auto write = [](const QString &path, int from, int to, const char *agent) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write("Ticket ID,Created at,First response at,Channel,Agent,Customer ID\n");
            for (int i = from; i < to; ++i)
                f.write(QByteArray("K") + QByteArray::number(i) + ",2026-10-" +
                        QByteArray::number(1 + i % 28).rightJustified(2, '0') +
                        " 10:00,2026-10-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') +
                        " 11:" + QByteArray::number(i % 60).rightJustified(2, '0') + "," +
                        (i % 3 ? "Chat" : "Phone") + "," + agent + ",C" +
                        QByteArray::number(i % 5000) + '\n');
            return true;
        };
        m_csv = m_dir.filePath("big.csv"_q);
        const QString seed = m_dir.filePath("seed.csv"_q);
        QVERIFY(write(m_csv, 0, Rows, "Ana"));
        QVERIFY(write(seed, 0, Rows / 2, "Mihai"));
        const CliRun run = runBusola({"import"_q, seed, "--db"_q, m_dir.filePath("s.db"_q)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void killedImportsLeaveBeforeOrAfter()
    {
        const QString db = m_dir.filePath("s.db"_q);
        QRandomGenerator random(Seed);
        const QString base = m_dir.filePath("base.db"_q);
        QVERIFY(copyStore(db, base));
        int sawBefore = 0;
        int sawAfter = 0;
        for (int round = 0; round < Rounds; ++round) {
            const Content before = contentOf(db);
            QCOMPARE(before.integrity, "ok"_q);
            const QByteArray after = afterState(db, before.checksum);
            QVERIFY(!after.isEmpty());
            QVERIFY(after != before.checksum || round > 0);
            // Spread over the whole import, start-up and commit included.
            const int killAtMs = int(random.bounded(quint32(m_durationMs + 1)));
            QProcess *process = startImport(this, m_csv, db);
            QVERIFY(process->waitForStarted());
            QElapsedTimer timer;
            timer.start();
            process->waitForFinished(killAtMs);
            if (process->state() == QProcess::Running)
                ::kill(pid_t(process->processId()), SIGKILL);
            // (waitForFinished is false for a process that has already ended.)
            QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
            delete process;

            const Content now = contentOf(db);
            QCOMPARE(now.integrity, "ok"_q);
            const bool isBefore = now.checksum == before.checksum;
            const bool isAfter = now.checksum == after;
            QVERIFY2(isBefore || isAfter,
                     qPrintable(QStringLiteral("round %1, killed at %2 ms: a mix").arg(round).arg(killAtMs)));
            sawBefore += isBefore && !isAfter;
            sawAfter += isAfter && !isBefore;
            // An import that got to commit is done; the next round starts from the first state
            // again, so one complete import (into a copy) gives every round's "after".
            if (isAfter)
                QVERIFY(copyStore(base, db));
        }
        qInfo("import takes %lld ms; %d rounds left the state before, %d after", m_durationMs,
              sawBefore, sawAfter);
        // Kills spread over the import's duration must catch it mid-way at least once.
        QVERIFY(sawBefore > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCrashSafety)
#include "tst_cli_crashsafety.moc"
