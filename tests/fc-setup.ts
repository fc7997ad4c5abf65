// Property tests run from a fixed seed in `npm test`, so a CI run is reproducible and a red build is
// never a roll of the dice; `npm run fuzz` (FUZZ_RUNS set) draws fresh seeds to look for new cases.
// FC_SEED=N replays the seed a failure printed.
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.FUZZ_RUNS ? undefined : 20261201;
if (seed !== undefined) fc.configureGlobal({ seed });
