// The V8 flags the CLI runs newsparse under (set by boot.ts before any newsparse code is
// compiled; read by `npm run bench` to time the library the way the CLI runs it).
//
// V8's optimising compiler, not newsparse's rules, is most of the CPU of a batch's first
// hundreds of stories: it runs on a background thread (counted in the process's CPU time)
// and, with V8's defaults, inlines many small helpers and array callbacks into each large
// rule function, then compiles those again after each deoptimisation. Smaller inlining and
// a later tier-up (only functions that stay hot are optimised) cut it. Measured in one
// process over the same 300 bench stories (first / second / third pass, ms CPU per story):
// V8 defaults 3.1 / 2.5 / 1.6-1.7; inlining budget 300 and tier-up budget 4x V8's
// 1.8-1.9 / 1.4-1.5 / 1.3-1.4; tier-up budget 8x V8's (these) 2.05-2.19 / 1.62-1.79 /
// 1.43-1.59 beside 2.09-2.57 / 1.69-1.98 / 1.56-1.71 for 4x in the same runs (a loaded
// machine). With them the main thread is ~85% of the CPU (V8 defaults: ~45% in the first
// passes). compromise gains little from them (12.7 / 8.7 / 8.2 -> 10.6 / 9.3 / 8.4).
//
// --no-regexp-tier-up: V8 first compiles each regex to bytecode for its interpreter and
// compiles it again to machine code once it runs twice (a global one used by replace or
// matchAll: at once). Nearly every rule's regex runs on every story, so nearly all are
// compiled twice, and compiling regexes was ~26% of the instructions of a run over 100
// stories (the long case-insensitive alternations of agency names above all). Compiled once,
// straight to machine code: instructions counted by valgrind (deterministic, unlike timings
// on this machine), `extract` over 100 / 300 bench stories 3.51G -> 3.09G / 5.72G -> 5.26G,
// `extract one.txt` 1.21G -> 1.09G. Outputs are the same: only how a regex runs changes.
export const DEFAULT_JIT_FLAGS = '--max-inlined-bytecode-size-cumulative=300 --interrupt-budget=540672 --no-regexp-tier-up';

/**
 * The flags to set: NEWSPARSE_V8_FLAGS when given ('' for V8's own defaults), else ours.
 * V8 checks flags against a code cache: the bundle's cache (made under these defaults by
 * `npm run build`) is rejected and rewritten under other flags.
 */
export function jitFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.NEWSPARSE_V8_FLAGS ?? DEFAULT_JIT_FLAGS).split(/\s+/).filter(Boolean);
}
