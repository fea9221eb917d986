#include "ActionRefusal.h"

#include <QAction>

namespace dotpha {

void applyRefusal(QAction *action, bool possible, const QString &refusal)
{
    action->setEnabled(possible && refusal.isEmpty());
    action->setToolTip(refusal.isEmpty() ? action->text().remove(u'&') : refusal);
    action->setStatusTip(refusal);
}

} // namespace dotpha
