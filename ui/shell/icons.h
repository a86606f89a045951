#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace busola {

/// The application's palette for its own drawing (side navigation, page headers, notices),
/// kept in one place so the pages look like one program.
namespace Theme {
inline const QColor Accent = QColor(0x2d, 0x6c, 0xdf);
inline const QColor SidebarBackground = QColor(0x16, 0x20, 0x2d);
inline const QColor SidebarText = QColor(0xc3, 0xcc, 0xd8);
inline const QColor MutedText = QColor(0x5f, 0x6b, 0x7a);
inline const QColor Error = QColor(0xb4, 0x23, 0x18);
} // namespace Theme

/// An icon from a one-colour SVG of resources/icons (":/icons/name.svg"), painted in color,
/// and in selectedColor when its item is selected. Rendered with QSvgRenderer, so it needs no
/// image-format plugin at run time.
QIcon tintedIcon(const QString &name, const QColor &color, const QColor &selectedColor);
QIcon tintedIcon(const QString &name, const QColor &color);

/// A multi-colour SVG of resources/icons as it is drawn (the Busola mark).
QIcon svgIcon(const QString &name);

} // namespace busola
