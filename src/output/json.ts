/** --output json: Python's json.dumps(indent=4, ensure_ascii=False); an empty response prints nothing. */
import { fullResult, isEmptyObject, type Formatter } from './formatter.js';
import { writePythonJson } from './python-json.js';

export const formatJson: Formatter = async (job) => {
  const value = await fullResult(job);
  if (isEmptyObject(value)) return;
  writePythonJson(value, job.sink);
  job.sink.write('\n');
};
