# Settings every Dotpha target shares: warnings that keep the code clean, and the strict Qt
# defines that make every string conversion explicit (no silent Latin-1 decoding of UTF-8 text).
function(dotpha_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC 12 at -O2 reports std::variant members (Result<T>) as maybe-uninitialized where
        # they cannot be: a false positive of its -O2 flow analysis, not a real read.
        target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CONTEXTLESS_CONNECT
        QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()
