/**
 * The `verbatim` command line: the same src/core pipeline as the extension,
 * in Node with jsdom. Commands are a table: add one by adding an entry.
 */
import { analyzeCommand } from './analyze';
import { EXTRACT_USAGE, extractCommand } from './extract';
import { InputError } from './load';

interface Command {
  usage: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  extract: { usage: EXTRACT_USAGE, run: extractCommand },
  analyze: {
    usage: `verbatim analyze [<file.txt>|-] [--byline <names>]
      Print the direct quotes (with speakers) and the people named in plain text as JSON.
  verbatim analyze --jsonl
      Read {"id","text"} JSON Lines on standard input, write {"id","quotes","people"} per line, in order.`,
    run: analyzeCommand,
  },
};

const USAGE = `Usage:\n${Object.values(COMMANDS)
  .map((command) => `  ${command.usage}`)
  .join('\n')}\n  verbatim --help`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) throw new InputError(`unknown command "${name}" (see verbatim --help)`);
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? (error as Error).message
      : `unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
    process.stderr.write(`verbatim: ${message}\n`);
    process.exit(1);
  },
);
