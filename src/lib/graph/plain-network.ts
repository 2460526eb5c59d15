/**
 * A plain network: a file whose links carry no money — no deal has an amount and no deal type in use moves
 * money (a GEXF or D3 graph of who knows whom). The legend then says what an arrow is without speaking of money
 * or amounts.
 */
import type { DealMap } from '../data/format.ts';

export function isPlainNetwork(map: DealMap): boolean {
  if (map.deals.length === 0 || map.deals.some((d) => d.amount !== undefined)) return false;
  const money = new Set(map.dealTypes.filter((t) => t.flow === 'money').map((t) => t.id));
  return !map.deals.some((d) => money.has(d.type));
}
