#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString Translations::current()
{
    return currentLanguage();
}

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Vietnamese ? u"vi"_s : u"en"_s;
}

bool Translations::install(const QString &language)
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    const bool vietnamese = language == u"vi"_s;
    currentLanguage() = vietnamese ? u"vi"_s : u"en"_s;
    QLocale::setDefault(vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam) : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (!vietnamese)
        return true;
    bool loaded = true;
    for (const QString &file : {u":/i18n/dotpha_vi.qm"_s, u":/i18n/qtbase_vi.qm"_s}) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file) && QCoreApplication::installTranslator(translator.get()))
            installed().push_back(std::move(translator));
        else
            loaded = false;
    }
    return loaded;
}

} // namespace dotpha
