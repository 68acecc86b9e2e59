import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly message: string;
  readonly children: ReactNode;
}

/**
 * Last line of defence: if rendering fails, show a clear message inside the add-in instead of an empty frame,
 * and log the cause to the console for support.
 */
export class ErrorBoundary extends Component<Props, { failed: string | undefined }> {
  override state: { failed: string | undefined } = { failed: undefined };

  static getDerivedStateFromError(error: unknown): { failed: string } {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('BKI Booking Selection Grid failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed !== undefined) {
      return (
        <div role="alert" className="bki-fatal">
          {this.props.message} ({this.state.failed})
        </div>
      );
    }
    return this.props.children;
  }
}
