; The Windows installer of Dotpha, made by scripts/package-windows:
;   makensis -DVERSION=0.1.0 -DSTAGE=DIR -DOUTFILE=FILE -DICON=FILE -DUNINSTALL_LIST=FILE dotpha.nsi
; STAGE holds what is installed: the programs, the DLLs and Qt's plugins beside them;
; UNINSTALL_LIST, a Delete line for each of those files and an RMDir for each folder.
;
; Installs for all users into Program Files (64-bit), with a Start-menu folder and an uninstaller
; named in Vietnamese; /S installs silently (an IT department's many PCs), /D=DIR chooses the
; folder. The users' data (%APPDATA%\Dotpha: databases, backups, settings) is never touched, not
; even by the uninstaller.

; A 64-bit installer for a 64-bit program (Unicode): it also runs where Windows' 32-bit layer is
; missing, as under a 64-bit-only Wine.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "x64.nsh"

!define PRODUCT "Dotpha"
!define PUBLISHER "Dotpha"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Dotpha"
!define PROGID "Dotpha.Database"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Dotpha"
InstallDirRegKey HKLM "Software\Dotpha" "InstallDir"
BrandingText "Dotpha ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1066 "ProductName" "Dotpha"
VIAddVersionKey /LANG=1066 "FileDescription" "Cài đặt Dotpha - quản lý việc đột phá, đổi mới"
VIAddVersionKey /LANG=1066 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\dotpha.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_ICONSTOP "Dotpha cần Windows 64-bit." /SD IDOK
        Abort
    ${EndIf}
    SetRegView 64
FunctionEnd

Function un.onInit
    SetRegView 64
FunctionEnd

Section "Dotpha" SecMain
    SectionIn RO
    SetOutPath "$INSTDIR"
    File /r "${STAGE}\*.*"
    WriteUninstaller "$INSTDIR\go-cai-dat.exe"

    ; Start menu, for all users.
    SetShellVarContext all
    CreateDirectory "$SMPROGRAMS\Dotpha"
    CreateShortcut "$SMPROGRAMS\Dotpha\Dotpha - Việc đột phá, đổi mới.lnk" "$INSTDIR\dotpha.exe"
    CreateShortcut "$SMPROGRAMS\Dotpha\Gỡ cài đặt Dotpha.lnk" "$INSTDIR\go-cai-dat.exe"

    ; Dotpha's databases (.sqlite) get "Open with Dotpha", without taking .sqlite from another
    ; program that opens it by default.
    WriteRegStr HKLM "Software\Classes\${PROGID}" "" "Cơ sở dữ liệu Dotpha"
    WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\dotpha.exe,0"
    WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\dotpha.exe" "%1"'
    WriteRegStr HKLM "Software\Classes\.sqlite\OpenWithProgids" "${PROGID}" ""
    WriteRegStr HKLM "Software\Classes\Applications\dotpha.exe\shell\open\command" "" '"$INSTDIR\dotpha.exe" "%1"'
    WriteRegStr HKLM "Software\Classes\Applications\dotpha.exe\SupportedTypes" ".sqlite" ""

    ; Programs and Features.
    WriteRegStr HKLM "Software\Dotpha" "InstallDir" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Dotpha - Việc đột phá, đổi mới"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\dotpha.exe,0"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\go-cai-dat.exe"'
    WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\go-cai-dat.exe" /S'
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
    SetShellVarContext all
    Delete "$SMPROGRAMS\Dotpha\*.lnk"
    RMDir "$SMPROGRAMS\Dotpha"
    DeleteRegValue HKLM "Software\Classes\.sqlite\OpenWithProgids" "${PROGID}"
    DeleteRegKey HKLM "Software\Classes\${PROGID}"
    DeleteRegKey HKLM "Software\Classes\Applications\dotpha.exe"
    DeleteRegKey HKLM "${UNINSTALL_KEY}"
    DeleteRegKey HKLM "Software\Dotpha"
    ; The installed files only, never a folder's other contents: %APPDATA%\Dotpha, the users'
    ; databases and backups, stays, and so does anything someone put in the folder.
!include "${UNINSTALL_LIST}"
    Delete "$INSTDIR\go-cai-dat.exe"
    RMDir "$INSTDIR"
SectionEnd
