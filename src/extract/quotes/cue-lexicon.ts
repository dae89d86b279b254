import type { Resources } from '../../pipeline/resources.js';

/** What a word can do in an attribution, from resources/quotes/cues.json. */
export const enum CueClass {
  None = 0,
  /** A reporting verb form (said, says, stated, …). */
  Verb = 1,
  /** A reporting verb that takes an addressee (told, informed, …). */
  TellVerb = 2,
  /** First word of a source phrase (according [to]). */
  Phrase = 3,
  /** A noun that names a statement (statement, readout, …). */
  Noun = 4,
  /** An attributing adverb (reportedly, allegedly). */
  Adverb = 5,
}

/** Whether a cue class is a reporting verb, with or without an addressee (said, told). */
export const isReportingVerb = (c: number): boolean => c === CueClass.Verb || c === CueClass.TellVerb;

interface CueFile {
  verbs: Record<string, string[]>;
  addresseeVerbs: string[];
  phrases: string[];
  speechNouns: string[];
  adverbs: string[];
  notSpeech: string[];
}

/** Reporting-verb forms and cue phrases, keyed by lower-case word. */
export class CueLexicon {
  private readonly classes = new Map<string, CueClass>();
  /** Multi-word phrases by first word, each the lower-case words after it. */
  readonly phrases = new Map<string, string[][]>();
  /** Lemma of each verb form (said → say). */
  readonly lemma = new Map<string, string>();
  private readonly notSpeech: ReadonlySet<string>;

  constructor(file: CueFile) {
    this.notSpeech = new Set(file.notSpeech);
    for (const [lemma, forms] of Object.entries(file.verbs)) {
      for (const form of forms) {
        this.classes.set(form, CueClass.Verb);
        this.lemma.set(form, lemma);
      }
    }
    for (const form of file.addresseeVerbs) this.classes.set(form, CueClass.TellVerb);
    for (const noun of file.speechNouns) if (!noun.includes(' ')) this.classes.set(noun, CueClass.Noun);
    for (const adverb of file.adverbs) this.classes.set(adverb, CueClass.Adverb);
    for (const phrase of file.phrases) {
      const words = phrase.split(' ');
      if (!this.classes.has(words[0])) this.classes.set(words[0], CueClass.Phrase);
      const list = this.phrases.get(words[0]) ?? [];
      list.push(words.slice(1));
      this.phrases.set(words[0], list);
    }
  }

  static load(resources: Resources): CueLexicon {
    return resources.load('quotes/cues.json', (text) => new CueLexicon(JSON.parse(text) as CueFile));
  }

  classOf(lowerWord: string): CueClass {
    return this.classes.get(lowerWord) ?? CueClass.None;
  }

  /** True for a word that marks speech: a reporting verb other than belief/plan verbs, a cue phrase, adverb or statement noun. */
  isSpeech(lowerWord: string): boolean {
    const c = this.classes.get(lowerWord);
    if (c === undefined) return false;
    if (c === CueClass.Verb) return !this.notSpeech.has(this.lemma.get(lowerWord) ?? '');
    return true;
  }

  /** True for the verbs whose object is the addressee ("told Wafa"). */
  takesAddressee(lowerWord: string): boolean {
    return this.classes.get(lowerWord) === CueClass.TellVerb;
  }
}
