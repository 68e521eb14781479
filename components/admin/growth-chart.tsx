// 90-day growth as inline SVG: new confirmed subscribers up, unsubscribes down, per day. No chart library.
export type GrowthPoint = { day: string; subscribed: number; unsubscribed: number };

export function GrowthChart({ data }: { data: GrowthPoint[] }) {
  const W = 900;
  const H = 220;
  const pad = { l: 40, r: 8, t: 10, b: 24 };
  const maxUp = Math.max(1, ...data.map((d) => d.subscribed));
  const maxDown = Math.max(1, ...data.map((d) => d.unsubscribed));
  const plotH = H - pad.t - pad.b;
  // Up and down share one unit (px per person) so their bars compare honestly.
  const unit = plotH / (maxUp + maxDown);
  const zeroY = pad.t + maxUp * unit;
  const bw = (W - pad.l - pad.r) / Math.max(1, data.length);
  const totalUp = data.reduce((s, d) => s + d.subscribed, 0);
  const totalDown = data.reduce((s, d) => s + d.unsubscribed, 0);
  const ticks = data.map((d, i) => ({ d, i })).filter(({ d }) => d.day.endsWith("-01") || d.day.endsWith("-15"));
  return (
    <figure className="chart" style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="growth-title growth-desc">
        {/* One string child: React renders a <title> with several children as empty on the server
            and full on the client, which was the dashboard's hydration error #418. */}
        <title id="growth-title">{`Subscribers over the last ${data.length} days`}</title>
        <desc id="growth-desc">
          {totalUp} new confirmed subscribers and {totalDown} unsubscribes between {data[0]?.day} and {data[data.length - 1]?.day}.
        </desc>
        <line x1={pad.l} x2={W - pad.r} y1={zeroY} y2={zeroY} stroke="#cfcabf" />
        <text x={pad.l - 6} y={pad.t + 10} textAnchor="end" fontSize="11" fill="#6b6862">{maxUp}</text>
        <text x={pad.l - 6} y={zeroY + 4} textAnchor="end" fontSize="11" fill="#6b6862">0</text>
        <text x={pad.l - 6} y={H - pad.b} textAnchor="end" fontSize="11" fill="#6b6862">{totalDown ? `−${maxDown}` : ""}</text>
        {data.map((d, i) => {
          const x = pad.l + i * bw + bw * 0.15;
          const w = Math.max(1, bw * 0.7);
          const hu = d.subscribed * unit;
          const hd = d.unsubscribed * unit;
          return (
            <g key={d.day}>
              <title>{`${d.day}: +${d.subscribed} subscribed, −${d.unsubscribed} unsubscribed`}</title>
              {d.subscribed > 0 ? <rect x={x} y={zeroY - hu} width={w} height={hu} fill="#2f5d50" rx="1" /> : null}
              {d.unsubscribed > 0 ? <rect x={x} y={zeroY + 1} width={w} height={hd} fill="#c0665a" rx="1" /> : null}
            </g>
          );
        })}
        {ticks.map(({ d, i }) => (
          <text key={d.day} x={pad.l + i * bw + bw / 2} y={H - 6} textAnchor="middle" fontSize="11" fill="#6b6862">
            {new Date(`${d.day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" })}
          </text>
        ))}
      </svg>
      <figcaption className="legend">
        <span><i className="key" style={{ background: "#2f5d50" }} />New confirmed · {totalUp}</span>
        <span><i className="key" style={{ background: "#c0665a" }} />Unsubscribed · {totalDown}</span>
      </figcaption>
    </figure>
  );
}
