# zlib + minizip (contrib/minizip) as DLLs: zlib1.dll, libminizip-1.dll.
# Debian's zlib source is repacked without win32/ (Makefile.gcc, zlib1.rc) and
# zlib's configure refuses mingw, so the few sources are compiled directly.
LIB_SOURCE=zlib
LIB_DEPS=()
LIB_OPTIONS=(-O2 shared zlib1.dll minizip)

lib_build() {
    local cflags="-O2 -DNDEBUG -D_LARGEFILE64_SOURCE=1"
    local ver
    ver=$(sed -n 's/^#define ZLIB_VERSION "\(.*\)"/\1/p' "$SRC/zlib.h")
    local objs=() f
    for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback \
             inffast inflate inftrees trees uncompr zutil; do
        run "$XCC" $cflags -I"$SRC" -c "$SRC/$f.c" -o "$f.o"
        objs+=("$f.o")
    done
    run "$XAR" rcs libz.a "${objs[@]}"
    run "$XCC" -shared -o zlib1.dll "${objs[@]}" \
        -Wl,--out-implib,libz.dll.a -Wl,--enable-auto-image-base -static-libgcc

    local m=$SRC/contrib/minizip mobjs=()
    for f in ioapi iowin32 mztools unzip zip; do
        run "$XCC" $cflags -I"$SRC" -I"$m" -c "$m/$f.c" -o "mz_$f.o"
        mobjs+=("mz_$f.o")
    done
    run "$XCC" -shared -o libminizip-1.dll "${mobjs[@]}" -L. -lz \
        -Wl,--out-implib,libminizip.dll.a -static-libgcc

    local p=$STAGE$PREFIX
    install -d "$p/bin" "$p/lib/pkgconfig" "$p/include/minizip"
    install -m644 zlib1.dll libminizip-1.dll "$p/bin/"
    install -m644 libz.a libz.dll.a libminizip.dll.a "$p/lib/"
    install -m644 "$SRC/zlib.h" "$SRC/zconf.h" "$p/include/"
    install -m644 "$m"/{ioapi,iowin32,mztools,unzip,zip,crypt}.h "$p/include/minizip/"
    cat >"$p/lib/pkgconfig/zlib.pc" <<PC
prefix=$PREFIX
exec_prefix=\${prefix}
libdir=\${exec_prefix}/lib
includedir=\${prefix}/include

Name: zlib
Description: zlib compression library
Version: $ver
Libs: -L\${libdir} -lz
Cflags: -I\${includedir}
PC
    cat >"$p/lib/pkgconfig/minizip.pc" <<PC
prefix=$PREFIX
exec_prefix=\${prefix}
libdir=\${exec_prefix}/lib
includedir=\${prefix}/include

Name: minizip
Description: Minizip zip file manipulation library
Version: $ver
Requires: zlib
Libs: -L\${libdir} -lminizip
Cflags: -I\${includedir} -I\${includedir}/minizip
PC
}
