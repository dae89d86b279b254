/**
 * Whether a mention is one of a trigger's actors, for keeping actors out of its recipients.
 */
import type { TokenMention } from './doc-view.js';

/**
 * Is a mention one of the actors? The actor is not its own recipient — except a nationality named again for
 * another group ("Palestinian police … confiscated weapons from Palestinian armed groups"): one NORP entity, two
 * parties of one country. (Not after several actors: "Hungarian and Romanian officials agreed … Romanian
 * refugees" names their own people.)
 */
export class ActorTest {
  // A few mentions at most: scanned, not hashed (no sets allocated per trigger). The list is never changed.
  constructor(private readonly actors: TokenMention[]) {}

  has(m: TokenMention): boolean {
    let sameEntity = false;
    let sameToken = false;
    for (let k = 0; k < this.actors.length; k++) {
      if (this.actors[k].id === m.id) sameEntity = true;
      if (this.actors[k].tokenStart === m.tokenStart) sameToken = true;
    }
    return sameEntity && !(m.type === 'NORP' && this.actors.length === 1 && !sameToken);
  }

  /** The mentions that are not actors. */
  others(list: TokenMention[]): TokenMention[] {
    const out: TokenMention[] = [];
    for (let k = 0; k < list.length; k++) if (!this.has(list[k])) out.push(list[k]);
    return out;
  }
}
