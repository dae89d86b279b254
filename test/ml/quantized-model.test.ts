import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuantizedModel, readModelFile, SequenceModel } from '../../src/ml/index.js';
import { KeyFilter } from '../../src/ml/key-filter.js';
import { RESOURCES_DIR } from '../../src/paths.js';

test('the key filter never rejects a key and rejects most other hashes', () => {
  const keys = Uint32Array.from({ length: 5000 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ (i << 7)) >>> 0);
  const filter = new KeyFilter(keys);
  for (const key of keys) assert.ok(filter.mayHave(key));
  const known = new Set(keys);
  let passed = 0;
  let tried = 0;
  for (let i = 0; i < 20000; i++) {
    const h = Math.imul(i + 12345, 0x85ebca6b) >>> 0;
    if (known.has(h)) continue;
    tried++;
    if (filter.mayHave(h)) passed++;
  }
  assert.ok(passed / tried < 0.15, `${passed} of ${tried} absent hashes passed`);
  assert.equal(new KeyFilter(new Uint32Array(0)).mayHave(123), false);
});

test('integer scores times the scale are the Float32 model scores', () => {
  const data = readFileSync(join(RESOURCES_DIR, 'syntax/chunk.bin.gz'));
  const exact = QuantizedModel.read(data);
  const reference = SequenceModel.deserialize(data);
  const { keys } = readModelFile(data);
  const L = exact.labelCount;
  const ints = new Float32Array(L);
  const floats = new Float32Array(L);
  for (let k = 0; k < keys.length; k += 997) {
    const features = [keys[k], keys[(k * 7) % keys.length], 0xdeadbeef];
    ints.fill(0);
    floats.fill(0);
    exact.addFeatures(features, ints, 0);
    reference.scoreFeatures(features, floats, 0);
    for (let y = 0; y < L; y++) {
      assert.ok(Number.isInteger(ints[y]));
      assert.ok(Math.abs(ints[y] * exact.scale - floats[y]) <= 1e-5 * (1 + Math.abs(floats[y])));
    }
  }
  assert.equal(exact.rowOf(0xdeadbeef), -1);
});
