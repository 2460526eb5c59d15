/**
 * The sizes the layout makes room for: each company's circle radius as the map draws it (area by total deal
 * volume, render/size.ts), handed to the layout as data.
 */
import type { GraphModel } from '../graph/model.ts';
import { radiusScale } from '../render/size.ts';

export function layoutRadii(model: GraphModel): Float64Array {
  const radius = radiusScale(model.volume);
  return Float64Array.from(model.companies, (_, i) => radius(model.volume[i] ?? 0));
}
