/** Runs the save-format bench alone and prints its result as JSON (run in a process of its own). */
import { runSaveFormatBench } from './save-format';

const [papers, rounds] = process.argv.slice(2).map(Number);
process.stdout.write(JSON.stringify(await runSaveFormatBench(papers, rounds)) + '\n');
