import { describe, expect, it } from 'vitest';
import { formatFigure, noFigureReason, type FigureFields } from '../../../shared/figure-format';

const fig = (valueLow: number | null, unit: string | null, qualifier: FigureFields['qualifier'] = 'exact', valueHigh: number | null = null): FigureFields => ({
  valueLow,
  valueHigh,
  unit,
  qualifier,
});

describe('formatFigure', () => {
  it('writes currency ranges as a drafter would, in English and Vietnamese', () => {
    const fdi = fig(28, 'US$ billion', 'about', 29);
    expect(formatFigure(fdi, 'en')).toBe('about US$28–29 billion');
    expect(formatFigure(fdi, 'vi')).toBe('khoảng 28–29 tỷ USD');
    expect(formatFigure(fig(28, 'US$ billion', 'exact', 29), 'en')).toBe('US$28–29 billion');
    expect(formatFigure(fig(28, 'US$ billion', null, 29), 'vi')).toBe('28–29 tỷ USD');
    expect(formatFigure(fig(920, 'US$ billion', 'more than'), 'en')).toBe('more than US$920 billion');
    expect(formatFigure(fig(920, 'US$ billion', 'more than'), 'vi')).toBe('hơn 920 tỷ USD');
  });

  it('uses each language’s decimal and thousands separators', () => {
    expect(formatFigure(fig(786.29, 'US$ billion'), 'en')).toBe('US$786.29 billion');
    expect(formatFigure(fig(786.29, 'US$ billion'), 'vi')).toBe('786,29 tỷ USD');
    expect(formatFigure(fig(1240, 'clinics'), 'en')).toBe('1,240 clinics');
    expect(formatFigure(fig(1240, 'clinics'), 'vi')).toBe('1.240 clinics');
  });

  it('writes percentages as “per cent” in English and “%” in Vietnamese', () => {
    expect(formatFigure(fig(17.3, '%'), 'en')).toBe('17.3 per cent');
    expect(formatFigure(fig(17.3, '%'), 'vi')).toBe('17,3%');
    expect(formatFigure(fig(88, '%', 'more than'), 'en')).toBe('more than 88 per cent');
    expect(formatFigure(fig(10, '% growth', 'at least'), 'vi')).toBe('ít nhất 10% growth');
  });

  it('writes dates in full, the Vietnamese one as Decree 30/2020 does', () => {
    expect(formatFigure(fig(20250124, 'date (YYYYMMDD)'), 'en')).toBe('24 January 2025');
    expect(formatFigure(fig(20250124, 'date (YYYYMMDD)'), 'vi')).toBe('ngày 24 tháng 01 năm 2025');
    expect(formatFigure(fig(20241222, 'date (YYYYMMDD)'), 'en')).toBe('22 December 2024');
  });

  it('writes ranks and counts', () => {
    expect(formatFigure(fig(32, 'rank'), 'en')).toBe('32nd');
    expect(formatFigure(fig(32, 'rank'), 'vi')).toBe('thứ 32');
    expect(formatFigure(fig(20, 'top N'), 'en')).toBe('top 20');
    expect(formatFigure(fig(34, 'provinces and cities'), 'en')).toBe('34 provinces and cities');
    expect(formatFigure(fig(5, null), 'en')).toBe('5');
  });

  it('has no figure for a fact without a usable value, and says why', () => {
    expect(formatFigure(fig(null, null, null), 'en')).toBeNull();
    expect(noFigureReason(fig(null, null, null))).toBe('no-value');
    expect(formatFigure(fig(20251340, 'date (YYYYMMDD)'), 'en')).toBeNull();
    expect(noFigureReason(fig(20251340, 'date (YYYYMMDD)'))).toBe('bad-date');
    expect(noFigureReason(fig(28, 'US$ billion'))).toBeNull();
  });
});
