#include "forecast/exponentialsmoothing.h"
#include "forecast/forecaster.h"

#include <QTest>

#include <cmath>

using namespace busola;

// Where a number below says "reference", it was printed by
// tests/models/forecast/reference/expected_values.py (Debian 12's python3-statsmodels 0.13.5 and
// python3-numpy 1.24.2): the recursions by statsmodels' holtwinters.ExponentialSmoothing at fixed
// parameters and starting states (initialization_method="known", optimized=False), checked there
// against a plain-Python loop; interval widths by statsmodels' ETSModel variance formula with
// z = 1.2815515655446004 and σ² = SSE / (n − k). The script names each case as these tests do.
// Numbers said to be "by hand" are worked out in the comment beside them.

Q_DECLARE_METATYPE(busola::ForecastMethod)
Q_DECLARE_METATYPE(busola::ValueRange)

namespace {

using Values = QVector<double>;

const double NaN = std::numeric_limits<double>::quiet_NaN();

// The reference "seasonal series": 36 months of 200 + 3t + 25 sin(2πt/12) + N(0, 6²), rounded
// to 0.1, numpy default_rng(7).
const Values seasonalSeries{215.5, 229.4, 232.4, 228.3, 224.8, 212.1, 208.9, 210.4, 199.0,
                            204.6, 223.4, 238.1, 252.1, 258.1, 269.8, 273.8, 255.4, 251.3,
                            233.1, 230.6, 226.9, 242.9, 248.9, 273.6, 288.4, 298.5, 290.9,
                            302.4, 299.2, 290.7, 271.3, 271.5, 268.1, 275.5, 298.9, 303.2};
// Its heuristic starting states (reference, numpy: 2×12 centred moving average over the three
// years, per-month means of y − trend centred to sum 0, np.polyfit on the adjusted values).
const double seasonalL0 = 199.2294791667;
const double seasonalB0 = 2.8975056306;
const Values seasonalS0{15.5411458333,  21.0182291667,  20.3557291667,  25.1890625000,
                        11.3390625000,  2.1098958333,   -16.1109375000, -19.5692708333,
                        -29.7776041667, -21.7401041667, -12.4338541667, 4.0786458333};

// The reference "holt with noise" series and its starting states (np.polyfit on the first 10).
const Values holtSeries{120.0, 131.5, 127.0, 140.2, 138.9, 151.0, 149.3, 160.8,
                        158.1, 171.4, 169.0, 182.7, 178.5, 190.2, 195.9};
const double holtL0 = 116.2466666667;
const double holtB0 = 5.1951515152;

// The reference "reference fit" series: random-walk levels (numpy default_rng(11) and (5)).
const Values seasonalWalk{167.0, 168.0, 167.6, 161.8, 157.5, 152.8, 161.4, 169.6, 180.3, 179.4,
                          197.0, 200.3, 205.4, 196.5, 190.3, 186.8, 185.6, 188.3, 192.4, 200.8,
                          210.2, 211.0, 220.0, 220.2, 211.7, 199.6, 195.7, 184.2, 168.5, 172.9};
const Values holtWalk{78.8,  76.8,  78.4,  85.0,  91.6,  94.3,  96.6,  97.1,  99.3,
                      111.0, 114.0, 113.2, 110.7, 122.1, 125.8, 121.5, 123.1, 122.4};

// The reference "ten years": 120 months of 100 + t + 10 sin(0.52 t) + (s_t >> 16) mod 7, with
// the 32-bit LCG s_t = 1103515245 s_{t−1} + 12345 from s_{−1} = 1.
Values tenYears()
{
    Values values;
    quint32 seed = 1;
    for (int t = 0; t < 120; ++t) {
        seed = seed * 1103515245u + 12345u;
        values << 100 + t + 10 * std::sin(t * 0.52) + (seed >> 16) % 7;
    }
    return values;
}

MonthlySeries series(const Values &values, int firstMonth = 202401)
{
    return MonthlySeries{firstMonth, values};
}

Values column(const QVector<ForecastPoint> &points, double ForecastPoint::*member)
{
    Values values;
    for (const ForecastPoint &p : points)
        values << p.*member;
    return values;
}

bool near(double actual, double expected, double tolerance)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

void compareValues(const Values &actual, const Values &expected, double tolerance = 1e-8)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        QVERIFY2(near(actual[i], expected[i], tolerance),
                 qPrintable(QStringLiteral("at %1: %2, expected %3")
                                .arg(i)
                                .arg(actual[i], 0, 'g', 15)
                                .arg(expected[i], 0, 'g', 15)));
    }
}

Values linear(int count, double intercept, double slope, int from = 1)
{
    Values values;
    for (int t = from; t < from + count; ++t)
        values << intercept + slope * t;
    return values;
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private slots:
    void methodChoice_data();
    void methodChoice();
    void initialStatesMatchTheReference();
    void recursionAtFixedParameters_data();
    void recursionAtFixedParameters();
    void varianceFactor_data();
    void varianceFactor();
    void linearSeriesIsForecastExactly_data();
    void linearSeriesIsForecastExactly();
    void noiseFreeSeasonalSeriesIsForecastExactly();
    void flatSeries_data();
    void flatSeries();
    void fewerThanSixPointsUseTheMean();
    void backtestError_data();
    void backtestError();
    void rateNearHundredStaysWithinRange();
    void fitIsNoWorseThanTheReference_data();
    void fitIsNoWorseThanTheReference();
    void missingMonths();
    void horizonIsBounded_data();
    void horizonIsBounded();
    void emptySeries();
};

void TestForecast::methodChoice_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<ForecastMethod>("method");
    QTest::addRow("5 months: mean") << 5 << ForecastMethod::Mean;
    QTest::addRow("6 months: Holt") << 6 << ForecastMethod::HoltLinear;
    QTest::addRow("23 months: Holt") << 23 << ForecastMethod::HoltLinear;
    QTest::addRow("24 months: Holt-Winters") << 24 << ForecastMethod::HoltWintersAdditive;
}

void TestForecast::methodChoice()
{
    QFETCH(int, months);
    QFETCH(ForecastMethod, method);
    QCOMPARE(methodFor(months), method);
    const Forecast f = forecastSeries(series(linear(months, 10, 1)), {});
    QCOMPARE(f.method, method);
}

void TestForecast::initialStatesMatchTheReference()
{
    const SmoothingState seasonal =
        initialState(ForecastMethod::HoltWintersAdditive, seasonalSeries);
    QVERIFY(near(seasonal.level, seasonalL0, 1e-9));
    QVERIFY(near(seasonal.trend, seasonalB0, 1e-9));
    compareValues(seasonal.season, seasonalS0, 1e-9);

    const SmoothingState holt = initialState(ForecastMethod::HoltLinear, holtSeries);
    QVERIFY(near(holt.level, holtL0, 1e-9));
    QVERIFY(near(holt.trend, holtB0, 1e-9));
    QVERIFY(holt.season.isEmpty());
}

void TestForecast::recursionAtFixedParameters_data()
{
    QTest::addColumn<ForecastMethod>("method");
    QTest::addColumn<Values>("history");
    QTest::addColumn<Values>("parameters"); // α, β, γ
    QTest::addColumn<Values>("state");      // l0, b0, then s0 for Holt-Winters
    QTest::addColumn<ValueRange>("range");
    QTest::addColumn<Values>("firstFitted");
    QTest::addColumn<double>("sse");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<Values>("forecast");
    QTest::addColumn<Values>("lower");
    QTest::addColumn<Values>("upper");

    // Reference "seasonal with trend": α 0.3, β 0.1, γ 0.2, σ² = SSE / (36 − 16).
    QTest::addRow("seasonal with trend")
        << ForecastMethod::HoltWintersAdditive << seasonalSeries << Values{0.3, 0.1, 0.2}
        << (Values{seasonalL0, seasonalB0} + seasonalS0) << ValueRange::nonNegative()
        << Values{217.6681306306, 225.3272364865, 228.8412101577, 237.8035887561, 223.8788127790}
        << 1055.3479975895 << 7.2641172815
        << Values{323.4152459300, 332.4958705240, 334.3163562800, 340.9264892095,
                  331.5958201569, 324.3120168568, 309.4637190588, 309.3665840452,
                  303.1551158666, 313.3998528646, 327.7709521838, 343.8580406415}
        << Values{314.1059050555, 322.6927323360, 323.9561849311, 329.9485696186,
                  319.9423992979, 311.9284938205, 296.2986520764, 295.3715760000,
                  288.2846275663, 297.6109802054, 311.0231918035, 326.1130596357}
        << Values{332.7245868044, 342.2990087120, 344.6765276289, 351.9044088004,
                  343.2492410159, 336.6955398930, 322.6287860411, 323.3615920904,
                  318.0256041670, 329.1887255239, 344.5187125641, 361.6030216473};

    // Reference "holt with noise": α 0.5, β 0.2, σ² = SSE / (15 − 4).
    QTest::addRow("holt with noise")
        << ForecastMethod::HoltLinear << holtSeries << Values{0.5, 0.2, 0} << Values{holtL0, holtB0}
        << ValueRange::nonNegative()
        << Values{121.4418181818, 125.7718787879, 134.2597212121, 135.5276703030, 143.2288778182}
        << 384.6774186312 << 5.9136007999 << Values{200.1671241045, 205.5920464288, 211.0169687530}
        << Values{192.5885397414, 196.7539742582, 200.7089795817}
        << Values{207.7457084677, 214.4301185993, 221.3249579244};

    // Reference "rate near 100": α 0.8, β 0.4, l0 89, b0 1.5, σ² = SSE / (8 − 4). The unclamped
    // forecasts 100.636…, 101.528…, 102.419… and upper bounds pass 100 %: clamped to 100.
    QTest::addRow("rate near 100 percent")
        << ForecastMethod::HoltLinear << Values{90.0, 92.5, 94.0, 96.5, 97.0, 98.5, 99.0, 99.6}
        << Values{0.8, 0.4, 0} << Values{89.0, 1.5} << ValueRange::percent()
        << Values{90.5, 91.44, 93.9672, 95.683136, 98.28771968} << 5.3187509550 << 1.1531208691
        << Values{100, 100, 100} << Values{99.1583931403, 99.3087700674, 99.3446886757}
        << Values{100, 100, 100};
}

void TestForecast::recursionAtFixedParameters()
{
    QFETCH(ForecastMethod, method);
    QFETCH(Values, history);
    QFETCH(Values, parameters);
    QFETCH(Values, state);
    QFETCH(ValueRange, range);
    QFETCH(Values, firstFitted);
    QFETCH(double, sse);
    QFETCH(double, sigma);
    QFETCH(Values, forecast);
    QFETCH(Values, lower);
    QFETCH(Values, upper);

    const SmoothingParameters p{parameters[0], parameters[1], parameters[2]};
    SmoothingState initial{state[0], state[1], state.mid(2)};
    ForecastOptions options;
    options.horizon = int(forecast.size());
    options.range = range;
    const Forecast f = forecastWith(method, series(history), p, initial, options);
    QVERIFY(f.valid);
    compareValues(f.fitted.mid(0, 5), firstFitted);
    QVERIFY2(near(f.sse, sse, 1e-9), qPrintable(QString::number(f.sse, 'g', 15)));
    QVERIFY(near(f.sigma, sigma, 1e-9));
    compareValues(column(f.points, &ForecastPoint::value), forecast);
    compareValues(column(f.points, &ForecastPoint::lower), lower);
    compareValues(column(f.points, &ForecastPoint::upper), upper);
}

void TestForecast::varianceFactor_data()
{
    QTest::addColumn<ForecastMethod>("method");
    QTest::addColumn<Values>("parameters");
    QTest::addColumn<int>("h");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("factor");
    // Reference (ETSModel._relative_forecast_variance, β_ss = α·β).
    QTest::addRow("Holt-Winters, second year (k = 1)")
        << ForecastMethod::HoltWintersAdditive << Values{0.3, 0.1, 0.2} << 14 << 36 << 4.8491;
    QTest::addRow("Holt, h = 5") << ForecastMethod::HoltLinear << Values{0.6, 0.5, 0} << 5 << 10
                                 << 8.74;
    // By hand: every model's one-step variance is σ²; the mean's is σ²(1 + 1/n) = 1.2 σ².
    QTest::addRow("Holt, h = 1") << ForecastMethod::HoltLinear << Values{0.6, 0.5, 0} << 1 << 10
                                 << 1.0;
    QTest::addRow("mean of 5") << ForecastMethod::Mean << Values{0, 0, 0} << 7 << 5 << 1.2;
}

void TestForecast::varianceFactor()
{
    QFETCH(ForecastMethod, method);
    QFETCH(Values, parameters);
    QFETCH(int, h);
    QFETCH(int, n);
    QFETCH(double, factor);
    const SmoothingParameters p{parameters[0], parameters[1], parameters[2]};
    QVERIFY(near(forecastVarianceFactor(method, p, h, n), factor, 1e-12));
}

void TestForecast::linearSeriesIsForecastExactly_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<ForecastMethod>("method");
    QTest::addColumn<int>("firstForecastMonth");
    // From January 2024: 12 months end in December 2024, 30 in June 2026.
    QTest::addRow("12 months, Holt") << 12 << ForecastMethod::HoltLinear << 202501;
    QTest::addRow("30 months, Holt-Winters") << 30 << ForecastMethod::HoltWintersAdditive << 202607;
}

void TestForecast::linearSeriesIsForecastExactly()
{
    QFETCH(int, months);
    QFETCH(ForecastMethod, method);
    QFETCH(int, firstForecastMonth);
    // y = 100 + 7.5 t: the starting states are the line itself, so whatever the parameters,
    // every one-step error is 0 and the forecasts continue the line: 100 + 7.5 (n + h).
    ForecastOptions options;
    options.horizon = 6;
    const Forecast f = forecastSeries(series(linear(months, 100, 7.5)), options);
    QCOMPARE(f.method, method);
    compareValues(column(f.points, &ForecastPoint::value), linear(6, 100, 7.5, months + 1), 1e-9);
    // No error in the history, so no width: the interval is the forecast.
    QVERIFY(f.sse < 1e-12);
    compareValues(column(f.points, &ForecastPoint::lower), linear(6, 100, 7.5, months + 1), 1e-6);
    compareValues(column(f.points, &ForecastPoint::upper), linear(6, 100, 7.5, months + 1), 1e-6);
    QVERIFY(f.backtest.valid);
    QVERIFY(f.backtest.usesMape());
    QVERIFY(f.backtest.mape < 1e-9);
    QCOMPARE(f.points.first().month, firstForecastMonth);
}

void TestForecast::noiseFreeSeasonalSeriesIsForecastExactly()
{
    // y_t = 50 + 2t + S[(t − 1) mod 12] with a pattern S that sums to 0: the centred moving
    // average of a line plus such a pattern is the line, so the starting states are exact and so
    // is every forecast (by hand: the same formula for t = 37…48).
    const Values pattern{-6, -4, -2, 0, 2, 4, 6, 4, 2, 0, -2, -4};
    Values history, expected;
    for (int t = 1; t <= 48; ++t)
        (t <= 36 ? history : expected) << 50 + 2 * t + pattern[(t - 1) % 12];
    ForecastOptions options;
    options.horizon = 12;
    const Forecast f = forecastSeries(series(history), options);
    QCOMPARE(f.method, ForecastMethod::HoltWintersAdditive);
    compareValues(f.initial.season, pattern, 1e-9);
    compareValues(column(f.points, &ForecastPoint::value), expected, 1e-9);
    QVERIFY(f.sse < 1e-12);
}

void TestForecast::flatSeries_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<ForecastMethod>("method");
    QTest::addRow("10 months, Holt") << 10 << ForecastMethod::HoltLinear;
    QTest::addRow("30 months, Holt-Winters") << 30 << ForecastMethod::HoltWintersAdditive;
}

void TestForecast::flatSeries()
{
    QFETCH(int, months);
    QFETCH(ForecastMethod, method);
    // 42 every month: by hand, 42 for every horizon, an interval of no width, no backtest error.
    const Forecast f = forecastSeries(series(Values(months, 42.0)), {});
    QCOMPARE(f.method, method);
    compareValues(column(f.points, &ForecastPoint::value), Values(3, 42.0), 1e-12);
    compareValues(column(f.points, &ForecastPoint::lower), Values(3, 42.0), 1e-9);
    compareValues(column(f.points, &ForecastPoint::upper), Values(3, 42.0), 1e-9);
    QVERIFY(f.backtest.valid);
    QCOMPARE(f.backtest.heldOut, 6);
    QVERIFY(f.backtest.mape < 1e-9);
}

void TestForecast::fewerThanSixPointsUseTheMean()
{
    // Reference "fewer than 6" (by hand: mean 12, s = √(10/4) = 1.5811388301,
    // half-width 1.2815515655 × 1.5811388301 × √1.2 = 2.2197124240).
    const Forecast f = forecastSeries(series({10, 12, 11, 13, 14}), {});
    QCOMPARE(f.method, ForecastMethod::Mean);
    compareValues(column(f.points, &ForecastPoint::value), Values(3, 12.0));
    compareValues(column(f.points, &ForecastPoint::lower), Values(3, 9.7802875760));
    compareValues(column(f.points, &ForecastPoint::upper), Values(3, 14.2197124240));
    QVERIFY(!f.backtest.valid); // nothing left to fit on once 6 months are held out

    // One month: a forecast, but no spread can be estimated from it.
    const Forecast one = forecastSeries(series({7}), {});
    QVERIFY(one.valid);
    QCOMPARE(one.points.size(), 3);
    QCOMPARE(one.points.first().value, 7.0);
    QVERIFY(std::isnan(one.points.first().lower));
    QVERIFY(std::isnan(one.points.first().upper));
    QVERIFY(std::isnan(one.sigma));
}

void TestForecast::backtestError_data()
{
    QTest::addColumn<Values>("heldOut");
    QTest::addColumn<bool>("usesMape");
    QTest::addColumn<double>("mape");
    QTest::addColumn<double>("mae");
    // The first 12 months are 5t, so the backtest's Holt fit continues that line exactly:
    // forecasts 65, 70, 75, 80, 85, 90 for the held-out months.
    // By hand: |errors| 5, 70, 5, 5, 10, 0 → MAE 95 / 6; an actual 0 leaves MAPE undefined.
    QTest::addRow("a zero: MAE") << Values{60, 0, 80, 75, 95, 90} << false << NaN << 95.0 / 6;
    // Reference "backtest": MAPE (5/60 + 0 + 5/80 + 5/75 + 10/95 + 0) / 6 × 100 = 5.2960526316;
    // MAE 25 / 6.
    QTest::addRow("no zero: MAPE")
        << Values{60, 70, 80, 75, 95, 90} << true << 5.2960526316 << 25.0 / 6;
    // A held-out month without data is left out: |errors| 5, 5, 5, 10, 0 over 5 months.
    QTest::addRow("a month without data")
        << Values{60, NaN, 80, 75, 95, 90} << true
        << 100.0 * (5.0 / 60 + 5.0 / 80 + 5.0 / 75 + 10.0 / 95) / 5 << 25.0 / 5;
}

void TestForecast::backtestError()
{
    QFETCH(Values, heldOut);
    QFETCH(bool, usesMape);
    QFETCH(double, mape);
    QFETCH(double, mae);
    const Forecast f = forecastSeries(series(linear(12, 0, 5) + heldOut), {});
    QVERIFY(f.backtest.valid);
    QCOMPARE(f.backtest.method, ForecastMethod::HoltLinear);
    QCOMPARE(f.backtest.usesMape(), usesMape);
    QVERIFY2(near(f.backtest.mape, mape, 1e-9), qPrintable(QString::number(f.backtest.mape)));
    QVERIFY2(near(f.backtest.mae, mae, 1e-9), qPrintable(QString::number(f.backtest.mae)));
    compareValues(f.backtest.predicted.mid(0, 1), Values{65}, 1e-9);
}

void TestForecast::rateNearHundredStaysWithinRange()
{
    ForecastOptions options;
    options.horizon = 12;
    options.range = ValueRange::percent();
    const Forecast rate =
        forecastSeries(series({90.0, 92.5, 94.0, 96.5, 97.0, 98.5, 99.0, 99.6}), options);
    for (const ForecastPoint &p : rate.points) {
        QVERIFY(p.lower >= 0 && p.lower <= p.value && p.value <= p.upper && p.upper <= 100);
    }
    QCOMPARE(rate.points.last().upper, 100.0); // the unclamped band passes 100 % by then

    // A falling count, 40, 35, …, 5: the line reaches 0 next month and would go below; by
    // hand the forecasts are 0, 0, 0.
    options.horizon = 3;
    options.range = ValueRange::nonNegative();
    const Forecast count = forecastSeries(series(linear(8, 45, -5)), options);
    compareValues(column(count.points, &ForecastPoint::value), Values{0, 0, 0}, 1e-9);
    compareValues(column(count.points, &ForecastPoint::lower), Values{0, 0, 0}, 1e-9);

    options.range = ValueRange::score();
    const Forecast score = forecastSeries(series({4.2, 4.4, 4.6, 4.8, 4.9, 5.0, 5.0}), options);
    for (const ForecastPoint &p : score.points)
        QVERIFY(p.lower >= 1 && p.upper <= 5 && p.value <= 5);
}

void TestForecast::fitIsNoWorseThanTheReference_data()
{
    QTest::addColumn<ForecastMethod>("method");
    QTest::addColumn<Values>("history");
    QTest::addColumn<double>("referenceSse");
    // Reference "statsmodels fit SSE" / "reference fit": statsmodels' ETSModel (additive errors,
    // initialization_method="known": the same heuristic starting states, held fixed) fitted by
    // maximum likelihood, i.e. least squares, over the same parameter region.
    QTest::addRow("seasonal with trend")
        << ForecastMethod::HoltWintersAdditive << seasonalSeries << 700.2687991283;
    QTest::addRow("holt with noise") << ForecastMethod::HoltLinear << holtSeries << 205.8473530509;
    QTest::addRow("seasonal random walk")
        << ForecastMethod::HoltWintersAdditive << seasonalWalk << 822.2421787763;
    QTest::addRow("holt random walk") << ForecastMethod::HoltLinear << holtWalk << 330.3982016393;
    // Its best fit lies on a narrow ridge (α ≈ 0.0008, β = 1), where a search in (α, β) crawls.
    QTest::addRow("ten years") << ForecastMethod::HoltWintersAdditive << tenYears()
                               << 695.7984447779;
}

void TestForecast::fitIsNoWorseThanTheReference()
{
    QFETCH(ForecastMethod, method);
    QFETCH(Values, history);
    QFETCH(double, referenceSse);
    const SmoothingState initial = initialState(method, history);
    const SmoothingParameters p = fitParameters(method, history, initial);
    QVERIFY(p.alpha >= 0 && p.alpha <= 1 && p.beta >= 0 && p.beta <= 1);
    QVERIFY(p.gamma >= 0 && p.gamma <= 1 - p.alpha + 1e-12);
    const double sse = runSmoothing(method, history, p, initial).sse;
    // Within the reference optimiser's own precision (it stops at a relative change of ~1e-9).
    QVERIFY2(sse <= referenceSse * (1 + 1e-8),
             qPrintable(QStringLiteral("SSE %1 > reference %2").arg(sse).arg(referenceSse)));
    // Deterministic: the same series gives the same parameters.
    const SmoothingParameters again = fitParameters(method, history, initial);
    QCOMPARE(again.alpha, p.alpha);
    QCOMPARE(again.beta, p.beta);
    QCOMPARE(again.gamma, p.gamma);
}

void TestForecast::missingMonths()
{
    // March 2024 to May 2025 holds 10, 12, …, 38, with September 2024 missing, and months
    // without data around it. By hand: the states step over the gap on the line, so the
    // forecasts continue it: 40, 42, 44 for June to August 2025.
    Values raw{NaN, NaN};
    for (int k = 0; k <= 14; ++k)
        raw << (k == 6 ? NaN : 10.0 + 2 * k);
    raw << NaN;
    const Forecast f = forecastSeries(series(raw, 202401), {});
    QCOMPARE(f.history.firstMonth, 202403);
    QCOMPARE(f.history.values.size(), 15);
    QCOMPARE(f.history.lastMonth(), 202505);
    QCOMPARE(f.residualCount, 14);
    QCOMPARE(f.method, ForecastMethod::HoltLinear);
    compareValues(column(f.points, &ForecastPoint::value), Values{40, 42, 44}, 1e-9);
    QCOMPARE(f.points.first().month, 202506);
    QCOMPARE(f.points.last().month, 202508);
}

void TestForecast::horizonIsBounded_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("lastMonth");
    // The history runs January to August 2024.
    QTest::addRow("default") << -100 << 3 << 202411;
    QTest::addRow("0 is 1") << 0 << 1 << 202409;
    QTest::addRow("12") << 12 << 12 << 202508;
    QTest::addRow("13 is 12") << 13 << 12 << 202508;
}

void TestForecast::horizonIsBounded()
{
    QFETCH(int, horizon);
    QFETCH(int, points);
    QFETCH(int, lastMonth);
    ForecastOptions options;
    if (horizon != -100)
        options.horizon = horizon;
    const Forecast f = forecastSeries(series(linear(8, 1, 1)), options);
    QCOMPARE(f.points.size(), points);
    QCOMPARE(f.points.last().month, lastMonth);
}

void TestForecast::emptySeries()
{
    QVERIFY(!forecastSeries(series({}), {}).valid);
    const Forecast none = forecastSeries(series({NaN, NaN}), {});
    QVERIFY(!none.valid);
    QVERIFY(none.points.isEmpty());
    QVERIFY(!none.backtest.valid);
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
