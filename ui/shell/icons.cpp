#include "icons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace busola {

namespace {

// Device pixels of the sizes the views ask for, at 1x and 2x screens.
constexpr int iconSizes[] = {16, 20, 24, 32, 40, 48, 64};

QString resourcePath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

QPixmap render(QSvgRenderer &renderer, int size, const QColor *tint)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    if (tint) {
        // Keep the drawing's coverage, replace its colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), *tint);
    }
    return pixmap;
}

} // namespace

QIcon tintedIcon(const QString &name, const QColor &color, const QColor &selectedColor)
{
    QSvgRenderer renderer(resourcePath(name));
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (int size : iconSizes) {
        icon.addPixmap(render(renderer, size, &color), QIcon::Normal);
        icon.addPixmap(render(renderer, size, &selectedColor), QIcon::Selected);
        const QColor disabled = QColor(color.red(), color.green(), color.blue(), 110);
        icon.addPixmap(render(renderer, size, &disabled), QIcon::Disabled);
    }
    return icon;
}

QIcon tintedIcon(const QString &name, const QColor &color)
{
    return tintedIcon(name, color, color);
}

QIcon svgIcon(const QString &name)
{
    QSvgRenderer renderer(resourcePath(name));
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (int size : iconSizes)
        icon.addPixmap(render(renderer, size, nullptr));
    return icon;
}

} // namespace busola
