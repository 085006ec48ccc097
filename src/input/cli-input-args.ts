/** The options every operation takes for request files and skeletons, as the AWS CLI names them. */
export interface CliInputArgs {
  /** Inline JSON or `file://path`. */
  json?: string;
  /** Inline YAML or `file://path`. */
  yaml?: string;
  /** `input` (also given as a bare flag), `output` or `yaml-input`. */
  skeleton?: string;
}

