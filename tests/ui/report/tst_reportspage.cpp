// The Reports page: its choices make the request, they are remembered, the filter offers the
// store's values, and "Save as PDF" writes the report those choices describe.
#include "pdftools.h"
#include "report/reportspage.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    template <typename T> static T *child(QWidget &page, const char *name)
    {
        return page.findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("busola-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportspage"));
        QString error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("store.db")), &error);
        QVERIFY2(m_store, qPrintable(error));
        StoreWriter writer(*m_store);
        QVERIFY(writer.begin({QStringLiteral("t.csv"),
                              {},
                              QStringLiteral("support"),
                              {},
                              QStringLiteral("update")}));
        // Two tickets of team Suport Cluj in October 2026: response 3 h and 5 h, mean 4 h.
        for (int i = 0; i < 2; ++i) {
            Interaction row;
            row.externalId = QStringLiteral("T%1").arg(i);
            row.createdAt = m_store->clock().toEpoch(QDate(2026, 10, 12 + i), QTime(9, 0));
            row.responseSeconds = (3 + 2 * i) * 3600;
            row.firstResponseAt = row.createdAt + *row.responseSeconds;
            row.team = QStringLiteral("Suport Cluj");
            row.channel = QStringLiteral("chat");
            QVERIFY(writer.write(row) != WriteOutcome::Failed);
        }
        QVERIFY(writer.commit());
    }

    void choicesMakeTheRequestAndAreRemembered()
    {
        {
            ReportsPage page(*m_store);
            child<QComboBox>(page, "period")
                ->setCurrentText(QStringLiteral("2026-10 · octombrie 2026"));
            child<QComboBox>(page, "compare")->setCurrentIndex(1);
            auto *language = child<QComboBox>(page, "language");
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            auto *dimension = child<QComboBox>(page, "filterDimension");
            dimension->setCurrentIndex(dimension->findData(QStringLiteral("team")));
            // The values the store holds for the period are offered.
            QVERIFY(
                child<QComboBox>(page, "filterValue")->findText(QStringLiteral("Suport Cluj")) >=
                0);
            child<QComboBox>(page, "filterValue")->setCurrentText(QStringLiteral("Suport Cluj"));
            child<QCheckBox>(page, "section_swot")->setChecked(false);
            child<QLineEdit>(page, "preparedBy")->setText(QStringLiteral("Ioana"));
            child<QPlainTextEdit>(page, "notes")
                ->setPlainText(QString::fromUtf8("Acțiune: ședință joi."));
            const ReportRequest r = page.request();
            QCOMPARE(r.period, QStringLiteral("2026-10"));
            QVERIFY(r.compareYearAgo);
            QCOMPARE(r.language, QStringLiteral("en"));
            QCOMPARE(r.filters.value(QStringLiteral("team")),
                     QStringList{QStringLiteral("Suport Cluj")});
            QVERIFY(!r.has(ReportSection::Swot));
            QVERIFY(r.has(ReportSection::Summary));
        }
        ReportsPage again(*m_store);
        const ReportRequest r = again.request();
        QCOMPARE(r.period, QStringLiteral("2026-10"));
        QVERIFY(r.compareYearAgo);
        QCOMPARE(r.language, QStringLiteral("en"));
        QCOMPARE(r.filters.value(QStringLiteral("team")),
                 QStringList{QStringLiteral("Suport Cluj")});
        QVERIFY(!r.has(ReportSection::Swot));
        QCOMPARE(r.preparedBy, QStringLiteral("Ioana"));
        QCOMPARE(r.notes, QString::fromUtf8("Acțiune: ședință joi."));
    }

    void saveAsPdfWritesTheChosenReport()
    {
        ReportsPage page(*m_store);
        const QString file = m_dir.filePath(QStringLiteral("page.pdf"));
        QString error;
        QVERIFY2(page.saveReport(file, &error), qPrintable(error));
        const QString text = pdftools::simplified(pdftools::text(file));
        QVERIFY(text.contains(QStringLiteral("Average response time: 4.0 h")));
        QVERIFY(text.contains(QStringLiteral("Team: Suport Cluj")));
        QVERIFY(text.contains(QString::fromUtf8("Acțiune: ședință joi.")));
        QVERIFY(!text.contains(QStringLiteral("SWOT analysis")));
    }

    void aWrongPeriodIsRefused()
    {
        ReportsPage page(*m_store);
        child<QComboBox>(page, "period")->setCurrentText(QStringLiteral("octombrie"));
        QString error;
        QVERIFY(!page.saveReport(m_dir.filePath(QStringLiteral("bad.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("octombrie")));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
