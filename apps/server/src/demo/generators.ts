// What the benchmark's data generator shares with the demo: the same invented people, at any scale.
export { demoJobProfile } from './demo-job-profiles';
export { demoPerson, demoShortSetAnswers } from './demo-persons';
export { kazakhNames, kyrgyzNames, russianNames, transliterate } from './names';
export { seededRandom } from './random';
