import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readInput } from '../../src/ingest/read-file.js';

const read = (name: string, content: string | Buffer, options = {}) => readInput(name, Buffer.isBuffer(content) ? content : Buffer.from(content), options);

test('dated-text: the seed header gives the date, the text keeps everything after it verbatim', () => {
  const r = read('a.txt', '  date 2024-08-13 Headline here\n\nBody  text.\n');
  assert.equal(r.format, 'dated-text');
  const a = r.articles[0];
  assert.equal(a.published, '2024-08-13');
  assert.equal(a.text, 'Headline here\n\nBody  text.\n');
  assert.equal(a.title, 'Headline here');
  assert.equal(a.dateSource, 'header');
});

test('JSON Lines: fields are taken, text is verbatim, each line keeps its line number', () => {
  const r = read('a.jsonl', '{"id":"n1","published":"2024-08-13T10:00:00Z","text":"  Spaced\\r\\ntext ","title":"T","source":"S","url":"https://x/1"}\n\n{"published":"2024-08-14","text":"Second"}\n');
  assert.equal(r.errors.length, 0);
  assert.deepEqual(r.articles.map((a) => [a.id.length > 0, a.published, a.origin?.line]), [[true, '2024-08-13T10:00:00Z', 1], [true, '2024-08-14', 3]]);
  assert.equal(r.articles[0].text, '  Spaced\r\ntext ');
  assert.equal(r.articles[0].id, 'n1');
  assert.equal(r.articles[0].source, 'S');
});

test('a JSON array of articles is read too', () => {
  const r = read('a.json', '[{"published":"2024-08-13","text":"One"},{"published":"2024-08-13"}]');
  assert.equal(r.articles.length, 1);
  assert.equal(r.errors[0].origin.item, 2);
});

test('HTML: main text without navigation or script, date and its source from the metadata', () => {
  const html = `<!doctype html><html><head><title>Page title</title>
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-08-12T08:00:00+03:00"}</script>
    <meta property="og:site_name" content="Example Times"><link rel="canonical" href="https://example.org/a"></head>
    <body><nav>Home News Sport</nav><article><h1>Page title</h1><p>First paragraph about Abbas.</p><p>Second one, about Putin.</p></article>
    <script>alert(1)</script></body></html>`;
  const r = read('a.html', html);
  assert.equal(r.format, 'html');
  const a = r.articles[0];
  assert.equal(a.published, '2024-08-12');
  assert.equal(a.dateSource, 'json-ld:datePublished');
  assert.equal(a.source, 'Example Times');
  assert.equal(a.url, 'https://example.org/a');
  assert.equal(a.text, 'Page title\n\nFirst paragraph about Abbas.\n\nSecond one, about Putin.');
  assert.ok(!a.text.includes('alert') && !a.text.includes('Sport'));
});

test('HTML: article:published_time beats <time>, and <time> is used when alone', () => {
  const both = read('b.html', '<html><head><meta property="article:published_time" content="2024-01-02"></head><body><p>Text.</p><time datetime="2023-05-05">x</time></body></html>');
  assert.deepEqual([both.articles[0].published, both.articles[0].dateSource], ['2024-01-02', 'meta:article:published_time']);
  const time = read('c.html', '<html><body><p>Text of the story.</p><time datetime="2023-05-05T10:00">May 5</time></body></html>');
  assert.deepEqual([time.articles[0].published, time.articles[0].dateSource], ['2023-05-05', 'time']);
});

test('RSS 2.0 and Atom: one article per item, with guid as id and the item number as origin', () => {
  const rss = read('f.xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>A</title><guid>urn:1</guid><link>https://w/1</link><pubDate>Tue, 13 Aug 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Abbas met Putin.&lt;/p&gt;</description></item>
    <item><title>B</title><link>https://w/2</link><pubDate>Wed, 14 Aug 2024 10:00:00 GMT</pubDate><description>Second.</description></item></channel></rss>`);
  assert.equal(rss.format, 'feed');
  assert.deepEqual(rss.articles.map((a) => [a.id, a.published, a.origin?.item, a.source]), [['urn:1', '2024-08-13', 1, 'Wire'], ['https://w/2', '2024-08-14', 2, 'Wire']]);
  assert.equal(rss.articles[0].text, 'A\n\nAbbas met Putin.');
  const atom = read('f.atom', `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
    <entry><id>tag:1</id><title>T</title><link href="https://a/1"/><published>2024-02-13T00:00:00Z</published><content type="html">&lt;p&gt;Peskov spoke.&lt;/p&gt;</content></entry></feed>`);
  assert.deepEqual(atom.articles.map((a) => [a.id, a.published, a.url, a.dateSource]), [['tag:1', '2024-02-13', 'https://a/1', 'atom:published']]);
});

test('gzip of any format is detected by its bytes, not its name', () => {
  const r = read('noext', gzipSync(' date 2024-08-13 Zipped story.'));
  assert.equal(r.format, 'dated-text');
  assert.equal(r.articles[0].text, 'Zipped story.');
});

test('plain text takes --date; --date overrides when asked', () => {
  assert.equal(read('p.txt', 'Just text.', { date: '2024-01-01' }).articles[0].published, '2024-01-01');
  assert.equal(read('s.txt', ' date 2024-08-13 Text.', { date: '2020-01-01', overrideDate: true }).articles[0].published, '2020-01-01');
});

test('the same text with other white space on the same day is the same article', () => {
  const a = read('a.jsonl', '{"published":"2024-08-13","text":"Putin  met\\nAbbas."}').articles[0];
  const b = read('b.txt', ' date 2024-08-13 Putin met Abbas.').articles[0];
  const c = read('c.txt', ' date 2024-08-14 Putin met Abbas.').articles[0];
  assert.equal(a.contentHash, b.contentHash);
  assert.equal(a.id, b.id);
  assert.notEqual(a.contentHash, c.contentHash);
});
