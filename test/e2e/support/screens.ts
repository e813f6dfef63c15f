// The screens walk's eye: screenshots of one screen at both tablet orientations, and the
// checks a person would make looking at them — can every field's value be read, and does
// every field look like a field?
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { englishWordsIn } from '../../support/englishWords';

export const SCREENS_DIR = 'test-results/screens';

export const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
] as const;

/** One finding: which control on which screen at which size, and what is wrong with it. */
export type ControlProblem = { screen: string; control: string; problem: string };

/**
 * Every visible text input and select of the page whose value does not fit its box, or that
 * has no visible frame. Text widths are measured with the control's own font (canvas), so a
 * select is judged by its selected option's text against the room left of its arrow.
 */
export function controlProblems(page: Page): Promise<Omit<ControlProblem, 'screen'>[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    const px = (v: string) => Number.parseFloat(v) || 0;
    const visibleLine = (style: CSSStyleDeclaration, side: 'Top' | 'Right' | 'Bottom' | 'Left') =>
      px(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
      !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(
        style.getPropertyValue(`border-${side.toLowerCase()}-color`),
      );
    const framed = (el: Element | null): boolean => {
      if (!el) return false;
      const style = getComputedStyle(el);
      // A focused field trades its bottom line for KERN's focus outline: that is a frame too.
      const outlined = style.outlineStyle !== 'none' && px(style.outlineWidth) >= 1;
      return (
        outlined || (['Top', 'Right', 'Bottom', 'Left'] as const).some((s) => visibleLine(style, s))
      );
    };
    const name = (el: HTMLInputElement | HTMLSelectElement) => {
      const label = el.labels?.[0]?.textContent.trim();
      return `${el.tagName.toLowerCase()}#${el.id || '?'} "${label ?? el.getAttribute('aria-label') ?? ''}"`;
    };
    const found: { control: string; problem: string }[] = [];
    const skip = new Set(['checkbox', 'radio', 'hidden', 'file', 'submit', 'button', 'range']);
    const controls = document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      'input, select',
    );
    for (const el of controls) {
      if (el instanceof HTMLInputElement && skip.has(el.type)) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width < 1 || rect.height < 1 || style.visibility === 'hidden') continue;
      // Visually hidden helpers (1×1 px, clipped) are not controls anyone looks at.
      if (rect.width <= 2 || rect.height <= 2) continue;
      ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const inner = el.clientWidth - px(style.paddingLeft) - px(style.paddingRight);
      let text = '';
      if (el instanceof HTMLSelectElement) {
        text = el.selectedOptions[0]?.textContent ?? '';
      } else {
        text = el.value || el.placeholder;
      }
      const width = ctx.measureText(text).width;
      if (el instanceof HTMLInputElement && el.scrollWidth > el.clientWidth + 1) {
        found.push({
          control: name(el),
          problem: `value "${text}" scrolls (${String(el.scrollWidth)} > ${String(el.clientWidth)} px)`,
        });
      } else if (width > inner + 1) {
        found.push({
          control: name(el),
          problem: `value "${text}" is ${String(Math.ceil(width))} px wide, the field shows ${String(Math.floor(inner))} px`,
        });
      }
      const wrapper = el.closest('.kern-form-input__select-wrapper');
      if (!framed(el) && !framed(wrapper)) {
        found.push({ control: name(el), problem: 'has no visible border' });
      }
    }
    return found;
  });
}

/**
 * The visible text of the German interface: every rendered text node outside a part in
 * another language (the client's regions and documents, a language's own name carry `lang`).
 */
export function germanTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text) continue;
      if (parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      if (!parent.checkVisibility()) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? 'de';
      if (lang === 'de' || lang.startsWith('de-')) out.push(text);
    }
    return out;
  });
}

/**
 * Screenshots of the current screen at both tablet sizes (full page), with the control checks
 * run at each size. The page is left at the landscape size.
 */
export async function shoot(page: Page, screen: string): Promise<ControlProblem[]> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const problems: ControlProblem[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    // Let layout settle after the resize (one animation frame).
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          requestAnimationFrame(resolve);
        }),
    );
    const size = `${String(viewport.width)}x${String(viewport.height)}`;
    for (const p of await controlProblems(page)) {
      problems.push({ screen: `${screen} @${size}`, ...p });
    }
    // The words do not change with the size: read them once.
    if (viewport === VIEWPORTS[0]) {
      for (const text of await germanTexts(page)) {
        const words = englishWordsIn(text);
        if (words.length > 0) {
          problems.push({
            screen,
            control: `text "${text.slice(0, 80)}"`,
            problem: `English in the German interface: ${words.join(', ')}`,
          });
        }
      }
    }
    await page.screenshot({ path: `${SCREENS_DIR}/${screen}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS[0]);
  return problems;
}
