# Qt 6.4.2 qtbase, cross-built against Debian's host Qt (moc, rcc, uic, ...).
# Modules: Core, Gui, Widgets, Sql (sqlite driver on our sqlite3.dll, psql
# driver on our libpq), PrintSupport, Concurrent, Test, plus OpenGL (desktop GL
# is required by the 6.4 windows plugin). Platform plugins: windows, offscreen
# (and minimal, not optional).
# Left out because Dotpha does not use them and CI builds this from nothing on
# every run: Network (and with it Qt's OpenSSL backends; libpq links OpenSSL
# itself), D-Bus, XML, and the GIF, ICO and JPEG image plugins (Dotpha's
# pictures are PNG and SVG rendered to PNG; attachments are opened, not shown).
LIB_SOURCE=qt6-base
# Option changes reconfigure the existing build tree instead of starting over.
LIB_REUSE_BUILD_TREE=1
LIB_DEPS=(zlib sqlite icu libpq)
LIB_OPTIONS=(
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=ON
    -DQT_BUILD_EXAMPLES=OFF
    -DQT_BUILD_TESTS=OFF
    -DQT_BUILD_BENCHMARKS=OFF
    -DQT_BUILD_MANUAL_TESTS=OFF
    -DQT_BUILD_TOOLS_WHEN_CROSSCOMPILING=OFF
    -DQT_HOST_PATH=/usr
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
    -DFEATURE_pkg_config=OFF
    # modules kept
    -DFEATURE_gui=ON -DFEATURE_widgets=ON -DFEATURE_sql=ON -DFEATURE_printsupport=ON
    -DFEATURE_concurrent=ON -DFEATURE_testlib=ON
    # modules dropped
    -DFEATURE_network=OFF -DFEATURE_dbus=OFF -DFEATURE_xml=OFF
    # graphics
    -DINPUT_opengl=desktop -DFEATURE_opengl_desktop=ON -DFEATURE_opengles2=OFF
    # direct2d must stay ON: in 6.4.2 the DirectWrite font engine, which
    # PrintSupport uses, is only compiled with it. direct2d1_1 OFF skips the
    # direct2d platform plugin.
    -DFEATURE_vulkan=OFF -DFEATURE_direct2d=ON -DFEATURE_direct2d1_1=OFF -DFEATURE_vnc=OFF
    -DFEATURE_tabletevent=OFF
    # third-party code: bundled where Debian's source still has it
    -DFEATURE_freetype=ON -DFEATURE_system_freetype=OFF
    -DFEATURE_harfbuzz=ON -DFEATURE_system_harfbuzz=OFF
    -DFEATURE_png=ON -DFEATURE_system_png=OFF
    -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_ico=OFF
    -DFEATURE_system_pcre2=OFF -DFEATURE_system_doubleconversion=OFF
    -DFEATURE_system_zlib=ON -DFEATURE_zstd=OFF
    -DFEATURE_icu=ON
    # SQL drivers
    -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON -DFEATURE_sql_psql=ON
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF
    -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF
    # tools not needed on the target
    -DFEATURE_androiddeployqt=OFF
)

lib_build() {
    local cfg=(
        -S "$SRC" -B . -G Ninja
        -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN_FILE"
        -DDOTPHA_WINDOWS_PREFIX="$PREFIX"
        -DCMAKE_INSTALL_PREFIX="$PREFIX"
        -DZLIB_ROOT="$PREFIX"
        -DSQLite3_ROOT="$PREFIX"
        -DICU_ROOT="$PREFIX"
        -DPostgreSQL_ROOT="$PREFIX"
        "${LIB_OPTIONS[@]}"
    )
    # Resumes: re-running CMake on an existing build tree keeps what ninja built.
    run cmake "${cfg[@]}"
    cp config.summary "$LOGDIR/qtbase-config.summary" 2>/dev/null || true
    run ninja -j"$JOBS"
    DESTDIR=$STAGE run cmake --install .
}
