// Process entry: runs main() and turns its result into an exit code. A closed stdout
// (`newsparse extract dir | head`) ends the run quietly.
import { main } from './main.js';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
process.exitCode = main(process.argv.slice(2));
