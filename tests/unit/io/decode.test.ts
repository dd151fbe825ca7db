import { describe, expect, test } from 'vitest';
import { decodeText, type TextEncoding } from '../../../db/io';
import { encode } from '../../fixtures/io/encode';

const russian = [
  'Название;Страна;Стадия;Примечание',
  'Завод полипропилена;AZ;Строительство;Проект SOCAR Polymer в Сумгайыте',
  'Электробусы;AZ;Меморандум;Локализация производства автобусов к 2030 году',
  'Утилизация отходов;AZ;ТЭО;Пиролиз пластиковых отходов, совместное предприятие',
].join('\r\n');
const russianCaps = 'НАЗВАНИЕ;СТРАНА;СТАДИЯ\r\nЗАВОД ПОЛИПРОПИЛЕНА;AZ;СТРОИТЕЛЬСТВО\r\nЭЛЕКТРОБУСЫ;AZ;МЕМОРАНДУМ';
const western = [
  'Name,Country,Notes',
  'Port of Açu Low Carbon Hub,BR,Hub portuário de baixo carbono',
  'Raffinerie Müller,DE,Größere Anlage für Wasserstoff',
  'Cartagena Industrial Cluster,CO,Clúster industrial de Cartagena, energía limpia',
  'Café Crème,FR,Déchets et économie circulaire',
].join('\r\n');
const arabic = 'الاسم,البلد\r\nمجمع صناعي,AE';

describe('decodeText', () => {
  test.each<[TextEncoding, string]>([
    ['utf-8', russian],
    ['utf-16le', arabic],
    ['utf-16be', russian],
  ])('a %s byte-order mark decides, and is not part of the text', (encoding, text) => {
    const decoded = decodeText(encode(text, encoding, true));
    expect(decoded).toMatchObject({ text, encoding, confidence: 'bom' });
  });

  test('valid UTF-8 without a mark is UTF-8, with the code pages offered as alternatives', () => {
    const decoded = decodeText(encode(russian, 'utf-8'));
    expect(decoded).toMatchObject({ text: russian, encoding: 'utf-8', confidence: 'high' });
    expect(decoded.alternatives).toEqual(['windows-1251', 'koi8-r', 'windows-1252']);
  });

  test('plain ASCII is UTF-8 with nothing else to offer: every candidate reads it the same', () => {
    expect(decodeText(Buffer.from('name,country\nSumgait,AZ'))).toMatchObject({ encoding: 'utf-8', confidence: 'high', alternatives: [] });
  });

  test.each<[string, TextEncoding, string]>([
    ['Russian text in Windows-1251', 'windows-1251', russian],
    ['Russian text in KOI8-R', 'koi8-r', russian],
    ['Russian capitals in Windows-1251', 'windows-1251', russianCaps],
    ['Russian capitals in KOI8-R', 'koi8-r', russianCaps],
    ['Western European text in Windows-1252', 'windows-1252', western],
  ])('%s is recognised', (_, encoding, text) => {
    const decoded = decodeText(encode(text, encoding));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
    expect(['high', 'medium']).toContain(decoded.confidence);
    expect(decoded.alternatives).not.toContain(encoding);
  });

  test('a single short word is guessed with low confidence, for the analyst to check', () => {
    expect(decodeText(encode('Мир', 'windows-1251')).confidence).toBe('low');
  });

  test('an explicit choice overrides the guess and the mark', () => {
    const bytes = encode(russian, 'koi8-r');
    expect(decodeText(bytes, 'windows-1251')).toMatchObject({ encoding: 'windows-1251', confidence: 'chosen' });
    expect(decodeText(bytes, 'windows-1251').text).not.toBe(russian);
    expect(decodeText(encode('abc', 'utf-8', true), 'utf-8')).toMatchObject({ text: 'abc', confidence: 'chosen' });
  });

  test('UTF-16 without a mark can be read by choosing it', () => {
    expect(decodeText(encode(arabic, 'utf-16le'), 'utf-16le').text).toBe(arabic);
  });
});
