import fc from "fast-check";

// Property tests run from a fixed seed, so that a run is repeatable and CI is not flaky; set FC_SEED
// to explore other cases (npm run fuzz runs many more with a random seed).
const seed = process.env.FC_SEED === "random" ? Date.now() : Number(process.env.FC_SEED ?? 20091125);
fc.configureGlobal({ seed });
