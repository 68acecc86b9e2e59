// Keep this import first: it configures Fluent UI before Fluent's modules run.
import './fabricConfig';
import './icons';
import './styles.css';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { useEffect, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { BookingGrid } from './BookingGrid';
import { ErrorBoundary } from './ErrorBoundary';
import { GridStore } from './gridStore';
import { NavBridge } from './navBridge';
import { applyProcedure, procedureNames, ProcedureQueue } from './procedures';
import { bcTheme } from './theme';

/**
 * Entry of the bundle named in the AL object's Scripts. Defines the AL procedures as globals right away (calls
 * that come before the grid is mounted are queued) and `BKIBookingSelectionGrid.start(host)`, which the startup
 * script calls; ControlReady is raised once the grid has mounted and the queued calls have been applied.
 */
const store = new GridStore();
const bridge = new NavBridge();
const queue = new ProcedureQueue((call) => applyProcedure(store, call));
const globals = window as unknown as Record<string, unknown>;

for (const name of procedureNames) {
  globals[name] = (...args: unknown[]): void => queue.call({ name, args });
}

function Root({ onMounted }: { readonly onMounted: () => void }): ReactElement {
  useEffect(onMounted, [onMounted]);
  return (
    <ErrorBoundary message={store.getSnapshot().captions.renderFailedMessage}>
      <BookingGrid store={store} bridge={bridge} />
    </ErrorBoundary>
  );
}

let started = false;

function start(host: Element | null): void {
  if (started) return;
  started = true;
  const target = host ?? document.body;
  const isDark = bridge.prefersDark();
  document.documentElement.classList.add(isDark ? 'bki-theme-dark' : 'bki-theme-light');
  const onMounted = (): void => {
    queue.ready();
    bridge.raise({ name: 'ControlReady', args: [] });
  };
  createRoot(target).render(
    <ThemeProvider theme={bcTheme(isDark)} className="bki-theme-root">
      <Root onMounted={onMounted} />
    </ThemeProvider>,
  );
}

globals['BKIBookingSelectionGrid'] = { start };
