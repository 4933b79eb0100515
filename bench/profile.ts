/** CPU profiles (node:inspector in process, or a `node --cpu-prof` file) summarised by self time. */
import { Session } from "inspector";

interface ProfileNode { id: number; hitCount?: number; callFrame: { functionName: string; url: string; lineNumber: number } }
export interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number }
export interface SelfTime { readonly name: string; readonly where: string; readonly ms: number; readonly share: number }

const post = <T>(session: Session, method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));

/** The `n` functions with the most self time (samples in the function itself, not its callees). */
export function topSelfTime(profile: CpuProfile, n = 15): SelfTime[] {
  const totalHits = profile.nodes.reduce((s, x) => s + (x.hitCount ?? 0), 0) || 1;
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const byFunction = new Map<string, { name: string; where: string; hits: number }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^file:\/\//, "").replace(/^.*\/build\//, "")}:${lineNumber + 1}` : "";
    const key = `${functionName}@${where}`;
    const e = byFunction.get(key) ?? { name: functionName || "(anonymous)", where, hits: 0 };
    e.hits += node.hitCount ?? 0;
    byFunction.set(key, e);
  }
  return [...byFunction.values()].sort((a, b) => b.hits - a.hits).slice(0, n)
    .map((e) => ({ name: e.name, where: e.where, ms: (e.hits / totalHits) * totalMs, share: e.hits / totalHits }));
}

/** Runs `f` under the in-process profiler and summarises it. */
export async function profileTop(f: () => void, n = 15): Promise<SelfTime[]> {
  const session = new Session();
  session.connect();
  try {
    await post(session, "Profiler.enable");
    await post(session, "Profiler.setSamplingInterval", { interval: 200 });
    await post(session, "Profiler.start");
    f();
    const { profile } = await post<{ profile: CpuProfile }>(session, "Profiler.stop");
    return topSelfTime(profile, n);
  } finally {
    session.disconnect();
  }
}
