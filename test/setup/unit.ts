// Unit tests run in jsdom with a real IndexedDB implementation (fake-indexeddb), so Dexie
// code is exercised for real rather than mocked.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// A 2-core CI machine running several test files at once can need more than the default
// 1 s for a screen that first derives and decrypts its data; waits still end at the first
// match, so passing tests are not slower.
configure({ asyncUtilTimeout: 4_000 }); // below the 5 s test timeout, so its message wins
