# What scripts/package-windows and scripts/windows/check-package share: where things are, and how
# the installed folder is put together. Sourced after scripts/lib.sh, not run.

DOTPHA_WINDOWS_CACHE=${DOTPHA_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dotpha-windows}
DOTPHA_WINDOWS_PREFIX=${DOTPHA_WINDOWS_PREFIX:-$DOTPHA_WINDOWS_CACHE/prefix}
DOTPHA_WINDOWS_BUILD_DIR=${DOTPHA_WINDOWS_BUILD_DIR:-$DOTPHA_ROOT/build-windows}
DOTPHA_MINGW=x86_64-w64-mingw32
# The mingw-w64 runtime (GCC 12, posix threads): libstdc++, libgcc, winpthread.
DOTPHA_MINGW_RUNTIME_DIRS=(/usr/lib/gcc/$DOTPHA_MINGW/12-posix /usr/$DOTPHA_MINGW/lib)
# What trying the installer needs: Wine, a virtual screen for the window, and fonts are Windows'
# own in a real office (Wine brings its own; Times New Roman comes from Liberation Serif).
DOTPHA_WINE_PACKAGES=(wine wine64 xvfb xauth xdotool imagemagick poppler-utils fonts-liberation2)

# Qt's plugins Dotpha loads: the window (windows), the command line's printing (offscreen), the
# native look (windowsvista) and both databases' drivers. PNG is built into Qt itself; Dotpha shows
# no other image format (attachments are opened in their own programs).
DOTPHA_WINDOWS_PLUGINS=(
    platforms/qwindows.dll platforms/qoffscreen.dll
    styles/qwindowsvistastyle.dll
    sqldrivers/qsqlite.dll sqldrivers/qsqlpsql.dll
)

# The test programs built for Windows and run under Wine by the check: the layers that need no
# server (their server half skips itself) and no window.
DOTPHA_WINDOWS_TEST_LAYERS=(domain storage services cli reports interchange)

# The DLLs a program or DLL imports, by name, as its import table lists them.
dotpha_windows_imports() {
    "$DOTPHA_MINGW-objdump" -p "$1" | sed -n 's/^[[:space:]]*DLL Name: //p'
}

# Where a DLL named $1 comes from: the libraries' prefix or the compiler's runtime; nothing for a
# DLL of Windows itself.
dotpha_windows_find_dll() {
    local dir found
    for dir in "$DOTPHA_WINDOWS_PREFIX/bin" "${DOTPHA_MINGW_RUNTIME_DIRS[@]}"; do
        found=$(find "$dir" -maxdepth 1 -iname "$1" -print -quit 2>/dev/null)
        [ -n "$found" ] && { echo "$found"; return 0; }
    done
    return 0
}

# Copies into $1, beside the programs already there, Qt's plugins and every DLL they all need,
# followed import by import; Windows' own DLLs stay out.
dotpha_windows_stage_runtime() {
    local stage=$1 plugin queue=() seen=" " file dll source
    for plugin in "${DOTPHA_WINDOWS_PLUGINS[@]}"; do
        mkdir -p "$stage/$(dirname "$plugin")"
        cp "$DOTPHA_WINDOWS_PREFIX/plugins/$plugin" "$stage/$plugin"
    done
    mapfile -t queue < <(find "$stage" -iname '*.exe' -o -iname '*.dll')
    while [ ${#queue[@]} -gt 0 ]; do
        file=${queue[0]}
        queue=("${queue[@]:1}")
        while read -r dll; do
            case "$seen" in *" ${dll,,} "*) continue ;; esac
            seen+="${dll,,} "
            source=$(dotpha_windows_find_dll "$dll")
            [ -z "$source" ] && continue
            cp "$source" "$stage/"
            queue+=("$stage/$(basename "$source")")
        done < <(dotpha_windows_imports "$file")
    done
}

# Debug sections off every program and DLL of ours and Qt's: a smaller download.
dotpha_windows_strip() {
    find "$1" \( -iname '*.exe' -o -iname '*.dll' \) -exec "$DOTPHA_MINGW-strip" --strip-unneeded {} +
}

# A self-signed code-signing certificate in folder $1 (throwaway.p12, password "throwaway", and
# throwaway.pem to verify against), valid for a day: for trying signing, never for publishing.
dotpha_windows_throwaway_certificate() {
    openssl req -x509 -newkey rsa:3072 -sha256 -days 1 -nodes -subj "/CN=Dotpha throwaway test signer" \
        -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=digitalSignature" \
        -keyout "$1/throwaway.key" -out "$1/throwaway.pem" 2>/dev/null
    openssl pkcs12 -export -inkey "$1/throwaway.key" -in "$1/throwaway.pem" -passout pass:throwaway \
        -out "$1/throwaway.p12"
}

# Signs each file given with the certificate DOTPHA_SIGNING_CERT names (PKCS#12), when it names
# one, and checks the signature against DOTPHA_SIGNING_CA when given (a certificate the system does
# not trust), else the system's; a timestamp server, when DOTPHA_SIGNING_TIMESTAMP names one.
dotpha_windows_sign() {
    [ -n "${DOTPHA_SIGNING_CERT:-}" ] || return 0
    local file timestamp=()
    [ -n "${DOTPHA_SIGNING_TIMESTAMP:-}" ] && timestamp=(-t "$DOTPHA_SIGNING_TIMESTAMP")
    for file in "$@"; do
        osslsigncode sign -pkcs12 "$DOTPHA_SIGNING_CERT" -pass "${DOTPHA_SIGNING_PASSWORD:-}" \
            -n "Dotpha" -i "https://dotpha.org" -h sha256 "${timestamp[@]}" \
            -in "$file" -out "$file.signed" >/dev/null
        mv "$file.signed" "$file"
        local trusted=()
        [ -n "${DOTPHA_SIGNING_CA:-}" ] && trusted=(-CAfile "$DOTPHA_SIGNING_CA")
        osslsigncode verify "${trusted[@]}" -in "$file" >/dev/null \
            || { echo "The signature of $file does not verify" >&2; return 1; }
        echo "Signed $(basename "$file")"
    done
}
