/**
 * Decides, per Graph request, which fault (if any) applies. Deterministic: the same spec and seed with the same
 * sequence of requests give the same faults. Every rate rule draws one number per matching request, so rules do
 * not disturb each other's sequences.
 */
import { Prng } from '../data/prng';
import type { FaultKind, FaultRule, FaultSpec } from './fault-spec';

export interface FaultDecision {
  readonly kind: FaultKind;
  readonly rule: FaultRule;
  /** Graph request number (1-based) the decision was made for. */
  readonly request: number;
}

export class FaultEngine {
  private spec: FaultSpec = { rules: [] };
  private prng = new Prng(0);
  private requests = 0;
  private fired: number[] = [];
  private burstLeft = 0;
  private burstRule: FaultRule | undefined;

  constructor(private readonly defaultSeed: number) {}

  /** Replaces the active faults and restarts request numbering. */
  set(spec: FaultSpec): void {
    this.spec = spec;
    this.prng = new Prng(spec.seed ?? this.defaultSeed);
    this.requests = 0;
    this.fired = spec.rules.map(() => 0);
    this.burstLeft = 0;
    this.burstRule = undefined;
  }

  clear(): void {
    this.set({ rules: [] });
  }

  current(): { spec: FaultSpec; requests: number; fired: readonly number[] } {
    return { spec: this.spec, requests: this.requests, fired: [...this.fired] };
  }

  /** Call once per Graph request. */
  decide(method: string, path: string): FaultDecision | undefined {
    const request = ++this.requests;
    if (this.burstLeft > 0 && this.burstRule !== undefined) {
      this.burstLeft--;
      return { kind: this.burstRule.kind, rule: this.burstRule, request };
    }
    let decision: FaultDecision | undefined;
    this.spec.rules.forEach((rule, index) => {
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
        this.burstLeft = (rule.burst ?? 1) - 1;
        this.burstRule = rule;
      }
    });
    return decision;
  }
}
