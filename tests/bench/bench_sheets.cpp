// Spreadsheet reading speed (issue 4): generates a 1,000,000-row, 13-column support export as
// XLSX with shared strings, XLSX with inline strings and ODS (with its own zip writer: writing
// them with LibreOffice would take many minutes), then times, in one run on this machine,
// `unzip -p` of the sheet XML to /dev/null against reading every row through the readers and
// against `busola import` of the file into a new store (issue 4's target: within 2×), and
// against bench_sqlite_floor: SQLite alone writing as many rows, and their summaries, as
// Busola's writer does.
// Each read runs in a child process so that its peak RSS is its own. (Lambdas return
// QByteArray explicitly: with QStringBuilder an auto return would dangle.)
//
//   bench_sheets [--rows N] [--dir DIR] [--reference] [--busola PATH] [--in-time-order]
// Each row is created on the next day of 2024, round and round the year: the hardest order
// for the import's summaries (they all wait for the commit). With --in-time-order the rows are
// a minute apart, as in bench_import's CSV and most real exports (files named *.ordered.*).
//   bench_sheets --read FILE [--reference]      (the child: prints rows, seconds, peak RSS)

#include "benchzipwriter.h"
#include "import/readers/spreadsheetreaders.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTextStream>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace busola;

namespace {

struct Ticket
{
    qint64 id;
    double created, firstResponse, resolved;
    QByteArray channel, agent, team, customerId, customerName;
    int contacts, rating; // rating 0 = empty cell
    double cost;
    QByteArray complaint;
};

const char *const kHeaders[13] = {
    "ID tichet", "Creat la",    "Primul răspuns", "Rezolvat la", "Canal", "Agent",     "Echipă",
    "ID client", "Nume client", "Contacte",       "Satisfacție", "Cost",  "Reclamație"};

class Generator
{
public:
    explicit Generator(bool inTimeOrder)
        : m_inTimeOrder(inTimeOrder)
    {}
    Ticket next()
    {
        Ticket t;
        t.id = 100000 + m_n;
        // 45292 is 2024-01-01; a row a minute, within the hour, or a row a day round the year.
        t.created = m_inTimeOrder ? 45292.0 + double(m_n) / 1440.0 + double(rand() % 3600) / 86400.0
                                  : 45292.0 + double(m_n % 366) + double(rand() % 86400) / 86400.0;
        t.firstResponse = t.created + double(1 + rand() % 600) / 1440.0;
        t.resolved = t.firstResponse + double(rand() % 72) / 24.0;
        static const char *channels[] = {"Telefon", "E-mail", "Chat", "Social media"};
        static const char *teams[] = {"Suport N1", "Suport N2", "Facturare"};
        t.channel = channels[rand() % 4];
        t.agent = "Agent Ștefan " + QByteArray::number(rand() % 40);
        t.team = teams[rand() % 3];
        const int customer = int(rand() % 50000);
        t.customerId = "C" + QByteArray::number(customer);
        t.customerName = "Client Țară SRL " + QByteArray::number(customer);
        t.contacts = 1 + int(rand() % 5);
        t.rating = rand() % 5 == 0 ? 0 : 1 + int(rand() % 5);
        t.cost = double(rand() % 100000) / 100.0;
        t.complaint = rand() % 10 == 0 ? "Da" : "Nu";
        ++m_n;
        return t;
    }

private:
    quint64 rand()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return m_state >> 33;
    }
    const bool m_inTimeOrder;
    quint64 m_state = 42;
    qint64 m_n = 0;
};

QByteArray num(double v)
{
    return QByteArray::number(v, 'g', 17);
}

QByteArray escaped(const QByteArray &s)
{
    return s.contains('&') || s.contains('<')
               ? QByteArray(s).replace("&", "&amp;").replace("<", "&lt;")
               : s;
}

QByteArray columnName(int c)
{
    return QByteArray(1, char('A' + c));
}

const QByteArray kXlsxRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";

void writeXlsx(const QString &path, int rows, bool shared, bool inTimeOrder)
{
    BenchZipWriter zip;
    zip.open(path);
    zip.beginEntry("[Content_Types].xml");
    zip.write(
        QByteArray("<?xml version=\"1.0\"?><Types "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
    zip.endEntry();
    zip.beginEntry("_rels/.rels");
    zip.write(kXlsxRels);
    zip.endEntry();
    zip.beginEntry("xl/workbook.xml");
    zip.write(QByteArray(
        "<?xml version=\"1.0\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Tichete\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    zip.endEntry();
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    zip.beginEntry("xl/_rels/workbook.xml.rels");
    zip.write("<?xml version=\"1.0\"?><Relationships "
              "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"" +
              rel +
              "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              "<Relationship Id=\"rId2\" Type=\"" +
              rel + "styles\" Target=\"styles.xml\"/>" +
              (shared ? "<Relationship Id=\"rId3\" Type=\"" + rel +
                            "sharedStrings\" Target=\"sharedStrings.xml\"/>"
                      : QByteArray()) +
              "</Relationships>");
    zip.endEntry();
    zip.beginEntry("xl/styles.xml");
    zip.write(QByteArray(
        "<?xml version=\"1.0\"?><styleSheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy hh:mm\"/></numFmts>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" "
        "applyNumberFormat=\"1\"/></cellXfs></styleSheet>"));
    zip.endEntry();

    QHash<QByteArray, int> index;
    QList<QByteArray> strings;
    const auto str = [&](const QByteArray &ref, const QByteArray &s) -> QByteArray {
        if (!shared)
            return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escaped(s) + "</t></is></c>";
        auto it = index.find(s);
        if (it == index.end()) {
            it = index.insert(s, int(strings.size()));
            strings.append(s);
        }
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(*it) + "</v></c>";
    };
    zip.beginEntry("xl/worksheets/sheet1.xml");
    zip.write(
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                   "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                   "<dimension ref=\"A1:M") +
        QByteArray::number(rows + 1) + "\"/><sheetData>");
    QByteArray out = "<row r=\"1\" spans=\"1:13\">";
    for (int c = 0; c < 13; ++c)
        out += str(columnName(c) + "1", kHeaders[c]);
    out += "</row>";
    Generator gen(inTimeOrder);
    for (int i = 0; i < rows; ++i) {
        const Ticket t = gen.next();
        const QByteArray r = QByteArray::number(i + 2);
        const auto n = [&](int c, const QByteArray &v, bool date = false) -> QByteArray {
            return "<c r=\"" + columnName(c) + r + (date ? "\" s=\"1\"><v>" : "\"><v>") + v +
                   "</v></c>";
        };
        out += "<row r=\"" + r + "\" spans=\"1:13\">" + n(0, QByteArray::number(t.id)) +
               n(1, num(t.created), true) + n(2, num(t.firstResponse), true) +
               n(3, num(t.resolved), true) + str("E" + r, t.channel) + str("F" + r, t.agent) +
               str("G" + r, t.team) + str("H" + r, t.customerId) + str("I" + r, t.customerName) +
               n(9, QByteArray::number(t.contacts)) +
               (t.rating ? n(10, QByteArray::number(t.rating)) : QByteArray()) +
               n(11, num(t.cost)) + str("M" + r, t.complaint) + "</row>";
        if (out.size() > (1 << 20)) {
            zip.write(out);
            out.clear();
        }
    }
    out += "</sheetData></worksheet>";
    zip.write(out);
    zip.endEntry();
    if (shared) {
        zip.beginEntry("xl/sharedStrings.xml");
        QByteArray sst =
            "<?xml version=\"1.0\"?><sst "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"" +
            QByteArray::number(strings.size()) + "\">";
        for (const QByteArray &s : strings)
            sst += "<si><t>" + escaped(s) + "</t></si>";
        zip.write(sst + "</sst>");
        zip.endEntry();
    }
    zip.close();
}

QByteArray isoDateTime(double serial)
{
    const qint64 days = qint64(serial);
    const qint64 seconds = qint64((serial - double(days)) * 86400.0 + 0.5);
    const QDate d = QDate(1899, 12, 30).addDays(days);
    return d.toString(Qt::ISODate).toLatin1() + 'T' +
           QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss")).toLatin1();
}

void writeOds(const QString &path, int rows, bool inTimeOrder)
{
    BenchZipWriter zip;
    zip.open(path);
    zip.beginEntry("mimetype", true);
    zip.write(QByteArray("application/vnd.oasis.opendocument.spreadsheet"));
    zip.endEntry();
    zip.beginEntry("settings.xml");
    zip.write(QByteArray(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-settings "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\"><office:settings><"
        "config:config-item-set config:name=\"ooo:view-settings\">"
        "<config:config-item-map-indexed "
        "config:name=\"Views\"><config:config-item-map-entry><config:config-item-map-named "
        "config:name=\"Tables\">"
        "<config:config-item-map-entry "
        "config:name=\"Tichete\"/></config:config-item-map-named></config:config-item-map-entry>"
        "</config:config-item-map-indexed></config:config-item-set></office:settings></"
        "office:document-settings>"));
    zip.endEntry();
    zip.beginEntry("content.xml");
    QByteArray out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
        "office:version=\"1.3\">"
        "<office:body><office:spreadsheet><table:table table:name=\"Tichete\" "
        "table:style-name=\"ta1\">"
        "<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"13\" "
        "table:default-cell-style-name=\"Default\"/>";
    const auto str = [](const QByteArray &s) -> QByteArray {
        return "<table:table-cell office:value-type=\"string\" "
               "calcext:value-type=\"string\"><text:p>" +
               escaped(s) + "</text:p></table:table-cell>";
    };
    const auto flt = [](const QByteArray &v) -> QByteArray {
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + v +
               "\" calcext:value-type=\"float\"><text:p>" + v + "</text:p></table:table-cell>";
    };
    const auto date = [](double serial) -> QByteArray {
        const QByteArray iso = isoDateTime(serial);
        return "<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" "
               "office:date-value=\"" +
               iso + "\" calcext:value-type=\"date\"><text:p>" + iso.mid(8, 2) + '.' +
               iso.mid(5, 2) + '.' + iso.left(4) + ' ' + iso.mid(11, 5) +
               "</text:p></table:table-cell>";
    };
    out += "<table:table-row table:style-name=\"ro1\">";
    for (const char *h : kHeaders)
        out += str(h);
    out += "</table:table-row>";
    Generator gen(inTimeOrder);
    for (int i = 0; i < rows; ++i) {
        const Ticket t = gen.next();
        out += "<table:table-row table:style-name=\"ro1\">" + flt(QByteArray::number(t.id)) +
               date(t.created) + date(t.firstResponse) + date(t.resolved) + str(t.channel) +
               str(t.agent) + str(t.team) + str(t.customerId) + str(t.customerName) +
               flt(QByteArray::number(t.contacts)) +
               (t.rating ? flt(QByteArray::number(t.rating)) : QByteArray("<table:table-cell/>")) +
               flt(num(t.cost)) + str(t.complaint) +
               "<table:table-cell table:number-columns-repeated=\"16371\"/></table:table-row>";
        if (out.size() > (1 << 20)) {
            zip.write(out);
            out.clear();
        }
    }
    out += "<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"" +
           QByteArray::number(1048576 - rows - 1) +
           "\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
           "</table:table></office:spreadsheet></office:body></office:document-content>";
    zip.write(out);
    zip.endEntry();
    zip.close();
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int readChild(const QString &path, bool reference)
{
    SpreadsheetReaderOptions options;
    options.referenceXml = reference;
    const bool ods = path.endsWith(QLatin1String(".ods"));
    std::unique_ptr<SheetReader> reader =
        ods ? createOdsReader(options) : createXlsxReader(options);
    QElapsedTimer timer;
    timer.start();
    if (!reader->open(path) || !reader->selectSheet(0)) {
        std::fprintf(stderr, "%s\n", qPrintable(reader->errorString()));
        return 1;
    }
    SheetRow row;
    qint64 rows = 0, cells = 0;
    double checksum = 0;
    while (reader->readRow(row)) {
        ++rows;
        cells += row.size();
        if (!row.isEmpty())
            checksum += row.first().number;
    }
    if (!reader->errorString().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(reader->errorString()));
        return 1;
    }
    std::printf("%lld %.3f %lld %lld %.0f\n", rows, double(timer.elapsed()) / 1000.0, peakRssKb(),
                cells, checksum);
    return 0;
}

/// CPU seconds (user + system) of the children waited for so far.
double childrenCpu()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Timing
{
    double wall = 0, cpu = 0;
    QByteArray output;
    int exitCode = -1;
};

/// Writes the page cache back and gives the disk a moment, so that one child's writeback (an
/// import writes some 200 MB) does not land in the next one's time.
void settle()
{
    sync();
    sleep(2);
}

/// Runs a program to its end: wall-clock and CPU time. On a loaded machine (2 cores shared by
/// several sessions) the CPU time is the steadier figure.
Timing run(const QString &program, const QStringList &arguments)
{
    Timing t;
    const double cpuBefore = childrenCpu();
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(-1);
    t.wall = double(timer.elapsed()) / 1000.0;
    t.cpu = childrenCpu() - cpuBefore;
    t.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    t.output = t.exitCode == 0 ? process.readAllStandardOutput() : QByteArray();
    return t;
}

struct ImportTiming
{
    int exitCode = -1;
    double wall = 0, cpu = 0;
    long peakRssKb = 0;
};

/// A new, empty store at db, created (and migrated) by busola: what is timed next is the
/// writing alone.
void newStore(const QByteArray &busola, const QString &db)
{
    for (const QString &f :
         QStringList{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")})
        QFile::remove(f);
    run(QFile::decodeName(busola),
        {QStringLiteral("import"), db + QStringLiteral(".none.csv"), QStringLiteral("--db"), db});
}

/// `busola import FILE --dataset support` into a new store, with the child's own CPU time and
/// peak RSS (wait4).
ImportTiming runImport(const QByteArray &busola, const QString &file, const QString &db)
{
    newStore(busola, db);
    const QByteArray args[] = {busola,    "import", QFile::encodeName(file), "--dataset",
                               "support", "--db",   QFile::encodeName(db)};
    std::vector<char *> argv;
    for (const QByteArray &a : args)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    settle();
    ImportTiming t;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        std::FILE *null = std::fopen("/dev/null", "w");
        if (null)
            dup2(fileno(null), STDOUT_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return t;
    t.wall = double(timer.elapsed()) / 1000.0;
    t.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    t.cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
            double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    t.peakRssKb = usage.ru_maxrss;
    return t;
}

/// bench_sqlite_floor --summaries on a new store: SQLite alone writing rows rows and their
/// summaries the way Busola's writer does (bench_import's tickets: the same columns, typed,
/// but 128 channel × team × agent combinations where these files have 480), the floor under
/// any import.
Timing runFloor(const QByteArray &busola, int rows, const QString &db)
{
    newStore(busola, db);
    settle();
    return run(QStringLiteral(BUSOLA_FLOOR_EXECUTABLE),
               {QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--db"), db,
                QStringLiteral("--summaries")});
}

/// Our zip layer alone (zlib inflate and CRC), the floor under any reader.
int inflateChild(const QString &path, const QString &part)
{
    ZipArchive zip;
    ZipEntryStream stream;
    if (!zip.open(path) || !stream.open(zip, part))
        return 1;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n, total = 0;
    while ((n = stream.read(buffer.data(), buffer.size())) > 0)
        total += n;
    std::printf("%lld\n", total);
    return n < 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool reference = args.contains(QStringLiteral("--reference"));
    if (args.size() >= 3 && args.at(1) == QLatin1String("--read"))
        return readChild(args.at(2), reference);
    if (args.size() >= 4 && args.at(1) == QLatin1String("--inflate"))
        return inflateChild(args.at(2), args.at(3));
    const bool inTimeOrder = args.contains(QStringLiteral("--in-time-order"));
    const int rowsAt = int(args.indexOf(QStringLiteral("--rows")));
    const int rows = rowsAt > 0 ? args.value(rowsAt + 1).toInt() : 1000000;
    const int dirAt = int(args.indexOf(QStringLiteral("--dir")));
    const QString dir = dirAt > 0 ? args.value(dirAt + 1)
                                  : QDir::tempPath() + QStringLiteral("/busola-bench-sheets");
    QDir().mkpath(dir);
    const int busolaAt = int(args.indexOf(QStringLiteral("--busola")));
    const QByteArray busola =
        busolaAt > 0 ? QFile::encodeName(args.value(busolaAt + 1)) : QByteArray(BUSOLA_EXECUTABLE);
    QTextStream out(stdout);
    struct Case
    {
        const char *name, *file, *part;
    } cases[] = {{"XLSX shared strings", "support-shared.xlsx", "xl/worksheets/sheet1.xml"},
                 {"XLSX inline strings", "support-inline.xlsx", "xl/worksheets/sheet1.xml"},
                 {"ODS", "support.ods", "content.xml"}};
    for (const Case &c : cases) {
        const QString path = dir + QLatin1Char('/') + QString::fromLatin1(c.file) +
                             QLatin1Char('.') + QString::number(rows) +
                             (inTimeOrder ? QStringLiteral(".ordered") : QString());
        const QString file = path + (QString::fromLatin1(c.file).endsWith(QLatin1String(".ods"))
                                         ? QStringLiteral(".ods")
                                         : QStringLiteral(".xlsx"));
        if (!QFileInfo::exists(file)) {
            QElapsedTimer t;
            t.start();
            if (QString::fromLatin1(c.file).endsWith(QLatin1String(".ods")))
                writeOds(file, rows, inTimeOrder);
            else
                writeXlsx(file, rows, QString::fromLatin1(c.file).contains(QLatin1String("shared")),
                          inTimeOrder);
            out << "generated " << file << " in " << double(t.elapsed()) / 1000.0 << " s\n";
            out.flush();
        }
        const QString part = QString::fromLatin1(c.part);
        settle(); // after the last case's floor
        const Timing unzip = run(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("unzip -p '%1' %2 > /dev/null").arg(file, part)});
        const Timing inflate =
            run(QCoreApplication::applicationFilePath(), {QStringLiteral("--inflate"), file, part});
        const Timing read =
            run(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--read"), file} +
                    (reference ? QStringList{QStringLiteral("--reference")} : QStringList()));
        const QList<QByteArray> f = read.output.trimmed().split(' ');
        if (f.size() < 3) {
            out << c.name << ": read failed\n";
            continue;
        }
        const double rowsRead = f.at(0).toDouble();
        out << c.name << " (" << QFileInfo(file).size() / 1048576 << " MB file, "
            << inflate.output.trimmed().toLongLong() / 1048576
            << " MB of XML), wall / CPU seconds:\n"
            << "  unzip -p to /dev/null      " << unzip.wall << " / " << unzip.cpu << '\n'
            << "  our inflate alone          " << inflate.wall << " / " << inflate.cpu << '\n'
            << "  read all " << qint64(rowsRead) << " rows     " << read.wall << " / " << read.cpu
            << "  (" << qint64(rowsRead / read.wall) << " rows/s wall)\n"
            << "  ratio to unzip -p          " << read.wall / unzip.wall << " wall, "
            << read.cpu / unzip.cpu << " CPU\n"
            << "  ratio to inflate alone     " << read.wall / inflate.wall << " wall, "
            << read.cpu / inflate.cpu << " CPU\n"
            << "  peak RSS of the read       " << f.at(2).toLongLong() / 1024 << " MB\n";
        out.flush();
        const ImportTiming imp = runImport(busola, file, dir + QStringLiteral("/bench-sheets.db"));
        out << "  busola import (exit " << imp.exitCode << ")     " << imp.wall << " / " << imp.cpu
            << "  (" << qint64(rowsRead / imp.wall) << " rows/s wall), peak RSS "
            << imp.peakRssKb / 1024 << " MB\n"
            << "  import ratio to unzip -p   " << imp.wall / unzip.wall << " wall, "
            << imp.cpu / unzip.cpu << " CPU\n";
        const Timing floor = runFloor(busola, rows, dir + QStringLiteral("/floor.db"));
        out << "  SQLite floor (exit " << floor.exitCode << ")      " << floor.wall << " / "
            << floor.cpu << "  (SQLite alone writing as many rows and their summaries)\n"
            << "  floor ratio to unzip -p    " << floor.wall / unzip.wall
            << " wall; import to floor " << imp.wall / floor.wall << " wall\n";
        out.flush();
    }
    return 0;
}
