import { Component, type ReactNode } from 'react';
import { markFailed } from './ready';

/**
 * A briefing that fails to render fails the print at once with the reason, instead of leaving the
 * printer to wait for a ready flag that never comes.
 */
export class PrintErrorBoundary extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown) {
    markFailed({ code: 'INTERNAL', message: `The briefing could not be laid out for printing: ${error instanceof Error ? error.message : String(error)}` });
  }

  override render() {
    return this.state.message === null ? this.props.children : <p className="print-error">{this.state.message}</p>;
  }
}
