// Prints promptfoo's bundled jailbreak templates (src/redteam/strategies/promptInjections/data.ts),
// one per line, line breaks written as \n, the payload slot __PROMPT__ kept. Usage: node extract.mjs <dist/src dir>
import fs from 'fs';
import path from 'path';

const dir = process.argv[2];
const marker = '//#region src/redteam/strategies/promptInjections/data.ts';
const file = fs.readdirSync(dir).map(name => path.join(dir, name))
    .filter(name => name.endsWith('.js') && fs.statSync(name).isFile())
    .find(name => fs.readFileSync(name, 'utf8').includes(marker));
if (!file) {
    throw new Error('no file in ' + dir + ' holds ' + marker);
}
const source = fs.readFileSync(file, 'utf8');
const start = source.indexOf('[', source.indexOf(marker));
const end = source.indexOf('\n];', start);
const templates = JSON.parse(source.slice(start, end).replace(/,\s*$/, '') + ']');
for (const template of templates) {
    console.log(template.replace(/\r?\n/g, '\\n'));
}
