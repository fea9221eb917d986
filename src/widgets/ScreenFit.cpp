#include "ScreenFit.h"

#include <algorithm>

namespace dotpha {

QRect ScreenFit::initialGeometry(QSize wanted, QSize least, const QRect &available)
{
    const QRect room = available.marginsRemoved(frameAllowance());
    const QSize size = wanted.boundedTo(room.size()).expandedTo(least);
    QRect geometry(QPoint(), size);
    geometry.moveCenter(room.center());
    // A window larger than the room (its least size is) keeps its title bar on the screen.
    geometry.moveTop(std::max(geometry.top(), room.top()));
    geometry.moveLeft(std::max(geometry.left(), room.left()));
    return geometry;
}

bool ScreenFit::fits(const QRect &geometry, const QRect &available)
{
    return available.contains(geometry.marginsAdded(frameAllowance()));
}

} // namespace dotpha
