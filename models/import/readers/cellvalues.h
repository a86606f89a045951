#pragma once

#include <string_view>

namespace busola {

/// Parsing helpers shared by the XLSX and ODS readers. All work on the UTF-8 bytes of the
/// XML, locale-independently (the file's own notation, not the user's).
namespace cellvalues {

/// Highest column (XFD) and row of an Excel sheet; LibreOffice's limits are the same.
constexpr int kMaxColumns = 16384;
constexpr int kMaxRows = 1048576;

/// A decimal number as XML writes it ("12", "-0.5", "1.5E-3", surrounding spaces allowed).
bool parseNumber(std::string_view text, double &value);
/// A non-negative integer; false when not one or larger than limit.
bool parseIndex(std::string_view text, long long limit, long long &value);
/// "AB12" → column 28, row 12 (both 1-based). row is 0 when the reference has no digits.
bool parseCellRef(std::string_view ref, int &column, int &row);
/// ISO 8601 date or date-time ("2024-03-05", "2024-03-05T14:30:00.5", zone suffix ignored)
/// to days since 1899-12-30 with the time as a fraction.
bool parseIsoDateTime(std::string_view text, double &serial);
/// ISO 8601 duration as ODS writes times ("PT14H30M00S", "P1DT2H") to days.
bool parseIsoDuration(std::string_view text, double &days);
/// An Excel serial as days since 1899-12-30. 1900-system serials are taken as they are, as
/// LibreOffice does (Excel's fictitious 1900-02-29 shifts only dates before March 1900, and a
/// shift would turn durations such as 168:00:00 into 8 days); 1904-system serials are moved
/// by 1462 days, except times of day (< 1), which mean the same in both systems.
double excelSerialToDays(double serial, bool date1904);

} // namespace cellvalues
} // namespace busola
