# ICU 72 (icuuc, icuin, icudt DLLs). A native ICU build provides the data
# tools for the cross build (--with-cross-build).
LIB_SOURCE=icu
LIB_DEPS=()
LIB_OPTIONS=(
    --enable-shared --disable-static --disable-tests --disable-samples
    --disable-extras --disable-layoutex --with-data-packaging=library
)

lib_build() {
    local top=$SRC
    [[ -x $top/source/configure ]] && top=$SRC/source
    # 1. native build (tools + data), host compiler
    if [[ ! -f native.done ]]; then
        mkdir -p native
        (cd native &&
            run env CC=gcc CXX=g++ "$top/configure" --disable-tests --disable-samples \
                --disable-extras --disable-layoutex &&
            run make -j"$JOBS")
        touch native.done
    fi
    # 2. cross build
    mkdir -p cross
    cd cross
    run env CC="$XCC" CXX="$XCXX" AR="$XAR" RANLIB="$XRANLIB" \
        CFLAGS="-O2" CXXFLAGS="-O2" \
        "$top/configure" --host="$CROSS" --build=x86_64-linux-gnu \
        --with-cross-build="$PWD/../native" \
        --prefix="$PREFIX" "${LIB_OPTIONS[@]}"
    run make -j"$JOBS"
    run make DESTDIR="$STAGE" install
    # ICU puts its DLLs in lib/; Windows wants them beside the programs (bin/).
    local p=$STAGE$PREFIX f
    install -d "$p/bin"
    for f in "$p"/lib/*.dll; do
        [[ -e $f ]] && mv -f "$f" "$p/bin/"
    done
    return 0
}
