/**
 * The figure of `<fse-body-map>`: a human silhouette, front and back, drawn for this project
 * (no third-party artwork) on a 200 × 440 grid, as data. Each region of the map is one or more
 * closed paths; body parts (head, neck, thorax, abdomen, pelvis, limbs) tile the silhouette and
 * organs sit on top of them, so the topmost shape under the pointer is the most specific region.
 *
 * Orientation follows the medical convention: the front view faces the reader, so the patient's
 * right side is on the reader's left; the back view is seen from behind, so the patient's right
 * is on the reader's right.
 *
 * Anatomy: `neutral` (default) draws breasts as pectoral areas and the reproductive organs as one
 * neutral area in the lower pelvis; `female` and `male` draw them where they are.
 */
import type { BodyRegion } from '@percorso/model';

/** A region of the map: a model body region, with the limbs split by side. */
export type MapRegion =
  | Exclude<BodyRegion, 'upper-limb' | 'lower-limb'>
  | 'upper-limb-right'
  | 'upper-limb-left'
  | 'lower-limb-right'
  | 'lower-limb-left';

/** Every map region, in head-to-toe reading order (the order of Home/End and of ties in the list). */
export const MAP_REGIONS: readonly MapRegion[] = [
  'head', 'eyes', 'ent', 'neck', 'chest', 'lungs', 'heart', 'breast', 'spine', 'upper-limb-right', 'upper-limb-left',
  'abdomen', 'liver', 'digestive', 'kidneys', 'pelvis', 'reproductive', 'lower-limb-right', 'lower-limb-left',
  'skin', 'blood-immune', 'whole-body',
];

/** Regions that are not a place on the body: controls beside the figure. */
export const PLACELESS: readonly MapRegion[] = ['skin', 'blood-immune', 'whole-body'];

export type Side = 'front' | 'back';
export type Anatomy = 'neutral' | 'female' | 'male';

export interface RegionShape {
  region: MapRegion;
  /** SVG path data (absolute M, L, C, Q, Z only). */
  d: string;
  /** Where the count badge sits (and the centre used for spatial keyboard moves). */
  anchor: [number, number];
}

export const VIEWBOX = { width: 200, height: 440 } as const;

// ───────────────────────── helpers ─────────────────────────

const K = 0.5523; // cubic Bézier approximation of a quarter circle

function ellipse(cx: number, cy: number, rx: number, ry: number): string {
  const kx = rx * K;
  const ky = ry * K;
  const f = (n: number) => +n.toFixed(2);
  return (
    `M${f(cx)},${f(cy - ry)} C${f(cx + kx)},${f(cy - ry)} ${f(cx + rx)},${f(cy - ky)} ${f(cx + rx)},${f(cy)} ` +
    `C${f(cx + rx)},${f(cy + ky)} ${f(cx + kx)},${f(cy + ry)} ${f(cx)},${f(cy + ry)} ` +
    `C${f(cx - kx)},${f(cy + ry)} ${f(cx - rx)},${f(cy + ky)} ${f(cx - rx)},${f(cy)} ` +
    `C${f(cx - rx)},${f(cy - ky)} ${f(cx - kx)},${f(cy - ry)} ${f(cx)},${f(cy - ry)} Z`
  );
}

/** Mirrors absolute path data about the vertical axis x = 100. */
export function mirror(d: string): string {
  let isX = true;
  return d.replace(/([MLCQZ])|(-?\d+(?:\.\d+)?)/g, (m: string, cmd: string | undefined) => {
    if (cmd) {
      isX = true;
      return m;
    }
    const v = isX ? +(200 - Number(m)).toFixed(2) : Number(m);
    isX = !isX;
    return String(v);
  });
}

const both = (d: string) => `${d} ${mirror(d)}`;

// ───────────────────────── body parts (reader's left half, mirrored) ─────────────────────────

const HEAD = ellipse(100, 40, 21, 26);
const NECK = 'M90,58 C91,66 91,73 88,82 L112,82 C109,73 109,66 110,58 Z';
const THORAX =
  'M88,80 C78,83 68,84 62,89 C56,94 55,103 56,112 L59,150 C60,160 62,168 63,174 ' +
  'L137,174 C138,168 140,160 141,150 L144,112 C145,103 144,94 138,89 C132,84 122,83 112,80 Z';
const ABDOMEN = 'M63,174 L137,174 C138,192 139,210 140,228 L60,228 C61,210 62,192 63,174 Z';
const PELVIS =
  'M60,228 L140,228 C142,242 143,255 142,268 C130,275 114,282 100,286 C86,282 70,275 58,268 C57,255 58,242 60,228 Z';
/** The arm on the reader's left, shoulder to fingertips. */
const ARM_L =
  'M63,89 C53,91 47,100 46,112 L43,158 C41,176 37,194 34,210 L28,250 C26,260 24,270 26,279 ' +
  'C28,287 37,287 38,278 L40,258 C43,240 47,222 50,206 L54,178 C56,160 57,132 57,112 C57,103 58,95 63,89 Z';
/** The leg on the reader's left, hip to toes. */
const LEG_L =
  'M59,262 C57,300 61,338 65,370 C67,388 67,404 67,416 C64,424 66,432 78,432 L90,432 ' +
  'C94,430 93,420 91,412 C92,392 94,372 95,350 C97,322 98,302 99,285 C86,281 70,274 59,262 Z';

// ───────────────────────── organs ─────────────────────────

const EYES = both(ellipse(91.5, 37, 4.5, 2.6));
const EARS = both(ellipse(78, 42, 3.2, 7));
const NOSE = 'M100,39 L96.5,50 C98,52 102,52 103.5,50 Z';
const LUNG_L = 'M96,96 C88,93 78,97 73,107 C68,119 67,139 68,158 C77,163 88,162 96,157 Z';
const LUNG_R = 'M104,96 C112,93 122,97 127,107 C132,119 133,139 132,158 C124,163 115,162 109,158 L112,146 L104,140 Z';
const HEART = 'M99,121 C103,114 114,113 119,119 C125,125 125,137 119,149 C110,147 100,141 96,133 C94,127 95,123 99,121 Z';
const LIVER = 'M66,170 C78,163 101,164 108,170 C104,180 91,188 70,189 C65,183 65,176 66,170 Z';
const STOMACH = 'M108,171 C116,165 129,168 129,178 C129,190 119,196 110,192 C106,186 111,180 108,171 Z';
const BOWEL = 'M79,200 C79,194 84,192 100,194 C116,192 120,194 120,200 L120,220 C120,228 116,231 100,230 C84,231 79,228 79,220 Z';
const KIDNEYS = both('M84,184 C91,184 93,192 90,197 C88,200 88,203 90,206 C93,211 90,218 84,218 C78,218 75,210 75,201 C75,192 78,184 84,184 Z');
const SPINE = 'M96.5,70 L103.5,70 L104.5,248 C104,256 102,260 100,262 C98,260 96,256 95.5,248 Z';

const BREAST: Record<Anatomy, string> = {
  neutral: both(ellipse(84, 137, 10, 7)),
  male: both('M72,132 C78,128 92,128 97,134 C96,141 88,145 80,144 C74,143 71,138 72,132 Z'),
  female: both('M71,130 C78,126 92,128 96,135 C99,145 93,155 84,155 C75,155 68,148 68,140 C68,135 69,132 71,130 Z'),
};
const REPRODUCTIVE: Record<Anatomy, string> = {
  neutral: ellipse(100, 258, 9, 7),
  female:
    'M93,246 C93,242 107,242 107,246 L104,262 C103.5,266 96.5,266 96,262 Z ' +
    both(ellipse(86, 249, 3.5, 3)),
  male: 'M92,277 C92,271 108,271 108,277 C108,287 104,293 100,293 C96,293 92,287 92,277 Z',
};
const REPRODUCTIVE_ANCHOR: Record<Anatomy, [number, number]> = {
  neutral: [100, 258],
  female: [100, 254],
  male: [100, 283],
};
const BREAST_ANCHOR: Record<Anatomy, [number, number]> = {
  neutral: [84, 139],
  male: [84, 139],
  female: [83, 144],
};

/** Decorative lines (not regions): the lower back, vertebrae, the gluteal cleft. */
export function decorations(side: Side): string[] {
  if (side === 'front') {
    // Navel and collarbones.
    const clavicle = 'M99,90 C92,92 84,90 74,88';
    return ['M100,226 L100,232', clavicle, mirror(clavicle)];
  }
  const vertebrae: string[] = [];
  for (let y = 80; y < 250; y += 10) vertebrae.push(`M97.5,${y} L102.5,${y}`);
  return [...vertebrae, 'M100,262 C100,268 100,274 100,282'];
}

/**
 * The regions drawn on one side of the figure, bottom to top (later shapes cover earlier ones).
 * Limb laterality: front view, the patient's right limbs are on the reader's left; back view, on
 * the reader's right.
 */
export function shapes(side: Side, anatomy: Anatomy = 'neutral'): RegionShape[] {
  const front = side === 'front';
  const armRight = front ? ARM_L : mirror(ARM_L);
  const armLeft = front ? mirror(ARM_L) : ARM_L;
  const legRight = front ? LEG_L : mirror(LEG_L);
  const legLeft = front ? mirror(LEG_L) : LEG_L;
  const rx = (x: number): number => (front ? x : 200 - x);
  const limbs: RegionShape[] = [
    { region: 'upper-limb-right', d: armRight, anchor: [rx(40), 196] },
    { region: 'upper-limb-left', d: armLeft, anchor: [rx(160), 196] },
    { region: 'lower-limb-right', d: legRight, anchor: [rx(80), 350] },
    { region: 'lower-limb-left', d: legLeft, anchor: [rx(120), 350] },
  ];
  const body: RegionShape[] = [
    ...limbs,
    { region: 'neck', d: NECK, anchor: [100, 73] },
    { region: 'head', d: HEAD, anchor: [100, 21] },
  ];
  if (front) {
    return [
      ...body,
      { region: 'chest', d: THORAX, anchor: [130, 100] },
      { region: 'abdomen', d: ABDOMEN, anchor: [129.5, 216] },
      { region: 'pelvis', d: PELVIS, anchor: [74, 246] },
      { region: 'eyes', d: EYES, anchor: [91.5, 38] },
      { region: 'ent', d: `${EARS} ${NOSE}`, anchor: [124, 46] },
      { region: 'lungs', d: `${LUNG_L} ${LUNG_R}`, anchor: [80, 118] },
      { region: 'breast', d: BREAST[anatomy], anchor: BREAST_ANCHOR[anatomy] },
      { region: 'heart', d: HEART, anchor: [122, 120] },
      { region: 'liver', d: LIVER, anchor: [82, 178] },
      { region: 'digestive', d: `${BOWEL} ${STOMACH}`, anchor: [102, 212] },
      { region: 'reproductive', d: REPRODUCTIVE[anatomy], anchor: REPRODUCTIVE_ANCHOR[anatomy] },
    ];
  }
  return [
    ...body,
    { region: 'chest', d: THORAX, anchor: [130, 100] },
    { region: 'pelvis', d: PELVIS, anchor: [124, 248] },
    { region: 'ent', d: EARS, anchor: [123, 48] },
    { region: 'lungs', d: `${LUNG_L} ${mirror(LUNG_L)}`, anchor: [80, 126] },
    { region: 'kidneys', d: KIDNEYS, anchor: [116, 201] },
    { region: 'spine', d: SPINE, anchor: [100, 160] },
  ];
}

/** The lower back (back view): part of the silhouette, not a region of its own. */
export const LOWER_BACK = ABDOMEN;

/** Which map regions a side of the figure shows. */
export function regionsOnSide(side: Side): Set<MapRegion> {
  return new Set(shapes(side).map((s) => s.region));
}
