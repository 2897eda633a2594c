import { describe, expect, it } from 'vitest';
import { basemapSource } from './security-headers.ts';

describe('basemapSource', () => {
  it.each([
    ['https://tiles.example.org/{z}/{x}/{y}.png', 'https://tiles.example.org'],
    ['https://{a-c}.tile.example.org/{z}/{x}/{y}.png', 'https://*.tile.example.org'],
    ['HTTP://127.0.0.1:8080/style.json', 'http://127.0.0.1:8080'],
    ['  https://maps.example.com/style.json?key=1  ', 'https://maps.example.com'],
  ])('allows the origin of %s', (url, source) => {
    expect(basemapSource(url)).toBe(source);
  });

  it.each([undefined, '', 'ftp://example.org/x', 'javascript:alert(1)', 'https://{s}/x'])(
    'adds nothing for %s',
    (url) => {
      expect(basemapSource(url)).toBeNull();
    },
  );
});
