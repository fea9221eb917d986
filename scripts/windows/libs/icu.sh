# ICU 72 (icuuc, icuin, icudt DLLs), for Qt's collation (Vietnamese sorting)
# and time zones on Windows.
#
# A cross build of ICU runs ICU's own data tools (icupkg, pkgdata, ...) on the
# build machine. Debian's icu-devtools package has those tools, built from the
# very same ICU source version, so they stand in for a second, native ICU build
# (which would compile ICU twice): icu_host_tools_root makes the minimal
# "cross build root" ICU's --with-cross-build expects, pointing at them.
# The cross build itself leaves out what Qt does not use: the tools, icuio,
# the extras, the layout engine, tests and samples. The data library is
# packaged from the prebuilt data archive in the source (source/data/in).
LIB_SOURCE=icu
LIB_DEPS=()
LIB_OPTIONS=(
    --enable-shared --disable-static --disable-tests --disable-samples
    --disable-extras --disable-layoutex --disable-tools --disable-icuio
    --with-data-packaging=library
)

# The cross build root ICU's configure and data Makefile read: config/icucross.mk
# and config/icucross.inc (written as a native ICU build writes them), and bin/
# with the data tools.
icu_host_tools_root() {
    local root=$1 version=$2 tool path
    mkdir -p "$root/config" "$root/bin" "$root/lib" "$root/stubdata" "$root/tools/ctestfw"
    cat >"$root/config/icucross.mk" <<MK
CROSS_ICU_VERSION=$version
TOOLEXEEXT=
TOOLBINDIR=\$(cross_buildroot)/bin
TOOLLIBDIR=\$(cross_buildroot)/lib
INVOKE=LD_LIBRARY_PATH=\$(TOOLLIBDIR):\$(cross_buildroot)/stubdata:\$(cross_buildroot)/tools/ctestfw:\$\$LD_LIBRARY_PATH
PKGDATA_INVOKE=LD_LIBRARY_PATH=\$(cross_buildroot)/stubdata:\$(cross_buildroot)/tools/ctestfw:\$(TOOLLIBDIR):\$\$LD_LIBRARY_PATH 

MK
    printf '%s\n\n' "CURR_FULL_DIR?=\$(shell pwd | sed 's/ /\\\\ /g')" >"$root/config/icucross.inc"
    for tool in icupkg pkgdata genccode gencmn genrb makeconv gencnval gensprep genbrk gencfu gendict gennorm2; do
        path=$(command -v "$tool" || true)
        [[ -n $path ]] || path=/usr/sbin/$tool
        [[ -x $path ]] || die "ICU's $tool is missing: install icu-devtools"
        ln -sf "$path" "$root/bin/$tool"
    done
}

lib_build() {
    local top=$SRC
    [[ -x $top/source/configure ]] && top=$SRC/source
    # The host's tools must be of the very version being built: their data formats must match.
    local version host_version
    version=$(sed -n 's/^#define U_ICU_VERSION "\(.*\)"/\1/p' "$top/common/unicode/uvernum.h")
    host_version=$(dpkg-query -W -f='${Version}' icu-devtools 2>/dev/null | sed 's/-[^-]*$//')
    [[ $host_version == "$version" ]] \
        || die "icu-devtools $host_version does not match ICU $version being built"
    icu_host_tools_root "$PWD/host-tools" "$version"

    mkdir -p cross
    cd cross
    run env CC="$XCC" CXX="$XCXX" AR="$XAR" RANLIB="$XRANLIB" \
        CFLAGS="-O2" CXXFLAGS="-O2" \
        "$top/configure" --host="$CROSS" --build=x86_64-linux-gnu \
        --with-cross-build="$PWD/../host-tools" \
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
