#include "ProductVersion.h"

#include "SchemaMigrations.h"
#include "ServerSchemaMigrations.h"

namespace dotpha {

QString ProductVersion::number()
{
    return QStringLiteral(DOTPHA_VERSION);
}

QString ProductVersion::withDataFormats()
{
    return tr("%1 (data format %2 for files, %3 on the office server)")
        .arg(number())
        .arg(SchemaMigrations::currentVersion())
        .arg(ServerSchemaMigrations::currentVersion());
}

} // namespace dotpha
