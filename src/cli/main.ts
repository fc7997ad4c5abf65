/**
 * Entry point of bin/qingdan.js. `--version` is answered before anything else is loaded, so it costs
 * no more than starting node; every other command loads the program (and each command loads its
 * library code only when it runs).
 */
import { VERSION } from '../version.js';

export type { CliContext } from './options.js';

/** Runs the CLI with argv (without node and script) and returns the exit code (for in-process tests). */
export async function run(argv: readonly string[], ctx?: import('./options.js').CliContext & { code: number }): Promise<number> {
  const program = await import('./program.js');
  return program.run(argv, ctx);
}

/** Entry point of bin/qingdan.js. */
export function main(): void {
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  // A reader that goes away (`| head -1`: EPIPE) or any other write error on stdout/stderr ends the
  // output, not the run: nothing more is written, and the job still ends with the exit code it had
  // (cli-contract.md, issue 13 point 6). Without a listener Node throws the stream's error with its stack.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => stream.destroy());
  // The signal handlers go in here only, not in run(): in-process callers keep their own.
  import('./program.js')
    .then((program) => {
      program.onInterrupt(argv);
      return program.run(argv);
    })
    .then(
      (code) => {
        process.exitCode = code;
      },
      async (err) => {
        const { reportError } = await import('./exit.js');
        process.exitCode = reportError(err, 'zh-CN');
      },
    );
}
