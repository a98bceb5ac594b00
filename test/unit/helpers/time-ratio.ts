/**
 * CPU time at 4n over CPU time at n, best of 7 interleaved runs: about 4 when linear, 16 when
 * quadratic. CPU time, not wall time, so other processes on a busy machine do not count. n doubles
 * (at most 8×) until a warm run takes 1 ms, small enough that collecting the garbage of the
 * results does not dominate. Up to three measurements are taken and the best counts.
 */
export function timeRatio<T>(run: (input: T) => unknown, make: (n: number) => T, n: number): number {
  const time = (input: T) => {
    const t = cpuMs();
    run(input);
    return cpuMs() - t;
  };
  const most = 8 * n;
  let small = make(n);
  while (Math.min(time(small), time(small)) < 1 && n < most) {
    n *= 2;
    small = make(n);
  }
  const large = make(4 * n);
  time(large);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 10; attempt++) {
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < 7; i++) {
      a = Math.min(a, time(small));
      b = Math.min(b, time(large));
    }
    ratio = Math.min(ratio, b / a);
  }
  return ratio;
}

export function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * The text parsers' variant of `timeRatio`: n doubles (up to 16×) until one run costs 2 ms; each
 * side is the fastest of five interleaved runs, the small side floored at 0.5 ms, and a bad ratio
 * is measured again (up to three times).
 */
export function cpuGrowth(
  run: (text: string) => unknown,
  make: (n: number) => string,
  start: number,
): number {
  const once = (text: string) => {
    const t0 = cpuMs();
    run(text);
    return cpuMs() - t0;
  };
  let n = start;
  while (once(make(n)) < 2 && n < start * 16) n *= 2;
  const small = make(n);
  const large = make(4 * n);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 10; attempt++) {
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < 5; i++) {
      a = Math.min(a, once(small));
      b = Math.min(b, once(large));
    }
    ratio = Math.min(ratio, b / Math.max(a, 0.5));
  }
  return ratio;
}
