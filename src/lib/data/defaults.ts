import type { Category, DealType } from './format.ts';

/**
 * The AI market's categories and deal types, used when a file declares none of its own.
 * Colours come from the Okabe–Ito and Tol palettes (colour-blind safe), each with a dark-theme variant. The
 * light ones are darkened where needed so that circles, and edges at the opacity unconfirmed deals are drawn
 * with, reach 3:1 against the light background (render/theme-contrast.test.ts).
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'ai-lab', label: 'AI lab', color: '#d55e00', colorDark: '#ff8a4c' },
  { id: 'hyperscaler', label: 'Hyperscaler', color: '#0072b2', colorDark: '#4da6e8' },
  { id: 'neocloud', label: 'Neocloud', color: '#009e73', colorDark: '#2bc79a' },
  { id: 'chipmaker', label: 'Chipmaker', color: '#b77e00', colorDark: '#f2b53c' },
  { id: 'investor', label: 'Investor', color: '#b8659a', colorDark: '#e39fc9' },
  { id: 'data-center', label: 'Data-center developer', color: '#8b7500', colorDark: '#f0e442' },
  { id: 'other', label: 'Other', color: '#737373', colorDark: '#a8a8a8' },
];

export const DEFAULT_DEAL_TYPES: readonly DealType[] = [
  {
    id: 'investment',
    label: 'Investment',
    color: '#0d642a',
    colorDark: '#44bb99',
    flow: 'money',
    dash: 'solid',
  },
  {
    id: 'compute',
    label: 'Compute / cloud',
    color: '#332288',
    colorDark: '#aa99ff',
    flow: 'money',
    dash: 'dashed',
  },
  { id: 'chips', label: 'Chips', color: '#8b367d', colorDark: '#e58ad6', flow: 'money', dash: 'dotted' },
  {
    id: 'licensing',
    label: 'Licensing',
    color: '#5a5419',
    colorDark: '#cccc66',
    flow: 'money',
    dash: 'dashdot',
  },
  {
    id: 'partnership',
    label: 'Partnership',
    color: '#515151',
    colorDark: '#b0b0b0',
    flow: 'none',
    dash: 'longdash',
  },
  {
    id: 'acquisition',
    label: 'Acquisition',
    color: '#882255',
    colorDark: '#f08aa8',
    flow: 'money',
    dash: 'solid',
  },
];
