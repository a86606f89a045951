#pragma once

namespace busola {

/// The wizard's pages, in their order (Qt's licensewizard pattern: ids drive nextId()).
enum ImportPageId {
    FilePageId,
    SourcePageId,
    DatasetPageId,
    MappingPageId,
    ValuesPageId,
    ValidationPageId,
    ModePageId,
    ProgressPageId,
    SummaryPageId,
};

} // namespace busola
