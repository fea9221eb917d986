#include "TextDecoding.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// How much of a byte string reads as UTF-8.
struct Utf8Census
{
    qsizetype multibyte = 0;   // well-formed sequences of two bytes or more
    qsizetype invalid = 0;     // bytes that start no well-formed sequence
};

qsizetype sequenceLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

Utf8Census censusOf(const QByteArray &bytes)
{
    Utf8Census census;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = sequenceLength(data[i]);
        bool wellFormed = length > 0 && i + length <= size;
        for (qsizetype k = 1; wellFormed && k < length; ++k)
            wellFormed = (data[i + k] & 0xC0) == 0x80;
        if (wellFormed) {
            ++census.multibyte;
            i += length;
        } else {
            ++census.invalid;
            ++i;
        }
    }
    return census;
}

// UTF-16 without a mark still shows itself: ASCII text has a zero byte in every other place.
std::optional<TextDecoding::Encoding> utf16WithoutMark(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 4096);
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 == 0 ? zeroEven : zeroOdd);
    }
    const qsizetype half = sample / 2;
    if (zeroOdd * 10 >= half * 3 && zeroEven * 10 < half)
        return TextDecoding::Encoding::Utf16LittleEndian;
    if (zeroEven * 10 >= half * 3 && zeroOdd * 10 < half)
        return TextDecoding::Encoding::Utf16BigEndian;
    return std::nullopt;
}

QString decodedWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *damaged)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    *damaged = decoder.hasError();
    return text.normalized(QString::NormalizationForm_C);
}

std::optional<QString> windows1258(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-1258", &status), &ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    QString text(bytes.size(), Qt::Uninitialized);   // one byte is at most one UTF-16 unit
    status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                                         bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    text.truncate(length);
    return text;
}

bool isVowel(QChar c)
{
    static const QString vowels = u"aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"_s;
    return vowels.contains(c);
}

// Windows-1258 writes the five tones as combining marks after a vowel. Text in another single-byte
// encoding read as Windows-1258 puts them after consonants or not at all, and is full of Latin-1
// symbols no Vietnamese word has.
bool readsAsWindows1258(const QString &text)
{
    static const QString tones = u"\u0300\u0301\u0303\u0309\u0323"_s;
    static const QString vietnameseLatin1 = u"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđƠơƯư"_s;
    qsizetype tonesOnVowels = 0;
    qsizetype strayTones = 0;
    qsizetype foreignSymbols = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (tones.contains(c))
            ++(i > 0 && isVowel(text.at(i - 1)) ? tonesOnVowels : strayTones);
        else if (c.unicode() >= 0x80 && !vietnameseLatin1.contains(c))
            ++foreignSymbols;
    }
    return tonesOnVowels > 0 && strayTones * 10 <= tonesOnVowels && foreignSymbols * 3 <= tonesOnVowels;
}

// A zip archive (.xlsx, .ods) or an OLE compound file (.xls) given for a CSV.
bool isWorkbook(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")
        || bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

// Text has no NUL and no control characters but tab, line feed, form feed and carriage return
// (and the end-of-file mark 0x1A some old programs write).
bool holdsBinaryBytes(QByteArrayView bytes)
{
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code < 0x20 && code != '\t' && code != '\n' && code != '\r' && code != '\f' && code != 0x1A)
            return true;
    }
    return false;
}

// Bytes that are not UTF-8 and not UTF-16: Windows-1258 when its tones sit on vowels; TCVN3 or
// VNI only when their bytes dominate (a UTF-8 file with a stray byte has far more well-formed
// sequences than bad bytes, and a few stray bytes in plain ASCII are damage, not an encoding).
TextDecoding::Decoded singleByte(const QByteArray &bytes, const Utf8Census &census, const QString &asUtf8)
{
    if (const std::optional<QString> text = windows1258(bytes); text && readsAsWindows1258(*text))
        return {text->normalized(QString::NormalizationForm_C), TextDecoding::Encoding::Windows1258,
                TextDecoding::Verdict::Decoded};
    const LegacyEncoding::Kind legacy = LegacyEncoding::detect(QString::fromLatin1(bytes));
    if (legacy != LegacyEncoding::Kind::None && census.invalid > 4 * census.multibyte)
        return {QString(), TextDecoding::Encoding::Unknown, TextDecoding::Verdict::Legacy, legacy};
    if (census.multibyte == 0 && census.invalid <= 3)
        return {asUtf8, TextDecoding::Encoding::Utf8, TextDecoding::Verdict::Damaged};
    return {QString(), TextDecoding::Encoding::Unknown, TextDecoding::Verdict::Unrecognised};
}

} // namespace

TextDecoding::Decoded TextDecoding::decode(const QByteArray &bytes)
{
    if (isWorkbook(bytes))
        return {QString(), Encoding::Unknown, Verdict::Workbook};
    bool damaged = false;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        const QString text = decodedWith(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                                         QByteArrayView(bytes).sliced(2), &damaged);
        return {text, little ? Encoding::Utf16LittleEndian : Encoding::Utf16BigEndian,
                damaged ? Verdict::Damaged : Verdict::Decoded};
    }
    if (const std::optional<Encoding> utf16 = utf16WithoutMark(bytes)) {
        const bool little = *utf16 == Encoding::Utf16LittleEndian;
        const QString text = decodedWith(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, bytes, &damaged);
        return {text, *utf16, damaged ? Verdict::Damaged : Verdict::Decoded};
    }
    const bool marked = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(bytes).sliced(marked ? 3 : 0);
    const Encoding utf8 = marked ? Encoding::Utf8WithBom : Encoding::Utf8;
    const QString text = decodedWith(QStringConverter::Utf8, body, &damaged);
    if (!damaged)
        return {text, utf8, Verdict::Decoded};
    if (holdsBinaryBytes(body))
        return {QString(), Encoding::Unknown, Verdict::Binary};
    // A file that is UTF-8 but for a stray byte or two is damaged UTF-8, not another encoding:
    // text in a single-byte encoding almost never forms well-formed UTF-8 sequences.
    const Utf8Census census = censusOf(body.toByteArray());
    if (marked || (census.multibyte > 0 && census.invalid <= census.multibyte))
        return {text, utf8, Verdict::Damaged};
    return singleByte(body.toByteArray(), census, text);
}

QString TextDecoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return u"UTF-8"_s;
    case Encoding::Utf8WithBom: return u"UTF-8 (BOM)"_s;
    case Encoding::Utf16LittleEndian: return u"UTF-16 LE"_s;
    case Encoding::Utf16BigEndian: return u"UTF-16 BE"_s;
    case Encoding::Windows1258: return u"Windows-1258"_s;
    case Encoding::Unknown: return QString();
    }
    return QString();
}

} // namespace dotpha
