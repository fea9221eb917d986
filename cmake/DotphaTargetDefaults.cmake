# Settings every Dotpha target shares: warnings that keep the code clean, the strict Qt defines
# that make every string conversion explicit (no silent Latin-1 decoding of UTF-8 text), and the
# Qt and standard headers nearly every file includes, compiled once per target: most of a file's
# compile time is parsing them, and on two cores the Windows build needs the time.
option(DOTPHA_PRECOMPILED_HEADERS "Compile the common Qt and standard headers once per target" ON)

# WIDGETS: the target's files are windows and dialogs, which include Qt Widgets' headers too.
function(dotpha_target_defaults target)
    cmake_parse_arguments(PARSE_ARGV 1 defaults "WIDGETS" "" "")
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
    # Every Windows program, tests included, runs with UTF-8 as its code page (the manifest says
    # why), so that a test meets paths and environment as the programs users run meet them.
    get_target_property(type ${target} TYPE)
    if(WIN32 AND type STREQUAL "EXECUTABLE")
        set(DOTPHA_MANIFEST ${CMAKE_SOURCE_DIR}/resources/windows/dotpha.manifest)
        configure_file(${CMAKE_SOURCE_DIR}/resources/windows/manifest.rc.in ${CMAKE_BINARY_DIR}/dotpha-manifest.rc @ONLY)
        set_source_files_properties(${CMAKE_BINARY_DIR}/dotpha-manifest.rc PROPERTIES OBJECT_DEPENDS ${DOTPHA_MANIFEST})
        target_sources(${target} PRIVATE ${CMAKE_BINARY_DIR}/dotpha-manifest.rc)
    endif()
    if(DOTPHA_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE
            <QtCore/QCoreApplication> <QtCore/QDate> <QtCore/QDateTime> <QtCore/QDir> <QtCore/QHash>
            <QtCore/QList> <QtCore/QObject> <QtCore/QSet> <QtCore/QString> <QtCore/QStringList>
            <QtCore/QVariant> <functional> <memory> <optional> <utility>)
        if(defaults_WIDGETS)
            target_precompile_headers(${target} PRIVATE
                <QtWidgets/QDialog> <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QPushButton>
                <QtWidgets/QWidget>)
        endif()
    endif()
endfunction()
