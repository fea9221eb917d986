#include "DiscardGuard.h"

#include "FormContents.h"
#include "Prompts.h"

namespace dotpha {

void DiscardGuard::remember(const QWidget &dialog)
{
    m_shown = FormContents::capture(dialog);
    m_remembered = true;
}

bool DiscardGuard::allowsClosing(QWidget &dialog) const
{
    if (!remembered() || FormContents::capture(dialog) == m_shown)
        return true;
    return Prompts::confirmDiscard(&dialog, dialog.windowTitle(), tr("Discard the changes typed in this window?"));
}

} // namespace dotpha
