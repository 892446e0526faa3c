import { faces } from './bundle.js';

await faces.main();
