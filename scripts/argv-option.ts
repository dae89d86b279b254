/** The value after `--name` in a script's arguments (`--fold tune` → "tune"), or undefined when absent. */
export function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}
