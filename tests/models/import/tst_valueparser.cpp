#include "import/valueparser.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace busola;

namespace {
QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}
} // namespace

constexpr qint64 kNone = std::numeric_limits<qint64>::min(); // no amount

Q_DECLARE_METATYPE(DateOrder)
Q_DECLARE_METATYPE(DecimalMark)
Q_DECLARE_METATYPE(DurationUnit)

/// Value parsing, one row per case: the expected values are written out by hand.
class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("seconds"); // -1: invalid
        QTest::addColumn<bool>("hasTime");
        const auto d = DateOrder::DayFirst;
        const auto m = DateOrder::MonthFirst;
        QTest::addRow("ISO date only") << "2026-11-27"_q << d << QDate(2026, 11, 27) << 0 << false;
        QTest::addRow("ISO with T and seconds")
            << "2026-11-27T14:30:05"_q << d << QDate(2026, 11, 27) << 52205 << true;
        QTest::addRow("ISO with space, no seconds")
            << "2026-11-27 14:30"_q << d << QDate(2026, 11, 27) << 52200 << true;
        QTest::addRow("ISO with milliseconds")
            << "2026-11-27 14:30:05.123"_q << d << QDate(2026, 11, 27) << 52205 << true;
        QTest::addRow("Romanian dotted")
            << "27.11.2026"_q << m << QDate(2026, 11, 27) << 0 << false;
        QTest::addRow("Romanian dotted with time")
            << "27.11.2026 09:05"_q << d << QDate(2026, 11, 27) << 32700 << true;
        QTest::addRow("Romanian dotted with seconds")
            << "03.01.2026 23:59:59"_q << d << QDate(2026, 1, 3) << 86399 << true;
        QTest::addRow("slashes day first")
            << "03/01/2026"_q << d << QDate(2026, 1, 3) << 0 << false;
        QTest::addRow("slashes month first")
            << "03/01/2026"_q << m << QDate(2026, 3, 1) << 0 << false;
        QTest::addRow("US with AM/PM")
            << "10/15/2026 2:05 PM"_q << m << QDate(2026, 10, 15) << 50700 << true;
        QTest::addRow("12 AM is midnight")
            << "10/15/2026 12:00 AM"_q << m << QDate(2026, 10, 15) << 0 << true;
        QTest::addRow("two-digit year") << "27.11.26"_q << d << QDate(2026, 11, 27) << 0 << false;
        QTest::addRow("year first with slashes")
            << "2026/11/27"_q << d << QDate(2026, 11, 27) << 0 << false;
        QTest::addRow("spreadsheet serial") << "46353"_q << d << QDate(2026, 11, 27) << 0 << false;
        QTest::addRow("spreadsheet serial with time")
            << "46353.75"_q << d << QDate(2026, 11, 27) << 64800 << true;
        QTest::addRow("surrounding spaces")
            << "  2026-11-27  "_q << d << QDate(2026, 11, 27) << 0 << false;
        QTest::addRow("31 February") << "31.02.2026"_q << d << QDate() << -1 << false;
        QTest::addRow("month 13") << "2026-13-01"_q << d << QDate() << -1 << false;
        QTest::addRow("hour 24") << "2026-11-27 24:00"_q << d << QDate() << -1 << false;
        QTest::addRow("text") << "yesterday"_q << d << QDate() << -1 << false;
        QTest::addRow("trailing junk") << "2026-11-27 10:00 x"_q << d << QDate() << -1 << false;
        QTest::addRow("serial too small") << "12"_q << d << QDate() << -1 << false;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(DateOrder, order);
        QFETCH(QDate, date);
        QFETCH(int, seconds);
        QFETCH(bool, hasTime);
        const std::optional<ParsedDateTime> parsed = parseDateTime(text, order);
        QCOMPARE(parsed.has_value(), seconds >= 0);
        if (!parsed)
            return;
        QCOMPARE(parsed->date, date);
        QCOMPARE(parsed->seconds, seconds);
        QCOMPARE(parsed->hasTime, hasTime);
    }

    void offsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addRow("Z") << "2026-11-27T10:00:00Z"_q << 0;
        QTest::addRow("+02:00") << "2026-11-27T10:00:00+02:00"_q << 7200;
        QTest::addRow("-0530") << "2026-11-27T10:00:00-0530"_q << -19800;
    }

    void offsets()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        const auto parsed = parseDateTime(text, DateOrder::DayFirst);
        QVERIFY(parsed);
        QVERIFY(parsed->hasOffset);
        QCOMPARE(parsed->offsetSeconds, offset);
    }

    void dateOrderHints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateOrder>("hint");
        QTest::addRow("day above 12") << "25/01/2026"_q << DateOrder::DayFirst;
        QTest::addRow("month second above 12") << "01/25/2026"_q << DateOrder::MonthFirst;
        QTest::addRow("ambiguous") << "01/02/2026"_q << DateOrder::Auto;
        QTest::addRow("ISO says nothing") << "2026-01-25"_q << DateOrder::Auto;
    }

    void dateOrderHints()
    {
        QFETCH(QString, text);
        QFETCH(DateOrder, hint);
        QCOMPARE(dateOrderHint(text), hint);
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DecimalMark>("mark");
        QTest::addColumn<qint64>("minor"); // the amount in hundredths
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        const auto c = DecimalMark::Comma;
        const auto p = DecimalMark::Point;
        QTest::addRow("Romanian with lei")
            << "1.234,50 lei"_q << c << qint64(123450) << "RON"_q << true;
        QTest::addRow("RON before, decimal point")
            << "RON 1234.5"_q << c << qint64(123450) << "RON"_q << true;
        QTest::addRow("euro sign, US separators")
            << "€1,234.50"_q << c << qint64(123450) << "EUR"_q << true;
        QTest::addRow("dollars, two groups")
            << "$1,234,567"_q << p << qint64(123456700) << "USD"_q << true;
        QTest::addRow("decimal comma alone") << "12,5"_q << p << qint64(1250) << ""_q << true;
        QTest::addRow("thousands point in a comma locale")
            << "1.234"_q << c << qint64(123400) << ""_q << true;
        QTest::addRow("decimal point in a point locale")
            << "1.234"_q << p << qint64(123) << ""_q << true;
        QTest::addRow("space groups") << "1 234 567,89"_q << c << qint64(123456789) << ""_q << true;
        QTest::addRow("negative") << "-15,00"_q << c << qint64(-1500) << ""_q << true;
        QTest::addRow("accounting parentheses")
            << "(15.00)"_q << p << qint64(-1500) << ""_q << true;
        QTest::addRow("plain integer") << "42"_q << c << qint64(4200) << ""_q << true;
        QTest::addRow("lei with capital") << "99,90 Lei"_q << c << qint64(9990) << "RON"_q << true;
        QTest::addRow("EUR code after") << "10 EUR"_q << c << qint64(1000) << "EUR"_q << true;
        QTest::addRow("words") << "zece lei"_q << c << qint64(0) << ""_q << false;
        QTest::addRow("two decimal marks") << "1,2,3.4.5"_q << c << qint64(0) << ""_q << false;
        QTest::addRow("only a sign") << "-"_q << c << qint64(0) << ""_q << false;
    }

    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(DecimalMark, mark);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        const std::optional<Decimal> d = parseDecimal(text, mark);
        QCOMPARE(d.has_value(), ok);
        if (!d)
            return;
        QCOMPARE(d->toMinor(), minor);
        QCOMPARE(d->currency, currency);
    }

    void numberCells_data()
    {
        // Spreadsheet numbers as amounts, whole numbers and text; the decimals are worked out
        // by hand from the exact binary value of each double.
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("micros"); // decimalOfNumber: mantissa at scale 6
        QTest::addColumn<QString>("text");  // numberText
        QTest::addColumn<bool>("whole");
        QTest::addRow("zero") << 0.0 << qint64(0) << "0"_q << true;
        QTest::addRow("negative zero") << -0.0 << qint64(0) << "0"_q << true;
        QTest::addRow("ticket id") << 100123.0 << qint64(100123000000) << "100123"_q << true;
        QTest::addRow("negative whole") << -42.0 << qint64(-42000000) << "-42"_q << true;
        // 193.04 is stored as 193.039999999999992...: six decimals round it up again.
        QTest::addRow("cost, two decimals") << 193.04 << qint64(193040000) << "193.04"_q << false;
        // 1/128 = 0.0078125 exactly: a true tie at the 7th decimal goes away from zero.
        QTest::addRow("exact tie") << 0.0078125 << qint64(7813) << "0.0078125"_q << false;
        QTest::addRow("negative exact tie")
            << -0.0078125 << qint64(-7813) << "-0.0078125"_q << false;
        // 2.5e-7 is stored just below 0.00000025, 7.5e-7 just above 0.00000075.
        QTest::addRow("below half a micro") << 2.5e-7 << qint64(0) << "2.5e-07"_q << false;
        QTest::addRow("above half a micro") << 7.5e-7 << qint64(1) << "7.5e-07"_q << false;
        // 1.0000005 is stored as 1.00000050000000005...: above the tie.
        QTest::addRow("just above a tie") << 1.0000005 << qint64(1000001) << "1.0000005"_q << false;
        QTest::addRow("largest on the fast path")
            << 999999999999.5 << qint64(999999999999500000) << "999999999999.5"_q << false;
        // 10^21 millionths overflow a 64-bit mantissa: no amount, as through the text.
        QTest::addRow("15 digits, whole")
            << 999999999999999.0 << kNone << "999999999999999"_q << true;
        QTest::addRow("10^15 is written with an exponent") << 1e15 << kNone << "1e+15"_q << false;
        QTest::addRow("tiny") << 1e-300 << qint64(0) << "1e-300"_q << false;
    }

    void numberCells()
    {
        QFETCH(double, value);
        QFETCH(qint64, micros);
        QFETCH(QString, text);
        QFETCH(bool, whole);
        const std::optional<Decimal> d = decimalOfNumber(value);
        QCOMPARE(d.has_value(), micros != kNone);
        if (d) {
            QCOMPARE(d->mantissa, micros);
            QCOMPARE(d->scale, 6);
            QVERIFY(d->currency.isEmpty());
        }
        QCOMPARE(numberText(value), text);
        QCOMPARE(wholeNumber(value).has_value(), whole);
        if (whole)
            QCOMPARE(*wholeNumber(value), qint64(value));
    }

    void numberCellsMatchTheTextPath()
    {
        // The shortcuts must give what the text they replace gives, over many values with up
        // to 7 decimals and magnitudes on both sides of the fast path's end (10^12).
        quint64 state = 7;
        for (int i = 0; i < 200000; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            const qint64 units = qint64(state >> 20) % 10000000000000LL - 5000000000000LL;
            const double value = double(units) / std::pow(10.0, int((state >> 8) % 8));
            const std::optional<Decimal> viaText =
                parseDecimal(QString::number(value, 'f', 6), DecimalMark::Point);
            const std::optional<Decimal> direct = decimalOfNumber(value);
            QVERIFY(viaText && direct);
            if (direct->mantissa != viaText->mantissa || direct->scale != viaText->scale)
                QFAIL(qPrintable(QString::number(value, 'g', 17)));
            if (numberText(value) != QString::number(value, 'g', 15))
                QFAIL(qPrintable(QString::number(value, 'g', 17)));
        }
    }

    void exchangeRateRounding_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("minor");
        // Products worked out by hand; a half ban rounds away from zero even though 4.97 and
        // 4.9735 are a little less than themselves as binary doubles.
        QTest::addRow("2.50 x 4.97 = 12.425") << "2.50"_q << 4.97 << qint64(1243);
        QTest::addRow("-2.50 x 4.97 = -12.425") << "-2.50"_q << 4.97 << qint64(-1243);
        QTest::addRow("3.1700 x 4.97 = 15.7549") << "3.1700"_q << 4.97 << qint64(1575);
        QTest::addRow("0.2 x 4.9735 = 0.9947") << "0.2"_q << 4.9735 << qint64(99);
        QTest::addRow("10.5 x 4.9735 = 52.22175") << "10.5"_q << 4.9735 << qint64(5222);
        QTest::addRow("1.1 x 0.05 = 0.055") << "1.1"_q << 0.05 << qint64(6);
        QTest::addRow("1.4 x 0.05 = 0.07") << "1.4"_q << 0.05 << qint64(7);
        QTest::addRow("261.960000 x 4.97 = 1301.9412") << "261.960000"_q << 4.97 << qint64(130194);
    }

    void exchangeRateRounding()
    {
        QFETCH(QString, amount);
        QFETCH(double, rate);
        QFETCH(qint64, minor);
        const std::optional<Decimal> d = parseDecimal(amount, DecimalMark::Point);
        QVERIFY(d);
        QCOMPARE(d->toMinor(rate), minor);
    }

    void exchangeRate()
    {
        const auto d = parseDecimal(QStringLiteral("$1,234.56"), DecimalMark::Point);
        QVERIFY(d);
        // 1234.56 × 4.5 = 5555.52
        QCOMPARE(d->toMinor(4.5), 555552);
        const auto half = parseDecimal(QStringLiteral("0.125"), DecimalMark::Point);
        QCOMPARE(half->toMinor(), 13); // half away from zero
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DurationUnit>("unit");
        QTest::addColumn<qint64>("seconds"); // -1: invalid
        QTest::addRow("HH:MM:SS") << "01:30:00"_q << DurationUnit::Hours << qint64(5400);
        QTest::addRow("HH:MM") << "2:05"_q << DurationUnit::Minutes << qint64(7500);
        QTest::addRow("hours beyond a day") << "49:00:01"_q << DurationUnit::Auto << qint64(176401);
        QTest::addRow("minutes") << "45"_q << DurationUnit::Minutes << qint64(2700);
        QTest::addRow("fractional minutes") << "1,5"_q << DurationUnit::Minutes << qint64(90);
        QTest::addRow("hours") << "1.25"_q << DurationUnit::Hours << qint64(4500);
        QTest::addRow("seconds") << "30"_q << DurationUnit::Seconds << qint64(30);
        QTest::addRow("auto is minutes") << "10"_q << DurationUnit::Auto << qint64(600);
        QTest::addRow("minutes over 59") << "1:75:00"_q << DurationUnit::Auto << qint64(-1);
        QTest::addRow("text") << "soon"_q << DurationUnit::Auto << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(DurationUnit, unit);
        QFETCH(qint64, seconds);
        const std::optional<qint64> parsed = parseDurationSeconds(text, unit, DecimalMark::Point);
        QCOMPARE(parsed.has_value(), seconds >= 0);
        if (parsed)
            QCOMPARE(*parsed, seconds);
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // -1: not a boolean
        QTest::addRow("Da") << "Da"_q << 1;
        QTest::addRow("Nu") << "Nu"_q << 0;
        QTest::addRow("Yes") << "Yes"_q << 1;
        QTest::addRow("no") << "no"_q << 0;
        QTest::addRow("1") << "1"_q << 1;
        QTest::addRow("0") << "0"_q << 0;
        QTest::addRow("TRUE") << "TRUE"_q << 1;
        QTest::addRow("x") << "x"_q << 1;
        QTest::addRow("maybe") << "maybe"_q << -1;
    }

    void booleans()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        const std::optional<bool> b = parseBoolean(text);
        QCOMPARE(b.has_value(), value >= 0);
        if (b)
            QCOMPARE(int(*b), value);
    }

    void cleanTextNormalisesCedillas()
    {
        QCOMPARE(cleanText(QStringLiteral("  Şerban Ţepeş ")), QStringLiteral("Șerban Țepeș"));
        const QString plain = QStringLiteral("Ana");
        QCOMPARE(cleanText(plain).constData(), plain.constData()); // no copy when nothing changes
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
