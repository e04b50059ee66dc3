import { describe, expect, it } from 'vitest';
import { groupFieldErrors, parseProblem, sentence, splitFieldPath, uploadFieldErrors } from './problem';

describe('parseProblem', () => {
  it('reads an RFC 9457 problem with field errors', () => {
    const body = JSON.stringify({
      type: '/problems/invalid-request',
      title: 'Invalid request',
      status: 400,
      detail: 'The request has 2 invalid field(s).',
      instance: 'urn:uuid:1234',
      errors: [
        { field: 'title', message: 'a title is required' },
        { field: 'composerIds[1]', message: 'there is no person with id 9' },
      ],
    });
    const problem = parseProblem(400, 'Bad Request', 'application/problem+json', body);
    expect(problem).toEqual({
      type: '/problems/invalid-request',
      title: 'Invalid request',
      status: 400,
      detail: 'The request has 2 invalid field(s).',
      instance: 'urn:uuid:1234',
      errors: [
        { field: 'title', message: 'a title is required' },
        { field: 'composerIds[1]', message: 'there is no person with id 9' },
      ],
    });
  });

  it('explains a withdrawn record with the server’s detail', () => {
    const body =
      '{"type":"/problems/withdrawn","title":"Withdrawn","status":410,"detail":"The work with id 3 was withdrawn on 2025-01-02: duplicate"}';
    const problem = parseProblem(410, 'Gone', 'application/problem+json', body);
    expect(problem.status).toBe(410);
    expect(problem.detail).toBe('The work with id 3 was withdrawn on 2025-01-02: duplicate');
    expect(problem.errors).toBeUndefined();
  });

  it('builds a problem from the status when the body is HTML or empty', () => {
    expect(parseProblem(502, 'Bad Gateway', 'text/html', '<html>oops</html>')).toEqual({
      title: 'Bad Gateway',
      status: 502,
      detail: 'The archive is not reachable at the moment. Please try again shortly.',
    });
    expect(parseProblem(418, '', null, '')).toEqual({ title: 'HTTP 418', status: 418, detail: 'The server answered 418.' });
  });

  it('survives malformed JSON and odd field entries', () => {
    expect(parseProblem(500, 'Internal Server Error', 'application/json', '{not json').title).toBe('Internal Server Error');
    const problem = parseProblem(
      400,
      'Bad Request',
      'application/problem+json',
      '{"status":400,"errors":[{"field":"x"},"y",{"field":"title","message":"too long"}]}',
    );
    expect(problem.title).toBe('Bad Request');
    expect(problem.errors).toEqual([{ field: 'title', message: 'too long' }]);
  });
});

describe('field errors', () => {
  it('splits list entry paths', () => {
    expect(splitFieldPath('composerIds[1]')).toEqual({ field: 'composerIds', index: 1 });
    expect(splitFieldPath('title')).toEqual({ field: 'title' });
  });

  it('groups messages by field and names list entries', () => {
    const grouped = groupFieldErrors(
      [
        { field: 'title', message: 'a title is required' },
        { field: 'alternativeTitles[2]', message: 'must not be blank' },
        { field: 'composerIds[0]', message: 'there is no person with id 9' },
        { field: 'composerIds[1]', message: 'this person is already listed as a composer' },
      ],
      (field, index) => (field === 'composerIds' ? ['Fanny Hensel', 'Clara Schumann'][index] : `Line ${index + 1}`),
    );
    expect(grouped).toEqual({
      title: 'A title is required.',
      alternativeTitles: 'Line 3: Must not be blank.',
      composerIds: 'Fanny Hensel: There is no person with id 9. Clara Schumann: This person is already listed as a composer.',
    });
  });

  it('writes messages as sentences', () => {
    expect(sentence('must be a key such as "E-flat major"')).toBe('Must be a key such as "E-flat major".');
    expect(sentence('Already a sentence.')).toBe('Already a sentence.');
  });
});

describe('upload failures', () => {
  const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) => ({
    title: 'Failed',
    status,
    detail,
    errors,
  });

  it('puts the reason a file was refused next to the file field', () => {
    expect(uploadFieldErrors(problem(422, 'lied.musicxml: external entity not allowed'))).toEqual({
      file: 'lied.musicxml: external entity not allowed',
    });
    expect(uploadFieldErrors(problem(409, 'This file is already attached to the source.'))).toEqual({
      file: 'This file is already attached to the source.',
    });
    expect(uploadFieldErrors(problem(413, 'The file is larger than 50 MB.'))).toEqual({ file: 'The file is larger than 50 MB.' });
  });

  it('puts a refused rights statement next to the rights field', () => {
    expect(uploadFieldErrors(problem(400, 'The rights statement must be a Creative Commons or rightsstatements.org URI'))).toEqual({
      rights: 'The rights statement must be a Creative Commons or rightsstatements.org URI',
    });
    expect(uploadFieldErrors(problem(400, 'Invalid', [{ field: 'rights', message: 'not a known rights URI' }]))).toEqual({
      rights: 'Not a known rights URI.',
    });
  });

  it('leaves other failures to a notice', () => {
    expect(uploadFieldErrors(problem(401, 'Sign in'))).toEqual({ other: true });
    expect(uploadFieldErrors(problem(503, 'Down'))).toEqual({ other: true });
  });
});
