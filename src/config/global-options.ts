/** The global options as parsed (their declaration is src/arguments/global-arguments.ts). */
export interface GlobalOptions {
  debug: boolean;
  endpointUrl?: string;
  verifySsl: boolean;
  paginate: boolean;
  output?: string;
  query?: string;
  profile?: string;
  region?: string;
  color: string;
  signRequest: boolean;
  caBundle?: string;
  cliReadTimeout?: string;
  cliConnectTimeout?: string;
  cliBinaryFormat?: string;
  cliPager: boolean;
  cliAutoPrompt: boolean;
}

export const defaultGlobalOptions: GlobalOptions = {
  debug: false,
  verifySsl: true,
  paginate: true,
  color: 'auto',
  signRequest: true,
  cliPager: true,
  cliAutoPrompt: false,
};
