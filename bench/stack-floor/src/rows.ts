export type Row = { id: string; region: string; assets: number; quota: number };

const REGIONS = ['Hangzhou', 'Singapore', 'Frankfurt', 'Virginia', 'Beijing'];

/** The floor's ten rows (bench/floor), served by the stack floor's mock. */
export const ROWS: Row[] = Array.from({ length: 10 }, (_, index) => ({
  id: `res-${String(index + 1).padStart(4, '0')}`,
  region: REGIONS[index % REGIONS.length] ?? '',
  assets: 8 + index * 3,
  quota: 10 + index * 5,
}));
