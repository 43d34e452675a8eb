// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contextBefore, findTextRange } from '../../src/core/locate';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html; // eslint-disable-line no-unsanitized/property -- test markup written here
  return doc;
}

describe('findTextRange', () => {
  it('finds a passage whitespace-insensitively across elements', () => {
    const range = findTextRange(page('<p>He said: “We <em>will</em>\n  return.”</p>'), 'We will return.');
    expect(range?.toString()).toBe('We will\n  return.');
  });

  it('finds a quote that runs over paragraphs, whose opening mark repeats', () => {
    const doc = page('<p>“First part of it.</p><p>“Second part,” she said.</p>');
    expect(findTextRange(doc, 'First part of it.\n\nSecond part,')?.toString()).toBe('First part of it.“Second part,');
  });

  it('prefers the occurrence the caller accepts (e.g. the visible one)', () => {
    const doc = page('<aside id="pull">Same words.</aside><p id="body">Same words.</p>');
    const range = findTextRange(doc, 'Same words.', { accept: (r) => r.startContainer.parentElement?.id === 'body' });
    expect(range?.startContainer.parentElement?.id).toBe('body');
    expect(findTextRange(doc, 'Same words.', { accept: () => false })?.startContainer.parentElement?.id).toBe('pull');
  });

  it('tells repeated short quotes apart by the text before them', () => {
    const doc = page('<p id="a">Critics called it “unrealistic” at first.</p><p id="b">Officials dismissed as “unrealistic” the demand.</p>');
    expect(findTextRange(doc, 'unrealistic', { before: 'Officials dismissed as “' })?.startContainer.parentElement?.id).toBe('b');
    // Unknown context: the first occurrence.
    expect(findTextRange(doc, 'unrealistic', { before: 'nowhere “' })?.startContainer.parentElement?.id).toBe('a');
  });

  it('returns null for a passage that is not there', () => {
    expect(findTextRange(page('<p>Nothing here.</p>'), 'Something else')).toBeNull();
  });

  it('takes the context from the quote’s own paragraph only', () => {
    const text = 'First paragraph.\n\nHe called it “odd” twice.';
    const start = text.indexOf('odd');
    expect(contextBefore(text, start)).toBe('He called it “');
    expect(contextBefore(text, start, 5)).toBe(' it “');
  });
});
