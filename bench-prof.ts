import { generateKnowledgeLibrary } from './bench/knowledge-library.ts';
const url = 'postgres://postgres@127.0.0.1:5432/prof';
console.log(await generateKnowledgeLibrary(url));
process.exit(0);
