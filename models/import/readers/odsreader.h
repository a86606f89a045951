#pragma once

#include "import/readers/rowstream.h"
#include "import/readers/spreadsheetreaders.h"

#include <QCoreApplication>

namespace busola {

/// OpenDocument spreadsheets (.ods). All sheets live in one content.xml, streamed through the
/// fast scanner; the sheet names come from settings.xml when LibreOffice wrote one (checked
/// against content.xml as sheets are reached), otherwise from one pass over content.xml.
class OdsReader final : public ZipSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(busola::OdsReader)
public:
    explicit OdsReader(const SpreadsheetReaderOptions &options = {});
    ~OdsReader() override;

    bool open(const QString &path) override;
    QStringList sheetNames() const override { return m_names; }
    bool selectSheet(int index) override;

private:
    QString sheetPart() const override { return QStringLiteral("content.xml"); }
    bool namesFromSettings(QStringList &names);

    QString m_path;
    QStringList m_names;
};

/// Streams the rows of the index-th table of content.xml; expectedName is checked.
std::unique_ptr<RowStream> openOdsRows(const ZipArchive &zip,
                                       const SpreadsheetReaderOptions &options, int index,
                                       const QString &expectedName, QString &error);
/// The names of the tables of content.xml, in order (stopAfter > 0: at most that many).
bool readOdsTableNames(const ZipArchive &zip, const SpreadsheetReaderOptions &options,
                       int stopAfter, QStringList &names, QString &error);

} // namespace busola
