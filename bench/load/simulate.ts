import { messageText, postText, type Words } from '../../generator/src/seed/india-data.js';
import { Prng } from '../../generator/src/seed/prng.js';
import { Scene } from '../../generator/src/seed/scene.js';
import type { LoadClient } from './clients.js';

/** The realistic mix, by share of actions: mostly reading, some writing. */
export const MIX = [
  ['feed page', 0.35],
  ['next feed page', 0.1],
  ['read notifications', 0.15],
  ['like', 0.18],
  ['comment', 0.08],
  ['create post', 0.06],
  ['send message', 0.08],
] as const;
export type Action = (typeof MIX)[number][0];

export interface World {
  readonly users: readonly string[];
  /** Posts to like and comment on: the seeded ones, then every post the run creates. */
  readonly posts: string[];
  readonly conversations: readonly string[];
}

/** Every write the database acknowledged, to look for afterwards. */
export interface Acknowledged {
  readonly posts: string[];
  readonly comments: string[];
  readonly messages: string[];
  readonly likes: Set<string>;
}

export interface RunLimits {
  readonly users: number;
  readonly seconds: number;
  readonly maxOps: number;
}

export interface RunStats {
  readonly ops: number;
  readonly errors: number;
  readonly firstErrors: string[];
  readonly ms: number;
  /** CPU time of this process (the client side: SDK or raw pg, and the simulation) per operation, µs. */
  readonly cpuPerOp: number;
  /** Latency of every operation, ms, by action. */
  readonly latencies: Map<Action, number[]>;
  readonly acknowledged: Acknowledged;
}

/**
 * `users` simulated members, each a loop of actions drawn from MIX with no think time (a closed
 * loop: each waits for its previous action), all at once against one pool. Stops at `seconds` or
 * `maxOps`, whichever comes first; each user's choices come from a seeded stream, so the SDK run
 * and the raw run see the same sequence of actions per user.
 */
export async function simulate(client: LoadClient, world: World, limits: RunLimits, seed: string): Promise<RunStats> {
  const latencies = new Map<Action, number[]>(MIX.map(([a]) => [a, []]));
  const acknowledged: Acknowledged = { posts: [], comments: [], messages: [], likes: new Set() };
  const firstErrors: string[] = [];
  let ops = 0;
  let errors = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const deadline = started + limits.seconds * 1000;
  const user = async (i: number) => {
    const random = Prng.derive(seed, `user ${i}`);
    const me = world.users[i % world.users.length] as string;
    const words: Words = new Scene(random, i);
    let cursor = null as { author: string; next: string | null } | null;
    while (performance.now() < deadline && ops < limits.maxOps) {
      ops++;
      const action = pickAction(random);
      const t0 = performance.now();
      try {
        switch (action) {
          case 'feed page':
          case 'next feed page': {
            const author: string = action === 'next feed page' && cursor?.next ? cursor.author : random.pick(world.users);
            const after: string | null = action === 'next feed page' && cursor?.next ? cursor.next : null;
            cursor = { author, next: await client.feedPage(author, after) };
            break;
          }
          case 'read notifications':
            await client.notifications(me);
            break;
          case 'like': {
            const post = random.pick(world.posts);
            await client.like(post, me);
            acknowledged.likes.add(`${post}|${me}`);
            break;
          }
          case 'comment':
            acknowledged.comments.push(await client.comment(random.pick(world.posts), me, messageText(words)));
            break;
          case 'create post': {
            const id = await client.createPost(me, postText(words));
            acknowledged.posts.push(id);
            world.posts.push(id);
            break;
          }
          case 'send message':
            acknowledged.messages.push(await client.sendMessage(random.pick(world.conversations), me, messageText(words)));
            break;
        }
        latencies.get(action)?.push(performance.now() - t0);
      } catch (error) {
        errors++;
        if (firstErrors.length < 5) firstErrors.push(`${action}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: limits.users }, (_, i) => user(i)));
  const used = process.cpuUsage(cpu);
  return { ops, errors, firstErrors, ms: performance.now() - started, cpuPerOp: (used.user + used.system) / ops, latencies, acknowledged };
}

function pickAction(random: Prng): Action {
  let x = random.next();
  for (const [action, share] of MIX) {
    if (x < share) return action;
    x -= share;
  }
  return MIX[0][0];
}
