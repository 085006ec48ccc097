/** What was given for the request-file and skeleton options (--cli-input-json, --cli-input-yaml, --generate-cli-skeleton). */
export interface CliInputArgs {
  /** Inline JSON or `file://path`. */
  json?: string;
  /** Inline YAML or `file://path`. */
  yaml?: string;
  /** `input` (also given as a bare flag), `output` or `yaml-input`. */
  skeleton?: string;
}
