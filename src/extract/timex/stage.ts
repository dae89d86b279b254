import type { StageDefinition } from '../../pipeline/stage.js';
import { tagTimexes } from './tag.js';
import { withoutPeopleNamedLikeTimes } from './people-named-like-times.js';

/** Temporal expressions (DATE, TIME, DURATION, SET) normalized against the publication date. */
export const timexStage: StageDefinition = {
  name: 'timex',
  requires: ['tokens', 'sentences'],
  produces: ['timexes'],
  // Name recognition, when it ran before (the default pipeline), tells a person called June from the month; the
  // TimeML system mode (`dateline timex`) runs the tagger alone.
  create: () => (doc) => ({ timexes: withoutPeopleNamedLikeTimes(doc.text, tagTimexes(doc.text, doc.tokens, doc.sentences, doc.anchorDate), doc.nerSpans) }),
};
