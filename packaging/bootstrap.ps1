# One-command set-up on Windows 10/11 (PowerShell):
#   powershell -ExecutionPolicy Bypass -File packaging\bootstrap.ps1 run  [arthexis-desktop options...]
#   powershell -ExecutionPolicy Bypass -File packaging\bootstrap.ps1 test [pytest options...]
# Needs Python 3.11+ (python.org installer, "py" launcher). Creates .venv in the repository.
param(
    [Parameter(Mandatory = $true, Position = 0)][ValidateSet("run", "test", "install")][string]$Mode,
    [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$py = Get-Command py -ErrorAction SilentlyContinue
if ($py) { $python = @("py", "-3") } else { $python = @("python") }
& $python[0] $python[1..9] -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)"
if ($LASTEXITCODE -ne 0) { Write-Error "Python 3.11 or newer is needed (https://www.python.org/downloads/)"; exit 2 }

if (-not (Test-Path .venv\Scripts\python.exe)) {
    Write-Host "bootstrap: creating .venv"
    & $python[0] $python[1..9] -m venv .venv
}
$venvPy = ".venv\Scripts\python.exe"
$extras = if ($Mode -eq "test") { "[test,postgres]" } else { "[postgres]" }
& $venvPy -m pip install -q --upgrade pip
& $venvPy -m pip install -q -c packaging\constraints.txt -e ".$extras"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

switch ($Mode) {
    "install" { exit 0 }
    "run" { & .venv\Scripts\arthexis-desktop.exe @Rest; exit $LASTEXITCODE }
    "test" {
        $env:QT_QPA_PLATFORM = "offscreen"
        $env:ARTHEXIS_SKIP_POSTGRES = "1"
        & .venv\Scripts\ruff.exe check arthexis_desktop tests bench build_installer.py; if ($LASTEXITCODE) { exit $LASTEXITCODE }
        & .venv\Scripts\mypy.exe; if ($LASTEXITCODE) { exit $LASTEXITCODE }
        & .venv\Scripts\lint-imports.exe; if ($LASTEXITCODE) { exit $LASTEXITCODE }
        & $venvPy build_installer.py --translations-only; if ($LASTEXITCODE) { exit $LASTEXITCODE }
        & $venvPy -m pytest -q -m "not xvfb" @Rest
        exit $LASTEXITCODE
    }
}
