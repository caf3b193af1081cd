// placeholder until the pipeline lands
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('public/data', { recursive: true });
writeFileSync('public/data/graph.json', '{}\n');
