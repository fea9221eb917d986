# Installing Dotpha as a desktop application, and the Debian package that does it (CPack DEB).
# The programs, their desktop entry, icon, MIME type and AppStream data install anywhere
# (CMAKE_INSTALL_PREFIX); with DOTPHA_PACKAGING, the build also makes what needs the built programs
# or Debian's tools: the man pages (help2man, from --help) and the PNG icons (rsvg-convert).
include(GNUInstallDirs)

set(DOTPHA_APP_ID org.dotpha.Dotpha)
set(DOTPHA_LINUX_DIR ${CMAKE_SOURCE_DIR}/resources/linux)

install(TARGETS dotpha dotpha-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${DOTPHA_LINUX_DIR}/${DOTPHA_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${DOTPHA_LINUX_DIR}/${DOTPHA_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${DOTPHA_APP_ID}.xml)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/${DOTPHA_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
configure_file(${DOTPHA_LINUX_DIR}/${DOTPHA_APP_ID}.metainfo.xml ${CMAKE_BINARY_DIR}/${DOTPHA_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/${DOTPHA_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

option(DOTPHA_PACKAGING "Make the man pages and PNG icons, and the Debian package's files" OFF)
if(NOT DOTPHA_PACKAGING)
    return()
endif()

find_program(DOTPHA_HELP2MAN help2man REQUIRED)
find_program(DOTPHA_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(DOTPHA_GZIP gzip REQUIRED)

# Man pages from each program's --help and --version, compressed as Debian wants them.
set(DOTPHA_MAN_PAGES)
foreach(program dotpha dotpha-cli)
    if(program STREQUAL "dotpha")
        set(summary "register and follow a Party committee's breakthrough and innovation tasks")
    else()
        set(summary "Dotpha's command line: databases, reports, imports, backups and the office server")
    endif()
    set(page ${CMAKE_BINARY_DIR}/man/${program}.1)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
        # A settings folder of its own: the builder's chosen language must not write the page.
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/man
                ${DOTPHA_HELP2MAN} --no-info --section=1 --name=${summary}
                --output=${page} $<TARGET_FILE:${program}>
        COMMAND ${DOTPHA_GZIP} -9nf ${page}
        DEPENDS ${program}
        VERBATIM)
    list(APPEND DOTPHA_MAN_PAGES ${page}.gz)
endforeach()

set(DOTPHA_ICONS)
foreach(size 16 24 32 48 64 128 256)
    set(icon ${CMAKE_BINARY_DIR}/icons/${size}x${size}/${DOTPHA_APP_ID}.png)
    add_custom_command(OUTPUT ${icon}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${DOTPHA_RSVG_CONVERT} -w ${size} -h ${size} -o ${icon}
                ${CMAKE_SOURCE_DIR}/resources/icons/${DOTPHA_APP_ID}.svg
        DEPENDS ${CMAKE_SOURCE_DIR}/resources/icons/${DOTPHA_APP_ID}.svg
        VERBATIM)
    list(APPEND DOTPHA_ICONS ${icon})
    install(FILES ${icon} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

configure_file(${DOTPHA_LINUX_DIR}/changelog.in ${CMAKE_BINARY_DIR}/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
    COMMAND ${DOTPHA_GZIP} -9nkf ${CMAKE_BINARY_DIR}/changelog
    DEPENDS ${CMAKE_BINARY_DIR}/changelog
    VERBATIM)
add_custom_target(dotpha_package_files ALL DEPENDS ${DOTPHA_MAN_PAGES} ${DOTPHA_ICONS} ${CMAKE_BINARY_DIR}/changelog.gz)

install(FILES ${DOTPHA_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The package's name, not the project's ("Dotpha"), which GNUInstallDirs' DOCDIR would use.
install(FILES ${DOTPHA_LINUX_DIR}/copyright ${CMAKE_BINARY_DIR}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dotpha)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dotpha)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGE_CONTACT "The Dotpha developers <dotpha@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "breakthrough and innovation task register for Party committees")
# The synopsis is the summary above; these are the extended description's lines.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Dotpha keeps the breakthrough and innovation tasks a Party committee
assigns and its units and leaders register, the reviewers' decisions on
them, their progress and the year-end rating, and prints the year-end
summary in the Party's document format. Its data is one SQLite file, or
a shared PostgreSQL database for the whole office.")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's drivers are plugins, which shlibdeps cannot see; the documents need Times New Roman's metrics.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, fonts-liberation2")
# pg_dump and pg_restore, for backing up the office server from this PC.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
