// Checks the shape of a SigV4 `authorization` header the way AWS's front door does before any operation runs.
// The signature itself is not recomputed (the fake has no secret keys), but everything a client can get wrong
// structurally is: the algorithm, the credential scope and its service, the signed headers, the signature form.
import type { IncomingHttpHeaders } from 'node:http';
import { AwsError } from './errors.js';

export interface SignedCaller {
  accessKeyId: string;
  region: string;
  service: string;
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([^,\s]+)$/;

export function checkSigV4(headers: IncomingHttpHeaders, expectedService: string): SignedCaller {
  const authorization = headers.authorization;
  if (!authorization) {
    throw new AwsError('MissingAuthenticationTokenException', 'Request is missing Authentication Token', 400);
  }
  const match = AUTHORIZATION.exec(authorization);
  if (!match) {
    throw new AwsError(
      'IncompleteSignatureException',
      `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters after 'AWS4-HMAC-SHA256'. Authorization=${authorization.split(' ')[0] ?? ''}`,
      400,
    );
  }
  const [, credential = '', signedHeaders = '', signature = ''] = match;
  const scope = credential.split('/');
  const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = scope;
  if (scope.length !== 5 || !accessKeyId || !/^\d{8}$/.test(date) || !region || terminator !== 'aws4_request') {
    throw new AwsError(
      'IncompleteSignatureException',
      `Credential should be <key>/<yyyymmdd>/<region>/<service>/aws4_request, got '${scope.slice(1).join('/')}'`,
      400,
    );
  }
  if (service !== expectedService) {
    throw new AwsError('InvalidSignatureException', `Credential should be scoped to correct service: '${expectedService}'. `, 403);
  }
  if (!/^[0-9a-f]{64}$/.test(signature)) {
    throw new AwsError('IncompleteSignatureException', 'Signature must be 64 lower-case hex characters', 400);
  }
  const signed = signedHeaders.split(';');
  for (const required of ['host', 'x-amz-date']) {
    if (!signed.includes(required)) {
      throw new AwsError('IncompleteSignatureException', `'${required}' must be a signed header. SignedHeaders=${signedHeaders}`, 400);
    }
  }
  for (const name of signed) {
    if (headers[name] === undefined) {
      throw new AwsError('IncompleteSignatureException', `Signed header '${name}' is missing from the request`, 400);
    }
  }
  const amzDate = headers['x-amz-date'];
  if (typeof amzDate !== 'string' || !amzDate.startsWith(date)) {
    throw new AwsError(
      'IncompleteSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${date}' != '${String(amzDate).slice(0, 8)}'`,
      400,
    );
  }
  if (headers['x-amz-target'] !== undefined && !signed.includes('x-amz-target')) {
    throw new AwsError('IncompleteSignatureException', `'x-amz-target' must be a signed header. SignedHeaders=${signedHeaders}`, 400);
  }
  return { accessKeyId, region, service };
}
