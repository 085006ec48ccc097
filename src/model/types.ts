/** The service model as the generator writes it and the runtime reads it. */

export type PrimitiveType = 'string' | 'integer' | 'boolean' | 'timestamp' | 'blob' | 'document';

export interface Member {
  /** A primitive type name or the name of a shape in the shape table. */
  shape: string;
  required?: true;
  /** The value holds a secret (the SDK's or botocore's model says so): messages never show it. */
  sensitive?: true;
  /** The least length (strings, lists) or value (integers) the AWS CLI accepts. */
  min?: number;
}

export interface StructureShape {
  type: 'structure';
  members: Record<string, Member>;
}

export interface ListShape {
  type: 'list';
  member: Member;
}

export interface MapShape {
  type: 'map';
  key: Member;
  value: Member;
}

export interface EnumShape {
  type: 'string';
  enum: string[];
}

export type NamedShape = StructureShape | ListShape | MapShape | EnumShape;

export type Shape = NamedShape | { type: PrimitiveType };

export interface Paginator {
  inputToken: string;
  outputToken: string;
  limitKey?: string;
  resultKeys: string[];
}

export interface Parameter {
  /** The option name without its leading dashes, e.g. `user-pool-id`. */
  name: string;
  member: string;
  shape: string;
  required?: true;
  sensitive?: true;
}

export interface OperationSpec {
  /** The command name, e.g. `admin-create-user`. */
  name: string;
  /** The API operation, e.g. `AdminCreateUser`. */
  operation: string;
  input: string;
  output: string;
  /** False for operations the service accepts without signed credentials. */
  signed: boolean;
  parameters: Parameter[];
  paginator?: Paginator;
}
