# OpenSSL 3.0: libcrypto-3-x64.dll, libssl-3-x64.dll (+ import libs, openssl.exe).
LIB_SOURCE=openssl
LIB_DEPS=()
LIB_OPTIONS=(mingw64 shared no-tests --libdir=lib build_sw install_sw)

lib_build() {
    # OpenSSL builds in its source tree's layout; an out-of-tree build works too.
    # CC is appended to --cross-compile-prefix.
    run "$SRC/Configure" mingw64 --cross-compile-prefix="$CROSS-" \
        CC=gcc-posix CXX=g++-posix \
        --prefix="$PREFIX" --openssldir="$PREFIX/ssl" --libdir=lib \
        shared no-tests
    run make -j"$JOBS" build_sw
    run make DESTDIR="$STAGE" install_sw
}
