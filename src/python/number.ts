import { floatRepr, jsonFloat } from './float.js';

/**
 * A JSON number as Python's json module reads it: its text is kept, so an integer of any size stays
 * exact and a float stays a float even when it is whole (`1.0`, `1E9`). Request values read from
 * the command line and response bodies both hold their numbers as these; numbers the program makes
 * itself (a line number, an exit code) are plain numbers.
 */
export class PythonNumber {
  readonly text: string;
  /** An int unless the text has a fraction or an exponent (or is NaN or an infinity). */
  readonly isInt: boolean;

  /** `text` is a JSON number, or `NaN`, `Infinity`, `-Infinity`; `-0` reads as Python's int 0. */
  constructor(text: string) {
    this.text = text === '-0' ? '0' : text;
    this.isInt = /^-?\d+$/.test(this.text);
  }

  /** The nearest JavaScript number, as the SDK sends it. */
  get value(): number {
    return Number(this.text);
  }

  /** `repr(x)`, which is also `str(x)`. */
  repr(): string {
    return this.isInt ? this.text : floatRepr(this.value);
  }

  /** `json.dumps(x)`. */
  dumps(): string {
    return this.isInt ? this.text : jsonFloat(this.value);
  }

  valueOf(): number {
    return this.value;
  }

  toJSON(): number {
    return this.value;
  }
}
