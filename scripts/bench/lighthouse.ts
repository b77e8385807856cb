/**
 * Lighthouse 12.2.3 (the last that runs on Node 20) on the demo blog's review, as deployed: with the
 * widget, without it, and with the baseline's one-file widget. Lighthouse's defaults: a mobile
 * device, simulated slow 4G and CPU throttling. It does not scroll, so a lazy widget shows its true
 * cost to a reader who never reaches the comments.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseFigures {
  score: number;
  totalBlockingTime: number;
  largestContentfulPaint: number;
  cumulativeLayoutShift: number;
}

export async function runLighthouse(chromePath: string, url: string): Promise<LighthouseFigures> {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories['performance']?.score ?? NaN) * 100),
      totalBlockingTime: audit('total-blocking-time'),
      largestContentfulPaint: audit('largest-contentful-paint'),
      cumulativeLayoutShift: audit('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}
