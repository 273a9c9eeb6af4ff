import { configure } from '@testing-library/dom';

// The web tests share two cores with the server tests (PGlite databases, Argon2). Rendering the
// component library in happy-dom can then take seconds, so waiting for an element gets longer than
// Testing Library's default second; a real failure still fails, only later.
configure({ asyncUtilTimeout: 5_000 });
