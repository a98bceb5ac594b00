/**
 * How a parser's cost grows with its input, as an exponent: about 1 when linear, 2 when
 * quadratic. CPU time at 8n over CPU time at n, best of several interleaved runs, as log base 8.
 * A factor of 8 (not 4) keeps linear and quadratic far apart (8 vs 64), so a busy machine, which
 * can inflate one side by 2–4×, does not make a linear parser look quadratic: assert `< 1.7`
 * (a ratio of about 34; quadratic gives 2, a ratio of 64). CPU time, not wall time, so other
 * processes do not count; n doubles (at most 16×) until a warm run takes 1 ms, so that
 * collecting garbage does not dominate.
 */
export function growthExponent<T>(run: (input: T) => unknown, make: (n: number) => T, n: number): number {
  const time = (input: T) => {
    const t = cpuMs();
    run(input);
    return cpuMs() - t;
  };
  const most = 16 * n;
  let small = make(n);
  while (Math.min(time(small), time(small)) < 1 && n < most) {
    n *= 2;
    small = make(n);
  }
  const large = make(8 * n);
  time(large);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 34; attempt++) {
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < 5; i++) {
      a = Math.min(a, time(small));
      b = Math.min(b, time(large));
    }
    ratio = Math.min(ratio, b / Math.max(a, 0.5));
  }
  return Math.log(ratio) / Math.log(8);
}

export function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}
