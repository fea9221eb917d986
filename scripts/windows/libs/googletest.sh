# GoogleTest + GoogleMock (static libraries, CMake package GTest).
LIB_SOURCE=googletest
LIB_DEPS=()
LIB_OPTIONS=(
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=OFF
    -DBUILD_GMOCK=ON
    -DINSTALL_GTEST=ON
    -Dgtest_build_tests=OFF
    -Dgtest_build_samples=OFF
)

lib_build() {
    run cmake -S "$SRC" -B . -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN_FILE" \
        -DDOTPHA_WINDOWS_PREFIX="$PREFIX" \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" \
        "${LIB_OPTIONS[@]}"
    run ninja -j"$JOBS"
    DESTDIR=$STAGE run ninja install
}
