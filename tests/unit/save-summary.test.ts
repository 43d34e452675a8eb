import { describe, expect, it } from 'vitest';
import { saveSummary } from '../../src/ui/save-bar';

const base = { fileName: 'Story.html', id: 'abc', libraryError: null, downloadError: null };

describe('saveSummary', () => {
  it('says where the copy went when all went well', () => {
    expect(saveSummary(base)).toBe('Saved “Story.html” and kept it in the library.');
  });
  it('says the library is full but the file was saved', () => {
    expect(saveSummary({ ...base, id: null, libraryError: 'Your Verbatim library is full.' })).toBe('Saved “Story.html”. Not kept in the library: Your Verbatim library is full.');
  });
  it('says the file was not saved (cancelled) but the article is in the library', () => {
    expect(saveSummary({ ...base, downloadError: 'Download canceled by the user' })).toBe('The file “Story.html” was not saved (Download canceled by the user), but the article is kept in the library.');
  });
  it('says when neither happened', () => {
    expect(saveSummary({ ...base, id: null, libraryError: 'full', downloadError: 'cancelled' })).toBe('The file “Story.html” was not saved (cancelled). Not kept in the library: full');
  });
});
