// Inline SVG, so the widget loads no icon font or image from anywhere.
const svg = (path: string) => () => (
  <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <path d={path} />
  </svg>
);

export const ChatIcon = svg('M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z');
export const CloseIcon = svg('M6 6l12 12M18 6L6 18');
export const SendIcon = svg('M4 12l16-8-6 16-2.5-6.5L4 12z');
export const AttachIcon = svg('M20 11.5l-8.1 8.1a5 5 0 0 1-7.1-7.1l8.5-8.5a3.5 3.5 0 0 1 5 5l-8.5 8.5a2 2 0 0 1-2.8-2.8l7.8-7.8');
