import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFixtureServer, type RunningServer } from './server-harness.js';

let server: RunningServer;
// Response bodies are checked field by field below; their static type would add nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const get = async (path: string): Promise<{ status: number; headers: Headers; body: Json }> => {
  const res = await fetch(server.base + path);
  return { status: res.status, headers: res.headers, body: res.headers.get('content-type')?.startsWith('application/json') ? await res.json() : await res.text() };
};

before(async () => {
  server = await startFixtureServer();
});
after(async () => server.close());

describe('API over HTTP against a real store (fixture layers)', () => {
  it('searches articles with highlighted snippets whose marks cover the query word', async () => {
    const { status, body } = await get('/api/articles?q=Abbas');
    assert.equal(status, 200);
    assert.equal(body.items.length, 2);
    for (const item of body.items) {
      assert.ok(item.snippet.marks.length > 0);
      for (const [s, e] of item.snippet.marks) assert.equal(item.snippet.text.slice(s, e).toLowerCase(), 'abbas');
      assert.equal(item.url, `/articles/${item.id}`);
    }
    assert.equal(body.next, null);
  });

  it('filters articles by source, date range, entity and event type', async () => {
    assert.deepEqual((await get('/api/articles?source=Example%20Wire')).body.items.map((a: { id: string }) => a.id), [server.ids.wire]);
    assert.deepEqual((await get('/api/articles?from=2024-08-01')).body.items.map((a: { id: string }) => a.id), [server.ids.aug]);
    assert.deepEqual((await get('/api/articles?eventType=ACCUSE')).body.items.map((a: { id: string }) => a.id), [server.ids.aug]);
    const abbas = (await get('/api/entities?q=abbas')).body.items[0];
    assert.equal((await get(`/api/articles?entity=${abbas.id}`)).body.items.length, 2);
  });

  it('survives FTS syntax in the query and treats it as words', async () => {
    for (const q of ['"', 'AND OR NOT', 'abbas NEAR(', '*', "'; DROP TABLE articles; --", '(((']) {
      const { status } = await get(`/api/articles?q=${encodeURIComponent(q)}`);
      assert.equal(status, 200, q);
    }
    assert.equal((await get('/api/stats')).body.articles, 3);
  });

  it('pages with cursors through every item exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const { body }: { body: { items: { id: string }[]; next: string | null } } = await get(`/api/articles?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      assert.ok(body.items.length <= 1);
      seen.push(...body.items.map((a) => a.id));
      cursor = body.next;
    }
    assert.deepEqual([...seen].sort(), [server.ids.aug, server.ids.feb, server.ids.wire].sort());
    assert.deepEqual(seen, [server.ids.aug, server.ids.wire, server.ids.feb]); // newest first
  });

  it('returns one article with its annotation record and links to stored entities', async () => {
    const { status, body } = await get(`/api/articles/${server.ids.feb}`);
    assert.equal(status, 200);
    assert.equal(body.record.article.id, server.ids.feb);
    for (const e of body.record.entities) for (const [s, t] of e.mentions) assert.ok(body.record.text.slice(s, t).length > 0);
    assert.match(body.entities.E1.url, /^\/entities\/\d+$/);
  });

  it("orders Abbas's timeline by the dates the text gives, marking negated and planned events", async () => {
    const abbas = (await get('/api/entities?q=Abbas')).body.items[0];
    assert.equal(abbas.name, 'Mahmoud Abbas');
    const { body } = await get(`/api/entities/${abbas.id}/timeline`);
    const events = body.items.filter((i: { kind: string }) => i.kind === 'event');
    assert.deepEqual(events.map((e: { date: string }) => e.date), ['2023-11', '2023-12', '2023-12', '2024-08-12', '2024-08-13', '2024-08-14']);
    const [visit, call] = events;
    assert.equal(visit.negated, true);
    assert.equal(visit.record.modality, 'negated');
    assert.equal(call.negated, false);
    assert.equal(events.find((e: { date: string }) => e.date === '2024-08-13').planned, true);
    for (const item of body.items) {
      const article: Json = (await get(`/api/articles/${item.article.id}`)).body;
      assert.equal(article.record.text.slice(item.sentence[0], item.sentence[1]), item.sentenceText);
      assert.ok(item.url.startsWith(`/articles/${item.article.id}?span=`));
    }
  });

  it('gives the entity page: card, mentions per day, events both ways, quotes, related', async () => {
    const putin = (await get('/api/entities?q=putin')).body.items[0];
    const { body } = await get(`/api/entities/${putin.id}`);
    assert.equal(body.name, 'Vladimir Putin');
    assert.deepEqual(body.mentionsPerDay.map((d: { day: string }) => d.day), ['2024-02-13', '2024-08-13']);
    assert.deepEqual(body.eventsAsActor.items.map((e: { event: string }) => e.event).sort(), ['ACCUSE', 'CONSULT']);
    assert.deepEqual(body.eventsAsRecipient.items.map((e: { event: string }) => e.event), ['CONSULT']);
    assert.ok(body.related.some((r: { name: string }) => r.name === 'Mahmoud Abbas'));
    const peskov = (await get('/api/entities?q=peskov')).body.items[0];
    const quotes = (await get(`/api/quotes?speaker=${peskov.id}`)).body.items;
    assert.equal(quotes.length, 1);
    assert.match(quotes[0].contentText, /^Abbas has a standing invitation/);
    const aboutAbbas = (await get(`/api/quotes?about=${(await get('/api/entities?q=abbas')).body.items[0].id}`)).body.items;
    assert.equal(aboutAbbas.length, 1);
  });

  it('filters events by actor, recipient, type, modality and date; claims form series by claimant', async () => {
    const abbas = (await get('/api/entities?q=abbas')).body.items[0].id;
    assert.equal((await get(`/api/events?actor=${abbas}`)).body.items.length, 4);
    assert.equal((await get(`/api/events?recipient=${abbas}`)).body.items.length, 2);
    assert.equal((await get('/api/events?modality=negated')).body.items[0].date, '2023-11');
    assert.deepEqual((await get('/api/events?type=CONSULT&from=2024-08-13')).body.items.map((e: { date: string }) => e.date), ['2024-08-13', '2024-08-14']);
    const claims = (await get('/api/claims?kind=killed')).body.items;
    assert.deepEqual(claims.map((c: { value: number }) => c.value), [38000, 39900, 40000]);
    assert.deepEqual(claims.map((c: { series: string }) => c.series), ['Gaza Health Ministry', 'Gaza Health Ministry', 'example.com']);
  });

  it('draws the actor network from asserted events only, with Goldstein scores', async () => {
    const { body } = await get('/api/network');
    const names = new Map(body.nodes.map((n: { id: number; name: string }) => [n.id, n.name]));
    const edges = body.edges.map((e: { source: number; target: number; goldstein: number }) => `${names.get(e.source)}→${names.get(e.target)}:${e.goldstein}`).sort();
    assert.ok(edges.includes('Vladimir Putin→Israel:-2'));
    assert.ok(!edges.some((e: string) => e.startsWith('Mahmoud Abbas→Vladimir Putin')), 'the planned meeting is not an edge');
  });

  it('streams every list as CSV and JSON Lines, without a row cap', async () => {
    const jsonl = await get('/api/events?format=jsonl&limit=1');
    assert.match(jsonl.headers.get('content-type')!, /ndjson/);
    const lines = (jsonl.body as string).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 7); // every event, though limit=1
    const csv = await get('/api/entities?format=csv');
    const rows = (csv.body as string).trim().split('\r\n');
    assert.equal(rows[0].split(',')[0], 'id');
    assert.equal(rows.length, 1 + (await get('/api/stats')).body.entities);
    const timeline = await get(`/api/entities/${(await get('/api/entities?q=abbas')).body.items[0].id}/timeline?format=csv`);
    assert.match(timeline.body as string, /^id,kind,url,date/);
  });

  it('describes itself in an OpenAPI document listing every path', async () => {
    const { body } = await get('/api/openapi.json');
    assert.match(body.openapi, /^3\./);
    for (const path of ['/api/articles', '/api/articles/{id}', '/api/entities', '/api/entities/{id}', '/api/entities/{id}/timeline', '/api/events', '/api/quotes', '/api/claims', '/api/stats']) {
      assert.ok(body.paths[path], path);
    }
  });

  it('answers bad requests with JSON 4xx and a sentence naming the problem', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/articles?limit=0', 400, /"limit" must be >= 1/],
      ['/api/articles?from=yesterday', 400, /"from" must be a date/],
      ['/api/articles?cursor=garbage', 400, /cursor/],
      ['/api/entities/abc', 400, /"id" must be integer/],
      ['/api/entities/999999', 404, /no entity with id 999999/],
      ['/api/articles/nope', 404, /no article with id "nope"/],
      ['/api/nothing', 404, /openapi/],
      ['/api/events?modality=maybe', 400, /one of: asserted/],
    ];
    for (const [path, status, message] of cases) {
      const res = await get(path);
      assert.equal(res.status, status, path);
      assert.match(res.body.message, message, path);
      assert.equal(res.body.statusCode, status);
    }
  });

  it('sends the security headers on every response', async () => {
    for (const path of ['/api/stats', '/api/nothing', '/entities/1']) {
      const { headers } = await get(path);
      assert.match(headers.get('content-security-policy')!, /script-src 'self'(;|$)/);
      assert.doesNotMatch(headers.get('content-security-policy')!, /unsafe-inline|unsafe-eval/);
      assert.equal(headers.get('x-content-type-options'), 'nosniff');
    }
  });

  it('refuses requests addressed to a foreign host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      request(server.base + '/api/stats', { headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject).end();
    });
    assert.equal(status, 403);
  });
});
