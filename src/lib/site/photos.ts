/**
 * How cohort photos are sized on the page (src/components/cohorts/CohortPhoto.astro): the widths
 * each photo is made in, the `sizes` that tell a browser how wide it is shown before any CSS
 * loads, and the encoder quality. The `sizes` follow the cohort page's layout (Tailwind rem):
 *   - hero: under the summary, as wide as it (max-w-2xl, 42rem); below 45rem the full width less
 *     the page's padding (3rem from 40rem, 2rem below).
 *   - gallery: two columns in the 48rem story column (1.5rem gap) from 40rem, one below.
 * A 375 px phone at 2 device pixels per CSS pixel (the common phone: iPhone SE to 15, most
 * Androids at 360-412 px are 2-3x) shows either at 343 CSS px, so it needs 686 device pixels and
 * picks the 720 px candidate; the photo budgets are checked on that candidate.
 * Qualities: AVIF at 50 (hero) and 45 (gallery) keeps a detailed photo's 720 px file within its
 * budget (40 and 30 KB); the same number applies to the WebP and the fallback.
 */
export const PHOTO_LAYOUTS = {
  hero: {
    widths: [360, 720, 1080, 1440],
    sizes: '(min-width: 45rem) 42rem, (min-width: 40rem) calc(100vw - 3rem), calc(100vw - 2rem)',
    quality: 50,
  },
  gallery: {
    widths: [360, 720, 1080],
    sizes: '(min-width: 48rem) 21.75rem, (min-width: 40rem) calc(50vw - 2.25rem), calc(100vw - 2rem)',
    quality: 45,
  },
} as const;
