#!/usr/bin/env node
import { faces } from './bundle.js';

await faces.cli();
