#include "dashboard/kpigauge.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace busola;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {
GaugeData responseTime(std::optional<double> value, std::optional<double> target)
{
    GaugeData data;
    data.kpiId = QStringLiteral("response_time");
    data.title = QStringLiteral("Timpul mediu de răspuns");
    data.scale.direction = GaugeDirection::LowerIsBetter;
    data.scale.value = value;
    data.scale.target = target;
    data.valueText = value ? QStringLiteral("%1 h").arg(*value) : QString();
    data.targetText = target ? QStringLiteral("Țintă ≤ 24 h") : QString();
    data.definition = QStringLiteral("Ore de la crearea tichetului la primul răspuns.");
    data.formula = QStringLiteral("medie(prim răspuns − creat)");
    data.count = 1234;
    data.countText = QStringLiteral("1.234 înregistrări");
    return data;
}

/// Pixels of the image within a small distance of colour: how much of it is painted.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) + qAbs(pixel.green() - colour.green()) +
                    qAbs(pixel.blue() - colour.blue()) <
                12)
                ++count;
        }
    }
    return count;
}
} // namespace

/// The gauge widget: what it says, what it paints, and how it is activated.
class TestKpiGauge : public QObject
{
    Q_OBJECT

private slots:
    void texts_data()
    {
        QTest::addColumn<std::optional<double>>("value");
        QTest::addColumn<std::optional<double>>("change");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<GaugeStatus>("status");
        QTest::addColumn<QString>("arrow");
        QTest::addColumn<ChangeTone>("tone");
        QTest::addRow("met, falling")
            << std::optional(12.5) << std::optional(-4.6) << QStringLiteral("12.5 h")
            << GaugeStatus::Met << QStringLiteral("▼") << ChangeTone::Good;
        QTest::addRow("missed, rising")
            << std::optional(30.0) << std::optional(8.0) << QStringLiteral("30 h")
            << GaugeStatus::Missed << QStringLiteral("▲") << ChangeTone::Bad;
        QTest::addRow("near, no comparison")
            << std::optional(25.0) << std::optional<double>() << QStringLiteral("25 h")
            << GaugeStatus::Near << QString() << ChangeTone::Neutral;
        QTest::addRow("no data") << std::optional<double>() << std::optional<double>()
                                 << QStringLiteral("—") << GaugeStatus::NoData << QString()
                                 << ChangeTone::Neutral;
    }

    void texts()
    {
        QFETCH(std::optional<double>, value);
        QFETCH(std::optional<double>, change);
        KpiGauge gauge;
        GaugeData data = responseTime(value, 24.0);
        data.change = change;
        gauge.setData(data);
        QTEST(gauge.displayedValue(), "shown");
        QTEST(gauge.status(), "status");
        QTEST(gauge.changeArrow(), "arrow");
        QTEST(gauge.changeTone(), "tone");
    }

    /// Set BUSOLA_GRAB_DIR to look at the gauges: a row of them in the light and dark palettes.
    void grabForReview()
    {
        const QString dir = qEnvironmentVariable("BUSOLA_GRAB_DIR");
        if (dir.isEmpty())
            QSKIP("BUSOLA_GRAB_DIR not set");
        for (bool dark : {false, true}) {
            QWidget row;
            QPalette pal;
            if (dark) {
                pal.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
                pal.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
                pal.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
                pal.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
                pal.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
            }
            row.setPalette(pal);
            row.setAutoFillBackground(true);
            row.resize(5 * 180, 200);
            const QList<std::pair<std::optional<double>, std::optional<double>>> cases = {
                {12.5, -4.6}, {25.5, 3.0}, {31.0, 12.0}, {std::nullopt, std::nullopt}, {8.0, 0.0}};
            int x = 0;
            for (const auto &[value, change] : cases) {
                auto *gauge = new KpiGauge(&row);
                GaugeData data =
                    responseTime(value, x == 4 * 180 ? std::nullopt : std::optional(24.0));
                data.change = change;
                if (change)
                    data.changeText = QStringLiteral("%1 %").arg(*change);
                gauge->setData(data);
                gauge->setGeometry(x, 2, 176, 196);
                gauge->setSelected(x == 0);
                x += 180;
            }
            QVERIFY(row.grab().save(dir + (dark ? QStringLiteral("/gauges-dark.png")
                                                : QStringLiteral("/gauges-light.png"))));
        }
    }

    void engineStatusWins()
    {
        KpiGauge gauge;
        GaugeData data = responseTime(12.5, 24.0);
        data.status = GaugeStatus::Near;
        gauge.setData(data);
        QCOMPARE(gauge.status(), GaugeStatus::Near);
    }

    void toolTipCarriesDefinitionFormulaTargetCount()
    {
        KpiGauge gauge;
        gauge.setData(responseTime(12.5, 24.0));
        const QString tip = gauge.toolTip();
        QVERIFY(tip.contains(QStringLiteral("Ore de la crearea tichetului")));
        QVERIFY(tip.contains(QStringLiteral("medie(prim răspuns − creat)")));
        QVERIFY(tip.contains(QStringLiteral("Țintă ≤ 24 h")));
        QVERIFY(tip.contains(QStringLiteral("1.234 înregistrări")));
    }

    void clickAndKeys()
    {
        KpiGauge gauge;
        gauge.setData(responseTime(12.5, 24.0));
        gauge.resize(gauge.sizeHint());
        QSignalSpy spy(&gauge, &KpiGauge::clicked);
        QTest::mouseClick(&gauge, Qt::LeftButton, {}, gauge.rect().center());
        QCOMPARE(spy.count(), 1);
        QTest::keyClick(&gauge, Qt::Key_Return);
        QTest::keyClick(&gauge, Qt::Key_Space);
        QCOMPARE(spy.count(), 3);
        QTest::keyClick(&gauge, Qt::Key_A);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(gauge.focusPolicy(), Qt::StrongFocus);
    }

    /// The value's fill is painted in its status colour, and nothing is filled without data.
    /// Without a target the outer ring is plain, so the "no target" colour appears only in the
    /// fill: present with a value, absent with none.
    void fillOnlyWithData()
    {
        const QColor fill = GaugeScale::statusColor(GaugeStatus::NoTarget, false);
        KpiGauge gauge;
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        gauge.setPalette(light);
        gauge.resize(gauge.sizeHint());

        gauge.setData(responseTime(12.5, std::nullopt));
        QVERIFY2(pixelsNear(gauge.grab().toImage(), fill) > 50, "no fill drawn for a value");
        gauge.setData(responseTime(std::nullopt, std::nullopt));
        QCOMPARE(pixelsNear(gauge.grab().toImage(), fill), 0);
    }

    /// With a target, the met colour shows on the band ring either way; the fill adds to it.
    void fillAddsToBands()
    {
        const QColor met = GaugeScale::statusColor(GaugeStatus::Met, false);
        KpiGauge gauge;
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Base, Qt::white);
        gauge.setPalette(light);
        gauge.resize(gauge.sizeHint());
        gauge.setData(responseTime(std::nullopt, 24.0));
        const int bandsOnly = pixelsNear(gauge.grab().toImage(), met);
        QVERIFY(bandsOnly > 20);
        gauge.setData(responseTime(20.0, 24.0));
        QVERIFY(pixelsNear(gauge.grab().toImage(), met) > bandsOnly + 100);
    }
};

QTEST_MAIN(TestKpiGauge)
#include "tst_kpigauge.moc"
