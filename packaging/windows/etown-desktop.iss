; Inno Setup 6 script: Windows installer for the one-folder bundle in dist\etown-desktop\.
;   iscc /DAppVersion=0.1.0 packaging\windows\etown-desktop.iss   ->  dist\installer\*.exe
; Per-user install by default (staff laptops: no administrator rights needed), Start-menu entry,
; optional desktop icon. UNTESTED here (no Windows): see .github/workflows/bundle.yml.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "E-Town Investor Desktop"
#define AppExe "etown-desktop.exe"

[Setup]
; A fixed GUID identifies the app for upgrades and uninstall; never change it.
AppId={{6B0F8E52-3C1A-4E0B-9D6F-2A7C5E41B9D3}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Beijing E-Town
DefaultDirName={autopf}\E-Town Investor Desktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist\installer
OutputBaseFilename=etown-desktop-{#AppVersion}-setup
SetupIconFile=resources\icons\etown-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no official Simplified Chinese file; add the unofficial ChineseSimplified.isl
; from the Inno Setup translations page here when it is available on the build machine.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\etown-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
