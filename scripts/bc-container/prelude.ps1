# Fixed entry point for every BcContainerHelper call made by scripts/bc-container (TypeScript).
# The TypeScript side never builds PowerShell code: it writes a JSON request file and points BKI_BCCH_REQUEST at it.
# This script reads the request, checks the cmdlet against a fixed allow-list, builds the parameters as data
# (a hashtable for splatting) and reads credentials from environment variables, never from the request.
# Protocol on the way back: a line "BKI-RESULT: <json>" on stdout; "BKI-ERROR: <message>" or
# "BKI-MISSING: <what>" on stderr. Exit codes: 0 ok, 1 cmdlet failed, 2 bad request, 3 BcContainerHelper missing.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$allowed = @(
  'New-BcContainer',
  'Compile-AppInBcContainer',
  'Publish-BcContainerApp',
  'Run-TestsInBcContainer',
  'Get-BcContainerAppInfo',
  'Remove-BcContainer'
)

function Write-BkiError([string] $prefix, [string] $message) {
  [Console]::Error.WriteLine("$($prefix): $($message -replace '\r?\n', ' ')")
}

$requestPath = $env:BKI_BCCH_REQUEST
if (-not $requestPath -or -not (Test-Path -LiteralPath $requestPath -PathType Leaf)) {
  Write-BkiError 'BKI-ERROR' 'BKI_BCCH_REQUEST does not name a request file.'
  exit 2
}
$request = Get-Content -LiteralPath $requestPath -Raw | ConvertFrom-Json -AsHashtable
$cmdlet = [string] $request['cmdlet']
if ($allowed -notcontains $cmdlet) {
  Write-BkiError 'BKI-ERROR' "Cmdlet '$cmdlet' is not one this wrapper runs."
  exit 2
}

if (-not (Get-Module -ListAvailable -Name BcContainerHelper)) {
  Write-BkiError 'BKI-MISSING' 'BcContainerHelper'
  exit 3
}

try {
  Import-Module BcContainerHelper -DisableNameChecking

  $parameters = @{}
  if ($request['parameters']) {
    foreach ($key in $request['parameters'].Keys) { $parameters[$key] = $request['parameters'][$key] }
  }
  if ($request['switches']) {
    foreach ($name in $request['switches']) { $parameters[[string] $name] = $true }
  }
  if ($request['credential']) {
    if (-not $env:BC_USERNAME -or -not $env:BC_PASSWORD) { throw 'BC_USERNAME and BC_PASSWORD must be set for this command.' }
    $secure = ConvertTo-SecureString -String $env:BC_PASSWORD -AsPlainText -Force
    $parameters['credential'] = New-Object System.Management.Automation.PSCredential -ArgumentList $env:BC_USERNAME, $secure
  }
  if ($request['authContext']) {
    if (-not $env:BC_TENANT_ID -or -not $env:BC_REFRESH_TOKEN) { throw 'BC_TENANT_ID and BC_REFRESH_TOKEN must be set to run tests in an online environment.' }
    $authParameters = @{ tenantID = $env:BC_TENANT_ID; refreshToken = $env:BC_REFRESH_TOKEN }
    # The refresh token belongs to the public client that issued it (BcContainerHelper's default unless told).
    if ($env:BC_REFRESH_CLIENT_ID) { $authParameters['clientID'] = $env:BC_REFRESH_CLIENT_ID }
    $parameters['bcAuthContext'] = New-BcAuthContext @authParameters
  }
  if ($request['artifact']) {
    $artifact = @{}
    foreach ($key in $request['artifact'].Keys) { $artifact[$key] = $request['artifact'][$key] }
    $artifactUrl = Get-BcArtifactUrl @artifact
    if (-not $artifactUrl) { throw "No Business Central artifact matches $(ConvertTo-Json -InputObject $artifact -Compress)." }
    $parameters['artifactUrl'] = $artifactUrl
  }

  $result = & $cmdlet @parameters
  Write-Output ('BKI-RESULT: ' + (ConvertTo-Json -InputObject $result -Depth 6 -Compress))
  exit 0
}
catch {
  Write-BkiError 'BKI-ERROR' $_.Exception.Message
  exit 1
}
