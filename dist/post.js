import { faces } from './bundle.js';

await faces.post();
