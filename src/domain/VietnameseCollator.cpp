#include "VietnameseCollator.h"

#include <QLocale>

#include <unicode/ucol.h>

#include <memory>

namespace dotpha {

VietnameseCollator::VietnameseCollator()
    : m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

namespace {

struct CollatorCloser
{
    void operator()(UCollator *collator) const { ucol_close(collator); }
};

// One ICU collator per thread: opening one costs far more than a sort key, and a collator must
// not be shared between threads.
UCollator *vietnameseIcuCollator()
{
    thread_local std::unique_ptr<UCollator, CollatorCloser> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<UCollator, CollatorCloser> opened(ucol_open("vi_VN", &status));
        if (U_SUCCESS(status))
            ucol_setAttribute(opened.get(), UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
        return opened;
    }();
    return collator.get();
}

} // namespace

QByteArray VietnameseCollator::sortKey(const QString &text)
{
    UCollator *collator = vietnameseIcuCollator();
    if (!collator)
        return text.toCaseFolded().toUtf8();
    const auto *characters = reinterpret_cast<const UChar *>(text.utf16());
    QByteArray key(int(text.size()) * 4 + 16, Qt::Uninitialized);
    int32_t length = ucol_getSortKey(collator, characters, int32_t(text.size()),
                                     reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = ucol_getSortKey(collator, characters, int32_t(text.size()),
                                 reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(length > 0 ? length - 1 : 0);   // without ICU's terminating zero
    return key;
}

} // namespace dotpha
