#pragma once

#include "import/readers/rowstream.h"
#include "import/readers/xlsxbook.h"

namespace busola {

/// Office Open XML workbooks (.xlsx, .xlsm): the workbook, relationships and styles through
/// QXmlStreamReader, the sheet data and shared strings through the fast scanner.
class XlsxReader final : public ZipSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(busola::XlsxReader)
public:
    explicit XlsxReader(const SpreadsheetReaderOptions &options = {});
    ~XlsxReader() override;

    bool open(const QString &path) override;
    QStringList sheetNames() const override;
    bool selectSheet(int index) override;

private:
    struct Sheet
    {
        QString name;
        QString part;
    };
    QString sheetPart() const override { return m_sheets.value(m_sheetIndex).part; }
    bool readWorkbook(QString &sharedStringsPart, QString &stylesPart);
    bool readRelationships(const QString &relsPart, const QString &baseDir,
                           QHash<QString, QString> &targets, QHash<QString, QString> &types);
    bool readStyles(const QString &part);

    XlsxBook m_book;
    QVector<Sheet> m_sheets;
    int m_sheetIndex = 0;
};

} // namespace busola
