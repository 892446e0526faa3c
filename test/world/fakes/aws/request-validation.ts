// Walks a request body against its operation's input shape as AWS's JSON 1.1 front end does: a body that
// cannot be read as the shape (wrong JSON type, a member the model does not have) is a SerializationException;
// then every broken constraint (required, length, pattern, range, list size, enum) is collected into one
// ValidationException: "2 validation errors detected: Value 'x' at 'instanceIds' failed to satisfy constraint: ...".
import { AwsError, validation } from './errors.js';
import { type LimitOptions, checkDocumentedLimits } from './limits.js';
import { type ModelIndex, type OperationModel, type Shape, installedModels } from './models.js';
import { compileJavaPattern } from './patterns.js';

interface Violation {
  path: string;
  value: unknown;
  /** Sensitive shapes (parameter values, command parameters) never have their value in a message. */
  sensitive: boolean;
  constraint: string;
}

interface Walk {
  shapes: Record<string, Shape>;
  violations: Violation[];
}

export interface ValidationOptions extends LimitOptions {
  /** Default: the installed botocore models. */
  models?: ModelIndex;
}

/** What AWS would refuse `body` of `target` (e.g. `AmazonSSM.SendCommand`) with, or undefined when it is accepted. */
export function validateRequest(target: string, body: Record<string, unknown>, options: ValidationOptions = {}): AwsError | undefined {
  const operation = (options.models ?? installedModels()).operations.get(target);
  if (!operation) return new AwsError('UnknownOperationException', `${target} is not an operation of AWS's service models`);
  return validateAgainstModel(operation, body) ?? checkDocumentedLimits(target, body, options);
}

/** The refusal AWS would answer `body` with, or undefined when the model accepts it. */
export function validateAgainstModel(operation: OperationModel, body: Record<string, unknown>): AwsError | undefined {
  const walk: Walk = { shapes: operation.model.shapes, violations: [] };
  try {
    if (operation.input === '') {
      const extra = Object.keys(body).find((key) => body[key] !== null);
      if (extra !== undefined) throw serialization(`Unknown member '${extra}': the operation takes no input`);
    } else {
      visit(walk, operation.input, body, '', false);
    }
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  const count = walk.violations.length;
  if (count === 0) return undefined;
  const details = walk.violations.map(describe).join('; ');
  return validation(`${count} validation error${count === 1 ? '' : 's'} detected: ${details}`);
}

function describe(violation: Violation): string {
  const value = violation.value === null ? 'null ' : violation.sensitive ? '' : `'${render(violation.value)}' `;
  return `Value ${value}at '${violation.path}' failed to satisfy constraint: ${violation.constraint}`;
}

/** Values as AWS's (Java) messages print them: lists `[a, b]`, maps and structures `{k=v}`. */
function render(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}=${render(item)}`)
      .join(', ')}}`;
  }
  return String(value);
}

function shapeOf(walk: Walk, name: string): Shape {
  const shape = walk.shapes[name];
  if (!shape) throw new Error(`fake AWS: the service model has no shape ${name}`);
  return shape;
}

function visit(walk: Walk, name: string, value: unknown, path: string, sensitiveAbove: boolean): void {
  const shape = shapeOf(walk, name);
  const sensitive = sensitiveAbove || shape.sensitive === true;
  if (shape.type === 'structure') visitStructure(walk, name, shape, value, path, sensitive);
  else if (shape.type === 'list') visitList(walk, shape, value, path, sensitive);
  else if (shape.type === 'map') visitMap(walk, shape, value, path, sensitive);
  else for (const constraint of scalarViolations(name, shape, value)) walk.violations.push({ path, value, sensitive, constraint });
}

function visitStructure(walk: Walk, name: string, shape: Shape, value: unknown, path: string, sensitive: boolean): void {
  const object = expectObject(value, 'structure');
  const members = shape.members ?? {};
  for (const [key, item] of Object.entries(object)) {
    if (item === null) continue;
    if (!(key in members))
      throw serialization(`Unknown member '${key}' in ${name}: AWS's model of it has ${Object.keys(members).join(', ')}`);
  }
  for (const required of shape.required ?? []) {
    if (object[required] === undefined || object[required] === null) {
      walk.violations.push({ path: join(path, required), value: null, sensitive, constraint: 'Member must not be null' });
    }
  }
  for (const [key, member] of Object.entries(members)) {
    const item = object[key];
    if (item !== undefined && item !== null) visit(walk, member.shape, item, join(path, key), sensitive);
  }
}

function visitList(walk: Walk, shape: Shape, value: unknown, path: string, sensitive: boolean): void {
  if (!Array.isArray(value)) {
    throw typeError(value, 'a List');
  }
  for (const constraint of lengthViolations(shape, value.length)) walk.violations.push({ path, value, sensitive, constraint });
  const memberName = shape.member?.shape ?? '';
  const member = shapeOf(walk, memberName);
  if (isScalar(member)) {
    const broken = value.flatMap((item: unknown) =>
      item === null ? ['Member must not be null'] : scalarViolations(memberName, member, item),
    );
    if (broken.length > 0)
      walk.violations.push({ path, value, sensitive, constraint: `Member must satisfy constraint: [${unique(broken).join(', ')}]` });
    return;
  }
  value.forEach((item: unknown, index) => {
    const itemPath = `${path}.${index + 1}.member`;
    if (item === null) walk.violations.push({ path: itemPath, value: null, sensitive, constraint: 'Member must not be null' });
    else visit(walk, memberName, item, itemPath, sensitive);
  });
}

function visitMap(walk: Walk, shape: Shape, value: unknown, path: string, sensitive: boolean): void {
  const object = expectObject(value, 'map');
  const entries = Object.entries(object);
  for (const constraint of lengthViolations(shape, entries.length)) walk.violations.push({ path, value, sensitive, constraint });
  const keyName = shape.key?.shape ?? '';
  const keyShape = shapeOf(walk, keyName);
  const brokenKeys = entries.flatMap(([key]) => scalarViolations(keyName, keyShape, key));
  if (brokenKeys.length > 0)
    walk.violations.push({ path, value, sensitive, constraint: `Map keys must satisfy constraint: [${unique(brokenKeys).join(', ')}]` });
  const valueName = shape.value?.shape ?? '';
  const valueShape = shapeOf(walk, valueName);
  if (isScalar(valueShape)) {
    const broken = entries.flatMap(([, item]) =>
      item === null ? ['Member must not be null'] : scalarViolations(valueName, valueShape, item),
    );
    if (broken.length > 0)
      walk.violations.push({ path, value, sensitive, constraint: `Map value must satisfy constraint: [${unique(broken).join(', ')}]` });
    return;
  }
  for (const [key, item] of entries) {
    if (item === null) walk.violations.push({ path: `${path}.${key}`, value: null, sensitive, constraint: 'Member must not be null' });
    else visit(walk, valueName, item, `${path}.${key}`, sensitive);
  }
}

/** Type-checks one scalar (throwing SerializationException) and returns the constraints it breaks. */
function scalarViolations(name: string, shape: Shape, value: unknown): string[] {
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') throw typeError(value, 'a String');
      return [...lengthViolations(shape, value.length), ...patternViolations(name, shape, value), ...enumViolations(shape, value)];
    }
    case 'integer':
    case 'long': {
      const target = shape.type === 'integer' ? 'an Integer' : 'a Long';
      if (typeof value !== 'number') throw typeError(value, target);
      const limit = shape.type === 'integer' ? 2 ** 31 : 2 ** 53;
      if (!Number.isInteger(value) || value < -limit || value >= limit)
        throw serialization(`NUMBER_VALUE ${value} can not be converted to ${target}`);
      return rangeViolations(shape, value);
    }
    case 'float':
    case 'double':
      if (typeof value !== 'number') throw typeError(value, 'a Double');
      return rangeViolations(shape, value);
    case 'boolean':
      if (typeof value !== 'boolean') throw typeError(value, 'a Boolean');
      return [];
    case 'timestamp': {
      // JSON 1.1 sends timestamps as epoch seconds.
      if (typeof value !== 'number') throw typeError(value, 'a Timestamp');
      return [];
    }
    case 'blob': {
      if (typeof value !== 'string') throw typeError(value, 'a Blob');
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value))
        throw serialization('Base64 encoded value is invalid');
      return lengthViolations(shape, Buffer.from(value, 'base64').length);
    }
    default:
      throw new Error(`fake AWS: shape ${name} has type ${shape.type}, which is not a scalar`);
  }
}

function lengthViolations(shape: Shape, length: number): string[] {
  const broken: string[] = [];
  if (shape.max !== undefined && length > shape.max) broken.push(`Member must have length less than or equal to ${shape.max}`);
  if (shape.min !== undefined && length < shape.min) broken.push(`Member must have length greater than or equal to ${shape.min}`);
  return broken;
}

function rangeViolations(shape: Shape, number: number): string[] {
  const broken: string[] = [];
  if (shape.max !== undefined && number > shape.max) broken.push(`Member must have value less than or equal to ${shape.max}`);
  if (shape.min !== undefined && number < shape.min) broken.push(`Member must have value greater than or equal to ${shape.min}`);
  return broken;
}

function patternViolations(name: string, shape: Shape, text: string): string[] {
  if (shape.pattern === undefined) return [];
  const compiled = compileJavaPattern(shape.pattern);
  if (!compiled.ok) {
    // Failing closed: a value the fake cannot check is not waved through.
    throw new AwsError(
      'InternalFailure',
      `fake AWS cannot check the pattern ${shape.pattern} of shape ${name}: it ${compiled.reason}. Teach test/world/fakes/aws/patterns.ts.`,
      500,
    );
  }
  return compiled.regex.test(text) ? [] : [`Member must satisfy regular expression pattern: ${shape.pattern}`];
}

function enumViolations(shape: Shape, text: string): string[] {
  if (shape.enum === undefined || shape.enum.includes(text)) return [];
  return [`Member must satisfy enum value set: [${shape.enum.join(', ')}]`];
}

function isScalar(shape: Shape): boolean {
  return shape.type !== 'structure' && shape.type !== 'list' && shape.type !== 'map';
}

function expectObject(value: unknown, kind: 'structure' | 'map'): Record<string, unknown> {
  if (Array.isArray(value)) throw serialization('Start of list found where not expected');
  if (typeof value !== 'object' || value === null) throw typeError(value, kind === 'map' ? 'a Map' : 'a Structure');
  return value as Record<string, unknown>;
}

/** The SerializationException for a value of the wrong JSON type. */
function typeError(value: unknown, target: string): AwsError {
  if (Array.isArray(value)) return serialization('Start of list found where not expected');
  if (typeof value === 'object' && value !== null) return serialization('Start of structure or map found where not expected.');
  return serialization(`${jsonKind(value)} can not be converted to ${target}`);
}

/** The JSON token kind as AWS's messages name it. */
function jsonKind(value: unknown): string {
  if (typeof value === 'string') return 'STRING_VALUE';
  if (typeof value === 'number') return 'NUMBER_VALUE';
  if (value === true) return 'TRUE_VALUE';
  if (value === false) return 'FALSE_VALUE';
  return 'NULL_VALUE';
}

function serialization(message: string): AwsError {
  return new AwsError('SerializationException', message);
}

/** Member names appear in messages with a lower-case first letter: `instanceIds`, `maxResults`. */
function join(path: string, member: string): string {
  const name = member.charAt(0).toLowerCase() + member.slice(1);
  return path === '' ? name : `${path}.${name}`;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
