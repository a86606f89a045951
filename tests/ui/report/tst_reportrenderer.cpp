// The renderer on hand-written content: pages, footer numbering, text as text in the report's
// language and locale, vector charts (no images but the logo), embedded fonts, long tables
// split with their header repeated, sections switched off, the report of an empty period.
#include "pdftools.h"
#include "report/reportrenderer.h"
#include "samplereport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

class TestReportRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const ReportData &data, int *pages = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.pdf").arg(++m_files));
        QString error;
        int count = 0;
        if (!writeReportPdf(data, path, &error, &count))
            qWarning() << error;
        if (pages)
            *pages = count;
        return path;
    }

private slots:
    void initTestCase()
    {
        // BUSOLA_KEEP_REPORTS=1 keeps the PDFs to look at.
        if (qEnvironmentVariableIsSet("BUSOLA_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo() << "reports in" << m_dir.path();
        }
    }

    void pagesAreA4AndNumbered_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("footer");
        QTest::addRow("English") << QStringLiteral("en") << QStringLiteral("Page %1 of %2");
        QTest::addRow("Romanian") << QStringLiteral("ro") << QStringLiteral("Pagina %1 din %2");
    }
    void pagesAreA4AndNumbered()
    {
        QFETCH(QString, language);
        QFETCH(QString, footer);
        int pages = 0;
        const QString pdf = write(sample::data(language), &pages);
        QVERIFY(pages >= 6);
        QCOMPARE(pdftools::pageCount(pdf), pages);
        QVERIFY2(pdftools::pageSize(pdf).endsWith(QLatin1String("(A4)")),
                 qPrintable(pdftools::pageSize(pdf)));
        const QStringList texts = pdftools::pages(pdf);
        QCOMPARE(texts.size(), pages);
        for (int i = 0; i < pages; ++i)
            QVERIFY2(pdftools::simplified(texts.at(i)).contains(footer.arg(i + 1).arg(pages)),
                     qPrintable(QStringLiteral("page %1").arg(i + 1)));
    }

    void valuesInTheReportLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("English") << QStringLiteral("en")
                                 << QStringList{QStringLiteral("26.5 h"),
                                                QStringLiteral("72.4 %"),
                                                QStringLiteral("4.21"),
                                                QStringLiteral("1,234,567.89 RON"),
                                                QStringLiteral("+11.1 %"),
                                                QStringLiteral("−20.0 %"),
                                                QStringLiteral("Executive summary"),
                                                QStringLiteral("27 Nov 2026"),
                                                QStringLiteral("October 2026"),
                                                QStringLiteral("Page 1 of")};
        QTest::addRow("Romanian") << QStringLiteral("ro")
                                  << QStringList{QStringLiteral("26,5 h"),
                                                 QStringLiteral("72,4 %"),
                                                 QStringLiteral("4,21"),
                                                 QStringLiteral("1.234.567,89 lei"),
                                                 QStringLiteral("+11,1 %"),
                                                 QStringLiteral("−20,0 %"),
                                                 QStringLiteral("Rezumat executiv"),
                                                 QStringLiteral("27.11.2026"),
                                                 QStringLiteral("octombrie 2026"),
                                                 QStringLiteral("Analiza SWOT"),
                                                 QStringLiteral("Puncte tari"),
                                                 QStringLiteral("Amenințări"),
                                                 QStringLiteral("Oportunități"),
                                                 QStringLiteral("Întocmit de: Ioana Popescu")};
    }
    void valuesInTheReportLocale()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const QString text = pdftools::simplified(pdftools::text(write(sample::data(language))));
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e));
        // Ligature glyphs (U+FB00–FB06) would make "first" unsearchable.
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0xfb00 || c.unicode() > 0xfb06, "a ligature in the text");
        QVERIFY(text.contains(QLatin1String("first fix the flow of files")));
        // Diacritics survive as text: company, notes, competitor, SWOT items.
        for (const char *s : {"Distribuție Șoimul SRL", "Rivalul Țărănesc", "instruire echipa Iași",
                              "Timp de răspuns pe e-mail", "Echipă stabilă în Cluj"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    }

    void chartsAreVectorsAndFontsEmbedded()
    {
        const QString pdf = write(sample::data());
        QCOMPARE(pdftools::imageCount(pdf), 0);
        const auto fonts = pdftools::fonts(pdf);
        QVERIFY(!fonts.isEmpty());
        for (const auto &f : fonts) {
            QVERIFY2(f.first.contains(QLatin1String("DejaVuSans")), qPrintable(f.first));
            QCOMPARE(f.second, QStringLiteral("yes"));
        }
    }

    void theLogoIsTheOnlyImage()
    {
        ReportData data = sample::data();
        QImage logo(320, 120, QImage::Format_RGB32);
        logo.fill(QColor(0x0d, 0x47, 0xa1));
        QBuffer buffer(&data.logo);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        QCOMPARE(pdftools::imageCount(write(data)), 1);
    }

    void longTablesRepeatTheirHeader()
    {
        ReportData data = sample::data();
        ReportBreakdown teams;
        teams.dimension = QStringLiteral("team");
        teams.kpiIds = {QStringLiteral("response_time")};
        for (int i = 1; i <= 90; ++i)
            teams.rows << ReportBreakdownRow{
                QStringLiteral("Echipa %1").arg(i, 2, 10, QLatin1Char('0')),
                {double(i)},
                {ReportStatus::None}};
        data.supportBreakdowns << teams;
        const QStringList pages = pdftools::pages(write(data));
        QList<int> withRows;
        for (int p = 0; p < pages.size(); ++p)
            if (pages.at(p).contains(QLatin1String("Echipa ")))
                withRows << p;
        QVERIFY2(withRows.size() >= 2, "90 rows fit on one page?");
        for (int p : withRows) {
            const QString text = pages.at(p);
            const int header = text.indexOf(QLatin1String("Team"));
            QVERIFY2(header >= 0 && header < text.indexOf(QLatin1String("Echipa ")),
                     qPrintable(QStringLiteral("no header on page %1").arg(p + 1)));
        }
        // Every row printed once, none lost at a page break.
        const QString all = pages.join(QLatin1Char('\n'));
        for (int i = 1; i <= 90; ++i)
            QCOMPARE(all.count(QStringLiteral("Echipa %1").arg(i, 2, 10, QLatin1Char('0'))), 1);
    }

    void sectionsCanBeSwitchedOff()
    {
        ReportData data = sample::data();
        int all = 0;
        write(data, &all);
        data.request.sections = {ReportSection::Summary, ReportSection::Notes};
        int fewer = 0;
        const QString text = pdftools::text(write(data, &fewer));
        QVERIFY(fewer < all);
        QVERIFY(text.contains(QLatin1String("Executive summary")));
        QVERIFY(text.contains(QLatin1String("Notes and action items")));
        for (const char *gone : {"SWOT analysis", "Competitors", "Forecast", "Strengths"})
            QVERIFY2(!text.contains(QLatin1String(gone)), gone);
    }

    void aSeriesWithoutDataIsNotAnEmptyChart()
    {
        ReportData data = sample::data();
        ReportKpi complaints = sample::kpi(
            QStringLiteral("complaints"), QStringLiteral("Complaints"), ReportUnit::Count,
            ReportGroup::Support, 0, std::nullopt, ReportStatus::None);
        for (ReportPoint &p : complaints.series)
            p.value.reset();
        complaints.value.reset();
        complaints.forecast = {};
        data.kpis << complaints;
        const QString text = pdftools::simplified(pdftools::text(write(data)));
        QVERIFY(text.contains(QStringLiteral("Complaints: —")));
        QVERIFY(text.contains(QStringLiteral("No data in these months: nothing to chart.")));
    }

    void anEmptyPeriodGivesAShortReport()
    {
        ReportData data = sample::data();
        data.hasData = false;
        data.kpis.clear();
        data.supportBreakdowns.clear();
        data.swot = {};
        data.competitors.clear();
        data.request.notes.clear();
        int pages = 0;
        const QString pdf = write(data, &pages);
        QCOMPARE(pages, 2);
        const QString text = pdftools::simplified(pdftools::text(pdf));
        QVERIFY(text.contains(QLatin1String("No data for this period")));
        QVERIFY(text.contains(QLatin1String("October 2026")));
        QVERIFY(!text.contains(QLatin1String("Executive summary")));
        QCOMPARE(pdftools::imageCount(pdf), 0);
    }
};

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
