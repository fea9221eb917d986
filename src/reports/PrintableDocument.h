#pragma once

#include "AuditHead.h"
#include "CommitteeSettings.h"

#include <QString>

#include <optional>

namespace dotpha {

class DocumentCanvas;

// A document that can be printed, previewed or written to PDF: it paints itself page by page.
class PrintableDocument
{
public:
    virtual ~PrintableDocument() = default;
    virtual QString title() const = 0;
    virtual const CommitteeSettings &committee() const = 0;
    virtual void paint(DocumentCanvas &canvas) const = 0;
    // The change log's seal printed on the document, when it prints one: what a later check or
    // restore of the database compares with.
    virtual std::optional<AuditHead> seal() const { return std::nullopt; }
};

} // namespace dotpha
