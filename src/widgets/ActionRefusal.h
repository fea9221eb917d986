#pragma once

#include <QString>

class QAction;

namespace dotpha {

// An action that something refuses (a closed year, a decided task) is off and says why: the
// refusal is its tooltip and status tip. Enabled when possible and nothing refuses.
void applyRefusal(QAction *action, bool possible, const QString &refusal);

} // namespace dotpha
