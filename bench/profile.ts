/** An in-process CPU profile (node:inspector) summarised as the functions with the most self time. */
import { Session } from "inspector";

interface ProfileNode { id: number; hitCount?: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[] }

const post = <T>(session: Session, method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));

/** Runs `f` under the profiler; returns the top `n` functions by self time (ms and share). */
export async function profileTop(f: () => void, n = 15): Promise<{ name: string; where: string; ms: number; share: number }[]> {
  const session = new Session();
  session.connect();
  try {
    await post(session, "Profiler.enable");
    await post(session, "Profiler.setSamplingInterval", { interval: 200 });
    await post(session, "Profiler.start");
    f();
    const { profile } = await post<{ profile: Profile }>(session, "Profiler.stop");
    const totalHits = profile.nodes.reduce((s, x) => s + (x.hitCount ?? 0), 0) || 1;
    const totalMs = (profile.endTime - profile.startTime) / 1000;
    const byFunction = new Map<string, { name: string; where: string; hits: number }>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? `${url.replace(/^.*\/build\//, "").replace(/^file:\/\//, "")}:${lineNumber + 1}` : "";
      const key = `${functionName}@${where}`;
      const e = byFunction.get(key) ?? { name: functionName || "(anonymous)", where, hits: 0 };
      e.hits += node.hitCount ?? 0;
      byFunction.set(key, e);
    }
    return [...byFunction.values()].sort((a, b) => b.hits - a.hits).slice(0, n)
      .map((e) => ({ name: e.name, where: e.where, ms: (e.hits / totalHits) * totalMs, share: e.hits / totalHits }));
  } finally {
    session.disconnect();
  }
}
