#pragma once

#include <QCoreApplication>
#include <QString>

namespace dotpha {

// The release, from the project's version in CMakeLists.txt (the one place it is written), and
// the data formats this build reads and writes: what Help ▸ About and --version say.
class ProductVersion
{
    Q_DECLARE_TR_FUNCTIONS(ProductVersion)

public:
    static QString number();
    // "0.1.0 (data format 14 for files, 7 on the office server)", in the user's language.
    static QString withDataFormats();
};

} // namespace dotpha
