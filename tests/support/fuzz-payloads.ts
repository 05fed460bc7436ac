/**
 * Generates wrong payloads for every method of the contract: wrong types, missing fields,
 * extra fields, huge strings and prototype-pollution keys. Derived from the contract's own
 * schemas, so a method added later is fuzzed without touching this file.
 */
import type { z } from 'zod';
import { contract, methodNames, type MethodName } from '../../shared/api';

export interface BadPayload {
  method: MethodName;
  label: string;
  payload: unknown;
  /** A field the error must name, when one can be named. */
  field?: string;
}

const hugeString = 'x'.repeat(1_000_000);
const wrongValues: readonly unknown[] = [123, -1.5, true, null, {}, [], hugeString, '', { nested: { deep: [1, 2, 3] } }, ['a', 'b']];

export function badPayloads(): BadPayload[] {
  const out: BadPayload[] = [];
  for (const method of methodNames) {
    const schema = contract[method].request as unknown as z.ZodObject<z.ZodRawShape>;
    for (const payload of [null, 42, 'text', [], true]) out.push({ method, label: `non-object ${JSON.stringify(payload)}`, payload });
    out.push({ method, label: 'extra field', payload: { __fuzz_extra: 1 }, field: '__fuzz_extra' });
    out.push({
      method,
      label: 'prototype pollution keys',
      payload: JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}'),
    });
    if (!schema.safeParse({}).success) out.push({ method, label: 'missing fields', payload: {} });
    for (const [key, field] of Object.entries(schema.shape)) {
      for (const value of wrongValues) {
        if ((field as z.ZodType).safeParse(value).success) continue;
        const shown = typeof value === 'string' ? `string(${value.length})` : JSON.stringify(value);
        out.push({ method, label: `${key} = ${shown}`, payload: { [key]: value }, field: key });
      }
    }
  }
  return out;
}
