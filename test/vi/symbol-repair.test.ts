import { describe, expect, it } from 'vitest';
import { centralPartyIssuer, codeCase, normalizeIssuerCode, normalizeTypeCode, repairSymbolCodes, typeCodeNamed } from '../../src/vi/symbol-repair.js';

describe('the repairer of symbol codes', () => {
  it.each([
    ['QD', 'QĐ'],
    ['Qb', 'QĐ'],
    ['0P', 'QĐ'],
    ['QDi', 'QĐi'],
    ['ND', 'NĐ'],
    ['K.L', 'KL'],
    ['CTR', 'CTr'],
  ])('type code %s → %s', (raw, value) => expect(normalizeTypeCode(raw)).toEqual({ value, known: true }));

  it.each([
    ['T W', 'TW'],
    ['TƯ', 'TU'],
    ['DU', 'ĐU'],
    ['BCP', 'BCĐ'],
    ['BCDTW', 'BCĐTW'],
    ['HDND', 'HĐND'],
  ])('issuer code %s → %s', (raw, value) => expect(normalizeIssuerCode(raw)).toEqual({ value, known: true }));

  it('leaves a code that means nothing as printed, flagged unknown', () => {
    expect(normalizeTypeCode('XYZ')).toEqual({ value: 'XYZ', known: false });
    expect(normalizeIssuerCode('KTTH')).toEqual({ value: 'KTTH', known: false });
  });

  it('repairs each code of a symbol, keeping the unknown ones', () => {
    expect(repairSymbolCodes('CTr/DU')).toBe('CTr/ĐU');
    expect(repairSymbolCodes('QD-TTg')).toBe('QĐ-TTg');
    expect(repairSymbolCodes('UBND-KTTH')).toBe('UBND-KTTH');
    expect(repairSymbolCodes('KH-SNV')).toBe('KH-SNV');
  });

  it('reads a type code one letter off the type the words name', () => {
    expect(typeCodeNamed('TW', 'Thông tư')).toBe('TT');
    expect(typeCodeNamed('TW', null)).toBeNull();
    expect(typeCodeNamed('XY', 'Thông tư')).toBeNull();
  });

  it('reads a code in small letters in capitals, mixed case as printed', () => {
    expect(codeCase('cv')).toBe('CV');
    expect(codeCase('QĐi')).toBe('QĐi');
    expect(codeCase('TTg')).toBe('TTg');
  });

  it('reads TU as TW on a central Party organ\'s document, and no other code', () => {
    expect(centralPartyIssuer('TU')).toBe('TW');
    expect(centralPartyIssuer('TW')).toBe('TW');
    expect(centralPartyIssuer('HU')).toBeNull();
    expect(centralPartyIssuer(null)).toBeNull();
  });
});
