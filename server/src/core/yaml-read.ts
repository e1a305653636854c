/**
 * YAML files checked against a JSON Schema (framework schemas, their templates), every
 * problem placed at the line and column where it is written.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { fromLinePos } from './positions.js';
import type { Range } from './types.js';

export interface SchemaProblem {
  message: string;
  range: Range;
}

export interface YamlRead<T> {
  /** The data, when it parsed and has the shape the validator wants. */
  raw?: T;
  problems: SchemaProblem[];
  /** Where the value at a path is written (or the nearest enclosing value that is). */
  rangeAt(path: Array<string | number>): Range;
}

/** YAML text checked against a JSON Schema, every problem placed where it is written. */
export function readYaml<T>(text: string, validate: ValidateFunction<T>): YamlRead<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const rangeOf = (offsets: readonly [number, number] | undefined): Range => {
    const [start, end] = offsets ?? [0, 0];
    return { start: fromLinePos(lineCounter.linePos(start)), end: fromLinePos(lineCounter.linePos(end)) };
  };
  const rangeAt = (path: Array<string | number>) => rangeOf(nodeRange(doc, path));
  if (doc.errors.length > 0) {
    return { rangeAt, problems: doc.errors.map((error) => ({ message: `YAML: ${firstLine(error.message)}`, range: rangeOf(error.pos) })) };
  }
  const raw: unknown = doc.toJS();
  if (!validate(raw)) {
    return {
      rangeAt,
      problems: (validate.errors ?? []).map((error) => ({ message: describeAjvError(error), range: rangeOf(locate(doc, error)) })),
    };
  }
  return { raw, problems: [], rangeAt };
}

/** A JSON Schema validator, compiled once. */
export function compileValidator<T>(jsonSchema: object): ValidateFunction<T> {
  return new Ajv({ allErrors: true, strict: false }).compile<T>(jsonSchema);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath ? pathLabel(error.instancePath.split('/').slice(1)) : 'schema';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  }
  if (error.keyword === 'required') {
    return `${where}: missing key "${(error.params as { missingProperty: string }).missingProperty}"`;
  }
  if (error.keyword === 'pattern') return `${where}: must be a lower-case id such as "offline-metrics"`;
  return `${where}: ${error.message ?? 'is invalid'}`;
}

export function pathLabel(segments: string[]): string {
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || 'schema';
}

/** The source range of the value an Ajv error is about (the offending key for unknown keys). */
function locate(doc: Document, error: ErrorObject): readonly [number, number] | undefined {
  const path = error.instancePath.split('/').slice(1).map(unescapePointer);
  if (error.keyword === 'additionalProperties' || error.keyword === 'propertyNames') {
    const key = (error.params as { additionalProperty?: string; propertyName?: string });
    const name = key.additionalProperty ?? key.propertyName;
    const owner = nodeAt(doc, path);
    if (name !== undefined && isMap(owner)) {
      const pair = owner.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
      if (pair && isScalar(pair.key) && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
    }
  }
  return nodeRange(doc, path);
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function nodeAt(doc: Document, path: Array<string | number>): Node | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      node = pair?.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  return node as Node | undefined;
}

function nodeRange(doc: Document, path: Array<string | number>): readonly [number, number] | undefined {
  // Walk up to the nearest node that exists, so a problem always has a place.
  for (let length = path.length; length >= 0; length--) {
    const node = nodeAt(doc, path.slice(0, length));
    if (node?.range) return [node.range[0], node.range[1]];
  }
  return undefined;
}
