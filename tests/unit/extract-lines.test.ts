import { describe, expect, it } from 'vitest';
import { isAuthorBio, isBylineLine, isTimestampLine } from '../../src/core/extract/lines';

describe('metadata lines that post-clean drops', () => {
  it('recognises bylines but not story sentences that start with "By"', () => {
    expect(isBylineLine('By Rizik Alabi/The Media Line')).toBe(true);
    expect(isBylineLine('By Justine Coleman -')).toBe(true);
    expect(isBylineLine('Par Camille Berthier et Julien Marchetti')).toBe(true);
    expect(isBylineLine('By Monday, officials had left the city.')).toBe(false);
    expect(isBylineLine('By the time the council voted, the wall had failed twice')).toBe(false);
  });

  it('recognises page stamps but keeps a live-blog entry time and dated sentences', () => {
    expect(isTimestampLine('Updated 10:12 am CST, Sunday, November 16, 2025')).toBe(true);
    expect(isTimestampLine('November 4, 2025 at 1:22 p.m. EST')).toBe(true);
    expect(isTimestampLine('Publié le 3 juin 2025 à 06h00')).toBe(true);
    expect(isTimestampLine('11:15 a.m.')).toBe(false);
    expect(isTimestampLine('On November 4, 2025 the jury convicted him.')).toBe(false);
  });

  it('recognises a note about the byline’s author, not a sentence about someone else', () => {
    expect(isAuthorBio('Miriam Achebe is a national correspondent based in Chicago, covering veterans.', 'Miriam Achebe')).toBe(true);
    expect(isAuthorBio('Emiliano joined pv magazine in March 2017 as a reporter.', 'Emiliano Bellini')).toBe(true);
    expect(isAuthorBio('Marcus Webb is a retired electrician who runs the repair table.', 'Miriam Achebe')).toBe(false);
  });
});
