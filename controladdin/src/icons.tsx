import { registerIcons } from '@fluentui/react/lib/Styling';
import type { ReactElement } from 'react';

/**
 * The few icons Fluent's DetailsList, SearchBox and MessageBar ask for, as inline SVG. Registering them replaces
 * Fluent's icon font from the CDN (no online font files in BC add-ins) and keeps the bundle small.
 */
function svg(path: string, viewBox = '0 0 16 16'): ReactElement {
  return (
    <svg viewBox={viewBox} width="1em" height="1em" aria-hidden="true" focusable="false" fill="currentColor">
      <path d={path} />
    </svg>
  );
}

const check = svg('M13.6 3.6 6 11.2 2.4 7.6l-.8.8L6 12.8l8.4-8.4z');
const chevronRight = svg('M5.6 2.6 11 8l-5.4 5.4-.7-.7L9.6 8 4.9 3.3z');
const chevronDown = svg('M2.6 5.6 8 11l5.4-5.4-.7-.7L8 9.6 3.3 4.9z');
const circle = svg('M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1a6 6 0 1 1 0 12A6 6 0 0 1 8 2z');
const info = svg('M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1a6 6 0 1 1 0 12A6 6 0 0 1 8 2zm-.5 5h1v5h-1zm0-2h1v1h-1z');
const warning = svg('M8 1.5 15 14H1zm0 2L2.7 13h10.6zM7.5 6h1v4h-1zm0 5h1v1h-1z');
const error = svg('M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm2.8 9.1-.7.7L8 8.7l-2.1 2.1-.7-.7L7.3 8 5.2 5.9l.7-.7L8 7.3l2.1-2.1.7.7L8.7 8z');

registerIcons({
  icons: {
    CheckMark: check,
    Completed: check,
    StatusCircleCheckmark: check,
    CircleRing: circle,
    CircleShapeSolid: svg('M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z'),
    ChevronRightMed: chevronRight,
    ChevronDown: chevronDown,
    SortUp: svg('M8 2 3.5 6.5l.7.7L7.5 3.9V14h1V3.9l3.3 3.3.7-.7z'),
    SortDown: svg('M8 14l4.5-4.5-.7-.7-3.3 3.3V2h-1v10.1L4.2 8.8l-.7.7z'),
    Search: svg('M10 1a5 5 0 0 0-3.9 8.1L1 14.3l.7.7 5.1-5.1A5 5 0 1 0 10 1zm0 1a4 4 0 1 1 0 8 4 4 0 0 1 0-8z'),
    Clear: svg('M12.6 2.7 8 7.3 3.4 2.7l-.7.7L7.3 8l-4.6 4.6.7.7L8 8.7l4.6 4.6.7-.7L8.7 8l4.6-4.6z'),
    Info: info,
    Warning: warning,
    ErrorBadge: error,
    Blocked2: error,
    GroupedDescending: chevronDown,
    Filter: svg('M1 2h14L9.5 8.5V14l-3-1.5v-4z'),
    Tag: svg('M2 2h6l6 6-6 6-6-6z'),
    GripperBarVertical: svg('M7 2h2v12H7z'),
  },
});
