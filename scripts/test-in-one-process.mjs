// Runs the test files given as arguments in this one process (loaded with tsx): for the fast tests,
// where starting a process per file would cost more than the tests themselves.
import { pathToFileURL } from 'node:url';

for (const file of process.argv.slice(2)) await import(pathToFileURL(file).href);
