#pragma once

#include <QString>

namespace dotpha {

// Installs the interface language: Dotpha's own strings and, for Vietnamese, the Qt strings the
// application shows (dialog buttons, context menus, file dialogs), which Debian does not ship.
class Translations
{
public:
    // "vi" where the system locale is Vietnamese, else "en".
    static QString systemLanguage();
    // Replaces the installed translators; "en" is the source language and needs none.
    static bool install(const QString &language);
    // The language installed last ("en" before any).
    static QString current();
};

} // namespace dotpha
