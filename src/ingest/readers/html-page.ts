import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pageDateCandidates } from '../html-date.js';
import { htmlToText, nodeToText } from '../html-to-text.js';
import { InputError } from '../input-error.js';
import type { Reader } from '../reader.js';

/**
 * An HTML page: the main text through Mozilla's Readability (scripts, navigation and boilerplate dropped),
 * the publication date from the page's metadata, the title and canonical URL from its head.
 */
export const htmlPageReader: Reader = {
  format: 'html',
  sniff: (content, path) => /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article)\b/i.test(content.slice(0, 4096)) || (/\.x?html?$/i.test(path) && /^\s*</.test(content)),
  read(content, path, options) {
    const origin = { path };
    const { document } = parseHTML(content);
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]');
    const siteName = meta('meta[property="og:site_name"]');
    const dates = pageDateCandidates(document as never);

    let title = meta('meta[property="og:title"]') ?? (document.querySelector('title')?.textContent?.trim() || null);
    // The body without its chrome (navigation, header, footer, forms): if nothing is left, there is no article.
    const body = document.body;
    if (body) for (const el of body.querySelectorAll('nav, header, footer, aside, script, style, noscript, form')) el.remove();
    const bodyText = body ? nodeToText(body as never) : '';
    if (!bodyText.trim()) return [{ error: new InputError(origin, 'the HTML page has no article text') }];
    // Readability finds the main text and drops boilerplate; it mutates what it is given, so it gets its own
    // parse. Short pages fall below its threshold; for them the stripped body is the text.
    const article = new Readability(parseHTML(content).document as never, { charThreshold: 200 }).parse();
    let text = article?.content ? htmlToText(article.content) : '';
    if (!text.trim()) text = bodyText;
    title ??= article?.title?.trim() || null;
    // Readability drops the headline from the body; put it back in front, as the dated-text format has it.
    if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;

    let published: string;
    let dateSource: string;
    if (options.overrideDate && options.date) [published, dateSource] = [options.date, 'option'];
    else if (dates.length) [published, dateSource] = [dates[0].value, dates[0].source];
    else if (options.date) [published, dateSource] = [options.date, 'option'];
    else return [{ error: new InputError(origin, 'no publication date in the page metadata (article:published_time, JSON-LD datePublished, <time>) and no --date given') }];

    let source = siteName;
    if (!source && canonical) {
      try {
        source = new URL(canonical).hostname.replace(/^www\./, '');
      } catch {
        source = null;
      }
    }
    return [{ article: { published, text, title, source, url: canonical, origin, dateSource } }];
  },
};
