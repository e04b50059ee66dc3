import { describe, expect, it } from 'vitest';
import { actorName, eventLabel, payloadSummary, prettyPayload, shortHash } from './provenance';

describe('provenance trail', () => {
  it('puts event types into words', () => {
    expect(eventLabel('work.created')).toBe('Work catalogued');
    expect(eventLabel('work.edited')).toBe('Work edited');
    expect(eventLabel('file.ingested')).toBe('File ingested');
    expect(eventLabel('fixity.checked')).toBe('Fixity checked');
    expect(eventLabel('member.role-granted')).toBe('Member role granted');
    expect(eventLabel('...')).toBe('...');
  });

  it('names actors', () => {
    expect(actorName('user:alice')).toBe('alice');
    expect(actorName('bob')).toBe('bob');
    expect(actorName('system')).toBe('the archive itself');
    expect(actorName('system:fixity')).toBe('the archive itself');
  });

  it('shortens hashes', () => {
    expect(shortHash('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe('9f86d081884c');
    expect(shortHash('abc')).toBe('abc');
  });

  it('summarises and indents payloads', () => {
    expect(payloadSummary('{"filename":"lied.musicxml","sha256":"ab","outcome":"CHANGED"}')).toBe('lied.musicxml, changed');
    expect(payloadSummary('not json')).toBe('');
    expect(payloadSummary(null)).toBe('');
    expect(prettyPayload('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyPayload('plain')).toBe('plain');
  });
});
