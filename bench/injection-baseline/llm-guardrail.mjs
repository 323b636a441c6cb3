// Measures the npm package llm_guardrail (ISC; TF-IDF + logistic regression) on injection-guard's
// held-out split, as a baseline. A text counts as flagged when its injection or jailbreak model
// detects it (the package's own decision); its "malicious" model is reported apart, since it judges
// harmful requests rather than injection. Usage: see README.md beside this file.
import fs from 'fs';
import { checkInjection, checkJailbreak, checkMalicious } from 'llm_guardrail';

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(line => line.trim());
const counts = {};
for (const line of lines) {
    const sample = JSON.parse(line);
    const [injection, jailbreak, malicious] = await Promise.all(
        [checkInjection(sample.text), checkJailbreak(sample.text), checkMalicious(sample.text)]);
    const flagged = injection.detected || jailbreak.detected;
    const count = counts[sample.kind] ??= { total: 0, flagged: 0, withMalicious: 0, attack: sample.attack };
    count.total++;
    count.flagged += flagged ? 1 : 0;
    count.withMalicious += flagged || malicious.detected ? 1 : 0;
}
const rate = (kinds, key) => {
    const picked = Object.entries(counts).filter(([kind]) => kinds(kind));
    const total = picked.reduce((sum, [, c]) => sum + c.total, 0);
    return total === 0 ? '–' : (picked.reduce((sum, [, c]) => sum + c[key], 0) / total).toFixed(3);
};
const attack = kind => counts[kind].attack;
for (const key of ['flagged', 'withMalicious']) {
    console.log(`| llm_guardrail (${key === 'flagged' ? 'injection or jailbreak' : '+ malicious'}) | ${rate(attack, key)} | `
        + ['DIRECT', 'INDIRECT', 'OBFUSCATED'].map(kind => rate(k => k === kind, key)).join(' | ')
        + ` | ${rate(kind => !attack(kind), key)} | `
        + ['BENIGN', 'TRIGGER_BENIGN', 'BENIGN_DOCUMENT'].map(kind => rate(k => k === kind, key)).join(' | ') + ' |');
}
