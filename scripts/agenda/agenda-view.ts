// What the agenda pages, blocks and feeds show, computed once per build: occurrences from today to the
// horizon (site.yaml agenda.monthsAhead), past one-off meetings, and the filters by commune, sector and
// initiative. Events of closed initiatives are left out.
import { type AgendaEvent, type Initiative, indexById, type Model } from "../model/model.ts";
import type { ImportedEvent } from "./ical-import.ts";
import { agendaHorizon, type Occurrence, occurrencesBetween, pastEvents, weekStart } from "./occurrences.ts";

export type AgendaScope = { kind: "communes" | "sectors" | "initiatives"; id: string } | undefined;

export interface AgendaView {
  today: string;
  horizon: string;
  upcoming: Occurrence[];
  past: Occurrence[];
  /** Events (not occurrences) for a feed: repeated ones once, with their rule. */
  events(scope?: AgendaScope): AgendaEvent[];
  upcomingIn(scope?: AgendaScope): Occurrence[];
  /** When the oldest remote calendar shown was read, if any event comes from one. */
  importedAsOf?: string;
}

/** Whether an event belongs to a commune, sector or initiative. */
export function inScope(initiatives: ReadonlyMap<string, Initiative>, event: AgendaEvent, scope: AgendaScope): boolean {
  if (!scope) return true;
  if (scope.kind === "initiatives") return event.initiative === scope.id;
  const initiative = initiatives.get(event.initiative);
  if (scope.kind === "sectors") return !!initiative?.sectors.includes(scope.id);
  return event.commune ? event.commune === scope.id : !!initiative?.communes.includes(scope.id);
}

const memo = new WeakMap<Model, Map<string, AgendaView>>();

export function agendaView(model: Model, today: string): AgendaView {
  let byDate = memo.get(model);
  if (!byDate) memo.set(model, (byDate = new Map()));
  const hit = byDate.get(today);
  if (hit) return hit;
  const byId = indexById(model.initiatives);
  const closed = new Set(model.initiatives.filter((i) => i.status === "closed").map((i) => i.id));
  const open = (e: AgendaEvent) => !closed.has(e.initiative);
  const horizon = agendaHorizon(model, today);
  const upcoming = occurrencesBetween(model, today, horizon).filter(open);
  const past = pastEvents(model, today).filter(open);
  const asOf = upcoming
    .map((o) => (o as ImportedEvent).fetchedAt)
    .filter((d): d is string => !!d)
    .sort()[0];
  const view: AgendaView = {
    today,
    horizon,
    upcoming,
    past,
    events: (scope) => model.events.filter((e) => open(e) && inScope(byId, e, scope)),
    upcomingIn: (scope) => upcoming.filter((o) => inScope(byId, o, scope)),
    ...(asOf ? { importedAsOf: asOf } : {}),
  };
  byDate.set(today, view);
  return view;
}

/** Occurrences grouped by week (Monday first), in time order. */
export function byWeek(occurrences: readonly Occurrence[]): { monday: string; items: Occurrence[] }[] {
  const weeks = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const monday = weekStart(o.start.slice(0, 10));
    const list = weeks.get(monday);
    if (list) list.push(o);
    else weeks.set(monday, [o]);
  }
  return [...weeks].map(([monday, items]) => ({ monday, items }));
}
