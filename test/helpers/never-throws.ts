/** The robustness check every JSON reader gets: arbitrary text and arbitrary JSON never make it throw. */
import fc from 'fast-check';

export function assertNeverThrowsOnTextOrJson(parse: (text: string) => unknown): void {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (s) => void parse(s)),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.jsonValue(), (v) => void parse(JSON.stringify(v))),
    { numRuns: 300 },
  );
}
