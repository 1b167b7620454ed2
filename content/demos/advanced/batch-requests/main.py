import asyncio


class NotFound(Exception): pass
class ServerError(Exception): pass


calls: dict[int, int] = {}


# A pretend HTTP API. Latency depends on the id; user 4's first call fails with a 503,
# user 6 does not exist, and user 9's call hangs.
async def api_get(user_id: int):
    calls[user_id] = calls.get(user_id, 0) + 1
    await asyncio.sleep(60 if user_id == 9 else 0.1 * (user_id % 3 + 1))
    if user_id == 6: raise NotFound(f"no user {user_id}")
    if user_id == 4 and calls[user_id] == 1: raise ServerError("503, try again")
    return {"id": user_id, "name": f"user-{user_id}"}


# One request: at most 3 at a time, 1 s each, and two retries for server errors.
async def fetch_user(user_id: int, limit: asyncio.Semaphore):
    async with limit:
        for attempt in range(1, 4):
            try:
                return await asyncio.wait_for(api_get(user_id), 1)
            except ServerError:
                if attempt == 3: raise
                await asyncio.sleep(0.5 * attempt)  # back off before retrying


async def main():
    loop = asyncio.get_running_loop()
    limit = asyncio.Semaphore(3)
    ids = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

    results = await asyncio.gather(*[fetch_user(id, limit) for id in ids], return_exceptions=True)

    users: list[str] = []
    failed: dict[int, str] = {}
    for id, result in zip(ids, results):
        if not isinstance(result, Exception): users.append(result["name"])
        elif str(result): failed[id] = f"{type(result).__name__}: {result}"
        else: failed[id] = type(result).__name__
    print("fetched:", users)
    print("failed:", failed)
    print("retried:", [id for id, n in calls.items() if n > 1])
    print(f"took {loop.time():.1f} s for", len(ids), "requests")


asyncio.run(main())
