import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SEED_2024_08 } from './fixture-store.js';
import { startFixtureServer } from './server-harness.js';

const ARTICLE = { id: 'posted-1', published: '2024-09-01', source: 'Posted', title: 'Posted title', text: 'Posted title\n\nMahmoud Abbas spoke in Ramallah on Sunday.' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function post(base: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${base}/api/articles`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: res.status, body: await res.json() };
}

describe('POST /api/articles', () => {
  it('on loopback without a token: ingests JSON and dated text through the readers, idempotently', async () => {
    const s = await startFixtureServer();
    try {
      const created = await post(s.base, JSON.stringify(ARTICLE));
      assert.equal(created.status, 201);
      assert.deepEqual(created.body.items, [{ id: 'posted-1', url: '/articles/posted-1', outcome: 'new' }]);
      const stored: Json = await (await fetch(`${s.base}/api/articles/posted-1`)).json();
      assert.equal(stored.record.text, ARTICLE.text);
      assert.equal((await post(s.base, JSON.stringify([ARTICLE]))).body.items[0].outcome, 'duplicate');
      const text = readFileSync(SEED_2024_08, 'utf8').replace('Live updates', 'Another edition');
      const plain = await post(s.base, text, { 'content-type': 'text/plain' });
      assert.equal(plain.status, 201);
      assert.equal(((await (await fetch(`${s.base}/api/stats`)).json()) as Json).articles, 5);
    } finally {
      await s.close();
    }
  });

  it('refuses bad bodies with a 4xx and a reason', async () => {
    const s = await startFixtureServer({ bodyLimit: 4096 });
    try {
      const cases: [string, Record<string, string>, number, RegExp][] = [
        ['{not json', {}, 400, /not valid JSON/],
        [JSON.stringify({ text: 'no date' }), {}, 400, /"published" is required/],
        [JSON.stringify({ ...ARTICLE, published: '2024-02-30' }), {}, 400, /not a real calendar date/],
        [JSON.stringify({ ...ARTICLE, text: 'x'.repeat(10_000) }), {}, 413, /larger than the limit/],
        ['<xml/>', { 'content-type': 'application/xml' }, 415, /application\/json/],
      ];
      for (const [body, headers, status, message] of cases) {
        const res = await post(s.base, body, headers);
        assert.equal(res.status, status, body.slice(0, 30));
        assert.match(res.body.message, message);
      }
    } finally {
      await s.close();
    }
  });

  it('refuses writes from another site (CSRF)', async () => {
    const s = await startFixtureServer();
    try {
      const res = await post(s.base, JSON.stringify(ARTICLE), { origin: 'https://evil.example' });
      assert.equal(res.status, 403);
      assert.match(res.body.message, /another site/);
      assert.equal((await post(s.base, JSON.stringify(ARTICLE), { origin: s.base })).status, 201);
    } finally {
      await s.close();
    }
  });

  it('with --token: every write needs the bearer token', async () => {
    const s = await startFixtureServer({ token: 's3cret-token' });
    try {
      assert.equal((await post(s.base, JSON.stringify(ARTICLE))).status, 401);
      assert.equal((await post(s.base, JSON.stringify(ARTICLE), { authorization: 'Bearer wrong-token!' })).status, 401);
      assert.equal((await post(s.base, JSON.stringify(ARTICLE), { authorization: 'Bearer s3cret-token' })).status, 201);
    } finally {
      await s.close();
    }
  });

  it('beyond loopback without --token: writes are disabled, reads work', async () => {
    const s = await startFixtureServer({ host: '0.0.0.0' });
    try {
      const res = await post(s.base, JSON.stringify(ARTICLE));
      assert.equal(res.status, 403);
      assert.match(res.body.message, /--token/);
      assert.equal((await fetch(`${s.base}/api/stats`)).status, 200);
    } finally {
      await s.close();
    }
  });
});
