/**
 * Builds a WHERE clause from optional filters. Clauses are fixed SQL written in this folder; only values
 * travel as named parameters, so nothing a client sends is ever spliced into SQL.
 */
export class Where {
  private readonly clauses: string[] = [];
  readonly params: Record<string, unknown> = {};

  /** Adds `clause` when `value` is given; the clause refers to the value as `@name`. */
  when(value: unknown, name: string, clause: string): this {
    if (value === undefined || value === null || value === '') return this;
    this.clauses.push(clause);
    this.params[name] = value;
    return this;
  }

  /** Adds a clause with its own parameters (for keyset conditions). */
  add(clause: string, params: Record<string, unknown> = {}): this {
    this.clauses.push(clause);
    Object.assign(this.params, params);
    return this;
  }

  sql(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }

  and(): string {
    return this.clauses.length ? `AND ${this.clauses.join(' AND ')}` : '';
  }
}
