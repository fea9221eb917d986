#include "CliValueMapping.h"

#include "ValueWords.h"

using namespace Qt::StringLiterals;

namespace dotpha {

Result<RegistrationImporter::ValueMapping> CliValueMapping::parse(const QStringList &options)
{
    RegistrationImporter::ValueMapping mapping;
    for (const QString &option : options) {
        const qsizetype colon = option.indexOf(u':');
        const qsizetype equals = option.indexOf(u'=', colon + 1);
        if (colon <= 0 || equals <= colon + 1 || equals == option.size() - 1)
            return Error(Error::Kind::Validation, tr("--map \"%1\" is not COLUMN:VALUE=OURS, for example "
                                                  "--map \"Tính chất:Trọng tâm=Đột phá\".").arg(option));
        const QString header = option.left(colon).trimmed();
        const std::optional<RegistrationColumns::Column> column = RegistrationColumns::columnOf(header);
        if (!column)
            return Error(Error::Kind::Validation, tr("--map \"%1\": “%2” is not the header of a column Dotpha reads.")
                                                   .arg(option, header));
        const QString value = option.mid(colon + 1, equals - colon - 1).trimmed();
        mapping[*column].insert(ValueWords::key(value), option.mid(equals + 1).trimmed());
    }
    return mapping;
}

} // namespace dotpha
