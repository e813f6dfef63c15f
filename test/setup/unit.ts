// Unit tests run in jsdom with a real IndexedDB implementation (fake-indexeddb), so Dexie
// code is exercised for real rather than mocked.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
