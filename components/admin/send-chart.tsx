// Opens and clicks per hour over the first 48 hours of a send, as a small SVG bar chart.
export function SendChart({ points }: { points: Array<{ hour: number; opens: number; clicks: number }> }) {
  const max = Math.max(1, ...points.map((p) => Math.max(p.opens, p.clicks)));
  const w = 480;
  const h = 120;
  const bw = w / points.length;
  return (
    <svg viewBox={`0 0 ${w} ${h + 16}`} width="100%" role="img" aria-label="Opens and clicks per hour, first 48 hours" style={{ maxWidth: 640 }}>
      {points.map((p) => (
        <g key={p.hour}>
          <rect x={p.hour * bw + 1} y={h - (p.opens / max) * h} width={bw / 2 - 1} height={(p.opens / max) * h} fill="#2f6f3e">
            <title>{`hour ${p.hour}: ${p.opens} opens`}</title>
          </rect>
          <rect x={p.hour * bw + bw / 2} y={h - (p.clicks / max) * h} width={bw / 2 - 1} height={(p.clicks / max) * h} fill="#8a1c1c">
            <title>{`hour ${p.hour}: ${p.clicks} clicks`}</title>
          </rect>
        </g>
      ))}
      <line x1={0} y1={h} x2={w} y2={h} stroke="#999" />
      {[0, 12, 24, 36, 47].map((x) => (
        <text key={x} x={x * bw} y={h + 12} fontSize={9} fill="#666">
          {x}h
        </text>
      ))}
    </svg>
  );
}
