/**
 * Loads and validates a scenario: from a file path, an object, or the shipped
 * default. Any problem becomes one Error whose message names the file and
 * every bad field in plain words (never a token value).
 */
import { readFileSync } from 'node:fs';
import type { AppError } from '../../shared/errors';
import { fileError } from '../../shared/file-error';
import defaultScenarioJson from './scenarios/default.json' with { type: 'json' };
import { scenarioSchema, type Scenario } from './scenario';
import { scenarioProblems } from './scenario-checks';

export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  /** The problem said in words (a scenario file that cannot be read or is not JSON), for the CLI's --lang. */
  readonly said: AppError | undefined;
  constructor(message: string, said?: AppError) {
    super(message);
    this.said = said;
  }
}

const fileProblem = (said: AppError): ScenarioError => new ScenarioError(said.message, said);

/** The shipped default scenario (scenarios/default.json), validated. */
export function defaultScenario(): Scenario {
  return validateScenario(defaultScenarioJson, 'the default scenario');
}

export function loadScenario(source?: string | object): Scenario {
  if (source === undefined) return defaultScenario();
  if (typeof source !== 'string') return validateScenario(source, 'the scenario object');
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (cause) {
    throw fileProblem(fileError('--scenario', source, cause));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw fileProblem(fileError('--scenario', source, 'not-json'));
  }
  return validateScenario(raw, `Scenario file ${source}`);
}

export function validateScenario(raw: unknown, what: string): Scenario {
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new ScenarioError(`${capitalise(what)} is not a valid practice scenario:\n${lines.join('\n')}`);
  }
  const problems = scenarioProblems(parsed.data);
  if (problems.length > 0) {
    throw new ScenarioError(`${capitalise(what)} is not consistent:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return parsed.data;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
