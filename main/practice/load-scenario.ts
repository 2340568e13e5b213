/**
 * Loads and validates a scenario: from a file path, an object, or the shipped
 * default. Any problem becomes one Error whose message names the file and
 * every bad field in plain words (never a token value).
 */
import { readFileSync } from 'node:fs';
import type { AppError, ErrorText } from '../../shared/errors';
import { fileError } from '../../shared/file-error';
import defaultScenarioJson from './scenarios/default.json' with { type: 'json' };
import { translate } from '../../shared/i18n';
import { scenarioSchema, type Scenario } from './scenario';
import { scenarioProblems } from './scenario-checks';

export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  /** The message as a shared/i18n key and its values (scenario files only), so `waba-access practice` says it in the user's language. */
  readonly text?: ErrorText;

  constructor(message: string, text?: ErrorText) {
    super(message);
    if (text) this.text = text;
  }
}

/** A scenario file's problem, in English and as its key (shared/i18n coreError.scenario.*). */
const fileProblem = (key: string, params: Readonly<Record<string, string>>): ScenarioError =>
  new ScenarioError(translate('en', key, params), { key, params });

/** A scenario file that cannot be read or is not JSON, said by the one file-error helper (shared/file-error.ts). */
const unusableFile = (said: AppError): ScenarioError => new ScenarioError(said.message, said.text);

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
    throw unusableFile(fileError('--scenario', source, cause));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw unusableFile(fileError('--scenario', source, 'not-json'));
  }
  return validateScenario(raw, `Scenario file ${source}`, source);
}

/** Validates a scenario; `path` (a file's) gives the problem a key, so the CLI can say it in the user's language. */
export function validateScenario(raw: unknown, what: string, path?: string): Scenario {
  const fail = (headline: string, key: string, details: readonly string[]): ScenarioError => {
    const list = details.map((line) => `  - ${line}`).join('\n');
    return path === undefined ? new ScenarioError(`${capitalise(what)} ${headline}:\n${list}`) : fileProblem(key, { path, details: list });
  };
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw fail('is not a valid practice scenario', 'coreError.scenario.invalid', lines);
  }
  const problems = scenarioProblems(parsed.data);
  if (problems.length > 0) throw fail('is not consistent', 'coreError.scenario.inconsistent', problems);
  return parsed.data;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
