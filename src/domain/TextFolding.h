#pragma once

#include <QString>

namespace dotpha {

// Folds Vietnamese text for accent- and case-insensitive search: "Đạo Viện" and "dao vien" fold
// to the same "dao vien". Searchable text is stored folded beside the original, and queries are
// folded the same way, so a plain LIKE finds them.
class TextFolding
{
public:
    static QString fold(const QString &text);
    // The same by its definition: canonical decomposition, non-spacing marks dropped, Đ/đ as d,
    // case folded, spaces collapsed. fold() gives the same through a table for the letters of
    // Latin scripts, Vietnamese among them, which imports and bulk loads fold by the thousand.
    static QString foldByDecomposition(const QString &text);
};

} // namespace dotpha
