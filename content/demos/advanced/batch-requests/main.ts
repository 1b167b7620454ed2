import * as asyncio from "asyncio";

class NotFound extends Error {}
class ServerError extends Error {}

const calls = new Map<number, number>();

// A pretend HTTP API. Latency depends on the id; user 4's first call fails with a 503,
// user 6 does not exist, and user 9's call hangs.
async function api_get(user_id: number) {
  calls.set(user_id, (calls.get(user_id) ?? 0) + 1);
  await asyncio.sleep(user_id === 9 ? 60 : 0.1 * ((user_id % 3) + 1));
  if (user_id === 6) throw new NotFound(`no user ${user_id}`);
  if (user_id === 4 && calls.get(user_id) === 1) throw new ServerError("503, try again");
  return { id: user_id, name: `user-${user_id}` };
}

// One request: at most 3 at a time, 1 s each, and two retries for server errors.
async function fetch_user(user_id: number, limit: asyncio.Semaphore) {
  return await asyncio.async_with(limit, async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await asyncio.wait_for(api_get(user_id), 1);
      } catch (error) {
        if (!(error instanceof ServerError) || attempt === 3) throw error;
        await asyncio.sleep(0.5 * attempt); // back off before retrying
      }
    }
  });
}

async function main() {
  const loop = asyncio.get_running_loop();
  const limit = new asyncio.Semaphore(3);
  const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  // With return_exceptions, each entry is a user or the error that request raised.
  const results = (await asyncio.gather(...ids.map((id) => fetch_user(id, limit)), {
    return_exceptions: true,
  })) as ({ name: string } | Error)[];

  const users: string[] = [];
  const failed = new Map<number, string>();
  results.forEach((result, i) => {
    if (!(result instanceof Error)) users.push(result.name);
    else if (result.message) failed.set(ids[i], `${result.constructor.name}: ${result.message}`);
    else failed.set(ids[i], result.constructor.name);
  });
  print("fetched:", users);
  print("failed:", failed);
  print(
    "retried:",
    [...calls].filter(([, n]) => n > 1).map(([id]) => id),
  );
  print("took", loop.time().toFixed(1), "s for", ids.length, "requests");
}

asyncio.run(main());
