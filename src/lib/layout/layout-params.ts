/**
 * The layout's parameters, chosen by graph size. Up to SMALL_GRAPH companies they are the numbers the bundled
 * data was tuned with (about 50–150 companies, circles of 5–30 px). (Its frozen positions came from a
 * Barnes–Hut many-body force; small graphs now sum that force exactly, pair-charge.ts, so a file laid out
 * afresh gets a slightly different picture from the same parameters.) Bigger graphs use the grid forces (linear time per tick), fewer ticks,
 * repulsion that grows with the graph and gravity that weakens with it (so tens of thousands of circles spread
 * out instead of piling up on the hubs), and label room only for the biggest companies.
 */
export interface LayoutParams {
  /** Spring rest length = both radii + base / sqrt(deals between the pair): more deals, closer partners. */
  readonly linkBase: number;
  /** Repulsion per company: −(base + perRadius × radius); big companies push harder, so hubs stay apart. */
  readonly chargeBase: number;
  readonly chargePerRadius: number;
  /** Beyond this distance companies do not repel (keeps far parts of big graphs from drifting apart). */
  readonly chargeDistanceMax: number;
  /** Many-body force and collisions on a grid (grid-forces.ts) rather than d3's tree and a sweep. */
  readonly grid: boolean;
  /** Pull towards the centre keeps disconnected parts close; a stronger y pull makes the map about 16:10. */
  readonly gravityX: number;
  readonly gravityY: number;
  readonly velocityDecay: number;
  /** Labels sit under their circles; estimated from the name: average character width and line height. */
  readonly labelCharWidth: number;
  readonly labelLineHeight: number;
  /** Gap kept between companies' boxes (circle + label), px. */
  readonly labelPadding: number;
  /** Only the biggest companies get label room (the renderer thins the other labels). */
  readonly labelled: number;
  /** Share of an overlap resolved per tick. */
  readonly labelStrength: number;
  /** Ticks to cool from alpha 1 to ALPHA_MIN. */
  readonly coolingTicks: number;
  /** Collision-only ticks after the simulation has cooled, so crowded places make room. */
  readonly settleTicks: number;
}

/** The simulation stops cooling at this temperature (d3's default). */
export const ALPHA_MIN = 0.001;

/** Graphs up to this many companies keep the parameters the bundled data was tuned with. */
export const SMALL_GRAPH = 500;

/** The size at which the big-graph forces are as strong as the small-graph ones (about). */
const REFERENCE_SIZE = 1000;

export const SMALL_PARAMS: LayoutParams = {
  linkBase: 80,
  chargeBase: 120,
  chargePerRadius: 30,
  chargeDistanceMax: 400,
  grid: false,
  gravityX: 0.04,
  gravityY: 0.13,
  velocityDecay: 0.45,
  labelCharWidth: 5.5,
  labelLineHeight: 14,
  labelPadding: 4,
  labelled: 150,
  labelStrength: 0.8,
  // d3's schedule cooled twice as fast: 150 ticks instead of 300 give the same picture at half the cost.
  coolingTicks: 150,
  settleTicks: 50,
};

/** The parameters for a graph of `companies` companies. */
export function layoutParams(companies: number): LayoutParams {
  if (companies <= SMALL_GRAPH) return SMALL_PARAMS;
  // The map's area grows with the company count, and so does everything measured across it: repulsion and
  // its reach grow with the square root of the count (or hubs' partners pile up on each other), gravity —
  // whose pull grows with the distance from the centre — weakens in proportion.
  const growth = Math.sqrt(companies / REFERENCE_SIZE);
  return {
    ...SMALL_PARAMS,
    chargeBase: 200 * growth,
    chargePerRadius: 22 * growth,
    chargeDistanceMax: Math.min(600, 300 * Math.sqrt(growth)),
    grid: true,
    gravityX: SMALL_PARAMS.gravityX / growth,
    gravityY: SMALL_PARAMS.gravityY / growth,
    labelled: 100,
    coolingTicks: 100,
    settleTicks: 20,
  };
}

/** The per-tick decay that cools alpha from 1 to ALPHA_MIN in `ticks` ticks. */
export function alphaDecay(ticks: number): number {
  return 1 - Math.pow(ALPHA_MIN, 1 / ticks);
}
