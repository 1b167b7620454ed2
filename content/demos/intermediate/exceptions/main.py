import asyncio


class FetchError(Exception): pass


async def parse(text: str):
    await asyncio.sleep(0)
    if not text: raise ValueError("empty page")
    return len(text)


async def fetch(url: str, body: str):
    try:
        return await parse(body)
    except Exception as error:
        raise FetchError(f"could not read {url}") from error


async def main():
    print("ok:", await fetch("/a", "hello"))
    try:
        await fetch("/b", "")
    except Exception as error:
        e = error
        print("main caught", type(e).__name__, "-", e)
        print("caused by", type(e.__cause__).__name__, "-", e.__cause__)

    task = asyncio.create_task(fetch("/c", ""))
    await asyncio.sleep(1)
    print("task done?", task.done(), "- its exception waits inside:", task.exception())


asyncio.run(main())
