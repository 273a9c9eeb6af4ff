#!/usr/bin/env node
// The `pathways` command. Pathways is written in TypeScript and run through tsx's loader, so the
// code that runs is the code in the repository, with no separate compile step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
