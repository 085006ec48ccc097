/** The options every operation takes for request files and skeletons, as the AWS CLI names them. */
import { Option } from 'commander';

export interface CliInputArgs {
  /** Inline JSON or `file://path`. */
  json?: string;
  /** Inline YAML or `file://path`. */
  yaml?: string;
  /** `input` (also given as a bare flag), `output` or `yaml-input`. */
  skeleton?: string;
}

export const skeletonKinds = ['input', 'output', 'yaml-input'];

export function cliInputFlags(): Option[] {
  return [
    new Option('--cli-input-json <value>'),
    new Option('--cli-input-yaml <value>'),
    new Option('--generate-cli-skeleton [kind]').choices(skeletonKinds).preset('input'),
  ];
}
