// The action's inputs as the runner gives them (INPUT_<NAME>), parsed by the one schema of src/app/inputs.ts.
import * as core from '@actions/core';
import { parseActionInputs, type ActionInputs } from '../app/inputs.js';

/** Reads the inputs of the running action step; raw text, untrimmed, '' when absent. Secret inputs are masked before they are parsed. */
export function readActionInputs(): ActionInputs {
  return parseActionInputs(
    (name) => core.getInput(name, { trimWhitespace: false }),
    process.env,
    (value) => core.setSecret(value),
  );
}
