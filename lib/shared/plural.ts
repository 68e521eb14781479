// Counted nouns in English ("1 match", "2 matches", "1,204 people"): one rule for every page.
const RULES = new Intl.PluralRules("en-GB");
const NUM = new Intl.NumberFormat("en-GB");

/** "1 match" / "3 matches"; `many` defaults to `one` + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${NUM.format(n)} ${RULES.select(n) === "one" ? one : many}`;
}
