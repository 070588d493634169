import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/content';

describe('loadSite', () => {
  it('loads the cohorts', async () => {
    const site = await loadSite();
    expect(site.cohorts.map((c) => c.id)).toEqual(['2024-astana']);
  });
});
