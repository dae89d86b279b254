/**
 * Small closed-class word lists the argument, modality and clause heuristics rely on. Open-class knowledge
 * (verbs, nouns, codes) lives in resources/events/; these are grammar words, fixed for English.
 */
const set = (words: string) => new Set(words.split(' '));

/** Words before a form that mark it as a noun ("the meeting", "its attack", "any imminent attack"). */
export const NOUN_MARKERS = set("the a an this that these those his her its their our my your 's ' any no of for in after before during amid with on against about over such another every each last first new planned upcoming recent imminent possible proposed");
/** Words before a form that mark it as a verb ("will meet", "to visit", "he met"). */
export const VERB_MARKERS = set("will would to has have had did does do not n't never also he she they we i it who which shall may might could should can must 'll been be being already then jointly");
export const BE_FORMS = set('is are was were be been being am');
/** Tokens that end a clause for argument and date search. */
export const CLAUSE_PUNCT = set(', ; : – — “ ” " ‘ ’ ` \'\' ``');
export const CLAUSE_WORDS = set('that which who whom whose while but because although though whereas where when after following before since unless if as');
/** Words opening a relative or adverbial clause: what such a clause says is background to the sentence's report. */
export const SUBORDINATORS = set('which who whom whose while because although though whereas where when after following before since unless if as until');
export const RELATIVE_PRONOUNS = set('which who whom whose that');
export const NEGATIONS = set("not n't never no without");
/** Verbs that make the event they govern negated when they precede it ("refused to meet", "failed to attend"). */
export const NEGATING_VERBS = set('refused refuses refusing declined declines failed fails avoided avoids denied denies');
export const FUTURE_CUES = set("will 'll shall due set scheduled planned plans plan planning intends intend intended meant going about upcoming next forthcoming later ready willing prepared committed");
/** Future cues that only count before "to" ("due to travel", "ready to host"). */
export const FUTURE_CUES_BEFORE_TO = set('set due about going meant ready willing prepared committed');
/** "a group of protesters": the name after "of" is the head, not a prepositional object. */
export const QUANTITY_NOUNS = set('group groups team delegation delegations number dozens hundreds thousands millions members member crowd crowds contingent unit units batch patch');
export const EXPECTED_CUES = set('expected expects expect likely poised anticipated imminent predicted forecast probably');
export const HYPOTHETICAL_CUES = set('would could might may if unless hope hopes hoped hoping want wants wanted wish wishes seek seeks seeking should possible potential');
/** Prepositions after which a place name gives where the event happened. */
export const PLACE_PREPS = set('in at inside near');
/** Prepositions that take a recipient after a trigger. */
export const RECIPIENT_PREPS = set('with to against on at over toward towards into for from');
export const PREPOSITIONS = set('in at on to with against over of for from by about into toward towards near between among amid during after before under');
export const COORDINATORS = set('and , &');
/** Verbs of saying: a name before one is the speaker, not the actor of what follows ("X said Y attacked Z"). */
export const SPEECH_VERBS = set('said says say told tells tell stated states added adds noted notes reported reports announced announces claimed claims declared declares warned insisted argued confirmed according');
/** Light verbs whose subject is the actor of the event noun they take ("held talks", "voiced criticism", "took part in the attack"). */
export const LIGHT_VERBS = set('hold holds held holding organize organizes organized organizing organise organises organised organising declare declares declared declaring have has had make makes made making pay pays paid paying conduct conducts conducted conducting carry carried carries out launch launches launched launching voice voices voiced voicing express expresses expressed expressing stage stages staged staging begin begins began begun start starts started continue continues continued resume resumes resumed participate participates participated participating take took takes taking part in join joins joined joining lead leads led mount mounts mounted announce announces announced impose imposes imposed imposing level levels levelled leveled issue issues issued');
/** Prepositions that make a following event noun a topic rather than an event ("talks about support"). */
export const TOPIC_PREPS = set('about around regarding concerning');
/** Verbs that end an ongoing exchange: with talks or mediation as object, CAMEO's "halt negotiations/mediation". */
export const HALTING_VERBS = set('end ends ended ending halt halts halted halting suspend suspends suspended suspending stop stops stopped stopping terminate terminates terminated terminating abandon abandons abandoned abandoning freeze froze frozen freezes interrupt interrupted interrupts');
/** Words that may stand before a verb in its clause without being its subject: auxiliaries, negation, a few adverbs. */
export const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'not', "n't", 'also', 'then', 'later', 'been']);
