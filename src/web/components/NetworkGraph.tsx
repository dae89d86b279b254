import { navigate } from '../router';

export interface NetworkData {
  nodes: { id: number; name: string; type: string; url: string; events: number }[];
  edges: { source: number; target: number; events: number; goldstein: number | null; url: string; types: { event: string; count: number }[] }[];
}

/** Red for conflict (Goldstein < 0), green for cooperation, grey when no score is known. */
export function edgeColour(goldstein: number | null): string {
  if (goldstein === null) return '#8c959f';
  const f = Math.min(1, Math.abs(goldstein) / 10);
  const light = Math.round(55 - 20 * f);
  return goldstein < 0 ? `hsl(0 70% ${light}%)` : `hsl(135 55% ${light - 10}%)`;
}

const W = 760, H = 560, R = 220;

/** Actors on a circle, most active first; arrows from actor to recipient, coloured by cooperation/conflict. */
export function NetworkGraph({ data }: { data: NetworkData }) {
  if (!data.nodes.length) return <p class="muted">No actor acts on another in the stored events.</p>;
  const pos = new Map(data.nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / data.nodes.length - Math.PI / 2;
    return [n.id, { x: W / 2 + R * Math.cos(a), y: H / 2 + R * Math.sin(a), a }];
  }));
  const maxEvents = Math.max(...data.edges.map((e) => e.events));
  return (
    <figure class="network">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Actor network: ${data.nodes.length} actors, ${data.edges.length} relations`}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a" /></marker>
        </defs>
        {data.edges.map((e) => {
          const a = pos.get(e.source)!, b = pos.get(e.target)!;
          return (
            <line class="edge" x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={edgeColour(e.goldstein)} stroke-width={1 + (3 * e.events) / maxEvents} marker-end="url(#arrow)" onClick={() => navigate(e.url)}>
              <title>{`${data.nodes.find((n) => n.id === e.source)?.name} → ${data.nodes.find((n) => n.id === e.target)?.name}: ${e.events} event(s), ${e.types.map((t) => t.event).join(', ')}; Goldstein ${e.goldstein ?? 'unknown'}`}</title>
            </line>
          );
        })}
        {data.nodes.map((n) => {
          const p = pos.get(n.id)!;
          const right = Math.cos(p.a) >= 0;
          return (
            <a href={n.url} class="node">
              <circle cx={p.x} cy={p.y} r={6 + Math.min(10, n.events)} />
              <text x={p.x + (right ? 16 : -16)} y={p.y + 4} text-anchor={right ? 'start' : 'end'}>{n.name}</text>
            </a>
          );
        })}
      </svg>
      <figcaption class="legend"><span><i class="swatch" style={{ background: edgeColour(5) }} />cooperation</span><span><i class="swatch" style={{ background: edgeColour(-5) }} />conflict</span><span><i class="swatch" style={{ background: edgeColour(null) }} />no score</span></figcaption>
    </figure>
  );
}
