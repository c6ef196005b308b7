; Inno Setup 6 script: a Windows installer for the one-folder bundle dist\TrainingAssessment (build.spec).
;
;   iscc /DAppVersion=0.1.0 installer\TrainingAssessment.iss     (after building the bundle on Windows, see README)
;
; It installs the folder, a Start-menu entry (and optionally a desktop icon) and an uninstaller. The data folder
; (%LOCALAPPDATA%\TrainingAssessment: the database, its backups, the log, the trainer's own banks) is not part of
; the installation, so uninstalling (or installing a new version over the old) keeps every result.
; ASCII only: Inno Setup reads a script without a byte order mark in the system's code page.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Training Assessment"
#define AppExe "TrainingAssessment.exe"

[Setup]
AppId={{6B1F3C2A-8E47-4D0B-9C55-2A7E31D4F0B8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\TrainingAssessment
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; A trainer without administrator rights can install for themselves.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=TrainingAssessment-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; A running app holds its files: the installer asks to close it first.
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\TrainingAssessment\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole program folder, so no library of the previous version is left beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
