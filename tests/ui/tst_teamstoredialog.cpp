// File ▸ Connect to a Team Store offscreen: opens on the last location, shows whether the
// keychain (an in-memory stand-in) remembers the password, keeps the server's reason when the
// connection fails, and closes when it works.
#include "shell/teamstoredialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

class TestTeamStoreDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_key = QStringLiteral("ana@db.firma.ro:5433/busola");

    static TeamLogin::Opener failing(const QString &reason, QString *opened)
    {
        return [reason, opened](const QString &location, QString *error) {
            *opened = location;
            *error = reason;
            return false;
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("busola-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamstoredialog"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.setValue(
            QStringLiteral("team/lastLocation"),
            QStringLiteral("postgresql://ana@db.firma.ro:5433/busola?schema=vanzari"));
    }

    void opensOnTheLastLocation()
    {
        MemoryPasswordVault vault;
        vault.write(m_key, QStringLiteral("pw"), nullptr);
        QString opened;
        TeamStoreDialog dialog(&vault, failing(QString(), &opened));
        const TeamLogin::Fields fields = dialog.fields();
        QCOMPARE(fields.host, QStringLiteral("db.firma.ro"));
        QCOMPARE(fields.port, 5433);
        QCOMPARE(fields.database, QStringLiteral("busola"));
        QCOMPARE(fields.user, QStringLiteral("ana"));
        QCOMPARE(fields.schema, QStringLiteral("vanzari"));
        QVERIFY(fields.password.isEmpty());
        QVERIFY(fields.remember); // the keychain has it
        QVERIFY(dialog.noteLabel()->isHidden());
    }

    void withoutAKeychainItSaysSoQuietly()
    {
        MemoryPasswordVault vault;
        vault.setUnavailable(true);
        QString opened;
        TeamStoreDialog dialog(&vault, failing(QString(), &opened));
        dialog.show();
        QVERIFY(dialog.noteLabel()->isVisible());
        QVERIFY(dialog.noteLabel()->text().contains(QLatin1String("each time")));
        auto *remember = dialog.findChild<QCheckBox *>();
        QVERIFY(remember && !remember->isEnabled() && !remember->isChecked());
    }

    void aFailureKeepsTheDialogOpenWithTheReason()
    {
        MemoryPasswordVault vault;
        QString opened;
        const QString reason = QStringLiteral(
            "Cannot connect to the team store postgresql://ana@db.firma.ro:5433/busola: "
            "FATAL: password authentication failed for user \"ana\"");
        TeamStoreDialog dialog(&vault, failing(reason, &opened));
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        TeamLogin::Fields fields = dialog.fields();
        fields.password = QStringLiteral("typed");
        dialog.setFields(fields);
        dialog.tryConnect();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->isVisible());
        QCOMPARE(dialog.errorLabel()->text(), reason.simplified());
        TeamLocation team;
        QVERIFY(TeamLocation::parse(opened, &team, nullptr));
        QCOMPARE(team.password, QStringLiteral("typed"));
    }

    void successCloses()
    {
        MemoryPasswordVault vault;
        QString opened;
        TeamStoreDialog dialog(&vault, [&opened](const QString &location, QString *) {
            opened = location;
            return true;
        });
        dialog.show();
        TeamLogin::Fields fields = dialog.fields();
        fields.password = QStringLiteral("typed");
        fields.remember = true;
        dialog.setFields(fields);
        auto *remember = dialog.findChild<QCheckBox *>();
        remember->setChecked(true);
        dialog.tryConnect();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(vault.entries().value(m_key), QStringLiteral("typed"));
        QVERIFY(!opened.isEmpty());
    }
};

QTEST_MAIN(TestTeamStoreDialog)
#include "tst_teamstoredialog.moc"
