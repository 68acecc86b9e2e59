/** Facts about app.json that the validator checks against (Microsoft Learn, "JSON files" and "Choose runtime version"). */
export const KnownTopLevelProperties: ReadonlySet<string> = new Set([
  '$schema', 'id', 'name', 'publisher', 'version', 'brief', 'description', 'privacyStatement', 'EULA', 'help',
  'url', 'logo', 'contextSensitiveHelpUrl', 'helpBaseUrl', 'dependencies', 'screenshots', 'platform',
  'application', 'idRanges', 'idRange', 'runtime', 'target', 'features', 'resourceExposurePolicy',
  'supportedLocales', 'internalsVisibleTo', 'preprocessorSymbols', 'suppressWarnings', 'propagateDependencies',
  'source', 'build', 'resourceFolders', 'applicationInsightsConnectionString', 'applicationInsightsKey',
  'showMyCode', 'keyVaultUrls', 'test', 'key',
]);

export const KnownFeatures: readonly string[] = [
  'NoImplicitWith', 'TranslationFile', 'GenerateCaptions', 'GenerateLockedTranslations',
  'NoPromotedActionProperties', 'ExcludeGeneratedTranslations',
];

export const KnownResourceExposureProperties: ReadonlySet<string> = new Set([
  'allowDebugging', 'allowDownloadingSource', 'includeSourceInSymbolFile', 'applyToDevExtension',
]);

/** Highest released runtime (BC 28, 2026 wave 1) and the prerelease one after it. */
export const LatestReleasedRuntimeMajor = 17;
export const PrereleaseRuntimeMajor = 18;

/** Properties AppSource and the extension management page show; recommended for Cloud apps. */
export const MarketplaceProperties: readonly string[] = ['brief', 'description', 'privacyStatement', 'EULA', 'help', 'url'];

export const MaxObjectId = 2147483647;
