#include "dashboard/gaugescale.h"

#include <QTest>

#include <cmath>

using namespace busola;

Q_DECLARE_METATYPE(GaugeDirection)
Q_DECLARE_METATYPE(GaugeStatus)
Q_DECLARE_METATYPE(ChangeTone)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {
constexpr auto Higher = GaugeDirection::HigherIsBetter;
constexpr auto Lower = GaugeDirection::LowerIsBetter;
const std::optional<double> none;

using Bands = QVector<GaugeBand>;

// WCAG relative luminance, written out here independently of the code under test.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

/// Gauge geometry and colours, every expectation worked out by hand in the row's comment.
class TestGaugeScale : public QObject
{
    Q_OBJECT

private slots:
    void geometry_data()
    {
        QTest::addColumn<GaugeDirection>("direction");
        QTest::addColumn<std::optional<double>>("target");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<std::optional<double>>("value");
        QTest::addColumn<std::optional<double>>("comparison");
        QTest::addColumn<std::optional<double>>("rangeMin");
        QTest::addColumn<std::optional<double>>("rangeMax");
        QTest::addColumn<GaugeStatus>("status");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("maximum");
        QTest::addColumn<Bands>("bands");
        QTest::addColumn<std::optional<double>>("fill");
        QTest::addColumn<std::optional<double>>("targetAngle");

        // Response time ≤ 24 h: scale 0..nice(48) = 50; near edge 24 + 2.4 = 26.4.
        // 12.5 h: 12.5/50 = 0.25 of 240° → fill −60°; target 24/50 = 0.48 → 210 − 115.2 = 94.8°.
        const Bands response = {{0, 24, GaugeStatus::Met},
                                {24, 26.4, GaugeStatus::Near},
                                {26.4, 50, GaugeStatus::Missed}};
        QTest::addRow("lower is better, under the target")
            << Lower << std::optional(24.0) << 0.10 << std::optional(12.5) << none << none << none
            << GaugeStatus::Met << 0.0 << 50.0 << response << std::optional(-60.0)
            << std::optional(94.8);
        // 24 h exactly: met (inclusive); 24/50 of 240 = 115.2.
        QTest::addRow("lower is better, target exactly met")
            << Lower << std::optional(24.0) << 0.10 << std::optional(24.0) << none << none << none
            << GaugeStatus::Met << 0.0 << 50.0 << response << std::optional(-115.2)
            << std::optional(94.8);
        // 26.4 h: on the tolerance edge, still near; 26.4/50 × 240 = 126.72.
        QTest::addRow("lower is better, on the tolerance edge")
            << Lower << std::optional(24.0) << 0.10 << std::optional(26.4) << none << none << none
            << GaugeStatus::Near << 0.0 << 50.0 << response << std::optional(-126.72)
            << std::optional(94.8);
        // 30 h: beyond 26.4 → missed; 30/50 × 240 = 144.
        QTest::addRow("lower is better, outside the tolerance")
            << Lower << std::optional(24.0) << 0.10 << std::optional(30.0) << none << none << none
            << GaugeStatus::Missed << 0.0 << 50.0 << response << std::optional(-144.0)
            << std::optional(94.8);
        // 60 h: 60 × 1.1 = 66 > 48 → scale to nice(66) = 100; 60/100 × 240 = 144;
        // target 24/100 × 240 = 57.6 → 152.4°; bands rescaled to 100.
        QTest::addRow("lower is better, value stretches the scale")
            << Lower << std::optional(24.0) << 0.10 << std::optional(60.0) << none << none << none
            << GaugeStatus::Missed << 0.0 << 100.0
            << Bands{{0, 24, GaugeStatus::Met},
                     {24, 26.4, GaugeStatus::Near},
                     {26.4, 100, GaugeStatus::Missed}}
            << std::optional(-144.0) << std::optional(152.4);
        // The comparison (previous 70 h → 77 → nice 100) keeps both values on one scale.
        QTest::addRow("comparison stretches the scale")
            << Lower << std::optional(24.0) << 0.10 << std::optional(12.0) << std::optional(70.0)
            << none << none << GaugeStatus::Met << 0.0 << 100.0
            << Bands{{0, 24, GaugeStatus::Met},
                     {24, 26.4, GaugeStatus::Near},
                     {26.4, 100, GaugeStatus::Missed}}
            << std::optional(-28.8) << std::optional(152.4);

        // FCR ≥ 70 % on 0..100: near from 70 − 7 = 63. 70 % → 0.7 × 240 = 168 → target at 42°.
        const Bands fcr = {
            {0, 63, GaugeStatus::Missed}, {63, 70, GaugeStatus::Near}, {70, 100, GaugeStatus::Met}};
        QTest::addRow("higher is better, target exactly met")
            << Higher << std::optional(70.0) << 0.10 << std::optional(70.0) << none
            << std::optional(0.0) << std::optional(100.0) << GaugeStatus::Met << 0.0 << 100.0 << fcr
            << std::optional(-168.0) << std::optional(42.0);
        QTest::addRow("higher is better, above the target")
            << Higher << std::optional(70.0) << 0.10 << std::optional(85.0) << none
            << std::optional(0.0) << std::optional(100.0) << GaugeStatus::Met << 0.0 << 100.0 << fcr
            << std::optional(-204.0) << std::optional(42.0);
        QTest::addRow("higher is better, on the tolerance edge")
            << Higher << std::optional(70.0) << 0.10 << std::optional(63.0) << none
            << std::optional(0.0) << std::optional(100.0) << GaugeStatus::Near << 0.0 << 100.0
            << fcr << std::optional(-151.2) << std::optional(42.0);
        QTest::addRow("higher is better, just outside the tolerance")
            << Higher << std::optional(70.0) << 0.10 << std::optional(62.9) << none
            << std::optional(0.0) << std::optional(100.0) << GaugeStatus::Missed << 0.0 << 100.0
            << fcr << std::optional(-150.96) << std::optional(42.0);
        // Tolerance 20 %: near from 70 − 14 = 56; 57 % → near; 57 × 2.4 = 136.8.
        QTest::addRow("higher is better, wider tolerance")
            << Higher << std::optional(70.0) << 0.20 << std::optional(57.0) << none
            << std::optional(0.0) << std::optional(100.0) << GaugeStatus::Near << 0.0 << 100.0
            << Bands{{0, 56, GaugeStatus::Missed},
                     {56, 70, GaugeStatus::Near},
                     {70, 100, GaugeStatus::Met}}
            << std::optional(-136.8) << std::optional(42.0);
        // CSAT ≥ 4.0 on 1..5: near from 3.6; 3.8 → (3.8 − 1)/4 = 0.7 → 168°; target 0.75 → 30°.
        QTest::addRow("score scale from 1, near")
            << Higher << std::optional(4.0) << 0.10 << std::optional(3.8) << none
            << std::optional(1.0) << std::optional(5.0) << GaugeStatus::Near << 1.0 << 5.0
            << Bands{{1, 3.6, GaugeStatus::Missed},
                     {3.6, 4.0, GaugeStatus::Near},
                     {4.0, 5, GaugeStatus::Met}}
            << std::optional(-168.0) << std::optional(30.0);
        // A value beyond a fixed range is drawn at the end of the arc.
        QTest::addRow("value beyond the range clamps")
            << Higher << std::optional(70.0) << 0.10 << std::optional(120.0) << none
            << std::optional(0.0) << std::optional(100.0) << GaugeStatus::Met << 0.0 << 100.0 << fcr
            << std::optional(-240.0) << std::optional(42.0);

        // No data: "—", no fill, the bands still show where the target is (scale 0..50).
        QTest::addRow("no data, with a target")
            << Lower << std::optional(24.0) << 0.10 << none << none << none << none
            << GaugeStatus::NoData << 0.0 << 50.0 << response << none << std::optional(94.8);
        QTest::addRow("no data, no target")
            << Higher << none << 0.10 << none << none << none << none << GaugeStatus::NoData << 0.0
            << 1.0 << Bands{} << none << none;
        // Sales 123 456 without a target: no bands; 135 801.6 → nice 200 000;
        // 123456/200000 × 240 = 148.1472.
        QTest::addRow("no target") << Higher << none << 0.10 << std::optional(123456.0) << none
                                   << none << none << GaugeStatus::NoTarget << 0.0 << 200000.0
                                   << Bands{} << std::optional(-148.1472) << none;
        // A value of 0 is data: status judged, fill of zero length.
        QTest::addRow("zero is data") << Lower << std::optional(5.0) << 0.10 << std::optional(0.0)
                                      << none << none << none << GaugeStatus::Met << 0.0 << 10.0
                                      << Bands{{0, 5, GaugeStatus::Met},
                                               {5, 5.5, GaugeStatus::Near},
                                               {5.5, 10, GaugeStatus::Missed}}
                                      << std::optional(0.0) << std::optional(90.0);
    }

    void geometry()
    {
        QFETCH(GaugeDirection, direction);
        QFETCH(std::optional<double>, target);
        QFETCH(double, tolerance);
        QFETCH(std::optional<double>, value);
        QFETCH(std::optional<double>, comparison);
        QFETCH(std::optional<double>, rangeMin);
        QFETCH(std::optional<double>, rangeMax);

        GaugeInput input;
        input.direction = direction;
        input.target = target;
        input.tolerance = tolerance;
        input.value = value;
        input.comparison = comparison;
        input.rangeMin = rangeMin;
        input.rangeMax = rangeMax;
        const GaugeScale scale(input);

        QTEST(scale.status(), "status");
        QTEST(scale.minimum(), "minimum");
        QTEST(scale.maximum(), "maximum");

        QFETCH(Bands, bands);
        const Bands actual = scale.bands();
        QCOMPARE(actual.size(), bands.size());
        for (int i = 0; i < bands.size(); ++i) {
            QCOMPARE(actual[i].status, bands[i].status);
            QVERIFY2(qAbs(actual[i].from - bands[i].from) < 1e-9, qPrintable(QString::number(i)));
            QVERIFY2(qAbs(actual[i].to - bands[i].to) < 1e-9, qPrintable(QString::number(i)));
        }

        QFETCH(std::optional<double>, fill);
        QCOMPARE(scale.fillSpan().has_value(), fill.has_value());
        if (fill)
            QVERIFY2(qAbs(*scale.fillSpan() - *fill) < 1e-9,
                     qPrintable(QString::number(*scale.fillSpan())));
        QFETCH(std::optional<double>, targetAngle);
        QCOMPARE(scale.targetAngle().has_value(), targetAngle.has_value());
        if (targetAngle)
            QVERIFY2(qAbs(*scale.targetAngle() - *targetAngle) < 1e-9,
                     qPrintable(QString::number(*scale.targetAngle())));
    }

    void tone_data()
    {
        QTest::addColumn<std::optional<double>>("change");
        QTest::addColumn<GaugeDirection>("direction");
        QTest::addColumn<ChangeTone>("tone");
        QTest::addRow("falling response time is good")
            << std::optional(-4.58) << Lower << ChangeTone::Good;
        QTest::addRow("rising response time is bad")
            << std::optional(3.0) << Lower << ChangeTone::Bad;
        QTest::addRow("rising sales are good") << std::optional(12.0) << Higher << ChangeTone::Good;
        QTest::addRow("falling FCR is bad") << std::optional(-0.5) << Higher << ChangeTone::Bad;
        QTest::addRow("no change") << std::optional(0.0) << Higher << ChangeTone::Neutral;
        QTest::addRow("no comparison") << none << Lower << ChangeTone::Neutral;
    }

    void tone()
    {
        QFETCH(std::optional<double>, change);
        QFETCH(GaugeDirection, direction);
        QTEST(GaugeScale::toneOf(change, direction), "tone");
    }

    void colours_data()
    {
        QTest::addColumn<GaugeStatus>("status");
        QTest::addColumn<bool>("dark");
        for (bool dark : {false, true}) {
            const char *palette = dark ? "dark" : "light";
            QTest::addRow("met, %s", palette) << GaugeStatus::Met << dark;
            QTest::addRow("near, %s", palette) << GaugeStatus::Near << dark;
            QTest::addRow("missed, %s", palette) << GaugeStatus::Missed << dark;
            QTest::addRow("no target, %s", palette) << GaugeStatus::NoTarget << dark;
        }
    }

    /// Each status colour stands out from the window (WCAG 3:1 for graphics) and from the
    /// other statuses, and is the hue its name promises.
    void colours()
    {
        QFETCH(GaugeStatus, status);
        QFETCH(bool, dark);
        const QColor colour = GaugeScale::statusColor(status, dark);
        const QColor window = dark ? QColor(0x2d, 0x2d, 0x2d) : QColor(Qt::white);
        QVERIFY2(contrast(colour, window) >= 3.0,
                 qPrintable(QString::number(contrast(colour, window))));
        for (GaugeStatus other : {GaugeStatus::Met, GaugeStatus::Near, GaugeStatus::Missed,
                                  GaugeStatus::NoTarget, GaugeStatus::NoData}) {
            if (other != status)
                QVERIFY(GaugeScale::statusColor(other, dark) != colour);
        }
        const int hue = colour.hslHue();
        switch (status) {
        case GaugeStatus::Met:
            QVERIFY2(hue >= 90 && hue <= 150, qPrintable(QString::number(hue)));
            break;
        case GaugeStatus::Near:
            QVERIFY2(hue >= 30 && hue <= 50, qPrintable(QString::number(hue)));
            break;
        case GaugeStatus::Missed:
            QVERIFY2(hue <= 10 || hue >= 350, qPrintable(QString::number(hue)));
            break;
        default:
            QVERIFY2(hue >= 190 && hue <= 230, qPrintable(QString::number(hue)));
        }
        QCOMPARE(GaugeScale::toneColor(ChangeTone::Good, dark),
                 GaugeScale::statusColor(GaugeStatus::Met, dark));
        QCOMPARE(GaugeScale::toneColor(ChangeTone::Bad, dark),
                 GaugeScale::statusColor(GaugeStatus::Missed, dark));
    }

    void niceCeiling_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("expected");
        QTest::addRow("48") << 48.0 << 50.0;
        QTest::addRow("66") << 66.0 << 100.0;
        QTest::addRow("exact 2") << 2.0 << 2.0;
        QTest::addRow("2.1") << 2.1 << 2.5;
        QTest::addRow("0.013") << 0.013 << 0.02;
        QTest::addRow("135801.6") << 135801.6 << 200000.0;
        QTest::addRow("zero") << 0.0 << 1.0;
    }

    void niceCeiling()
    {
        QFETCH(double, value);
        QFETCH(double, expected);
        QVERIFY2(qAbs(GaugeScale::niceCeiling(value) - expected) < 1e-12 * expected,
                 qPrintable(QString::number(GaugeScale::niceCeiling(value))));
    }
};

QTEST_GUILESS_MAIN(TestGaugeScale)
#include "tst_gaugescale.moc"
