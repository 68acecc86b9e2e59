/**
 * The one place where every error the emulator sends is built (as Azurite's StorageErrorFactory does), so codes
 * and messages match the real services and tests can rely on them.
 *
 * Two families:
 * - Graph errors: `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`.
 *   Bookings is served by Exchange, so resource errors use Exchange codes (ErrorItemNotFound, ErrorInvalidRequest,
 *   ErrorAccessDenied, ApplicationThrottled); OData query errors use the ASP.NET OData texts Graph returns.
 * - Identity platform errors (token endpoint): `{"error","error_description","error_codes","timestamp",
 *   "trace_id","correlation_id","error_uri"}` with the AADSTS codes.
 */

/** An error answered by the Graph part of the emulator. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** An error answered by the token endpoint. */
export class IdentityError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly aadsts: number,
    description: string,
  ) {
    super(`AADSTS${aadsts}: ${description}`);
    this.name = 'IdentityError';
  }
}

const ODATA_ALLOWED_HINT = "To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.";

/** Every Graph error the emulator can produce. */
export const GraphErrors = {
  // Authentication (401) and authorization (403).
  tokenEmpty: () => new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'),
  tokenMalformed: () => new GraphError(401, 'InvalidAuthenticationToken', 'CompactToken parsing failed with error code: 80049217'),
  tokenInvalid: () => new GraphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.'),
  tokenWrongAudience: () => new GraphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'),
  tokenExpired: () => new GraphError(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.'),
  accessDenied: () => new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),

  // Routing and OData.
  segmentNotFound: (segment: string) => new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  methodNotAllowed: () => new GraphError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.'),
  queryOptionNotAllowed: (option: string) =>
    new GraphError(400, 'BadRequest', `Query option '${option}' is not allowed. ${ODATA_ALLOWED_HINT}`),
  unknownQueryOption: (option: string) =>
    new GraphError(400, 'BadRequest', `The query parameter '${option}' is not supported.`),
  propertyNotFound: (property: string, type: string) =>
    new GraphError(400, 'BadRequest', `Could not find a property named '${property}' on type 'microsoft.graph.${type}'.`),
  invalidTop: (value: string) =>
    new GraphError(400, 'BadRequest', `Invalid value '${value}' for $top query option found. The $top query option requires a non-negative integer value.`),
  topLimitExceeded: (limit: number, value: number) =>
    new GraphError(400, 'BadRequest', `The limit of '${limit}' for Top query has been exceeded. The value from the incoming request is '${value}'.`),
  invalidCount: (value: string) =>
    new GraphError(400, 'BadRequest', `'${value}' is not a valid count option.`),
  invalidSkipToken: () => new GraphError(400, 'BadRequest', 'The $skiptoken value is invalid or has expired.'),
  filterOnAppointments: () =>
    new GraphError(400, 'BadRequest', `Query option 'Filter' is not allowed. ${ODATA_ALLOWED_HINT} Use calendarView with start and end to read a date range.`),

  // Request bodies.
  unreadableJson: () =>
    new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'),
  bodyTooLarge: () => new GraphError(413, 'RequestEntityTooLarge', 'The request body is too large.'),
  unknownProperty: (property: string, type: string) =>
    new GraphError(400, 'BadRequest',
      `The property '${property}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`),
  invalidPropertyValue: (property: string, edmType: string) =>
    new GraphError(400, 'BadRequest', `Cannot convert the literal value of property '${property}' to the expected type '${edmType}'.`),
  missingProperty: (property: string) => new GraphError(400, 'ErrorInvalidRequest', `The request is invalid. Required property '${property}' is missing.`),
  invalidRequest: (detail: string) => new GraphError(400, 'ErrorInvalidRequest', `The request is invalid. ${detail}`),
  invalidTimeZone: (zone: string) => new GraphError(400, 'ErrorInvalidRequest', `The request is invalid. The time zone '${zone}' is not supported.`),
  missingCancellationMessage: () =>
    new GraphError(400, 'BadRequest', "The parameter 'cancellationMessage' is missing or empty in the request payload for the operation 'cancel'."),

  // calendarView.
  calendarViewWindowMissing: () =>
    new GraphError(400, 'ErrorInvalidParameter', 'This request requires a time window specified by the query string parameters start and end.'),
  calendarViewWindowInvalid: (name: string, value: string) =>
    new GraphError(400, 'ErrorInvalidParameter', `The value '${value}' of parameter '${name}' is not a valid ISO 8601 date and time.`),

  // Resources.
  businessNotFound: () => new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store., The process failed to get the correct properties.'),
  itemNotFound: () => new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
  invalidId: () => new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.'),

  // Throttling and injected faults.
  concurrencyThrottled: (retryAfterSeconds: number) =>
    new GraphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'Retry-After': String(retryAfterSeconds) }),
  injectedThrottle: (retryAfterSeconds: number) =>
    new GraphError(429, 'activityLimitReached', 'The app or user has been throttled.', { 'Retry-After': String(retryAfterSeconds) }),
  injected500: () => new GraphError(500, 'UnknownError', ''),
  injected503: (retryAfterSeconds: number) =>
    new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry later.', { 'Retry-After': String(retryAfterSeconds) }),
  injected504: () => new GraphError(504, 'UnknownError', 'The request timed out.'),

  // Emulator admin endpoints (same shape, emulator codes).
  adminNotFound: (path: string) => new GraphError(404, 'NotFound', `No emulator admin endpoint at '${path}'. Known: /_emulator/reset, /_emulator/seed, /_emulator/requests, /_emulator/faults, /_emulator/health.`),
  adminBadRequest: (detail: string) => new GraphError(400, 'BadRequest', detail),
  internal: (detail: string) => new GraphError(500, 'UnknownError', detail),
} as const;

/** Every identity platform error the token endpoint can produce. */
export const IdentityErrors = {
  postOnly: (method: string) =>
    new IdentityError(400, 'invalid_request', 900561, `The endpoint only accepts POST requests. Received a ${method} request.`),
  missingParameter: (name: string) =>
    new IdentityError(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`),
  tenantNotFound: (tenant: string) =>
    new IdentityError(400, 'invalid_request', 90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`),
  unknownClient: (clientId: string, tenant: string) =>
    new IdentityError(400, 'unauthorized_client', 700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`),
  invalidClientSecret: (clientId: string) =>
    new IdentityError(401, 'invalid_client', 7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`),
  missingClientSecret: () =>
    new IdentityError(401, 'invalid_client', 7000216, "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type."),
  unsupportedGrantType: (grant: string) =>
    new IdentityError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant}'.`),
  invalidScope: (scope: string) =>
    new IdentityError(400, 'invalid_scope', 1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`),
  unknownResource: (resource: string, tenant: string) =>
    new IdentityError(400, 'invalid_resource', 500011,
      `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`),
  // Injected token endpoint faults.
  serverError: () =>
    new IdentityError(500, 'server_error', 50000, 'There was an error issuing a token or an issue with our sign-in service. Please try again.'),
  temporarilyUnavailable: (status: number) =>
    new IdentityError(status, 'temporarily_unavailable', 90033, 'A transient error has occurred. Please try again.'),
} as const;

/** The JSON body Graph sends for an error. */
export function graphErrorBody(error: GraphError, requestId: string, clientRequestId: string, date: Date): unknown {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        date: date.toISOString().slice(0, 19),
        'request-id': requestId,
        'client-request-id': clientRequestId,
      },
    },
  };
}

/** The JSON body the identity platform sends for an error. */
export function identityErrorBody(error: IdentityError, traceId: string, correlationId: string, date: Date): unknown {
  const timestamp = `${date.toISOString().slice(0, 19).replace('T', ' ')}Z`;
  return {
    error: error.error,
    error_description: `${error.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [error.aadsts],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${error.aadsts}`,
  };
}
