import { describe, expect, it } from 'vitest';
import { isAuthorBio, isBylineLine, isBylineWithRole, isTimestampLine, isTrailingAuthorBio } from '../../src/core/extract/lines';

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

  it('recognises a closing line about the byline’s author in its third-person forms', () => {
    expect(isTrailingAuthorBio('Regan is a Southeastern Connecticut native now living in Central Massachusetts.', 'Regan')).toBe(true);
    expect(isTrailingAuthorBio('Jeff Foust () is the editor and publisher of The Space Review.', 'Jeff Foust')).toBe(true);
    expect(isTrailingAuthorBio("Mike Wall's book about the search for alien life is out now.", 'Mike Wall')).toBe(true);
    expect(isTrailingAuthorBio('Regan said the pears were too soft this year.', 'Regan')).toBe(false);
    expect(isTrailingAuthorBio('Marcus Webb is a retired electrician.', 'Miriam Achebe')).toBe(false);
  });

  it('recognises the byline repeated with the author’s role, not a sentence about the author', () => {
    expect(isBylineWithRole('Steve Peoples, Ap National Political Writer', 'Steve Peoples')).toBe(true);
    expect(isBylineWithRole('Dana Okafor | Senior Correspondent', 'Dana Okafor')).toBe(true);
    expect(isBylineWithRole('Dana Okafor, who covers space, spoke to the engineers.', 'Dana Okafor')).toBe(false);
    expect(isBylineWithRole('Dana Okafor Senior Writer', 'Dana Okafor')).toBe(false);
  });
});
