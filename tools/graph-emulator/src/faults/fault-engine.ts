/**
 * Decides, per request, which fault (if any) applies. Graph requests and token requests are numbered apart
 * (each from 1) and only meet rules of their target. Deterministic: the same spec and seed with the same sequence
 * of requests give the same faults. Every rate rule draws one number per matching request, so rules do not
 * disturb each other's sequences.
 */
import { Prng } from '../data/prng';
import type { FaultKind, FaultRule, FaultSpec, FaultTarget } from './fault-spec';

export interface FaultDecision {
  readonly kind: FaultKind;
  readonly rule: FaultRule;
  /** Request number (1-based, per target) the decision was made for. */
  readonly request: number;
}

interface TargetState {
  requests: number;
  burstLeft: number;
  burstRule: FaultRule | undefined;
}

export class FaultEngine {
  private spec: FaultSpec = { rules: [] };
  private prng = new Prng(0);
  private fired: number[] = [];
  private state: Record<FaultTarget, TargetState> = { graph: fresh(), token: fresh() };

  constructor(private readonly defaultSeed: number) {}

  /** Replaces the active faults and restarts request numbering. */
  set(spec: FaultSpec): void {
    this.spec = spec;
    this.prng = new Prng(spec.seed ?? this.defaultSeed);
    this.fired = spec.rules.map(() => 0);
    this.state = { graph: fresh(), token: fresh() };
  }

  clear(): void {
    this.set({ rules: [] });
  }

  current(): { spec: FaultSpec; requests: number; tokenRequests: number; fired: readonly number[] } {
    return { spec: this.spec, requests: this.state.graph.requests, tokenRequests: this.state.token.requests, fired: [...this.fired] };
  }

  /** Call once per request of the target. */
  decide(target: FaultTarget, method: string, path: string): FaultDecision | undefined {
    const state = this.state[target];
    const request = ++state.requests;
    if (state.burstLeft > 0 && state.burstRule !== undefined) {
      state.burstLeft--;
      return { kind: state.burstRule.kind, rule: state.burstRule, request };
    }
    let decision: FaultDecision | undefined;
    this.spec.rules.forEach((rule, index) => {
      if ((rule.target ?? 'graph') !== target) return;
      if (rule.method !== undefined && rule.method !== method) return;
      if (rule.path !== undefined && !path.includes(rule.path)) return;
      const draw = rule.schedule.type === 'rate' ? this.prng.next() : 0;
      if (decision !== undefined) return;
      if (rule.times !== undefined && (this.fired[index] ?? 0) >= rule.times) return;
      let fires: boolean;
      switch (rule.schedule.type) {
        case 'rate': fires = draw < rule.schedule.rate; break;
        case 'every': fires = request % rule.schedule.every === 0; break;
        case 'at': fires = rule.schedule.requests.includes(request); break;
      }
      if (!fires) return;
      this.fired[index] = (this.fired[index] ?? 0) + 1;
      decision = { kind: rule.kind, rule, request };
      if (rule.kind === '429' && (rule.burst ?? 1) > 1) {
        state.burstLeft = (rule.burst ?? 1) - 1;
        state.burstRule = rule;
      }
    });
    return decision;
  }
}

function fresh(): TargetState {
  return { requests: 0, burstLeft: 0, burstRule: undefined };
}
