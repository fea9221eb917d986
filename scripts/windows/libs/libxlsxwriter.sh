# libxlsxwriter (shared), using our zlib and minizip (as Debian does).
LIB_SOURCE=libxlsxwriter
LIB_DEPS=(zlib)
LIB_OPTIONS=(
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=ON
    -DUSE_SYSTEM_MINIZIP=ON
    -DBUILD_TESTS=OFF
    -DBUILD_EXAMPLES=OFF
)

lib_build() {
    run cmake -S "$SRC" -B . -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN_FILE" \
        -DDOTPHA_WINDOWS_PREFIX="$PREFIX" \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" \
        -DZLIB_ROOT="$PREFIX" -DMINIZIP_ROOT="$PREFIX" \
        "${LIB_OPTIONS[@]}"
    run ninja -j"$JOBS"
    DESTDIR=$STAGE run ninja install
}
