#pragma once

// poppler-utils as an independent reader of the PDFs the report writes: what pdftotext finds
// is what a reader can select and search.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace pdftools {

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The text of the whole file (or of one page), in reading order.
inline QString text(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

/// Each page's text, pages split on the form feed pdftotext puts between them.
inline QStringList pages(const QString &pdf)
{
    QStringList list = text(pdf).split(QChar(0x0c));
    if (!list.isEmpty() && list.last().trimmed().isEmpty())
        list.removeLast();
    return list;
}

inline int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline QString pageSize(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(info);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

/// The images in the file (pdfimages -list rows, its two header lines left out).
inline int imageCount(const QString &pdf)
{
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() < 2 ? -1 : int(lines.size()) - 2;
}

/// pdffonts rows: {name, embedded "yes"/"no"}.
inline QList<QPair<QString, QString>> fonts(const QString &pdf)
{
    QList<QPair<QString, QString>> out;
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList cols = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type... encoding emb sub uni object ID: emb is the 5th column from the end.
        if (cols.size() >= 7)
            out << qMakePair(cols.first(), cols.at(cols.size() - 5));
    }
    return out;
}

/// pdftotext's words with runs of white space made one space, so a value split over columns
/// still reads in order.
inline QString simplified(const QString &text)
{
    return QString(text).replace(QChar(0x00a0), QLatin1Char(' ')).simplified();
}

} // namespace pdftools
