import type { Category, DealType } from './format.ts';

/**
 * The AI market's categories and deal types, used when a file declares none of its own.
 * Colours come from the Okabe–Ito and Tol palettes (colour-blind safe), each with a dark-theme variant.
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'ai-lab', label: 'AI lab', color: '#d55e00', colorDark: '#ff8a4c' },
  { id: 'hyperscaler', label: 'Hyperscaler', color: '#0072b2', colorDark: '#4da6e8' },
  { id: 'neocloud', label: 'Neocloud', color: '#009e73', colorDark: '#2bc79a' },
  { id: 'chipmaker', label: 'Chipmaker', color: '#e69f00', colorDark: '#f2b53c' },
  { id: 'investor', label: 'Investor', color: '#cc79a7', colorDark: '#e39fc9' },
  { id: 'data-center', label: 'Data-center developer', color: '#8b7500', colorDark: '#f0e442' },
  { id: 'other', label: 'Other', color: '#737373', colorDark: '#a8a8a8' },
];

export const DEFAULT_DEAL_TYPES: readonly DealType[] = [
  {
    id: 'investment',
    label: 'Investment',
    color: '#117733',
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
  { id: 'chips', label: 'Chips', color: '#aa4499', colorDark: '#e58ad6', flow: 'money', dash: 'dotted' },
  {
    id: 'licensing',
    label: 'Licensing',
    color: '#7d7526',
    colorDark: '#cccc66',
    flow: 'money',
    dash: 'dashdot',
  },
  {
    id: 'partnership',
    label: 'Partnership',
    color: '#6b6b6b',
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
