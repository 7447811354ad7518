/**
 * Sprites of marks: a count pill or a category shape drawn once per colour, label and pixel ratio,
 * then copied, since text and paths cost far more than copying pixels and a frame holds hundreds
 * of marks. A sprite is made the third time its key is drawn, at most a few per frame, so the
 * first frame draws directly and interaction fills the cache. Shared by every timeline of the page.
 */
const sprites = new Map<string, HTMLCanvasElement | number>();
/** Sprites made per frame at most. */
export const SPRITES_PER_FRAME = 12;
/** Uses of a key before it gets a sprite: counts change as one zooms, and a sprite used once is waste. */
export const SPRITE_AFTER = 3;
let spriteBudget = SPRITES_PER_FRAME;

/** Call at the start of each frame: a frame may make {@link SPRITES_PER_FRAME} sprites. */
export function newSpriteFrame(): void {
  spriteBudget = SPRITES_PER_FRAME;
}

/**
 * The sprite of `key` (w × h CSS px at `dpr`), painted by `paint` the {@link SPRITE_AFTER}th time
 * the key is asked for; undefined before (draw directly then).
 */
export function sprite(key: string, w: number, h: number, dpr: number, paint: (c: CanvasRenderingContext2D) => void): HTMLCanvasElement | undefined {
  const k = `${key}|${dpr}`;
  const c = sprites.get(k);
  if (typeof c === 'object') return c;
  const seen = (c ?? 0) + 1;
  if (seen < SPRITE_AFTER || spriteBudget <= 0) {
    if (c === undefined && sprites.size > 4000) sprites.clear();
    sprites.set(k, seen);
    return undefined;
  }
  spriteBudget--;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(w * dpr);
  canvas.height = Math.ceil(h * dpr);
  const x = canvas.getContext('2d');
  if (!x) return undefined;
  x.scale(dpr, dpr);
  paint(x);
  sprites.set(k, canvas);
  return canvas;
}

/** A rounded rectangle path (the count pill). */
export function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

let fontFamily = '';
/** The font family of the page's first timeline (read once: canvas text cannot inherit it). */
export function getFontFamily(el: HTMLElement): string {
  if (!fontFamily) fontFamily = getComputedStyle(el).fontFamily || 'sans-serif';
  return fontFamily;
}
