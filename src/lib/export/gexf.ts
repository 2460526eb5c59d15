/**
 * The visible deals as GEXF 1.3, for Gephi: companies are nodes (label, category, country and deal volume,
 * with the map's position, size and colour), deals are directed edges from payer to payee (id = deal id,
 * kind = deal type so parallel deals stay apart; type, date, headline USD and status as attributes; weight =
 * headline USD, or 1 when undisclosed). A plain network's links keep what they have: no direction where they
 * had none, their own weight, no status. Every text goes through the XML escaping in xml.ts.
 */
import type { Visibility } from '../filters/types.ts';
import type { GraphModel } from '../graph/model.ts';
import { formatHeadline } from '../format/money.ts';
import { isPlainNetwork } from '../graph/plain-network.ts';
import { weightOf } from '../render/plain-links.ts';
import { radiusScale } from '../render/size.ts';
import { exportedCompanies, visibleRecords } from './visible.ts';
import { num, xmlAttr, xmlText } from './xml.ts';

export interface GexfOptions {
  /** [x0, y0, x1, y1, …] by company index. */
  readonly positions?: Float64Array;
  /** What was exported, in words: goes into `<meta><description>`. */
  readonly description?: string;
}

export function dealsGexf(model: GraphModel, visibility: Visibility, options: GexfOptions = {}): string {
  const { meta } = model.map;
  const radius = radiusScale(model.volume);
  // A plain network (no money) has no statuses of its own (its links are read as in effect) and its links'
  // weights are their `weight`: written so, it reads back as the same plain network.
  const plain = isPlainNetwork(model.map);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    meta.updated !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(meta.updated)
      ? `  <meta lastmodifieddate="${xmlAttr(meta.updated)}">`
      : '  <meta>',
    '    <creator>AI Deal Map</creator>',
    `    <description>${xmlText(description(model, visibility, options.description))}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="category" title="category" type="string"/>',
    '      <attribute id="country" title="country" type="string"/>',
    '      <attribute id="volume" title="volume" type="double"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="date" title="date" type="string"/>',
    '      <attribute id="amount_usd" title="amount_usd" type="double"/>',
    ...(plain ? [] : ['      <attribute id="status" title="status" type="string"/>']),
    '    </attributes>',
    '    <nodes>',
  ];

  for (const i of exportedCompanies(model, visibility)) {
    const company = model.companies[i];
    if (!company) continue;
    const category = model.categories.get(company.category);
    // Deal volume as of the view's date and with its filters, like the map's node sizes.
    const volume = visibility.volume[i] ?? 0;
    const [r, g, b] = rgb(category?.color ?? '#888888');
    const x = options.positions?.[2 * i] ?? 0;
    const y = options.positions?.[2 * i + 1] ?? 0;
    lines.push(
      `      <node id="${xmlAttr(company.id)}" label="${xmlAttr(company.name)}">`,
      '        <attvalues>',
      attvalue('category', category?.label ?? company.category),
      ...(company.country === undefined ? [] : [attvalue('country', company.country)]),
      attvalue('volume', volume),
      '        </attvalues>',
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      // Gephi's y axis points up; the map's points down.
      `        <viz:position x="${num(x)}" y="${num(-y)}" z="0"/>`,
      `        <viz:size value="${num(radius(volume))}"/>`,
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');

  for (const record of visibleRecords(model, visibility)) {
    const d = record.deal;
    const usd = record.headline.usd;
    const weight = plain ? (weightOf(record) ?? 1) : (usd ?? 1);
    const label = `${record.type.label}, ${formatHeadline(record.headline)}`;
    lines.push(
      `      <edge id="${xmlAttr(d.id)}" source="${xmlAttr(d.from)}" target="${xmlAttr(d.to)}" ` +
        // A link of a plain network read without a direction keeps none (the graph's default is directed).
        (d.undirected === true ? 'type="undirected" ' : '') +
        `kind="${xmlAttr(d.type)}" label="${xmlAttr(label)}" weight="${weight}">`,
      '        <attvalues>',
      attvalue('type', d.type),
      ...(d.date === undefined ? [] : [attvalue('date', d.date)]),
      ...(usd === undefined ? [] : [attvalue('amount_usd', usd)]),
      ...(plain ? [] : [attvalue('status', d.status)]),
      '        </attvalues>',
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function attvalue(key: string, value: string | number): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '0') : value;
  return `          <attvalue for="${xmlAttr(key)}" value="${xmlAttr(text)}"/>`;
}

function description(model: GraphModel, visibility: Visibility, summary: string | undefined): string {
  const shown = visibility.visibleDeals.length;
  return (
    `${model.map.meta.title}: ${shown} of ${model.deals.length} deals` +
    (summary === undefined ? '' : ` (${summary})`) +
    '. Edges point the way money flows.'
  );
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [136, 136, 136];
  return [parseInt(m[1] as string, 16), parseInt(m[2] as string, 16), parseInt(m[3] as string, 16)];
}
